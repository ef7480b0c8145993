import { createHash } from 'node:crypto';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { laiChau2023 } from '../../src/core/catalogue/laichau2023';
import { evaluateIndicator } from '../../src/core/evaluate';

const dir = mkdtempSync(join(tmpdir(), 'chitieu-cli-'));

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Types values into the `Thực hiện` cells of rows found by code, as a person would in Excel. */
async function fill(file: string, values: Record<string, ExcelJS.CellValue>, formats: Record<string, string> = {}) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.worksheets[0];
  let header = 0;
  let actualCol = 0;
  ws.eachRow((row, r) => {
    row.eachCell((cell, c) => {
      if (typeof cell.value === 'string' && cell.value.startsWith('Thực hiện')) {
        header = r;
        actualCol = c;
      }
    });
  });
  const seen = new Set<string>();
  ws.eachRow((row, r) => {
    const code = row.getCell(1).value;
    if (r > header && typeof code === 'string' && code in values) {
      row.getCell(actualCol).value = values[code];
      if (formats[code]) row.getCell(actualCol).numFmt = formats[code];
      seen.add(code);
    }
  });
  expect([...seen].sort()).toEqual(Object.keys(values).sort());
  await wb.xlsx.writeFile(file);
}

const sha = (f: string) => createHash('sha256').update(readFileSync(f)).digest('hex');

describe('chitieu template → values typed → chitieu check --json', () => {
  const file = join(dir, 't.xlsx');
  const typed: Record<string, ExcelJS.CellValue> = {
    GRDP_GROWTH: 9.1,
    GRDP_PER_CAPITA: 52.8,
    BUDGET_REVENUE: 2450,
    CEREAL_OUTPUT: '224,6', // Vietnamese text: 224,6 → 224,6 < 225
    FOREST_COVER: 0.523, // typed "52,3%": stored as 0,523 with a percent format
    NTM_AVG_CRITERIA: 13.86,
    NTM_COMMUNES_15_18: 6,
    PRESCHOOL_5Y: 'Đạt',
    JOBS_CREATED: 'nhiều', // garbage
    WORKERS_TRAINED: '8.000', // ambiguous: 8000 in vi-VN, 8 in en-US
    TRADE_GROWTH: '-',
  };
  let json: {
    indicators: { code: string; status: string; value: number | null; message: string; cell: string | null; target: unknown; name: string; unit: string }[];
    problems: { sheet: string; cell: string; code?: string; severity: string; message: string }[];
    rural: unknown;
  };

  beforeAll(async () => {
    expect((await run('template', '--out', file)).code).toBe(0);
    await fill(file, typed, { FOREST_COVER: '0.0%' });
    const before = sha(file);
    const r = await run('check', file, '--json');
    expect(r.code).toBe(0);
    json = JSON.parse(r.out);
    expect(sha(file)).toBe(before); // the check never writes into its input
  });

  test('every indicator of the catalogue is reported with the shape of the contract', () => {
    const codes = laiChau2023.indicators.filter((i) => !i.parentCode).map((i) => i.code);
    expect(json.indicators.map((i) => i.code)).toEqual(codes);
    for (const i of json.indicators) expect(Object.keys(i).sort()).toEqual(['cell', 'code', 'message', 'name', 'status', 'target', 'unit', 'value']);
    expect(json).toHaveProperty('rural');
  });

  test('statuses are the ones core decides for what was typed', () => {
    const status = Object.fromEntries(json.indicators.map((i) => [i.code, i.status]));
    expect(status).toMatchObject({
      GRDP_GROWTH: 'met',
      GRDP_PER_CAPITA: 'not_met',
      BUDGET_REVENUE: 'met',
      CEREAL_OUTPUT: 'not_met',
      FOREST_COVER: 'met',
      NTM_AVG_CRITERIA: 'met',
      NTM_COMMUNES_15_18: 'not_met',
      PRESCHOOL_5Y: 'met',
      JOBS_CREATED: 'invalid',
      WORKERS_TRAINED: 'met',
      TRADE_GROWTH: 'missing',
    });
    for (const ind of laiChau2023.indicators.filter((i) => !i.parentCode && i.code in typed)) {
      const cell = { value: typed[ind.code] as string | number, ...(ind.code === 'FOREST_COVER' ? { numberFormat: '0.0%' } : {}) };
      expect([ind.code, status[ind.code]]).toEqual([ind.code, evaluateIndicator(ind, cell, { locale: 'vi-VN' }).status]);
    }
    expect(json.indicators.find((i) => i.code === 'FOREST_COVER')!.value).toBe(52.3);
  });

  test('text that cannot be read is an error naming the sheet and cell; ambiguous text a warning', () => {
    const jobs = json.indicators.find((i) => i.code === 'JOBS_CREATED')!;
    const p = json.problems.find((x) => x.code === 'JOBS_CREATED')!;
    expect(p).toMatchObject({ sheet: 'Chỉ tiêu 2023', cell: jobs.cell, severity: 'error' });
    expect(p.message).toContain('nhiều');
    const amb = json.problems.find((x) => x.code === 'WORKERS_TRAINED')!;
    expect(amb.severity).toBe('warning');
    expect(amb.message).toMatch(/8\.000/);
  });

  test('--locale en-US reads English text and says so for the ambiguous one', async () => {
    const r = await run('check', file, '--json', '--locale', 'en-US');
    const j = JSON.parse(r.out);
    expect(j.indicators.find((i: { code: string }) => i.code === 'WORKERS_TRAINED').value).toBe(8);
  });

  test('--out writes a marked copy and leaves the input as it was', async () => {
    const before = sha(file);
    const marked = join(dir, 'marked.xlsx');
    expect((await run('check', file, '--out', marked)).code).toBe(0);
    expect(sha(file)).toBe(before);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(marked);
    const cell = json.indicators.find((i) => i.code === 'JOBS_CREATED')!.cell!;
    expect(String(wb.worksheets[0].getCell(cell).note)).toContain('nhiều');
  });
});

describe('bad input: one clear line, non-zero exit, nothing written', () => {
  test('missing file', async () => {
    const r = await run('check', join(dir, 'none.xlsx'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/không tìm thấy tệp .*none\.xlsx/);
    expect(r.err.split('\n')).toHaveLength(1);
  });
  test('a file that is not .xlsx', async () => {
    const f = join(dir, 'notes.xlsx');
    writeFileSync(f, 'just text');
    const r = await run('check', f);
    expect(r.code).toBe(2);
    expect(r.err).toContain('không phải tệp Excel .xlsx');
  });
  test('a workbook without the template header', async () => {
    const f = join(dir, 'plain.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').getCell('A1').value = 'hello';
    await wb.xlsx.writeFile(f);
    const marked = join(dir, 'plain-marked.xlsx');
    const r = await run('check', f, '--out', marked);
    expect(r.code).toBe(2);
    expect(r.err).toContain('Mã số');
    expect(existsSync(marked)).toBe(false);
  });
  test('a catalogue JSON with a wrong field', async () => {
    const cat = JSON.parse(JSON.stringify(laiChau2023));
    cat.indicators[2].rule = 'atleast';
    const f = join(dir, 'bad-catalogue.json');
    writeFileSync(f, JSON.stringify(cat));
    const out = join(dir, 'never.xlsx');
    const r = await run('template', '--out', out, '--catalogue', f);
    expect(r.code).toBe(2);
    expect(r.err).toContain('indicators[2].rule');
    expect(r.err.split('\n')).toHaveLength(1);
    expect(existsSync(out)).toBe(false);
  });
  test('unknown options and values are refused', async () => {
    expect((await run('template', '--out', join(dir, 'x.xlsx'), '--level', 'commune')).err).toContain('--level');
    expect((await run('check')).code).toBe(2);
    expect((await run('frobnicate')).code).toBe(2);
  });
});

describe('the installed command', () => {
  test('`chitieu` runs from bin/ after the build and keeps its exit codes', () => {
    execFileSync('npx', ['tsc', '-p', 'tsconfig.cli.json'], { cwd: join(__dirname, '../..') });
    const bin = join(__dirname, '../../bin/chitieu.js');
    const out = join(dir, 'bin.xlsx');
    const ok = spawnSync('node', [bin, 'template', '--out', out, '--level', 'district', '--unit', 'Tam Đường'], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    const check = spawnSync('node', [bin, 'check', out, '--json'], { encoding: 'utf8' });
    expect(check.status).toBe(0);
    expect(JSON.parse(check.stdout).sheet).toBe('Chỉ tiêu 2023 - Tam Đường');
    const bad = spawnSync('node', [bin, 'check', join(dir, 'missing.xlsx')], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  });
});
