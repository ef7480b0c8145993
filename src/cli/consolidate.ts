// `chitieu consolidate FILE.xlsx... --out FILE.xlsx [--json] [--province FILE.xlsx]`: district
// workbooks → the province workbook (indicator sheet + "Nguồn số liệu"). Sources are only read.
// Exit 0 when the files were read (problems are reported, not fatal); 2 with one line when nothing
// could be consolidated or --out is unusable (then nothing is written).
//
// main.ts imports this module and this module imports main.ts's helpers: a cycle that CommonJS
// resolves because the helpers are only used when the command runs, never at load time.

import { readFile, realpath, stat, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { laiChauUnits2020 } from '../core/catalogue/units';
import { ConsolidatedFigure, ConsolidationResult, FigureValue } from '../core/consolidate';
import { formatNumber } from '../core/numbers';
import { Catalogue, Lang, NumberLocale, Status, Target, UnitStructure } from '../core/types';
import { buildConsolidatedWorkbook, consolidateFiles, LazyWorkbookFile } from '../xlsx/consolidate';
import { MAX_WORKBOOK_BYTES, WorkbookFileError, workbookBytes } from '../xlsx/files';
import { CliError, loadCatalogue, loadUnits } from './main';

export const CONSOLIDATE_USAGE =
  'chitieu consolidate FILE.xlsx... --out FILE.xlsx [--json] [--province FILE.xlsx] [--locale vi-VN|en-US] [--lang vi|en] [--catalogue FILE.json] [--units FILE.csv --poor-districts "A;B"]';

interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

/** The `consolidate --json` object. */
export interface ConsolidateJson {
  out: string;
  catalogue: { id: string; version: number; year: number };
  units: { id: string; districts: string[]; poorDistricts: string[] };
  sources: { file: string; sheet: string; role: 'district' | 'province'; unit: string; district: string | null; used: boolean; reason: string | null }[];
  missingDistricts: string[];
  figures: {
    code: string;
    parentCode: string | null;
    name: string;
    unit: string;
    rule: string;
    target: Target | null;
    /** A number, "pass"/"fail" for a maintain indicator, or null when it cannot be computed. */
    value: FigureValue | null;
    status: Status;
    message: string;
    how: string;
    reason: string | null;
    parts: Record<string, number> | null;
    partial: { value: FigureValue; districts: number; of: number } | null;
    lacking: { district: string; file: string | null; codes: string[] }[];
    districts: { district: string; file: string | null; sheet: string | null; cell: string | null; value: FigureValue | null; state: string }[];
  }[];
  problems: { kind: string; file: string; sheet: string; cell: string; code: string | null; severity: string; message: string }[];
}

function flag<T extends string>(value: unknown, allowed: readonly T[], name: string, fallback: T): T {
  if (value === undefined) return fallback;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new CliError(`${name} phải là ${allowed.join(' | ')} (got "${String(value)}")`);
}

async function loadUnitStructure(path: string | undefined, poor: string | undefined, catalogue: Catalogue): Promise<UnitStructure> {
  if (!path) {
    if (poor !== undefined) throw new CliError('--poor-districts chỉ dùng cùng --units (--poor-districts goes with --units)');
    return laiChauUnits2020;
  }
  const poorDistricts = (poor ?? '').split(/[;\n]/).map((s) => s.trim()).filter(Boolean);
  return (await loadUnits(path, catalogue, poorDistricts))!;
}

/** The real path of an existing file (symbolic links followed), or undefined. */
async function realpathOr(path: string): Promise<string | undefined> {
  try {
    return await realpath(path);
  } catch {
    return undefined;
  }
}

/** A source read only when its turn comes; refused before reading when it is too large. */
function lazyFile(path: string): LazyWorkbookFile {
  return {
    name: path,
    load: async () => {
      let size: number;
      try {
        size = (await stat(path)).size;
      } catch {
        throw new WorkbookFileError({ vi: `Không tìm thấy tệp "${path}".`, en: `File "${path}" not found.` });
      }
      if (size > MAX_WORKBOOK_BYTES) {
        throw new WorkbookFileError({
          vi: `Tệp "${path}" quá lớn (${Math.round(size / 1048576)} MB; tối đa ${MAX_WORKBOOK_BYTES / 1048576} MB).`,
          en: `File "${path}" is too large (${Math.round(size / 1048576)} MB; at most ${MAX_WORKBOOK_BYTES / 1048576} MB).`,
        });
      }
      try {
        return new Uint8Array(await readFile(path));
      } catch (e) {
        throw new WorkbookFileError({ vi: `Không đọc được tệp "${path}" (${(e as Error).message}).`, en: `Cannot read "${path}" (${(e as Error).message}).` });
      }
    },
  };
}

export async function consolidateCommand(args: string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: 'string' },
        json: { type: 'boolean' },
        province: { type: 'string' },
        locale: { type: 'string' },
        lang: { type: 'string' },
        catalogue: { type: 'string' },
        units: { type: 'string' },
        'poor-districts': { type: 'string' },
      },
    });
  } catch (e) {
    throw new CliError(`${(e as Error).message}. ${CONSOLIDATE_USAGE}`);
  }
  const { values, positionals: files } = parsed;
  if (files.length === 0) throw new CliError(`cần ít nhất một tệp .xlsx của huyện (consolidate takes district FILE.xlsx...). ${CONSOLIDATE_USAGE}`);
  const out = values.out;
  if (!out) throw new CliError('thiếu --out FILE.xlsx (where to write the province workbook)');
  if (!/\.xlsx$/i.test(out)) throw new CliError(`--out phải là tệp .xlsx (got "${out}")`);
  const inputs = [...files, ...(values.province ? [values.province] : [])];
  const outReal = await realpathOr(out);
  const clash = inputs.find((f) => resolve(f) === resolve(out)) ?? (outReal ? (await Promise.all(inputs.map(realpathOr))).find((r) => r === outReal) : undefined);
  if (clash) throw new CliError(`--out "${out}" là một tệp nguồn; tổng hợp không bao giờ ghi vào tệp nguồn (--out must not be a source file)`);
  const locale = flag<NumberLocale>(values.locale, ['vi-VN', 'en-US'], '--locale', 'vi-VN');
  const lang = flag<Lang>(values.lang, ['vi', 'en'], '--lang', 'vi');
  const catalogue = await loadCatalogue(values.catalogue);
  const units = await loadUnitStructure(values.units, values['poor-districts'], catalogue);

  const result = await consolidateFiles(files.map(lazyFile), {
    catalogue,
    units,
    locale,
    lang,
    ...(values.province ? { province: lazyFile(values.province) } : {}),
  });
  if (!result.consolidated) {
    const why = result.sources
      .filter((s) => s.role === 'district')
      .map((s) => `${s.label}: ${(s.reason?.[lang] ?? '').replace(/\s+/g, ' ')}`)
      .join(' | ');
    throw new CliError(
      lang === 'vi'
        ? `không tổng hợp được: không có tệp huyện nào dùng được; không ghi ${out}. ${why}`
        : `nothing to consolidate: no usable district file; ${out} not written. ${why}`,
    );
  }
  const wb = buildConsolidatedWorkbook(catalogue, result, lang);
  try {
    await writeFile(out, await workbookBytes(wb));
  } catch (e) {
    throw new CliError(`không ghi được "${out}" (cannot write: ${(e as Error).message})`);
  }
  const json = consolidateJson(result, catalogue, out, lang);
  io.out(values.json ? JSON.stringify(json, null, 2) : formatConsolidateText(json, lang));
  return 0;
}

export function consolidateJson(r: ConsolidationResult, catalogue: Catalogue, out: string, lang: Lang): ConsolidateJson {
  const ind = (code: string) => catalogue.indicators.find((i) => i.code === code)!;
  return {
    out,
    catalogue: { id: r.catalogue.id, version: r.catalogue.version, year: r.catalogue.year },
    units: r.units,
    sources: r.sources.map((s) => ({
      file: s.label,
      sheet: s.sheet,
      role: s.role,
      unit: s.unit,
      district: s.district ?? null,
      used: s.used,
      reason: s.reason?.[lang] ?? null,
    })),
    missingDistricts: r.missingDistricts,
    figures: r.figures.map((f: ConsolidatedFigure) => ({
      code: f.code,
      parentCode: f.parentCode ?? null,
      name: ind(f.code).name[lang],
      unit: ind(f.code).unit[lang],
      rule: f.rule,
      target: f.target,
      value: f.value,
      status: f.status,
      message: f.message[lang],
      how: f.how[lang],
      reason: f.reason?.[lang] ?? null,
      parts: f.parts ?? null,
      partial: f.partial ?? null,
      lacking: (f.lacking ?? []).map((l) => ({ district: l.district, file: l.source, codes: l.codes })),
      districts: f.districts.map((d) => ({ district: d.district, file: d.source, sheet: d.sheet, cell: d.cell, value: d.value, state: d.state })),
    })),
    problems: r.problems.map((p) => ({
      kind: p.kind,
      file: p.source,
      sheet: p.sheet,
      cell: p.cell,
      code: p.code ?? null,
      severity: p.severity,
      message: p.messages[lang],
    })),
  };
}

const STATUS_WORD: Record<Lang, Record<Status, string>> = {
  vi: { met: 'Đạt', not_met: 'Không đạt', missing: 'Chưa có số liệu', invalid: 'Không đọc được', no_target: 'Chưa có chỉ tiêu' },
  en: { met: 'Met', not_met: 'Not met', missing: 'No data', invalid: 'Unreadable', no_target: 'No target' },
};

export function formatConsolidateText(j: ConsolidateJson, lang: Lang): string {
  const locale: NumberLocale = lang === 'vi' ? 'vi-VN' : 'en-US';
  const used = j.sources.filter((s) => s.used && s.role === 'district').length;
  const n = j.units.districts.length;
  const lines = [
    lang === 'vi'
      ? `Đã tổng hợp ${used}/${n} huyện từ ${j.sources.filter((s) => s.role === 'district').length} tệp/trang vào ${j.out} (${j.catalogue.id}, năm ${j.catalogue.year}).`
      : `Consolidated ${used} of ${n} districts from ${j.sources.filter((s) => s.role === 'district').length} files/sheets into ${j.out} (${j.catalogue.id}, ${j.catalogue.year}).`,
  ];
  if (j.missingDistricts.length) lines.push((lang === 'vi' ? 'Thiếu: ' : 'Missing: ') + j.missingDistricts.join(', '));
  for (const f of j.figures.filter((x) => x.parentCode === null)) {
    const v = f.value === null ? '—' : typeof f.value === 'number' ? formatNumber(f.value, locale, 2) : f.value === 'pass' ? STATUS_WORD[lang].met : STATUS_WORD[lang].not_met;
    lines.push(`  ${STATUS_WORD[lang][f.status].padEnd(16)} ${f.code.padEnd(34)} ${v.padStart(12)}  ${f.message}`);
  }
  if (j.problems.length) {
    lines.push(lang === 'vi' ? 'Vấn đề:' : 'Problems:');
    for (const p of j.problems) {
      const where = [p.file, p.sheet && `"${p.sheet}"`, p.cell].filter(Boolean).join(' ');
      lines.push(`  [${p.severity}] ${where ? where + ': ' : ''}${p.message}`);
    }
  }
  return lines.join('\n');
}
