// Recalculates .xlsx files with LibreOffice headless, so tests read what a spreadsheet computes.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

export function sofficePath(): string {
  for (const p of ['/usr/bin/soffice', '/usr/bin/libreoffice', '/usr/lib/libreoffice/program/soffice']) {
    try {
      execFileSync(p, ['--version'], { stdio: 'ignore', timeout: 60000 });
      return p;
    } catch {
      // try the next location
    }
  }
  throw new Error('LibreOffice is not installed (apt-get install libreoffice-calc-nogui); .ci/run installs it');
}

/** A profile whose Calc recalculates OOXML formulas on load instead of keeping cached values. */
function recalcProfile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lo-profile-'));
  mkdirSync(join(dir, 'user'), { recursive: true });
  writeFileSync(
    join(dir, 'user', 'registrymodifications.xcu'),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
  );
  return dir;
}

/** Converts each file with LibreOffice (recalculating it) into `outDir`; returns the new paths. */
export function libreofficeConvert(files: string[], format: string, outDir: string): string[] {
  const profile = recalcProfile();
  mkdirSync(outDir, { recursive: true });
  execFileSync(sofficePath(), [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', format, '--outdir', outDir, ...files], {
    stdio: 'pipe',
    timeout: 240000,
  });
  const ext = format.split(':')[0];
  return files.map((f) => join(outDir, basename(f).replace(/\.[^.]+$/, '.' + ext)));
}

export function recalculate(files: string[], outDir: string): string[] {
  return libreofficeConvert(files, 'xlsx:Calc MS Excel 2007 XML', outDir);
}
