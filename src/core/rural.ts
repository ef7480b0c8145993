// New-rural (nông thôn mới) figures from the commune list: per district and for the province, the
// number of xã counted, Σ criteria, the average per xã, and the xã at 15–18, at 19 and below 10.
// Pure TypeScript.
//
// The rules are written once, as expressions (expr.ts): which row is counted, what its `Đánh giá`
// shows, the average, and the value the plan's two NTM indicators take. Core evaluates them here;
// layout.ts prints the very same expressions as the commune sheet's formulas, so a workbook opened
// without the add-in and `chitieu check` cannot disagree. The one thing a row's expression cannot
// see by itself, the other rows (is this the first row of this commune? is its district in the
// list?), is an input of the expression: core computes it below with the comparison COUNTIF uses
// (whole cell, case-insensitive) and the sheet computes it with COUNTIF/COUNTIFS.
//
// Only xã are counted: phường and thị trấn are not part of the new-rural programme, so a count
// typed for one is left out and said so. The province average is Σ criteria ÷ Σ xã, never the mean
// of the district averages (the districts have different numbers of xã).

import { Expr, Scalar, and, div, eq, evalExpr, ge, iff, isBlank, isNumber, le, ne, num, oneOf, or, ref, round, str, trim } from './expr';
import { formatNumber, roundHalfAwayFromZero } from './numbers';
import { STATUS_LABELS } from './rules';
import type { IndicatorTable } from './sheet';
import type { Bilingual, CellInput, Catalogue, Lang, Problem, Severity, UnitStructure } from './types';

/** The national set of new-rural criteria for communes, 2021–2025: 0–19 is the valid range. */
export const MAX_CRITERIA = 19;

export type RuralMeasure = 'communes' | 'criteriaTotal' | 'averageCriteria' | 'communes15to18' | 'communes19' | 'communesBelow10';

export const RURAL_MEASURES: readonly RuralMeasure[] = ['communes', 'criteriaTotal', 'averageCriteria', 'communes15to18', 'communes19', 'communesBelow10'];

export type BandMeasure = 'communes15to18' | 'communes19' | 'communesBelow10';

/** The counted bands, inclusive, over whole numbers of criteria. */
export const CRITERIA_BANDS: Readonly<Record<BandMeasure, { lo: number; hi: number }>> = Object.freeze({
  communes15to18: { lo: 15, hi: 18 },
  communes19: { lo: MAX_CRITERIA, hi: MAX_CRITERIA },
  communesBelow10: { lo: 0, hi: 9 },
});

/** The figures of one area (a district, or the whole list). */
export interface RuralFigures {
  /** xã whose count is counted: the denominator of the average. */
  communes: number;
  /** Σ criteria of those xã. */
  criteriaTotal: number;
  /** criteriaTotal ÷ communes, unrounded; null when no xã is counted. */
  averageCriteria: number | null;
  communes15to18: number;
  communes19: number;
  communesBelow10: number;
}

// ---------------------------------------------------------------- the rules, as expressions

/** The unit type that is counted. */
export const COUNTED_TYPE = 'xã';
/** Types that are never counted (a count typed for one is left out and said so). */
export const NOT_COUNTED_TYPES: readonly string[] = Object.freeze(['phường', 'thị trấn']);

/**
 * Names of a row's inputs: the cells `value` (Số tiêu chí đạt), `type` (Loại), `name` (Đơn vị),
 * `counted` (the row's own `Tính vào tổng hợp` cell), and two facts about the other rows.
 */
export const ROW_INPUTS = {
  value: 'value',
  type: 'type',
  name: 'name',
  counted: 'counted',
  /** True when the row's `Huyện` is one of the districts of the list (always true without districts). */
  knownDistrict: 'knownDistrict',
  /** True when no earlier row has the same district, name and type. */
  firstOccurrence: 'firstOccurrence',
} as const;

const V = ref(ROW_INPUTS.value);
const T = ref(ROW_INPUTS.type);
const N = ref(ROW_INPUTS.name);
const H = ref(ROW_INPUTS.counted);

/** Nothing typed in `Số tiêu chí đạt` (an empty cell, or only spaces). */
export const criteriaBlankExpr: Expr = or(isBlank(V), eq(trim(V), str('')));

/** A whole number 0–19. The guard keeps ROUND away from text, as Excel's AND does not short-circuit. */
export const validCountExpr: Expr = iff(isNumber(V), and(ge(V, num(0)), le(V, num(MAX_CRITERIA)), eq(V, round(V, 0))), num(0));

export const isCountedTypeExpr: Expr = eq(trim(T), str(COUNTED_TYPE));
export const isNotCountedTypeExpr: Expr = oneOf(trim(T), NOT_COUNTED_TYPES);

/** Whether a row's count enters the figures. */
export const countedExpr: Expr = and(ne(trim(N), str('')), isCountedTypeExpr, validCountExpr, ref(ROW_INPUTS.knownDistrict), ref(ROW_INPUTS.firstOccurrence));

/** The row's `Tính vào tổng hợp` cell: the count when counted, else "". Every aggregate reads this. */
export const countedValueExpr: Expr = iff(countedExpr, V, str(''));

/** What the row's `Đánh giá` shows. */
export const COMMUNE_VERDICT_LABELS: Record<Lang, { standard: string; band15to18: string; below15: string; notCounted: string; check: string }> = {
  vi: { standard: 'Đạt chuẩn', band15to18: '15–18', below15: 'Dưới 15', notCounted: 'Không tính', check: STATUS_LABELS.vi.check },
  en: { standard: 'Standard met', band15to18: '15–18', below15: 'Below 15', notCounted: 'Not counted', check: STATUS_LABELS.en.check },
};

export type CommuneVerdict = keyof (typeof COMMUNE_VERDICT_LABELS)['vi'] | 'blank';

/** `Đánh giá` of a row, from its `Tính vào tổng hợp` cell: blank, a band, "Không tính" or "Cần kiểm tra". */
export function communeVerdictExpr(lang: Lang): Expr {
  const L = COMMUNE_VERDICT_LABELS[lang];
  const band = iff(
    ge(H, num(CRITERIA_BANDS.communes19.lo)),
    str(L.standard),
    iff(ge(H, num(CRITERIA_BANDS.communes15to18.lo)), str(L.band15to18), str(L.below15)),
  );
  return iff(criteriaBlankExpr, str(''), iff(isNumber(H), band, iff(isNotCountedTypeExpr, str(L.notCounted), str(L.check))));
}

export function communeVerdictFromLabel(label: unknown): CommuneVerdict | undefined {
  if (label === null || label === undefined || label === '') return 'blank';
  if (typeof label !== 'string') return undefined;
  for (const lang of ['vi', 'en'] as Lang[]) {
    for (const [k, v] of Object.entries(COMMUNE_VERDICT_LABELS[lang])) if (v === label) return k as CommuneVerdict;
  }
  return undefined;
}

/** Is a counted value in a band: inputs `counted`. The sheet counts the same band with COUNTIFS(">=lo", "<=hi"). */
export function bandExpr(band: BandMeasure): Expr {
  const { lo, hi } = CRITERIA_BANDS[band];
  return and(ge(H, num(lo)), le(H, num(hi)));
}

/** The average cell: inputs `communes` and `criteriaTotal`; "-" (no data) when no xã is counted. */
export const averageExpr: Expr = iff(eq(ref('communes'), num(0)), str('-'), div(ref('criteriaTotal'), ref('communes')));

export type RuralIndicatorMeasure = 'average_criteria' | 'communes_15_18';

/**
 * The `Thực hiện` value of a plan indicator computed from the list (consolidation kind `rural`):
 * inputs are the whole list's aggregates. "-" while no xã is counted, so the indicator shows "no
 * data" rather than a red 0.
 */
export function ruralIndicatorExpr(measure: RuralIndicatorMeasure): Expr {
  switch (measure) {
    case 'average_criteria':
      return averageExpr;
    case 'communes_15_18':
      return iff(eq(ref('communes'), num(0)), str('-'), ref('communes15to18'));
  }
}

/** Which aggregates an indicator expression reads. */
export const RURAL_INDICATOR_INPUTS: Record<RuralIndicatorMeasure, RuralMeasure[]> = {
  average_criteria: ['communes', 'criteriaTotal'],
  communes_15_18: ['communes', 'communes15to18'],
};

// ---------------------------------------------------------------- rows

/** One row of the commune list as read from a sheet: raw cell contents and their addresses. */
export interface CommuneEntry {
  sheet: string;
  /** 1-based sheet row. */
  row: number;
  /** The texts as typed (numbers as their text); null for an empty cell. Not trimmed. */
  district: string | null;
  name: string | null;
  type: string | null;
  /** `Số tiêu chí đạt` as the cell holds it. */
  criteria: CellInput['value'];
  gsoCode?: string | null;
  cells: { district?: string; name: string; type?: string; criteria: string };
}

export interface RuralAggregates {
  /** The whole list (the province, or the district of a district template). */
  province: RuralFigures;
  /** Per district of the unit structure, in its order; empty for a structure without districts. */
  byDistrict: Record<string, RuralFigures>;
  /** Rows with a count typed that were not counted (bad count, phường/thị trấn, duplicate, ...). */
  leftOut: number;
  /** xã with nothing typed yet. */
  blank: number;
  /** Rows read. */
  rows: number;
  problems: Problem[];
  /** Each row's `Tính vào tổng hợp` as core decides it (null: not counted), by sheet row. */
  countedByRow: Map<number, number | null>;
}

export function emptyFigures(): RuralFigures {
  return { communes: 0, criteriaTotal: 0, averageCriteria: null, communes15to18: 0, communes19: 0, communesBelow10: 0 };
}

/** The whole-cell, case-insensitive comparison of COUNTIF/COUNTIFS (no trimming). */
export function countifKey(s: string | null): string {
  return (s ?? '').normalize('NFC').toLowerCase();
}

function clean(s: string | null): string {
  return (s ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();
}

export interface RuralOptions {
  lang?: Lang;
}

/**
 * The figures of a commune list against a unit structure. Rows are taken in sheet order (the first
 * row of a commune is the one counted). Every row that is not counted although a count was typed
 * is a problem naming its sheet and cell.
 */
export function ruralAggregates(entries: CommuneEntry[], units: UnitStructure, opts: RuralOptions = {}): RuralAggregates {
  const lang = opts.lang ?? 'vi';
  const say = (b: Bilingual) => b[lang];
  const hasDistricts = units.districts.length > 0;
  const districtOf = new Map(units.districts.map((d) => [countifKey(d), d]));
  const listed = new Map(units.communes.map((c) => [unitKey(hasDistricts ? c.district : undefined, c.name), c]));

  const province = emptyFigures();
  const byDistrict: Record<string, RuralFigures> = {};
  for (const d of units.districts) byDistrict[d] = emptyFigures();
  const problems: Problem[] = [];
  const countedByRow = new Map<number, number | null>();
  const firstRowOf = new Map<string, number>();
  let leftOut = 0;
  let blank = 0;
  let firstBlank: CommuneEntry | undefined;

  const sorted = entries.map((e, i) => ({ e, i })).sort((a, b) => a.e.row - b.e.row || a.i - b.i);
  for (const { e } of sorted) {
    const problem = (cell: string, severity: Severity, message: Bilingual) =>
      problems.push({ sheet: e.sheet, cell, severity, message: say(message), messages: message });
    const key = [hasDistricts ? countifKey(e.district) : '', countifKey(e.name), countifKey(e.type)].join('\u0000');
    const earlier = firstRowOf.get(key);
    if (earlier === undefined) firstRowOf.set(key, e.row);
    const district = hasDistricts ? districtOf.get(countifKey(e.district)) : undefined;
    const env: Record<string, Scalar> = {
      value: e.criteria,
      type: e.type,
      name: e.name,
      knownDistrict: !hasDistricts || district !== undefined,
      firstOccurrence: earlier === undefined,
    };
    const isBlankCount = evalExpr(criteriaBlankExpr, env) === true;
    const countedValue = evalExpr(countedValueExpr, env);
    const counted = typeof countedValue === 'number' ? countedValue : null;
    countedByRow.set(e.row, counted);
    const label = `${clean(e.type) || '?'} ${clean(e.name) || '?'}${hasDistricts && clean(e.district) ? ` (${clean(e.district)})` : ''}`;

    if (isBlankCount) {
      if (evalExpr(isCountedTypeExpr, env) === true && clean(e.name) !== '') {
        blank++;
        firstBlank ??= e;
      }
      continue;
    }
    if (counted === null) {
      leftOut++;
      const why = whyLeftOut(e, env, earlier, hasDistricts, units);
      problem(why.cell, why.severity, why.message);
      continue;
    }

    add(province, counted);
    if (district !== undefined) add(byDistrict[district], counted);
    if (listed.size > 0) {
      const unit = listed.get(unitKey(hasDistricts ? district : undefined, e.name ?? ''));
      if (!unit) {
        problem(e.cells.name, 'warning', {
          vi: `${label} không có trong danh sách đơn vị "${units.id}"; số tiêu chí vẫn được tính. Hãy kiểm tra tên.`,
          en: `${label} is not in the unit list "${units.id}"; its count is still counted. Check the name.`,
        });
      } else if (unit.type !== COUNTED_TYPE) {
        problem(e.cells.type ?? e.cells.name, 'warning', {
          vi: `${clean(e.name)} là ${unit.type} trong danh sách đơn vị, nhưng cột Loại ghi "xã"; số tiêu chí đang được tính. Hãy sửa cột Loại nếu đây không phải xã.`,
          en: `${clean(e.name)} is a ${unit.type} in the unit list but Loại says "xã"; its count is being counted. Correct Loại if it is not a xã.`,
        });
      }
    }
  }

  finish(province);
  for (const d of Object.keys(byDistrict)) finish(byDistrict[d]);
  if (blank > 0 && province.communes > 0 && firstBlank) {
    const blankNote: Bilingual = {
      vi: `${blank} xã chưa nhập số tiêu chí (đầu tiên: ${clean(firstBlank.name)}); bình quân tính trên ${province.communes} xã đã nhập.`,
      en: `${blank} xã have no count yet (first: ${clean(firstBlank.name)}); the average is over the ${province.communes} xã entered.`,
    };
    problems.push({
      sheet: firstBlank.sheet,
      cell: firstBlank.cells.criteria,
      severity: 'info',
      message: say(blankNote),
      messages: blankNote,
    });
  }
  return { province, byDistrict, leftOut, blank, rows: entries.length, problems, countedByRow };
}

function unitKey(district: string | undefined, name: string): string {
  return `${clean(district ?? null).toLowerCase()}\u0000${clean(name).toLowerCase()}`;
}

function add(f: RuralFigures, counted: number): void {
  f.communes++;
  f.criteriaTotal += counted;
  for (const band of Object.keys(CRITERIA_BANDS) as BandMeasure[]) {
    if (evalExpr(bandExpr(band), { counted }) === true) f[band]++;
  }
}

function finish(f: RuralFigures): void {
  const avg = evalExpr(averageExpr, { communes: f.communes, criteriaTotal: f.criteriaTotal });
  f.averageCriteria = typeof avg === 'number' ? avg : null;
}

/** The first reason, in the order the `Đánh giá` formula shows it, why a typed count was not counted. */
function whyLeftOut(
  e: CommuneEntry,
  env: Record<string, Scalar>,
  earlier: number | undefined,
  hasDistricts: boolean,
  units: UnitStructure,
): { cell: string; severity: Severity; message: Bilingual } {
  const name = clean(e.name);
  const typed = typeof e.criteria === 'string' ? `"${e.criteria}"` : String(e.criteria);
  if (evalExpr(isNotCountedTypeExpr, env) === true) {
    const t = clean(e.type).toLowerCase();
    return {
      cell: e.cells.criteria,
      severity: 'warning',
      message: {
        vi: `${t} ${name}: phường, thị trấn không tính vào tiêu chí nông thôn mới; số ${typed} đã nhập không được tính (bình quân chỉ tính xã).`,
        en: `${t} ${name}: wards and towns are not part of the new-rural programme; the ${typed} typed is not counted (the average counts xã only).`,
      },
    };
  }
  if (name === '') {
    return {
      cell: e.cells.name,
      severity: 'error',
      message: { vi: `Dòng ${e.row} có số tiêu chí nhưng thiếu tên đơn vị; dòng này không được tính.`, en: `Row ${e.row} has a count but no unit name; the row is not counted.` },
    };
  }
  if (evalExpr(isCountedTypeExpr, env) !== true) {
    const t = clean(e.type);
    return {
      cell: e.cells.type ?? e.cells.name,
      severity: 'error',
      message: {
        vi: `${name}: cột Loại ghi "${t}", cần là xã, phường hoặc thị trấn; dòng này không được tính.`,
        en: `${name}: Loại says "${t}"; it must be xã, phường or thị trấn. The row is not counted.`,
      },
    };
  }
  if (evalExpr(validCountExpr, env) !== true) {
    const v = e.criteria;
    const what: Bilingual =
      typeof v !== 'number'
        ? { vi: `là chữ ${typed}, không phải số`, en: `is text ${typed}, not a number` }
        : v < 0
          ? { vi: `là số âm (${formatNumber(v, 'vi-VN')})`, en: `is negative (${formatNumber(v, 'en-US')})` }
          : v > MAX_CRITERIA
            ? { vi: `là ${formatNumber(v, 'vi-VN')}, lớn hơn ${MAX_CRITERIA}`, en: `is ${formatNumber(v, 'en-US')}, more than ${MAX_CRITERIA}` }
            : { vi: `là ${formatNumber(v, 'vi-VN')}, không phải số nguyên`, en: `is ${formatNumber(v, 'en-US')}, not a whole number` };
    return {
      cell: e.cells.criteria,
      severity: 'error',
      message: {
        vi: `Số tiêu chí của xã ${name} ${what.vi}; cần số nguyên từ 0 đến ${MAX_CRITERIA}. Dòng này không được tính.`,
        en: `The count of ${name} ${what.en}; it must be a whole number 0–${MAX_CRITERIA}. The row is not counted.`,
      },
    };
  }
  if (hasDistricts && env.knownDistrict !== true) {
    const d = e.district ?? '';
    return {
      cell: e.cells.district ?? e.cells.name,
      severity: 'error',
      message: {
        vi: `Xã ${name}: huyện "${d}" không có trong danh sách (${units.districts.join(', ')}); dòng này không được tính.${d !== clean(d) ? ' Lưu ý dấu cách thừa.' : ''}`,
        en: `${name}: district "${d}" is not in the list (${units.districts.join(', ')}); the row is not counted.${d !== clean(d) ? ' Note the extra spaces.' : ''}`,
      },
    };
  }
  if (earlier !== undefined) {
    return {
      cell: e.cells.name,
      severity: 'error',
      message: {
        vi: `Xã ${name} xuất hiện hai lần (dòng ${earlier} và ${e.row}); chỉ dòng ${earlier} được tính. Hãy xoá dòng thừa.`,
        en: `${name} appears twice (rows ${earlier} and ${e.row}); only row ${earlier} is counted. Delete the extra row.`,
      },
    };
  }
  return {
    cell: e.cells.criteria,
    severity: 'error',
    message: { vi: `Xã ${name}: dòng này không được tính.`, en: `${name}: the row is not counted.` },
  };
}

// ---------------------------------------------------------------- the plan's two NTM indicators

/** The `Thực hiện` values of the catalogue's `rural` indicators, from the aggregates ("-" = no data). */
export function ruralIndicatorValues(catalogue: Catalogue, figures: RuralFigures): Record<string, Scalar> {
  const out: Record<string, Scalar> = {};
  const env: Record<string, Scalar> = { ...figures };
  for (const ind of catalogue.indicators) {
    if (ind.consolidation.kind !== 'rural') continue;
    out[ind.code] = evalExpr(ruralIndicatorExpr(ind.consolidation.measure), env);
  }
  return out;
}

export interface RuralOverride {
  code: string;
  /** The value used. */
  value: Scalar;
  /** What the indicator sheet's cell held (a formula's cached result, a typed number, or null). */
  cellValue: CellInput['value'];
}

/**
 * The indicator table with the `Thực hiện` of each `rural` indicator replaced by the value computed
 * from the commune list, when at least one xã is counted. The sheet's cell normally holds a formula
 * over the same aggregates, whose result a file written by ExcelJS does not carry; a typed number
 * that differs from the list is reported (the list is used).
 */
export function withRuralValues(
  table: IndicatorTable,
  catalogue: Catalogue,
  aggregates: RuralAggregates,
  communeSheet: string,
  lang: Lang = 'vi',
): { table: IndicatorTable; overrides: RuralOverride[]; problems: Problem[] } {
  if (aggregates.province.communes === 0) return { table, overrides: [], problems: [] };
  const values = ruralIndicatorValues(catalogue, aggregates.province);
  const overrides: RuralOverride[] = [];
  const problems: Problem[] = [];
  const entries = table.entries.map((entry) => {
    if (!(entry.code in values)) return entry;
    const value = values[entry.code];
    const ind = catalogue.indicators.find((i) => i.code === entry.code)!;
    const typed = entry.actual.value;
    overrides.push({ code: entry.code, value, cellValue: typed });
    if (typed !== null && typed !== '' && !sameShown(typed, value, ind.decimals)) {
      const fmt = (x: Scalar, l: 'vi-VN' | 'en-US') => (typeof x === 'number' ? formatNumber(x, l, ind.decimals) : String(x));
      problems.push({
        sheet: table.sheet,
        cell: entry.actualAddress,
        code: entry.code,
        severity: 'warning',
        message: (lang === 'vi'
          ? `Ô Thực hiện ghi ${fmt(typed, 'vi-VN')} nhưng danh sách xã ở trang "${communeSheet}" cho ${fmt(value, 'vi-VN')}; dùng số của danh sách xã. Hãy xoá số đã gõ để ô tự tính lại.`
          : `The Actual cell holds ${fmt(typed, 'en-US')} but the commune list on "${communeSheet}" gives ${fmt(value, 'en-US')}; the list's figure is used. Clear the typed number so the cell computes again.`),
      });
    }
    return { ...entry, actual: { value: value as CellInput['value'] } };
  });
  return { table: { ...table, entries }, overrides, problems };
}

function sameShown(a: CellInput['value'], b: Scalar, decimals: number): boolean {
  if (typeof a === 'number' && typeof b === 'number') return roundHalfAwayFromZero(a, decimals) === roundHalfAwayFromZero(b, decimals);
  return String(a).trim() === String(b).trim();
}
