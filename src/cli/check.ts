// `chitieu check`: read a workbook, check its indicator sheet, report; optionally a marked copy.

import { checkIndicatorTable, CheckReport } from '../core/check';
import { formatNumber } from '../core/numbers';
import { RuralFigures, ruralAggregates, withRuralValues } from '../core/rural';
import { unitsForCommuneTable } from '../core/ruralsheet';
import { Catalogue, Lang, NumberLocale, Problem, Status, Target, UnitStructure } from '../core/types';
import { communeTables } from '../xlsx/communes';
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
  /** The commune sheet's figures (nông thôn mới); null when the workbook has no commune sheet. */
  rural: RuralJson | null;
  problems: Problem[];
}

export interface RuralJson {
  sheet: string;
  /** The unit list checked against, and where it came from (`--units`, embedded, or the sheet's own block). */
  units: { id: string; source: 'given' | 'embedded' | 'sheet' };
  /** The whole list: the province (or the district of a district template). */
  province: RuralFigures;
  /** Per district of the unit list; {} for a structure without districts. */
  byDistrict: Record<string, RuralFigures>;
  /** Rows with a count typed that were not counted (each is in `problems`). */
  leftOut: number;
  /** xã with no count typed yet. */
  blank: number;
  /** Rows of the list read. */
  rows: number;
  /** The plan indicators whose value was taken from these figures. */
  indicators: string[];
}

export interface CheckFileResult {
  report: CheckJson;
  marked?: Uint8Array;
}

export async function checkWorkbookFile(
  bytes: Uint8Array,
  file: string,
  catalogue: Catalogue,
  opts: { locale: NumberLocale; lang: Lang; markedCopy: boolean; units?: UnitStructure },
): Promise<CheckFileResult> {
  const wb = await loadWorkbook(bytes, file);
  const found = firstIndicatorTable(wb, file);
  let table = found.table;
  let rural: RuralJson | null = null;
  const ruralProblems: Problem[] = [];
  const [communes] = communeTables(wb);
  if (communes) {
    const { units, source } = unitsForCommuneTable(communes, opts.units);
    const agg = ruralAggregates(communes.entries, units, { lang: opts.lang });
    const linked = withRuralValues(table, catalogue, agg, communes.sheet, opts.lang);
    table = linked.table;
    ruralProblems.push(...agg.problems, ...linked.problems);
    rural = {
      sheet: communes.sheet,
      units: { id: units.id, source },
      province: agg.province,
      byDistrict: agg.byDistrict,
      leftOut: agg.leftOut,
      blank: agg.blank,
      rows: agg.rows,
      indicators: linked.overrides.map((o) => o.code),
    };
  }
  const checked = checkIndicatorTable(table, catalogue, opts);
  const report: CheckReport = { ...checked, problems: [...checked.problems, ...ruralProblems] };
  const fromList = new Set(rural?.indicators ?? []);
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
      message: fromList.has(i.code) ? `${i.message} (${FROM_LIST[opts.lang]} "${rural!.sheet}")` : i.message,
      cell: i.cell,
    })),
    rural,
    problems: report.problems,
  };
  if (!opts.markedCopy) return { report: json };
  markWorkbook(wb, report, opts.lang);
  return { report: json, marked: await workbookBytes(wb) };
}

const FROM_LIST: Record<Lang, string> = { vi: 'tính từ danh sách xã, trang', en: 'computed from the commune list, sheet' };

/** The marked copy: each judged cell gets a note with its reason. The input file is never written. */
function markWorkbook(wb: Workbook, report: CheckReport, lang: Lang): void {
  const ws = wb.getWorksheet(report.sheet);
  if (!ws) return;
  for (const i of report.indicators) {
    if (i.cell) ws.getCell(i.cell).note = `${STATUS_WORD[lang][i.status]}: ${i.message}`;
  }
  for (const p of report.problems) {
    if (p.severity === 'info') continue;
    const target = wb.getWorksheet(p.sheet) ?? ws;
    const cell = target.getCell(p.cell);
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
  if (r.rural) {
    const p = r.rural.province;
    const avg = p.averageCriteria === null ? '-' : formatNumber(p.averageCriteria, locale, 2);
    lines.push(
      lang === 'vi'
        ? `Nông thôn mới (trang "${r.rural.sheet}"): ${p.communes} xã, bình quân ${avg} tiêu chí/xã, ${p.communes15to18} xã đạt 15–18, ${p.communes19} xã đạt chuẩn, ${p.communesBelow10} xã dưới 10; ${r.rural.leftOut} dòng không được tính, ${r.rural.blank} xã chưa nhập.`
        : `New rural (sheet "${r.rural.sheet}"): ${p.communes} xã, average ${avg} criteria per xã, ${p.communes15to18} at 15–18, ${p.communes19} at 19, ${p.communesBelow10} below 10; ${r.rural.leftOut} rows left out, ${r.rural.blank} xã without a count.`,
    );
  }
  if (r.problems.length) {
    lines.push(lang === 'vi' ? 'Vấn đề:' : 'Problems:');
    for (const p of r.problems) lines.push(`  [${p.severity}] ${p.sheet}!${p.cell}: ${p.message}`);
  }
  return lines.join('\n');
}
