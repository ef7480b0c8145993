// District → province, rule by rule (DESIGN.md, "The catalogue": consolidates as ...). Pure
// TypeScript: no Office, no DOM, no Node.
//
// One engine for the three ways in: sheets of the open workbook (the task pane reads their grids and
// calls `findIndicatorTable`), district files picked in the pane or named on the command line (the
// .xlsx adapter reads them the same way). Each hands `consolidate` the district sheets as
// `ConsolidationSource`s (a label such as the file name + the IndicatorTable core reads), and
// optionally the province's own sheet for the province-only indicators.
//
// Rules:
// - sum: Σ over every district of the unit structure.
// - ratio: Σ numerator / Σ denominator × scale. Never the mean of district rates (Simpson's paradox).
// - growth: (Σ current / Σ previous − 1) × 100. Never the sum or mean of district growth rates.
// - poverty_reduction: (Σ poorPrev / Σ householdsPrev − Σ poor / Σ households) × 100 points, over
//   every district, or over the structure's poor districts only.
// - province_only: the province's own entry; never built from districts.
// - all_met: met when every district met; not met as soon as one did not.
// - rural: from the merged commune lists (nông thôn mới): each district's list is read against its
//   own communes (ruralAggregates, rural.ts), then Σ criteria ÷ Σ xã and Σ xã at 15–18 over every
//   district. Never the mean of district averages.
//
// Nothing is guessed. A province figure is left empty, with the reason, when a district it needs
// has no file, left the cell blank, typed something unreadable, or typed only a rate without its
// parts; the sum over the districts that did report is given beside it as `partial`, never as the
// value. Bad input is reported per source and cell, and the rest still consolidates.
//
// Order does not matter: sources are put in a canonical order (the structure's district order, then
// label) before anything is summed, so floating-point sums are the same whatever order files come in.
// `readSource` + `finishConsolidation` are the two halves of `consolidate`; the pane can read files
// one by one (progress) and finish once. `mergeConsolidations` pools the parts of two results.

import { a1 } from './a1';
import { findIndicator, indicatorsOf } from './catalogue/catalogue';
import { Evaluation, evaluateIndicator } from './evaluate';
import { formatNumber, readNumber, readPassFail } from './numbers';
import { CommuneEntry, RuralFigures, emptyFigures, ruralAggregates, ruralIndicatorValues } from './rural';
import { IndicatorEntry, IndicatorTable } from './sheet';
import { Bilingual, Catalogue, Consolidation, Indicator, Lang, NumberLocale, Problem, Status, Target, UnitStructure } from './types';

// ---------------------------------------------------------------- input

/** One district's (or the province's) indicator sheet, as core reads it. */
export interface ConsolidationSource {
  /** What a person recognises: the file name, or "(this workbook)" for a sheet of the open workbook. */
  label: string;
  /** `findIndicatorTable(sheetName, grid)`: entries, header columns and the template's metadata. */
  table: IndicatorTable;
  /**
   * The district's commune list (`findCommuneTable(sheetName, grid).entries`), for the new-rural
   * indicators. Without it those indicators wait for this district, like a blank cell.
   */
  communes?: CommuneEntry[];
}

export interface ConsolidateOptions {
  catalogue: Catalogue;
  /** Districts (in official order) and poor districts: data, e.g. `laiChauUnits2020`. */
  units: UnitStructure;
  /** How text in cells is read (default vi-VN). */
  locale?: NumberLocale;
  /** Language of `Problem.message` (both languages are always in `messages`). Default vi. */
  lang?: Lang;
}

export interface ConsolidateInput extends ConsolidateOptions {
  /** The district sheets, in any order. */
  districts: ConsolidationSource[];
  /** The province's own sheet, for the province-only indicators (GRDP ...). Optional. */
  province?: ConsolidationSource;
}

// ---------------------------------------------------------------- output

/** A province (or district) value: a number, or met / not met for a `maintain` indicator. */
export type FigureValue = number | 'pass' | 'fail';

export type ConsolidationProblemKind =
  /** The sheet has no Chỉ tiêu KH metadata row, or is not an indicator sheet. */
  | 'not_template'
  /** A province-level sheet given as a district's, or a district's given as the province's. */
  | 'wrong_level'
  /** Another catalogue id or version. */
  | 'wrong_catalogue'
  /** Another plan year. */
  | 'wrong_year'
  /** The district named in the sheet is not a district of the unit structure. */
  | 'unknown_district'
  /** Two sources for one district (or for the province). */
  | 'duplicate_district'
  /** The very same source (label and sheet) given twice: read once. */
  | 'duplicate_source'
  /** Districts of the structure without a source. */
  | 'missing_district'
  /** A cell that cannot be read (text, negative count, Excel error ...). */
  | 'invalid_cell'
  /** A cell read by the chosen locale but ambiguous, or only readable in the other locale. */
  | 'ambiguous_cell'
  /** A code on two rows of one sheet. */
  | 'duplicate_code'
  /** A blank cell that a province figure needs. */
  | 'missing_value'
  /** A district typed a rate or growth rate but not the parts it is consolidated from. */
  | 'rate_without_parts'
  /** A district's "of which" part is larger than its total (share above 100 %). */
  | 'part_exceeds_whole'
  /** Adapters: the file could not be opened (corrupt, too large, not .xlsx). */
  | 'unreadable_file'
  /** A row of a district's commune list that is not counted (bad count, phường/thị trấn, duplicate ...). */
  | 'commune_row'
  /** A district whose commune list is absent or has no count typed. */
  | 'missing_communes';

/**
 * A problem with where it is: `source` (file or label), `sheet`, `cell`. Problems that are about
 * the whole consolidation (missing districts) have `source`, `sheet` and `cell` empty.
 */
export interface ConsolidationProblem extends Problem {
  kind: ConsolidationProblemKind;
  source: string;
  /** The message in both languages; `message` is the one of `lang`. */
  messages: Bilingual;
}

export type CellState =
  /** A readable value. */
  | 'value'
  /** Blank, "-", "N/A"... */
  | 'missing'
  /** Unreadable: a problem says why. */
  | 'invalid'
  /** The sheet has no row with this code. */
  | 'no_row'
  /** The row is read but this level's value does not count (a district's GRDP: province only). */
  | 'not_used';

/** One code as one source gave it. */
export interface CellReading {
  value: FigureValue | null;
  state: CellState;
  /** A1 address of the `Thực hiện` cell, or null when the sheet has no row. */
  cell: string | null;
}

/** One source, read and judged acceptable or not. Mergeable: results carry their readings. */
export interface SourceReading {
  label: string;
  sheet: string;
  role: 'district' | 'province';
  /** The unit named in the sheet's metadata, as written. */
  unitAsWritten: string;
  /** The structure's name of the district (or the province's name); undefined when unknown. Set for refused sheets too. */
  district?: string;
  /** False when the sheet cannot be used (wrong year, not a template ...): `rejection` says why. */
  accepted: boolean;
  rejection?: Bilingual;
  /** Every catalogue code read from the sheet. */
  values: Record<string, CellReading>;
  /** The district's new-rural figures from its commune list, when one was given. */
  rural?: DistrictRural;
  /** Problems found in this source alone (cells, metadata). */
  problems: ConsolidationProblem[];
}

/** A district's commune list, read against that district's communes. */
export interface DistrictRural {
  /** The commune sheet's name. */
  sheet: string;
  figures: RuralFigures;
  /** xã with no count typed yet. */
  blank: number;
  /** Rows with a count that is not counted (each has a problem). */
  leftOut: number;
}

/** A district's value of one code, for the sources sheet. */
export interface DistrictValue {
  district: string;
  /** The source the value came from; null when the district sent nothing usable. */
  source: string | null;
  sheet: string | null;
  cell: string | null;
  value: FigureValue | null;
  state: CellState | 'no_source';
}

/** Districts that lack what a figure needs. */
export interface Lacking {
  district: string;
  /** The source of that district, when there is one. */
  source: string | null;
  codes: string[];
}

export interface ConsolidatedFigure {
  code: string;
  /** For a component row: the indicator it serves. */
  parentCode?: string;
  rule: Consolidation['kind'];
  /** The province value; null when it cannot be computed (see `reason`). */
  value: FigureValue | null;
  /** How the value was computed, with the summed parts: "Σ HOUSEHOLDS_GRID ÷ Σ HOUSEHOLDS × 100 = ...". */
  how: Bilingual;
  /** Why the value is empty. */
  reason?: Bilingual;
  lacking?: Lacking[];
  /** The same rule over the districts that did report: shown for information, never as the value. */
  partial?: { value: FigureValue; districts: number; of: number };
  /** The summed parts the value was computed from, by code (over the districts used). */
  parts?: Record<string, number>;
  target: Target | null;
  /** The province value judged against the target (`missing` when the value is empty). */
  status: Status;
  /** The evaluation's reason, or the empty value's reason. */
  message: Bilingual;
  /** Each district's own entry of this code, in the structure's order; the province's for province-only rows. */
  districts: DistrictValue[];
}

export interface SourceSummary {
  label: string;
  sheet: string;
  role: 'district' | 'province';
  unit: string;
  district?: string;
  /** Used in the consolidation. */
  used: boolean;
  /** Why not. */
  reason?: Bilingual;
}

export interface ConsolidationResult {
  catalogue: { id: string; version: number; year: number; province: string };
  units: { id: string; districts: string[]; poorDistricts: string[] };
  /** Every row of the province template, in catalogue order (indicators and their components). */
  figures: ConsolidatedFigure[];
  /** Every source, used or not, in canonical order. */
  sources: SourceSummary[];
  /** Districts of the structure that no usable source covers. */
  missingDistricts: string[];
  problems: ConsolidationProblem[];
  /** True when at least one district source was used. */
  consolidated: boolean;
  /** The readings the figures were built from: what `mergeConsolidations` pools. */
  readings: SourceReading[];
}

// ---------------------------------------------------------------- helpers

const LOCALE_OF: Record<Lang, NumberLocale> = { vi: 'vi-VN', en: 'en-US' };

function bi(vi: string, en: string): Bilingual {
  return { vi, en };
}

function fmt(n: number, lang: Lang): string {
  return formatNumber(n, LOCALE_OF[lang]);
}

function both(f: (l: Lang) => string): Bilingual {
  return { vi: f('vi'), en: f('en') };
}

function nameKey(s: string): string {
  return s.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

const UNIT_PREFIX = /^(huyện|thị xã|thành phố|tp\.?|quận|district|town|city)\s+/;

/** The structure's district named by `unit` ("Tam Đường", "Huyện Tam Đường", "tam đường"), or undefined. */
export function matchDistrict(units: UnitStructure, unit: string): string | undefined {
  const k = nameKey(unit);
  const exact = units.districts.find((d) => nameKey(d) === k);
  if (exact) return exact;
  const bare = k.replace(UNIT_PREFIX, '');
  const loose = units.districts.filter((d) => nameKey(d).replace(UNIT_PREFIX, '') === bare);
  return loose.length === 1 ? loose[0] : undefined;
}

function sourceKey(r: { label: string; sheet: string; role: string }): string {
  return `${r.role}\u0000${r.label}\u0000${r.sheet}`;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Canonical order: the structure's district order, then unknown ones, then label and sheet. */
function canonicalOrder(units: UnitStructure, readings: SourceReading[]): SourceReading[] {
  const index = new Map(units.districts.map((d, i) => [d, i]));
  const rank = (r: SourceReading) => (r.role === 'province' ? -1 : r.district !== undefined ? (index.get(r.district) ?? units.districts.length) : units.districts.length);
  return readings.slice().sort((a, b) => rank(a) - rank(b) || compareText(a.label, b.label) || compareText(a.sheet, b.sheet));
}

// ---------------------------------------------------------------- reading one source

/**
 * Reads one source: checks its metadata against the catalogue and structure, reads every code's
 * `Thực hiện` cell. Pure and independent of the other sources, so files can be read one at a time.
 */
export function readSource(src: ConsolidationSource, role: 'district' | 'province', opts: ConsolidateOptions): SourceReading {
  const { catalogue, units } = opts;
  const lang = opts.lang ?? 'vi';
  const locale = opts.locale ?? 'vi-VN';
  const { table } = src;
  const sheet = table.sheet;
  const problems: ConsolidationProblem[] = [];
  const problem = (kind: ConsolidationProblemKind, cell: string, severity: Problem['severity'], messages: Bilingual, code?: string) =>
    problems.push({ kind, source: src.label, sheet, cell, severity, message: messages[lang], messages, ...(code ? { code } : {}) });
  const meta = table.meta;
  const metaCell = 'A2';
  // Known even when the sheet is refused, so the sources sheet can say whose file it was.
  const matched = meta ? (role === 'district' ? matchDistrict(units, meta.unit) : units.province || catalogue.province) : undefined;
  const base: SourceReading = {
    label: src.label,
    sheet,
    role,
    unitAsWritten: meta?.unit ?? '',
    ...(matched !== undefined ? { district: matched } : {}),
    accepted: false,
    values: {},
    problems,
  };
  const reject = (kind: ConsolidationProblemKind, cell: string, why: Bilingual): SourceReading => {
    problem(kind, cell, 'error', bi(`${why.vi} Tệp/trang này không được tổng hợp.`, `${why.en} This file/sheet is not consolidated.`));
    return { ...base, rejection: why };
  };
  const where = bi(`"${src.label}" (trang "${sheet}")`, `"${src.label}" (sheet "${sheet}")`);

  if (!meta) {
    return reject(
      'not_template',
      a1(table.headerRow, table.columns.code ?? 1),
      bi(
        `${where.vi} không có dòng thông tin của mẫu Chỉ tiêu KH (Mẫu, Danh mục, Năm, Cấp, Đơn vị), nên không biết là của huyện nào. Hãy dùng mẫu tạo bằng Chỉ tiêu KH / chitieu template.`,
        `${where.en} has no Chỉ tiêu KH template information row (Template, Catalogue, Year, Level, Unit), so its district is unknown. Use a template made by Chỉ tiêu KH / chitieu template.`,
      ),
    );
  }
  if (meta.sheetKind !== 'indicators') {
    return reject('not_template', metaCell, bi(`${where.vi} là trang "${meta.sheetKind}", không phải trang chỉ tiêu.`, `${where.en} is a "${meta.sheetKind}" sheet, not an indicator sheet.`));
  }
  if (meta.level !== role) {
    return reject(
      'wrong_level',
      metaCell,
      role === 'district'
        ? bi(`${where.vi} là mẫu cấp tỉnh (${meta.unit}), không phải của một huyện.`, `${where.en} is a province-level sheet (${meta.unit}), not a district's.`)
        : bi(`${where.vi} là mẫu cấp huyện (${meta.unit}), không phải của tỉnh.`, `${where.en} is a district-level sheet (${meta.unit}), not the province's.`),
    );
  }
  if (meta.catalogueId !== catalogue.id || meta.catalogueVersion !== catalogue.version) {
    return reject(
      'wrong_catalogue',
      metaCell,
      bi(
        `${where.vi} theo danh mục "${meta.catalogueId}" phiên bản ${meta.catalogueVersion}, cần "${catalogue.id}" phiên bản ${catalogue.version}.`,
        `${where.en} follows catalogue "${meta.catalogueId}" version ${meta.catalogueVersion}; "${catalogue.id}" version ${catalogue.version} is needed.`,
      ),
    );
  }
  const headerYear = table.year;
  if (meta.year !== catalogue.year || (headerYear !== undefined && headerYear !== catalogue.year)) {
    const y = meta.year !== catalogue.year ? meta.year : headerYear!;
    const cell = meta.year !== catalogue.year ? metaCell : a1(table.headerRow, table.columns.actual ?? 1);
    return reject('wrong_year', cell, bi(`${where.vi} là số liệu năm ${y}, cần năm ${catalogue.year}.`, `${where.en} holds figures for ${y}; ${catalogue.year} is needed.`));
  }
  const district = matched;
  if (role === 'district') {
    if (units.districts.length === 0) {
      return reject(
        'unknown_district',
        metaCell,
        bi(
          `Cơ cấu đơn vị "${units.id}" không có cấp huyện; không tổng hợp theo huyện được.`,
          `The unit structure "${units.id}" has no district level; there is nothing to consolidate by district.`,
        ),
      );
    }
    if (!district) {
      return reject(
        'unknown_district',
        metaCell,
        bi(
          `${where.vi} ghi đơn vị "${meta.unit}", không phải huyện nào trong danh sách: ${units.districts.join(', ')}.`,
          `${where.en} names the unit "${meta.unit}", which is none of the districts: ${units.districts.join(', ')}.`,
        ),
      );
    }
  }

  // Every catalogue code, first row wins the lookup; a code on two rows is not guessed at.
  const rows = new Map<string, IndicatorEntry[]>();
  for (const e of table.entries) {
    const list = rows.get(e.code);
    if (list) list.push(e);
    else rows.set(e.code, [e]);
  }
  const values: Record<string, CellReading> = {};
  for (const ind of catalogue.indicators) {
    const found = rows.get(ind.code);
    if (!found) {
      values[ind.code] = { value: null, state: 'no_row', cell: null };
      continue;
    }
    const entry = found[0];
    if (found.length > 1) {
      problem(
        'duplicate_code',
        a1(found[1].row, table.columns.code ?? 1),
        'error',
        bi(
          `Mã số ${ind.code} có ở ${found.length} dòng (${found.map((f) => f.row).join(', ')}); không biết dùng dòng nào nên không dùng. Hãy xoá dòng thừa.`,
          `Code ${ind.code} is on ${found.length} rows (${found.map((f) => f.row).join(', ')}); which one counts is unknown, so none is used. Delete the extra rows.`,
        ),
        ind.code,
      );
      values[ind.code] = { value: null, state: 'invalid', cell: entry.actualAddress };
      continue;
    }
    const used = role === 'province' ? ind.consolidation.kind === 'province_only' : ind.consolidation.kind !== 'province_only';
    values[ind.code] = readCell(ind, entry, used, locale, (kind, severity, messages) => problem(kind, entry.actualAddress, severity, messages, ind.code));
  }
  const rural = role === 'district' && src.communes ? readCommunes(src.communes, district!, opts, (p) => problems.push(p), src.label) : undefined;
  return { ...base, district, accepted: true, values, ...(rural ? { rural } : {}) };
}

/** One district's commune list against that district's communes; its problems carry the source. */
function readCommunes(
  entries: CommuneEntry[],
  district: string,
  opts: ConsolidateOptions,
  report: (p: ConsolidationProblem) => void,
  label: string,
): DistrictRural {
  const lang = opts.lang ?? 'vi';
  const units: UnitStructure = {
    ...opts.units,
    districts: [district],
    poorDistricts: [],
    communes: opts.units.communes.filter((c) => c.district === district),
  };
  const rural = ruralAggregates(entries, units, { lang });
  for (const p of rural.problems) {
    const messages = p.messages ?? { vi: p.message, en: p.message };
    report({ ...p, kind: 'commune_row', source: label, message: messages[lang], messages });
  }
  const sheet = entries[0]?.sheet ?? '';
  return { sheet, figures: rural.byDistrict[district] ?? emptyFigures(), blank: rural.blank, leftOut: rural.leftOut };
}

/**
 * A source that could not even be read (a corrupt, oversized or non-.xlsx file; a workbook without
 * any indicator sheet): it is listed with the reason among the sources and its problem reported.
 */
export function unreadableSource(
  label: string,
  role: 'district' | 'province',
  kind: ConsolidationProblemKind,
  why: Bilingual,
  lang: Lang = 'vi',
): SourceReading {
  const p: ConsolidationProblem = { kind, source: label, sheet: '', cell: '', severity: 'error', message: why[lang], messages: why };
  return { label, sheet: '', role, unitAsWritten: '', accepted: false, rejection: why, values: {}, problems: [p] };
}

/** Codes a district's figure is built from: the value itself for sums, the parts for rates. */
function isPartOrSum(ind: Indicator): boolean {
  return ind.consolidation.kind === 'sum';
}

function readCell(
  ind: Indicator,
  entry: IndicatorEntry,
  used: boolean,
  locale: NumberLocale,
  problem: (kind: ConsolidationProblemKind, severity: Problem['severity'], messages: Bilingual) => void,
): CellReading {
  const cell = entry.actualAddress;
  if (!used) {
    // Read for the sources sheet, but nothing about it is a problem: it does not count.
    if (ind.valueKind === 'pass_fail') {
      const r = readPassFail(entry.actual);
      return { value: r.kind === 'pass' || r.kind === 'fail' ? r.kind : null, state: 'not_used', cell };
    }
    const r = readNumber(entry.actual, { locale, valueKind: ind.valueKind, unit: ind.unit });
    return { value: r.kind === 'number' ? r.value : null, state: 'not_used', cell };
  }
  // The district's own rate (GRID_ELECTRICITY ...) is shown, never used: a doubt about it is a warning.
  const severity: Problem['severity'] = isPartOrSum(ind) || ind.consolidation.kind === 'all_met' || ind.consolidation.kind === 'province_only' ? 'error' : 'warning';
  if (ind.valueKind === 'pass_fail') {
    const r = readPassFail(entry.actual);
    if (r.kind === 'missing') return { value: null, state: 'missing', cell };
    if (r.kind === 'invalid') {
      problem('invalid_cell', severity, r.reason);
      return { value: null, state: 'invalid', cell };
    }
    return { value: r.kind, state: 'value', cell };
  }
  const r = readNumber(entry.actual, { locale, valueKind: ind.valueKind, unit: ind.unit });
  if (r.kind === 'missing') return { value: null, state: 'missing', cell };
  if (r.kind === 'invalid') {
    problem('invalid_cell', severity, r.reason);
    return { value: null, state: 'invalid', cell };
  }
  if (isPartOrSum(ind) && r.value < 0) {
    problem(
      'invalid_cell',
      'error',
      bi(
        `Số âm (${fmt(r.value, 'vi')}) không hợp lệ cho "${ind.name.vi}"; không dùng khi tổng hợp.`,
        `A negative number (${fmt(r.value, 'en')}) is not valid for "${ind.name.en}"; it is not consolidated.`,
      ),
    );
    return { value: null, state: 'invalid', cell };
  }
  const doubt = r.ambiguous?.message ?? r.otherLocale?.message;
  if (doubt) problem('ambiguous_cell', 'warning', doubt);
  return { value: r.value, state: 'value', cell };
}

// ---------------------------------------------------------------- consolidating

/** Reads every source and consolidates: the entry point of the task pane and the CLI. */
export function consolidate(input: ConsolidateInput): ConsolidationResult {
  const readings = input.districts.map((s) => readSource(s, 'district', input));
  if (input.province) readings.push(readSource(input.province, 'province', input));
  return finishConsolidation(readings, input);
}

/**
 * Pools the parts of two consolidations (their sources' readings) and recomputes the province
 * figures from them: the same as consolidating all the sources at once.
 */
export function mergeConsolidations(a: ConsolidationResult, b: ConsolidationResult, opts: ConsolidateOptions): ConsolidationResult {
  return finishConsolidation([...a.readings, ...b.readings], opts);
}

interface Pools {
  /** The usable source of each district. */
  byDistrict: Map<string, SourceReading>;
  province?: SourceReading;
}

/** Consolidates sources already read with `readSource` (in any order). */
export function finishConsolidation(all: SourceReading[], opts: ConsolidateOptions): ConsolidationResult {
  const { catalogue, units } = opts;
  const lang = opts.lang ?? 'vi';
  const locale = opts.locale ?? 'vi-VN';
  const problems: ConsolidationProblem[] = [];
  const problem = (p: Omit<ConsolidationProblem, 'message'>) => problems.push({ ...p, message: p.messages[lang] });

  // The same source twice: read once (identical readings), otherwise it is a duplicate district.
  const seen = new Map<string, SourceReading>();
  const distinct: SourceReading[] = [];
  for (const r of canonicalOrder(units, all)) {
    const k = sourceKey(r);
    const prev = seen.get(k);
    if (prev && sameValues(prev, r)) {
      problem({
        kind: 'duplicate_source',
        source: r.label,
        sheet: r.sheet,
        cell: '',
        severity: 'info',
        messages: bi(`"${r.label}" (trang "${r.sheet}") được chọn hai lần; chỉ đọc một lần.`, `"${r.label}" (sheet "${r.sheet}") was given twice; it is read once.`),
      });
      continue;
    }
    seen.set(k, r);
    distinct.push(r);
  }
  for (const r of distinct) problems.push(...r.problems);

  // One source per district: two with the same figures count once, two that differ count neither.
  const pools: Pools = { byDistrict: new Map() };
  const summaries: SourceSummary[] = [];
  const excluded = new Map<SourceReading, Bilingual>();
  const groups = new Map<string, SourceReading[]>();
  for (const r of distinct) {
    if (!r.accepted || r.district === undefined) continue;
    const k = `${r.role}\u0000${r.district}`;
    const g = groups.get(k);
    if (g) g.push(r);
    else groups.set(k, [r]);
  }
  for (const g of groups.values()) {
    const first = g[0];
    const name = first.role === 'province' ? bi('tỉnh', 'the province') : bi(`huyện ${first.district}`, `district ${first.district}`);
    const list = g.map((r) => `"${r.label}" (${r.sheet})`).join(', ');
    if (g.length > 1) {
      const same = g.every((r) => sameValues(first, r));
      const messages = same
        ? bi(
            `Có ${g.length} tệp/trang cho ${name.vi}: ${list}, cùng số liệu; chỉ dùng "${first.label}".`,
            `There are ${g.length} files/sheets for ${name.en}: ${list}, with the same figures; only "${first.label}" is used.`,
          )
        : bi(
            `Có ${g.length} tệp/trang khác nhau cho ${name.vi}: ${list}; không biết tệp nào đúng nên không dùng tệp nào. Hãy bỏ tệp thừa rồi tổng hợp lại.`,
            `There are ${g.length} different files/sheets for ${name.en}: ${list}; which one is right is unknown, so none is used. Remove the extra ones and consolidate again.`,
          );
      for (const r of g) {
        problem({ kind: 'duplicate_district', source: r.label, sheet: r.sheet, cell: 'A2', severity: same ? 'warning' : 'error', messages });
        if (!same || r !== first) excluded.set(r, messages);
      }
      if (!same) continue;
    }
    if (first.role === 'province') pools.province = first;
    else pools.byDistrict.set(first.district!, first);
  }
  for (const r of distinct) {
    const why = r.rejection ?? excluded.get(r);
    summaries.push({
      label: r.label,
      sheet: r.sheet,
      role: r.role,
      unit: r.unitAsWritten,
      ...(r.district !== undefined ? { district: r.district } : {}),
      used: why === undefined,
      ...(why ? { reason: why } : {}),
    });
  }

  const missingDistricts = units.districts.filter((d) => !pools.byDistrict.has(d));
  if (missingDistricts.length > 0 && units.districts.length > 0) {
    problem({
      kind: 'missing_district',
      source: '',
      sheet: '',
      cell: '',
      severity: 'warning',
      messages: bi(
        `Thiếu số liệu của ${missingDistricts.length}/${units.districts.length} huyện: ${missingDistricts.join(', ')}. Các chỉ tiêu tính từ mọi huyện để trống cho đến khi có đủ.`,
        `No figures for ${missingDistricts.length} of ${units.districts.length} districts: ${missingDistricts.join(', ')}. Indicators built from every district stay empty until all have reported.`,
      ),
    });
  }

  const ctx: FigureContext = { catalogue, units, lang, locale, pools, cellProblems: new Map() };
  const figures = indicatorsOf(catalogue, 'province').map((ind) => figureOf(ind, ctx));
  // Blank cells and rates without parts, file by file (canonical order), then by row.
  const rank = new Map(distinct.map((r, i) => [r.label, i]));
  const rowOf = (cell: string) => Number(/\d+$/.exec(cell)?.[0] ?? 0);
  const cellProblems = [...ctx.cellProblems.values()].sort(
    (a, b) => (rank.get(a.source) ?? 0) - (rank.get(b.source) ?? 0) || compareText(a.sheet, b.sheet) || rowOf(a.cell) - rowOf(b.cell) || compareText(a.kind, b.kind),
  );
  for (const p of cellProblems) problem(p);

  return {
    catalogue: { id: catalogue.id, version: catalogue.version, year: catalogue.year, province: catalogue.province },
    units: { id: units.id, districts: units.districts.slice(), poorDistricts: units.poorDistricts.slice() },
    figures,
    sources: summaries,
    missingDistricts: units.districts.length > 0 ? missingDistricts : [],
    problems,
    consolidated: pools.byDistrict.size > 0,
    readings: distinct,
  };
}

function sameValues(a: SourceReading, b: SourceReading): boolean {
  if (a.accepted !== b.accepted || a.district !== b.district) return false;
  if (JSON.stringify(a.rural?.figures ?? null) !== JSON.stringify(b.rural?.figures ?? null)) return false;
  const ka = Object.keys(a.values);
  if (ka.length !== Object.keys(b.values).length) return false;
  return ka.every((k) => {
    const x = a.values[k];
    const y = b.values[k];
    return y !== undefined && x.value === y.value && x.state === y.state;
  });
}

// ---------------------------------------------------------------- one figure

interface FigureContext {
  catalogue: Catalogue;
  units: UnitStructure;
  lang: Lang;
  locale: NumberLocale;
  pools: Pools;
  /** Blank cells a figure needed, one problem per source and code. */
  cellProblems: Map<string, Omit<ConsolidationProblem, 'message'>>;
}

interface Outcome {
  value: FigureValue | null;
  how: Bilingual;
  reason?: Bilingual;
  lacking?: Lacking[];
  partial?: ConsolidatedFigure['partial'];
  parts?: Record<string, number>;
}

function figureOf(ind: Indicator, ctx: FigureContext): ConsolidatedFigure {
  const c = ind.consolidation;
  let o: Outcome;
  switch (c.kind) {
    case 'sum':
      o = sumFigure(ind, ctx);
      break;
    case 'ratio':
      o = fromParts(ind, [c.numerator, c.denominator], ctx.units.districts, ctx, (s) => ratioOf(s[0], s[1], c.scale), (s, l) =>
        `Σ ${c.numerator} ÷ Σ ${c.denominator} × ${fmt(c.scale, l)} = ${fmt(s[0], l)} ÷ ${fmt(s[1], l)} × ${fmt(c.scale, l)}`,
      );
      break;
    case 'growth':
      o = fromParts(ind, [c.current, c.previous], ctx.units.districts, ctx, (s) => growthOf(s[0], s[1]), (s, l) =>
        `(Σ ${c.current} ÷ Σ ${c.previous} − 1) × 100 = (${fmt(s[0], l)} ÷ ${fmt(s[1], l)} − 1) × 100`,
      );
      break;
    case 'poverty_reduction': {
      const over = c.poorDistrictsOnly ? ctx.units.poorDistricts : ctx.units.districts;
      o = fromParts(ind, [c.poorPrev, c.householdsPrev, c.poor, c.households], over, ctx, (s) => povertyOf(s[0], s[1], s[2], s[3]), (s, l) =>
        `(Σ ${c.poorPrev} ÷ Σ ${c.householdsPrev} − Σ ${c.poor} ÷ Σ ${c.households}) × 100 = (${fmt(s[0], l)} ÷ ${fmt(s[1], l)} − ${fmt(s[2], l)} ÷ ${fmt(s[3], l)}) × 100` +
        (c.poorDistrictsOnly ? (l === 'vi' ? `; các huyện nghèo: ${over.join(', ')}` : `; poor districts: ${over.join(', ')}`) : ''),
      );
      if (c.poorDistrictsOnly && over.length === 0) {
        o = { value: null, how: o.how, reason: bi(`Cơ cấu đơn vị "${ctx.units.id}" không có danh sách huyện nghèo.`, `The unit structure "${ctx.units.id}" lists no poor districts.`) };
      }
      break;
    }
    case 'province_only':
      o = provinceOnly(ind, ctx);
      break;
    case 'all_met':
      o = allMet(ind, ctx);
      break;
    case 'rural':
      o = ruralFigure(ind, ctx);
      break;
  }
  const evaluation = judge(ind, o.value, ctx.locale);
  const districts = districtValues(ind, ctx);
  return {
    code: ind.code,
    ...(ind.parentCode !== undefined ? { parentCode: ind.parentCode } : {}),
    rule: c.kind,
    value: o.value,
    how: o.how,
    ...(o.reason ? { reason: o.reason } : {}),
    ...(o.lacking && o.lacking.length ? { lacking: o.lacking } : {}),
    ...(o.partial ? { partial: o.partial } : {}),
    ...(o.parts ? { parts: o.parts } : {}),
    target: evaluation?.target ?? (ind.target === undefined ? null : ind.target),
    status: o.value === null ? 'missing' : (evaluation?.status ?? 'no_target'),
    message: o.value === null ? (o.reason ?? bi('Chưa có số liệu', 'No value')) : (evaluation?.reason ?? o.how),
    districts,
  };
}

function judge(ind: Indicator, value: FigureValue | null, locale: NumberLocale): Evaluation | undefined {
  if (value === null) return undefined;
  const cell = typeof value === 'number' ? { value } : { value: value === 'pass' ? 'Đạt' : 'Không đạt' };
  return evaluateIndicator(ind, cell, { locale });
}

function districtValues(ind: Indicator, ctx: FigureContext): DistrictValue[] {
  if (ind.consolidation.kind === 'province_only') {
    const p = ctx.pools.province;
    const name = ctx.units.province || ctx.catalogue.province;
    const r = p?.values[ind.code];
    return [{ district: name, source: p?.label ?? null, sheet: p?.sheet ?? null, cell: r?.cell ?? null, value: r?.value ?? null, state: r?.state ?? 'no_source' }];
  }
  if (ind.consolidation.kind === 'rural') {
    // The district's own figure from its commune list (its indicator cell is a formula over it).
    return ctx.units.districts.map((d) => {
      const s = ctx.pools.byDistrict.get(d);
      if (!s) return { district: d, source: null, sheet: null, cell: null, value: null, state: 'no_source' as const };
      if (!s.rural) return { district: d, source: s.label, sheet: null, cell: null, value: null, state: 'no_row' as const };
      const v = ruralIndicatorValues(ctx.catalogue, s.rural.figures)[ind.code];
      return { district: d, source: s.label, sheet: s.rural.sheet, cell: null, value: typeof v === 'number' ? v : null, state: typeof v === 'number' ? ('value' as const) : ('missing' as const) };
    });
  }
  return ctx.units.districts.map((d) => {
    const s = ctx.pools.byDistrict.get(d);
    const r = s?.values[ind.code];
    return { district: d, source: s?.label ?? null, sheet: s?.sheet ?? null, cell: r?.cell ?? null, value: r?.value ?? null, state: r ? r.state : 'no_source' };
  });
}

/** The numbers of `codes` for each district of `over`; who lacks what. */
function gather(codes: string[], over: string[], ctx: FigureContext) {
  const rows: { district: string; values: number[] }[] = [];
  const lacking: Lacking[] = [];
  for (const d of over) {
    const s = ctx.pools.byDistrict.get(d);
    if (!s) {
      lacking.push({ district: d, source: null, codes: codes.slice() });
      continue;
    }
    const missing: string[] = [];
    const values: number[] = [];
    for (const code of codes) {
      const r = s.values[code];
      if (r && r.state === 'value' && typeof r.value === 'number') values.push(r.value);
      else {
        missing.push(code);
        if (r && (r.state === 'missing' || r.state === 'no_row')) noteBlank(s, code, r, ctx);
      }
    }
    if (missing.length) lacking.push({ district: d, source: s.label, codes: missing });
    else rows.push({ district: d, values });
  }
  const sums = codes.map((_, i) => rows.reduce((acc, r) => acc + r.values[i], 0));
  return { rows, lacking, sums };
}

function noteBlank(s: SourceReading, code: string, r: CellReading, ctx: FigureContext): void {
  const key = `${sourceKey(s)}\u0000${code}`;
  if (ctx.cellProblems.has(key)) return;
  const ind = findIndicator(ctx.catalogue, code);
  const name = ind ? ind.name : bi(code, code);
  ctx.cellProblems.set(key, {
    kind: 'missing_value',
    source: s.label,
    sheet: s.sheet,
    cell: r.cell ?? '',
    code,
    severity: 'warning',
    messages:
      r.state === 'no_row'
        ? bi(
            `Trang không có dòng mã số ${code} ("${name.vi}"); số của tỉnh cần số này. Hãy dùng mẫu mới có đủ các dòng thành phần.`,
            `The sheet has no row with code ${code} ("${name.en}"); the province figure needs it. Use a current template with every component row.`,
          )
        : bi(`Chưa nhập "${name.vi}" (${code}); số của tỉnh cần số này.`, `"${name.en}" (${code}) is blank; the province figure needs it.`),
  });
}

function lackingText(lacking: Lacking[], l: Lang): string {
  return lacking
    .map((x) =>
      x.source === null
        ? l === 'vi'
          ? `${x.district} (không có tệp)`
          : `${x.district} (no file)`
        : x.codes.length === 0
          ? l === 'vi'
            ? `${x.district} (không có danh sách xã, hoặc chưa nhập số tiêu chí)`
            : `${x.district} (no commune list, or no count typed)`
          : `${x.district}: ${x.codes.join(', ')}`,
    )
    .join('; ');
}

const MAX_LISTED_TERMS = 12;

function sumFigure(ind: Indicator, ctx: FigureContext): Outcome {
  const over = ctx.units.districts;
  const { rows, lacking, sums } = gather([ind.code], over, ctx);
  // The terms are listed while a person can follow them; beyond that the sources sheet lists them.
  const how = both((l) =>
    rows.length <= MAX_LISTED_TERMS
      ? `Σ ${ind.code} = ${rows.map((r) => fmt(r.values[0], l)).join(' + ') || '0'}`
      : l === 'vi'
        ? `Σ ${ind.code} của ${rows.length} huyện = ${fmt(sums[0], l)}`
        : `Σ ${ind.code} over ${rows.length} districts = ${fmt(sums[0], l)}`,
  );
  if (lacking.length === 0 && over.length > 0) return { value: sums[0], how, parts: { [ind.code]: sums[0] } };
  return {
    value: null,
    how,
    lacking,
    reason: both((l) =>
      over.length === 0
        ? l === 'vi'
          ? 'Không có huyện nào trong cơ cấu đơn vị.'
          : 'The unit structure has no districts.'
        : l === 'vi'
          ? `Thiếu số liệu: ${lackingText(lacking, l)}. Tổng của tỉnh chỉ tính khi đủ ${over.length} huyện.`
          : `Missing: ${lackingText(lacking, l)}. The province total is computed once all ${over.length} districts have reported.`,
    ),
    ...(rows.length ? { partial: { value: sums[0], districts: rows.length, of: over.length } } : {}),
  };
}

type Computed = { ok: true; value: number } | { ok: false; why: Bilingual };

function ratioOf(num: number, den: number, scale: number): Computed {
  if (den === 0) return { ok: false, why: bi('mẫu số bằng 0', 'the denominator is 0') };
  return { ok: true, value: (num / den) * scale };
}

function growthOf(cur: number, prev: number): Computed {
  if (prev === 0) return { ok: false, why: bi('tổng năm trước bằng 0', "the previous year's total is 0") };
  return { ok: true, value: (cur / prev - 1) * 100 };
}

function povertyOf(poorPrev: number, hhPrev: number, poor: number, hh: number): Computed {
  if (hhPrev === 0 || hh === 0) return { ok: false, why: bi('tổng số hộ bằng 0', 'the total number of households is 0') };
  return { ok: true, value: (poorPrev / hhPrev - poor / hh) * 100 };
}

/** A rate, a growth rate or a poverty reduction: recomputed from the summed parts of `over`. */
function fromParts(
  ind: Indicator,
  codes: string[],
  over: string[],
  ctx: FigureContext,
  compute: (sums: number[]) => Computed,
  formula: (sums: number[], l: Lang) => string,
): Outcome {
  const { rows, lacking, sums } = gather(codes, over, ctx);
  const parts = Object.fromEntries(codes.map((c, i) => [c, sums[i]]));
  const how = both((l) => formula(sums, l));
  if (lacking.length === 0 && over.length > 0) {
    const r = compute(sums);
    if (r.ok) return { value: r.value, how, parts };
    return { value: null, how, parts, reason: both((l) => (l === 'vi' ? `Không tính được: ${r.why.vi}.` : `Cannot be computed: ${r.why.en}.`)) };
  }
  // Say which parts each district lacks; flag a district that typed the rate instead.
  for (const x of lacking) {
    if (x.source === null) continue;
    const s = ctx.pools.byDistrict.get(x.district)!;
    const own = s.values[ind.code];
    if (own && own.state === 'value' && typeof own.value === 'number') {
      const shown = own.value;
      const key = `${sourceKey(s)}\u0000rate:${ind.code}`;
      if (!ctx.cellProblems.has(key)) {
        ctx.cellProblems.set(key, {
          kind: 'rate_without_parts',
          source: s.label,
          sheet: s.sheet,
          cell: own.cell ?? '',
          code: ind.code,
          severity: 'error',
          messages: bi(
            `${x.district} nhập ${ind.code} = ${fmt(shown, 'vi')} nhưng thiếu ${x.codes.join(', ')}. Số của tỉnh chỉ tính lại được từ các thành phần, không từ tỷ lệ của huyện: hãy nhập ${x.codes.join(', ')}.`,
            `${x.district} typed ${ind.code} = ${fmt(shown, 'en')} but not ${x.codes.join(', ')}. The province figure is recomputed from the parts, never from district rates: type ${x.codes.join(', ')}.`,
          ),
        });
      }
    }
  }
  let partial: Outcome['partial'];
  if (rows.length) {
    const r = compute(sums);
    if (r.ok) partial = { value: r.value, districts: rows.length, of: over.length };
  }
  return {
    value: null,
    how,
    lacking,
    reason: both((l) =>
      over.length === 0
        ? l === 'vi'
          ? 'Không có huyện nào để tổng hợp.'
          : 'There are no districts to consolidate.'
        : l === 'vi'
          ? `Không tính được vì thiếu thành phần: ${lackingText(lacking, l)}. Tỷ lệ của tỉnh chỉ tính từ tổng các thành phần của đủ ${over.length} huyện, không lấy trung bình tỷ lệ.`
          : `Cannot be computed, parts are missing: ${lackingText(lacking, l)}. The province rate is computed from the summed parts of all ${over.length} districts, never as a mean of rates.`,
    ),
    ...(partial ? { partial } : {}),
  };
}

/** Sums the districts' commune-list figures; the indicator's value from the merged figures. */
function mergeRural(list: RuralFigures[]): RuralFigures {
  const m = emptyFigures();
  for (const f of list) {
    m.communes += f.communes;
    m.criteriaTotal += f.criteriaTotal;
    m.communes15to18 += f.communes15to18;
    m.communes19 += f.communes19;
    m.communesBelow10 += f.communesBelow10;
  }
  m.averageCriteria = m.communes > 0 ? m.criteriaTotal / m.communes : null;
  return m;
}

function ruralFigure(ind: Indicator, ctx: FigureContext): Outcome {
  const over = ctx.units.districts;
  const used: { district: string; figures: RuralFigures }[] = [];
  const lacking: Lacking[] = [];
  for (const d of over) {
    const s = ctx.pools.byDistrict.get(d);
    if (!s) lacking.push({ district: d, source: null, codes: [] });
    else if (!s.rural || s.rural.figures.communes === 0) {
      lacking.push({ district: d, source: s.label, codes: [] });
      noteNoCommunes(s, ctx);
    } else used.push({ district: d, figures: s.rural.figures });
  }
  const merged = mergeRural(used.map((u) => u.figures));
  const value = (f: RuralFigures) => {
    const v = ruralIndicatorValues(ctx.catalogue, f)[ind.code];
    return typeof v === 'number' ? v : null;
  };
  const isAverage = ind.consolidation.kind === 'rural' && ind.consolidation.measure === 'average_criteria';
  const how = both((l) =>
    isAverage
      ? l === 'vi'
        ? `Σ tiêu chí ÷ Σ xã (chỉ tính xã, không tính phường, thị trấn) = ${fmt(merged.criteriaTotal, l)} ÷ ${fmt(merged.communes, l)}`
        : `Σ criteria ÷ Σ xã (xã only, not phường or thị trấn) = ${fmt(merged.criteriaTotal, l)} ÷ ${fmt(merged.communes, l)}`
      : l === 'vi'
        ? `Σ xã đạt 15–18 tiêu chí = ${used.length <= MAX_LISTED_TERMS ? used.map((u) => fmt(u.figures.communes15to18, l)).join(' + ') : `${used.length} huyện`} = ${fmt(merged.communes15to18, l)}`
        : `Σ xã at 15–18 criteria = ${used.length <= MAX_LISTED_TERMS ? used.map((u) => fmt(u.figures.communes15to18, l)).join(' + ') : `${used.length} districts`} = ${fmt(merged.communes15to18, l)}`,
  );
  const parts: Record<string, number> = isAverage ? { criteriaTotal: merged.criteriaTotal, communes: merged.communes } : { communes15to18: merged.communes15to18, communes: merged.communes };
  if (lacking.length === 0 && over.length > 0) {
    const v = value(merged);
    if (v !== null) return { value: v, how, parts };
  }
  const partialValue = used.length ? value(merged) : null;
  return {
    value: null,
    how,
    lacking,
    reason: both((l) =>
      l === 'vi'
        ? `Thiếu danh sách xã: ${lackingText(lacking, l)}. Số của tỉnh tính từ danh sách xã của đủ ${over.length} huyện.`
        : `Commune lists missing: ${lackingText(lacking, l)}. The province figure is computed from the commune lists of all ${over.length} districts.`,
    ),
    ...(partialValue !== null ? { partial: { value: partialValue, districts: used.length, of: over.length } } : {}),
  };
}

function noteNoCommunes(s: SourceReading, ctx: FigureContext): void {
  const key = `${sourceKey(s)}\u0000communes`;
  if (ctx.cellProblems.has(key)) return;
  ctx.cellProblems.set(key, {
    kind: 'missing_communes',
    source: s.label,
    sheet: s.rural?.sheet ?? '',
    cell: '',
    severity: 'warning',
    messages: s.rural
      ? bi(
          `Danh sách xã của ${s.district} chưa có số tiêu chí nào được tính; các chỉ tiêu nông thôn mới của tỉnh chờ số này.`,
          `The commune list of ${s.district} has no counted criteria yet; the province's new-rural indicators wait for it.`,
        )
      : bi(
          `Tệp của ${s.district} không có trang danh sách xã (Huyện, Đơn vị, Loại, Số tiêu chí đạt); các chỉ tiêu nông thôn mới của tỉnh chờ danh sách này.`,
          `The file of ${s.district} has no commune sheet (Huyện, Đơn vị, Loại, Số tiêu chí đạt); the province's new-rural indicators wait for it.`,
        ),
  });
}

function provinceOnly(ind: Indicator, ctx: FigureContext): Outcome {
  const p = ctx.pools.province;
  const r = p?.values[ind.code];
  if (p && r && r.state === 'value' && r.value !== null) {
    return {
      value: r.value,
      how: bi(`Số của tỉnh: "${p.label}", trang "${p.sheet}", ô ${r.cell}`, `The province's own figure: "${p.label}", sheet "${p.sheet}", cell ${r.cell}`),
    };
  }
  const how = bi('Chỉ lấy số của tỉnh; không tính từ các huyện.', "Taken from the province's own entry only; never built from the districts.");
  const reason = !p
    ? bi(
        'Chỉ tiêu chỉ lấy số của tỉnh, không tính từ các huyện; chưa có trang/tệp của tỉnh (chitieu consolidate --province TỆP.xlsx).',
        "Taken from the province's own entry only, never built from districts; no province sheet/file was given (chitieu consolidate --province FILE.xlsx).",
      )
    : r && r.state === 'invalid'
      ? bi(`Ô ${r.cell} trong "${p.label}" không đọc được.`, `Cell ${r.cell} of "${p.label}" cannot be read.`)
      : bi(`Tỉnh chưa nhập số này trong "${p.label}"${r?.cell ? ` (ô ${r.cell})` : ''}.`, `The province has not entered it in "${p.label}"${r?.cell ? ` (cell ${r.cell})` : ''}.`);
  return { value: null, how, reason };
}

function allMet(ind: Indicator, ctx: FigureContext): Outcome {
  const over = ctx.units.districts;
  const failed: string[] = [];
  const lacking: Lacking[] = [];
  let passed = 0;
  for (const d of over) {
    const s = ctx.pools.byDistrict.get(d);
    const r = s?.values[ind.code];
    if (r && r.state === 'value' && r.value === 'fail') failed.push(d);
    else if (r && r.state === 'value' && r.value === 'pass') passed++;
    else {
      lacking.push({ district: d, source: s?.label ?? null, codes: [ind.code] });
      if (s && r && (r.state === 'missing' || r.state === 'no_row')) noteBlank(s, ind.code, r, ctx);
    }
  }
  if (failed.length) {
    return {
      value: 'fail',
      how: bi(`Không đạt vì ${failed.length} huyện không đạt: ${failed.join(', ')}.`, `Not met: ${failed.length} district(s) did not meet it: ${failed.join(', ')}.`),
      ...(lacking.length ? { lacking } : {}),
    };
  }
  if (lacking.length || over.length === 0) {
    return {
      value: null,
      how: bi('Đạt khi mọi huyện đạt.', 'Met when every district met it.'),
      lacking,
      reason: both((l) =>
        l === 'vi'
          ? `Chưa kết luận được: ${passed}/${over.length} huyện đạt, thiếu ${lackingText(lacking, l)}.`
          : `Cannot conclude yet: ${passed} of ${over.length} districts met it; missing ${lackingText(lacking, l)}.`,
      ),
    };
  }
  return { value: 'pass', how: bi(`Đạt: cả ${over.length} huyện đều đạt.`, `Met: all ${over.length} districts met it.`) };
}
