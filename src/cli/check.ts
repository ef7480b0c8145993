// `chitieu check`: read a workbook, check its indicator sheet, report; optionally a marked copy.

import { checkIndicatorTable, CheckReport } from '../core/check';
import { formatNumber } from '../core/numbers';
import { Catalogue, Lang, NumberLocale, Problem, Status, Target } from '../core/types';
import { firstIndicatorTable, loadWorkbook, workbookBytes } from '../xlsx/files';
import { Workbook } from '../xlsx/workbook';

/** The `check --json` object (DESIGN.md's CLI contract). */
export interface CheckJson {
  file: string;
  sheet: string;
  catalogue: { id: string; version: number; year: number };
  counts: Record<Status, number>;
  indicators: {
    code: string;
    name: string;
    unit: string;
    target: Target | null;
    value: number | null;
    status: Status;
    message: string;
    cell: string | null;
  }[];
  rural: unknown;
  problems: Problem[];
}

export interface CheckFileResult {
  report: CheckJson;
  marked?: Uint8Array;
}

export async function checkWorkbookFile(
  bytes: Uint8Array,
  file: string,
  catalogue: Catalogue,
  opts: { locale: NumberLocale; lang: Lang; markedCopy: boolean },
): Promise<CheckFileResult> {
  const wb = await loadWorkbook(bytes, file);
  const { table } = firstIndicatorTable(wb, file);
  const report = checkIndicatorTable(table, catalogue, opts);
  const json: CheckJson = {
    file,
    sheet: report.sheet,
    catalogue: { id: catalogue.id, version: catalogue.version, year: catalogue.year },
    counts: report.counts,
    indicators: report.indicators.map((i) => ({
      code: i.code,
      name: i.name,
      unit: i.unit,
      target: i.target,
      value: i.value,
      status: i.status,
      message: i.message,
      cell: i.cell,
    })),
    rural: null,
    problems: report.problems,
  };
  if (!opts.markedCopy) return { report: json };
  markWorkbook(wb, report, opts.lang);
  return { report: json, marked: await workbookBytes(wb) };
}

/** The marked copy: each judged cell gets a note with its reason. The input file is never written. */
function markWorkbook(wb: Workbook, report: CheckReport, lang: Lang): void {
  const ws = wb.getWorksheet(report.sheet);
  if (!ws) return;
  for (const i of report.indicators) {
    if (i.cell) ws.getCell(i.cell).note = `${STATUS_WORD[lang][i.status]}: ${i.message}`;
  }
  for (const p of report.problems) {
    if (p.severity === 'info') continue;
    const cell = ws.getCell(p.cell);
    const previous = typeof cell.note === 'string' ? cell.note + '\n' : '';
    if (!previous.includes(p.message)) cell.note = previous + p.message;
  }
}

const STATUS_WORD: Record<Lang, Record<Status, string>> = {
  vi: { met: 'Đạt', not_met: 'Không đạt', missing: 'Chưa có số liệu', invalid: 'Không đọc được', no_target: 'Chưa có chỉ tiêu' },
  en: { met: 'Met', not_met: 'Not met', missing: 'No data', invalid: 'Unreadable', no_target: 'No target' },
};

export function formatCheckText(r: CheckJson, lang: Lang): string {
  const locale: NumberLocale = lang === 'vi' ? 'vi-VN' : 'en-US';
  const lines: string[] = [];
  const c = r.counts;
  lines.push(
    lang === 'vi'
      ? `${r.file} — trang "${r.sheet}": ${c.met} đạt, ${c.not_met} không đạt, ${c.missing} chưa có số liệu, ${c.invalid} không đọc được, ${c.no_target} chưa có chỉ tiêu.`
      : `${r.file} — sheet "${r.sheet}": ${c.met} met, ${c.not_met} not met, ${c.missing} missing, ${c.invalid} invalid, ${c.no_target} without target.`,
  );
  for (const i of r.indicators) {
    const v = i.value === null ? '' : ` ${formatNumber(i.value, locale)}`;
    lines.push(`  ${STATUS_WORD[lang][i.status].padEnd(16)} ${i.code.padEnd(34)}${v}  ${i.message}`);
  }
  if (r.problems.length) {
    lines.push(lang === 'vi' ? 'Vấn đề:' : 'Problems:');
    for (const p of r.problems) lines.push(`  [${p.severity}] ${p.sheet}!${p.cell}: ${p.message}`);
  }
  return lines.join('\n');
}
