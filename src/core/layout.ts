// The sheet plan: a declarative description of a template sheet (cells, formulas, number formats,
// conditional formats, validations, metadata). The Office.js adapter and the ExcelJS adapter each
// render it; neither decides anything about the layout itself.

import { a1, columnLetter, parseA1, rangeA1, sheetRef } from './a1';
import { communesOfDistrict } from './catalogue/units';
import { indicatorsOf } from './catalogue/catalogue';
import { Scalar, toExcelFormula } from './expr';
import {
  CRITERIA_BANDS,
  BandMeasure,
  COMMUNE_VERDICT_LABELS,
  MAX_CRITERIA,
  RURAL_INDICATOR_INPUTS,
  RURAL_MEASURES,
  ROW_INPUTS,
  RuralMeasure,
  averageExpr,
  communeVerdictExpr,
  countedValueExpr,
  ruralIndicatorExpr,
} from './rural';
import { ratioToPlanFormula, STATUS_LABELS, verdictFormula } from './rules';
import { Bilingual, Catalogue, Indicator, Lang, Level, UnitStructure } from './types';

/** Bumped when the layout changes in a way readers must know about. */
export const TEMPLATE_VERSION = 1;
export const TEMPLATE_MARKER = 'chitieu-kh';

export type SheetKind = 'indicators' | 'communes';

export interface TemplateMeta {
  templateVersion: number;
  sheetKind: SheetKind;
  catalogueId: string;
  catalogueVersion: number;
  year: number;
  level: Level;
  /** The province's name at province level, the district's at district level. */
  unit: string;
  lang: Lang;
  /** The unit structure a commune sheet was pre-filled from (its id), e.g. "laichau-2020". */
  unitsId?: string;
}

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  fontColor?: string;
  fill?: string;
  wrap?: boolean;
  align?: 'left' | 'center' | 'right';
  fontSize?: number;
}

export interface ConditionalFill {
  /** The range coloured, e.g. "F5:H40". */
  range: string;
  /** A formula relative to the range's top-left cell, e.g. '=$H5="Đạt"'. */
  formula: string;
  fill: string;
  fontColor: string;
}

export interface InputValidation {
  range: string;
  kind: 'custom' | 'list' | 'wholeNumber' | 'decimal';
  /** For `custom`: a formula relative to the range's top-left cell. */
  formula?: string;
  list?: string[];
  min?: number;
  max?: number;
  /** `stop` refuses the entry; `warning` lets the person keep it after reading the message. */
  style: 'stop' | 'warning';
  title: string;
  message: string;
  prompt?: string;
}

export interface SheetPlan {
  name: string;
  kind: SheetKind;
  meta: TemplateMeta;
  /** Cell contents from A1; a string starting with '=' is a formula. */
  cells: Scalar[][];
  numberFormats: { range: string; format: string }[];
  styles: { range: string; style: CellStyle }[];
  /** In characters, column A first. */
  columnWidths: number[];
  frozenRows: number;
  headerRow: number;
  conditionalFormats: ConditionalFill[];
  validations: InputValidation[];
  merges: string[];
  /** Row of each code (1-based), for linking formulas and for tests. */
  rowOf: Record<string, number>;
}

// ---------------------------------------------------------------- the indicator sheet's columns

export type IndicatorColumn = 'code' | 'stt' | 'name' | 'unit' | 'target' | 'actual' | 'ratio' | 'verdict' | 'note';

export const INDICATOR_COLUMNS: IndicatorColumn[] = ['code', 'stt', 'name', 'unit', 'target', 'actual', 'ratio', 'verdict', 'note'];

/** Header texts; `{year}` is the plan year. Readers accept either language. */
export const INDICATOR_HEADERS: Record<IndicatorColumn, Bilingual> = {
  code: { vi: 'Mã số', en: 'Code' },
  stt: { vi: 'STT', en: 'No.' },
  name: { vi: 'Chỉ tiêu', en: 'Indicator' },
  unit: { vi: 'Đơn vị tính', en: 'Unit' },
  target: { vi: 'Kế hoạch {year}', en: 'Plan {year}' },
  actual: { vi: 'Thực hiện {year}', en: 'Actual {year}' },
  ratio: { vi: 'So với KH (%)', en: '% of plan' },
  verdict: { vi: 'Đánh giá', en: 'Assessment' },
  note: { vi: 'Ghi chú', en: 'Notes' },
};

const COL: Record<IndicatorColumn, number> = Object.fromEntries(INDICATOR_COLUMNS.map((c, i) => [c, i + 1])) as Record<
  IndicatorColumn,
  number
>;

/** Colours of the statuses: Excel's own good / bad / neutral cell styles, familiar to users. */
export const STATUS_COLOURS = {
  met: { fill: '#C6EFCE', font: '#006100' },
  not_met: { fill: '#FFC7CE', font: '#9C0006' },
  check: { fill: '#FFEB9C', font: '#9C5700' },
} as const;

/** Labels of the metadata row (row 2). */
export const META_LABELS = {
  template: { vi: 'Mẫu', en: 'Template' },
  catalogue: { vi: 'Danh mục', en: 'Catalogue' },
  catalogueVersion: { vi: 'Phiên bản', en: 'Version' },
  year: { vi: 'Năm', en: 'Year' },
  level: { vi: 'Cấp', en: 'Level' },
  unit: { vi: 'Đơn vị', en: 'Unit' },
  unitsId: { vi: 'Danh sách đơn vị', en: 'Unit list' },
} as const;

export const LEVEL_LABELS: Record<Level, Bilingual> = {
  province: { vi: 'tỉnh', en: 'province' },
  district: { vi: 'huyện', en: 'district' },
};

const TEXT: Record<string, Bilingual> = {
  title: {
    vi: 'CHỈ TIÊU KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM {year} — {unit}',
    en: 'SOCIO-ECONOMIC PLAN INDICATORS {year} — {unit}',
  },
  help: {
    vi: 'Nhập số liệu vào cột "Thực hiện {year}". Cột "Đánh giá" tự tính: xanh là đạt, đỏ là không đạt, vàng là cần kiểm tra bằng Chỉ tiêu KH (Kiểm tra) hoặc lệnh chitieu check.',
    en: 'Type results into "Actual {year}". "Assessment" updates itself: green met, red not met, amber needs a check with Chỉ tiêu KH (Check) or chitieu check.',
  },
  validationTitle: { vi: 'Giá trị không hợp lệ', en: 'Invalid value' },
  numberMessage: {
    vi: 'Hãy nhập một số (ví dụ 52,9 hoặc 2.450), hoặc để trống / "-" nếu chưa có số liệu.',
    en: 'Type a number (for example 52.9 or 2,450), or leave it blank / "-" when there is no data yet.',
  },
  componentMessage: {
    vi: 'Hãy nhập một số không âm (ví dụ 2.450), hoặc để trống nếu chưa có số liệu.',
    en: 'Type a number that is not negative (for example 2,450), or leave it blank.',
  },
  passFailMessage: { vi: 'Chọn "Đạt" hoặc "Không đạt".', en: 'Choose "Met" or "Not met".' },
  sheetName: { vi: 'Chỉ tiêu {year}', en: 'Indicators {year}' },
  fromList: { vi: 'Tự tính từ danh sách xã (trang "{sheet}")', en: 'Computed from the commune list (sheet "{sheet}")' },
};

function fill(t: string, vars: Record<string, string | number>): string {
  return t.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
}

/** Styles shared by every sheet the product writes: a title, a grey detail text, a table header. */
export const SHEET_STYLES = {
  title: { bold: true, fontSize: 13 },
  meta: { italic: true, fontColor: '#808080', fontSize: 9 },
  help: { italic: true, fontColor: '#595959' },
  header: { bold: true, fill: '#D9E1F2', wrap: true },
  code: { fontColor: '#808080', fontSize: 9 },
} as const satisfies Record<string, CellStyle>;

/** Title (row 1), metadata (row 2), help (row 3) and the table's header row of a template sheet. */
function sheetHeadStyles(width: number, headerRow: number, headerWidth: number): SheetPlan['styles'] {
  return [
    { range: rangeA1(1, 1, 1, width), style: SHEET_STYLES.title },
    { range: rangeA1(2, 1, 2, width), style: SHEET_STYLES.meta },
    { range: rangeA1(3, 1, 3, width), style: SHEET_STYLES.help },
    { range: rangeA1(headerRow, 1, headerRow, headerWidth), style: { ...SHEET_STYLES.header, align: 'center' } },
  ];
}

export function headerText(col: IndicatorColumn, lang: Lang, year: number): string {
  return fill(INDICATOR_HEADERS[col][lang], { year });
}

/** Excel number format for an indicator's value cells. */
export function numberFormatOf(ind: Indicator): string {
  if (ind.valueKind === 'pass_fail') return '@';
  return ind.decimals > 0 ? `#,##0.${'0'.repeat(ind.decimals)}` : '#,##0';
}

export function targetCellValue(ind: Indicator, lang: Lang): Scalar {
  const t = ind.target;
  if (t === undefined) return null;
  if (t === 'pass') return STATUS_LABELS[lang].met;
  if (Array.isArray(t)) return `${t[0]}–${t[1]}`;
  return t;
}

/** Sheet names: at most 31 characters, none of : \ / ? * [ ]. */
export function safeSheetName(name: string): string {
  return name.replace(/[:\\/?*[\]]/g, '-').slice(0, 31).trim();
}

export interface IndicatorPlanOptions {
  level: Level;
  /** District name at district level; defaults to the catalogue's province. */
  unit?: string;
  lang?: Lang;
  /** The sheet's name, when the caller already chose a unique one. */
  sheetName?: string;
  /**
   * The commune sheet whose aggregates the `rural` indicators (NTM_AVG_CRITERIA,
   * NTM_COMMUNES_15_18) take as `Thực hiện`: its actual name and its whole-list aggregate cells.
   * Without it those cells are left for typing.
   */
  rural?: RuralLink;
}

/** Where a commune sheet's whole-list aggregates are. */
export interface RuralLink {
  sheet: string;
  total: Record<RuralMeasure, string>;
}

/** The `Thực hiện` formula of a `rural` indicator, or undefined for any other indicator. */
export function ruralActualFormula(ind: Indicator, link: RuralLink): string | undefined {
  if (ind.consolidation.kind !== 'rural') return undefined;
  const measure = ind.consolidation.measure;
  const refs: Record<string, string> = {};
  for (const m of RURAL_INDICATOR_INPUTS[measure]) refs[m] = `${sheetRef(link.sheet)}!${absolute(link.total[m])}`;
  return '=' + toExcelFormula(ruralIndicatorExpr(measure), refs);
}

function absolute(address: string): string {
  const { row, col } = parseA1(address);
  return `$${columnLetter(col)}$${row}`;
}

export function indicatorSheetName(catalogue: Catalogue, opts: IndicatorPlanOptions): string {
  const base = fill(TEXT.sheetName[opts.lang ?? 'vi'], { year: catalogue.year });
  return safeSheetName(opts.level === 'district' && opts.unit ? `${base} - ${opts.unit}` : base);
}

const HEADER_ROW = 4;

/** The indicator sheet of a catalogue, at province or district level. */
export function indicatorSheetPlan(catalogue: Catalogue, opts: IndicatorPlanOptions): SheetPlan {
  const lang = opts.lang ?? 'vi';
  const unit = opts.unit ?? catalogue.province;
  const year = catalogue.year;
  const meta: TemplateMeta = {
    templateVersion: TEMPLATE_VERSION,
    sheetKind: 'indicators',
    catalogueId: catalogue.id,
    catalogueVersion: catalogue.version,
    year,
    level: opts.level,
    unit,
    lang,
  };
  const width = INDICATOR_COLUMNS.length;
  const cells: Scalar[][] = [];
  const row = (values: Scalar[]) => {
    const r = values.slice();
    while (r.length < width) r.push(null);
    cells.push(r);
    return cells.length;
  };
  const styles: SheetPlan['styles'] = [];
  const numberFormats: SheetPlan['numberFormats'] = [];
  const validations: InputValidation[] = [];
  const rowOf: Record<string, number> = {};
  const linked: number[] = [];

  row([fill(TEXT.title[lang], { year, unit: unit.toUpperCase() })]);
  row(metaRowCells(meta));
  row([null, null, fill(TEXT.help[lang], { year })]);
  row(INDICATOR_COLUMNS.map((c) => headerText(c, lang, year)));
  styles.push(...sheetHeadStyles(width, HEADER_ROW, width));

  const indicators = indicatorsOf(catalogue, opts.level);
  const roman = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
  let stt = 0;
  catalogue.groups.forEach((group, gi) => {
    const members = indicators.filter((i) => i.group === group.code);
    if (members.length === 0) return;
    const g = row([null, roman[gi] ?? String(gi + 1), group.name[lang].toUpperCase()]);
    styles.push({ range: rangeA1(g, 1, g, width), style: { bold: true, fill: '#F2F2F2' } });
    for (const ind of members) {
      const isComponent = ind.parentCode !== undefined;
      const r = cells.length + 1;
      const refs = { value: a1(r, COL.actual), target: a1(r, COL.target) };
      const fromList = opts.rural ? ruralActualFormula(ind, opts.rural) : undefined;
      row([
        ind.code,
        isComponent ? '-' : ++stt,
        ind.name[lang],
        ind.unit[lang],
        targetCellValue(ind, lang),
        fromList ?? null,
        ratioToPlanFormula(ind, refs) ?? null,
        verdictFormula(ind, lang, refs) ?? null,
        fromList ? fill(TEXT.fromList[lang], { sheet: opts.rural!.sheet }) : null,
      ]);
      rowOf[ind.code] = r;
      numberFormats.push({ range: rangeA1(r, COL.target, r, COL.actual), format: numberFormatOf(ind) });
      if (isComponent) styles.push({ range: rangeA1(r, COL.stt, r, COL.name), style: { italic: true } });
      if (fromList) linked.push(r);
      else validations.push(valueValidation(ind, lang, a1(r, COL.actual)));
    }
  });
  const first = HEADER_ROW + 1;
  const last = cells.length;
  styles.push({ range: rangeA1(first, COL.code, last, COL.code), style: SHEET_STYLES.code });
  styles.push({ range: rangeA1(first, COL.name, last, COL.name), style: { wrap: true } });
  styles.push({ range: rangeA1(first, COL.target, last, COL.target), style: { align: 'right' } });
  numberFormats.push({ range: rangeA1(first, COL.ratio, last, COL.ratio), format: '0.0' });
  for (const r of linked) {
    styles.push({ range: a1(r, COL.actual), style: { italic: true, align: 'right' } });
    styles.push({ range: a1(r, COL.note), style: { italic: true, fontColor: '#595959', wrap: true } });
  }
  const labels = STATUS_LABELS[lang];
  const verdictCol = columnLetter(COL.verdict);
  const colour = (label: string, c: { fill: string; font: string }): ConditionalFill => ({
    range: rangeA1(first, COL.actual, last, COL.verdict),
    formula: `=$${verdictCol}${first}="${label}"`,
    fill: c.fill,
    fontColor: c.font,
  });
  return {
    name: opts.sheetName ?? indicatorSheetName(catalogue, opts),
    kind: 'indicators',
    meta,
    cells,
    numberFormats,
    styles,
    columnWidths: [16, 5, 58, 14, 13, 13, 11, 16, 24],
    frozenRows: HEADER_ROW,
    headerRow: HEADER_ROW,
    conditionalFormats: [
      colour(labels.met, STATUS_COLOURS.met),
      colour(labels.not_met, STATUS_COLOURS.not_met),
      colour(labels.check, STATUS_COLOURS.check),
    ],
    validations,
    merges: [],
    rowOf,
  };
}

function valueValidation(ind: Indicator, lang: Lang, cell: string): InputValidation {
  const title = TEXT.validationTitle[lang];
  if (ind.valueKind === 'pass_fail') {
    return { range: cell, kind: 'list', list: [STATUS_LABELS[lang].met, STATUS_LABELS[lang].not_met], style: 'warning', title, message: TEXT.passFailMessage[lang] };
  }
  if (ind.parentCode !== undefined) {
    return { range: cell, kind: 'decimal', min: 0, max: 1e15, style: 'warning', title, message: TEXT.componentMessage[lang] };
  }
  // Numbers, and the blank markers people use for "no data yet" ("-", "N/A").
  return {
    range: cell,
    kind: 'custom',
    formula: `=OR(ISNUMBER(${cell}),TRIM(${cell})="-",TRIM(${cell})="N/A")`,
    style: 'warning',
    title,
    message: TEXT.numberMessage[lang],
  };
}

export function metaRowCells(meta: TemplateMeta): Scalar[] {
  const L = meta.lang;
  return [
    META_LABELS.template[L],
    `${TEMPLATE_MARKER}/${meta.templateVersion}/${meta.sheetKind}`,
    META_LABELS.catalogue[L],
    meta.catalogueId,
    META_LABELS.catalogueVersion[L],
    meta.catalogueVersion,
    META_LABELS.year[L],
    meta.year,
    META_LABELS.level[L],
    LEVEL_LABELS[meta.level][L],
    META_LABELS.unit[L],
    meta.unit,
    ...(meta.unitsId ? [META_LABELS.unitsId[L], meta.unitsId] : []),
  ];
}

// ---------------------------------------------------------------- the commune sheet (nông thôn mới)

/** A template that cannot be planned (a district not in the unit list, ...): both languages. */
export class PlanError extends Error {
  constructor(readonly messages: Bilingual) {
    super(messages.vi);
    this.name = 'PlanError';
  }
}

export type CommuneColumn = 'district' | 'name' | 'type' | 'criteria' | 'verdict' | 'counted' | 'gso';

export const COMMUNE_COLUMNS: CommuneColumn[] = ['district', 'name', 'type', 'criteria', 'verdict', 'counted', 'gso'];

/** Header texts of the list; readers find columns by them, in either language. */
export const COMMUNE_HEADERS: Record<CommuneColumn, Bilingual> = {
  district: { vi: 'Huyện', en: 'District' },
  name: { vi: 'Đơn vị', en: 'Unit' },
  type: { vi: 'Loại', en: 'Type' },
  criteria: { vi: 'Số tiêu chí đạt', en: 'Criteria met' },
  verdict: { vi: 'Đánh giá', en: 'Assessment' },
  counted: { vi: 'Tính vào tổng hợp', en: 'Counted' },
  gso: { vi: 'Mã GSO', en: 'GSO code' },
};

export type AggregateColumn = 'area' | RuralMeasure;

export const AGGREGATE_COLUMNS: AggregateColumn[] = ['area', ...RURAL_MEASURES];

/** Header texts of the aggregates block, right of the list. */
export const AGGREGATE_HEADERS: Record<AggregateColumn, Bilingual> = {
  area: { vi: 'Địa bàn', en: 'Area' },
  communes: { vi: 'Số xã đã nhập', en: 'Xã counted' },
  criteriaTotal: { vi: 'Tổng số tiêu chí đạt', en: 'Total criteria met' },
  averageCriteria: { vi: 'Bình quân tiêu chí/xã', en: 'Average criteria per xã' },
  communes15to18: { vi: 'Số xã đạt 15–18 tiêu chí', en: 'Xã at 15–18 criteria' },
  communes19: { vi: 'Số xã đạt chuẩn (19 tiêu chí)', en: 'Xã meeting the standard (19)' },
  communesBelow10: { vi: 'Số xã dưới 10 tiêu chí', en: 'Xã below 10 criteria' },
};

const COMMUNE_TEXT: Record<string, Bilingual> = {
  title: {
    vi: 'TIÊU CHÍ NÔNG THÔN MỚI THEO XÃ NĂM {year} — {unit}',
    en: 'NEW-RURAL CRITERIA BY COMMUNE {year} — {unit}',
  },
  help: {
    vi: 'Nhập số tiêu chí nông thôn mới mỗi xã đạt (số nguyên 0–{max}) vào cột "Số tiêu chí đạt". Chỉ tính xã, không tính phường, thị trấn. Bảng tổng hợp bên phải và hai chỉ tiêu nông thôn mới ở trang chỉ tiêu tự tính.',
    en: 'Type the number of new-rural criteria each xã meets (a whole number 0–{max}) into "Criteria met". Only xã are counted, not wards or towns. The summary on the right and the two new-rural indicators update themselves.',
  },
  sheetName: { vi: 'Nông thôn mới {year}', en: 'New rural {year}' },
  districtSheetName: { vi: 'NTM {year} - {unit}', en: 'NTM {year} - {unit}' },
  total: { vi: 'Toàn tỉnh', en: 'Whole province' },
  totalDistrict: { vi: 'Toàn huyện', en: 'Whole district' },
  validationTitle: { vi: 'Số tiêu chí không hợp lệ', en: 'Invalid number of criteria' },
  criteriaMessage: {
    vi: 'Số tiêu chí đạt là số nguyên từ 0 đến {max} (bộ tiêu chí quốc gia về xã nông thôn mới có {max} tiêu chí). Để trống nếu chưa đánh giá.',
    en: 'The criteria met are a whole number from 0 to {max} (the national new-rural set has {max} criteria). Leave it blank if not assessed yet.',
  },
  criteriaPrompt: { vi: 'Số nguyên 0–{max}', en: 'Whole number 0–{max}' },
  typeMessage: { vi: 'Loại đơn vị là xã, phường hoặc thị trấn.', en: 'The unit type is xã, phường or thị trấn.' },
};

/** Colours of a commune's `Đánh giá`. */
export const COMMUNE_COLOURS = {
  standard: STATUS_COLOURS.met,
  band15to18: { fill: '#E2EFDA', font: '#375623' },
  below15: STATUS_COLOURS.not_met,
  check: STATUS_COLOURS.check,
  notCounted: { fill: '#EDEDED', font: '#595959' },
} as const;

export interface CommunePlanOptions {
  level: Level;
  /** The district at district level (one of the structure's districts). */
  unit?: string;
  lang?: Lang;
  /** The sheet's name, when the caller already chose a unique one. */
  sheetName?: string;
  /** Empty rows with the row formulas below the list, for communes people add (default 20). */
  spareRows?: number;
}

export interface CommuneSheetPlan extends SheetPlan {
  kind: 'communes';
  /** 1-based column of each list column. */
  columns: Record<CommuneColumn, number>;
  /** Rows of the list, spare rows included (1-based, inclusive): what the aggregates count. */
  listRows: { first: number; last: number };
  /** A1 addresses of the aggregate cells: the whole list, and each district of the block. */
  aggregates: { total: Record<RuralMeasure, string>; byDistrict: Record<string, Record<RuralMeasure, string>> };
}

export function communeSheetName(catalogue: Catalogue, opts: { level: Level; unit?: string; lang?: Lang }): string {
  const lang = opts.lang ?? 'vi';
  if (opts.level === 'district' && opts.unit) return safeSheetName(fill(COMMUNE_TEXT.districtSheetName[lang], { year: catalogue.year, unit: opts.unit }));
  return safeSheetName(fill(COMMUNE_TEXT.sheetName[lang], { year: catalogue.year }));
}

/** The communes and districts a template of this level lists; a PlanError when the level does not fit the structure. */
export function communesForLevel(units: UnitStructure, level: Level, unit: string | undefined): { districts: string[]; communes: UnitStructure['communes'] } {
  if (level === 'province') return { districts: units.districts, communes: units.communes };
  if (units.districts.length === 0) {
    throw new PlanError({
      vi: `Danh sách đơn vị "${units.id}" không có cấp huyện, nên không lập được mẫu cấp huyện. Hãy chọn cấp tỉnh.`,
      en: `The unit list "${units.id}" has no district level, so there is no district template. Choose the province level.`,
    });
  }
  const d = units.districts.find((x) => x === unit?.normalize('NFC').trim());
  if (!d) {
    throw new PlanError({
      vi: `Huyện "${unit ?? ''}" không có trong danh sách đơn vị "${units.id}" (${units.districts.join(', ')}).`,
      en: `District "${unit ?? ''}" is not in the unit list "${units.id}" (${units.districts.join(', ')}).`,
    });
  }
  return { districts: [d], communes: communesOfDistrict(units, d) };
}

const COMMUNE_HEADER_ROW = 4;
const DEFAULT_SPARE_ROWS = 20;

/**
 * The commune sheet: the list pre-filled from the unit structure (`Huyện`, `Đơn vị`, `Loại`, the count
 * to type, its `Đánh giá`, the `Tính vào tổng hợp` each aggregate reads, the GSO code) and, right of
 * it, the aggregates as live formulas: one row for the whole list, one per district.
 */
export function communeSheetPlan(catalogue: Catalogue, units: UnitStructure, opts: CommunePlanOptions): CommuneSheetPlan {
  const lang = opts.lang ?? 'vi';
  const year = catalogue.year;
  const { districts, communes } = communesForLevel(units, opts.level, opts.unit);
  const unit = opts.level === 'district' ? districts[0] : catalogue.province;
  const meta: TemplateMeta = {
    templateVersion: TEMPLATE_VERSION,
    sheetKind: 'communes',
    catalogueId: catalogue.id,
    catalogueVersion: catalogue.version,
    year,
    level: opts.level,
    unit,
    lang,
    unitsId: units.id,
  };
  const C = Object.fromEntries(COMMUNE_COLUMNS.map((c, i) => [c, i + 1])) as Record<CommuneColumn, number>;
  const gap = COMMUNE_COLUMNS.length + 1;
  const A = Object.fromEntries(AGGREGATE_COLUMNS.map((c, i) => [c, gap + 1 + i])) as Record<AggregateColumn, number>;
  const width = gap + AGGREGATE_COLUMNS.length;
  const first = COMMUNE_HEADER_ROW + 1;
  const last = COMMUNE_HEADER_ROW + communes.length + (opts.spareRows ?? DEFAULT_SPARE_ROWS);
  const max = MAX_CRITERIA;

  const cells: Scalar[][] = [];
  const put = (r: number, c: number, v: Scalar) => {
    while (cells.length < r) cells.push(new Array<Scalar>(width).fill(null));
    cells[r - 1][c - 1] = v;
  };
  const styles: SheetPlan['styles'] = [];
  const numberFormats: SheetPlan['numberFormats'] = [];

  put(1, 1, fill(COMMUNE_TEXT.title[lang], { year, unit: unit.toUpperCase() }));
  metaRowCells(meta).forEach((v, i) => put(2, i + 1, v));
  put(3, C.name, fill(COMMUNE_TEXT.help[lang], { max }));
  for (const c of COMMUNE_COLUMNS) put(COMMUNE_HEADER_ROW, C[c], COMMUNE_HEADERS[c][lang]);
  for (const c of AGGREGATE_COLUMNS) put(COMMUNE_HEADER_ROW, A[c], AGGREGATE_HEADERS[c][lang]);

  // The aggregates block: the whole list first (a fixed address the indicator sheet links to), then the districts.
  const totalRow = first;
  const districtRows = districts.map((_, i) => first + 1 + i);
  const areaRange = districts.length ? absRange(districtRows[0], A.area, districtRows[districtRows.length - 1], A.area) : undefined;
  const col = (c: number) => `$${columnLetter(c)}$${first}:$${columnLetter(c)}$${last}`;
  const countedRange = col(C.counted);
  const districtRange = col(C.district);

  // The list, then the spare rows: every row carries the same two formulas.
  const rowRefs = (r: number): Record<string, string> => {
    const from = (c: number) => `$${columnLetter(c)}$${first}:$${columnLetter(c)}${r}`;
    // "="&cell: a whole-cell comparison that also accepts an empty cell (a bare empty criterion is an error in some engines).
    const own = (c: number) => `"="&$${columnLetter(c)}${r}`;
    const keyParts = [from(C.name), own(C.name), from(C.type), own(C.type)];
    if (districts.length) keyParts.push(from(C.district), own(C.district));
    return {
      [ROW_INPUTS.value]: a1(r, C.criteria),
      [ROW_INPUTS.type]: a1(r, C.type),
      [ROW_INPUTS.name]: a1(r, C.name),
      [ROW_INPUTS.counted]: a1(r, C.counted),
      [ROW_INPUTS.knownDistrict]: areaRange ? `(COUNTIF(${areaRange},${own(C.district)})>0)` : 'TRUE()',
      [ROW_INPUTS.firstOccurrence]: `(COUNTIFS(${keyParts.join(',')})=1)`,
    };
  };
  const verdict = communeVerdictExpr(lang);
  const rowOf: Record<string, number> = {};
  for (let r = first; r <= last; r++) {
    const u = communes[r - first];
    if (u) {
      if (u.district !== undefined && districts.length) put(r, C.district, u.district);
      put(r, C.name, u.name);
      put(r, C.type, u.type);
      put(r, C.gso, u.gsoCode);
      rowOf[u.gsoCode] = r;
    }
    const refs = rowRefs(r);
    put(r, C.counted, '=' + toExcelFormula(countedValueExpr, refs));
    put(r, C.verdict, '=' + toExcelFormula(verdict, refs));
  }
  if (cells.length < last) put(last, 1, null);

  const measureFormulas = (r: number, area?: number): Record<RuralMeasure, string> => {
    const where = area ? `${districtRange},$${columnLetter(A.area)}${r},` : '';
    const band = (b: BandMeasure) => `COUNTIFS(${where}${countedRange},">=${CRITERIA_BANDS[b].lo}",${countedRange},"<=${CRITERIA_BANDS[b].hi}")`;
    return {
      communes: area ? `=COUNTIFS(${where}${countedRange},">=0")` : `=COUNT(${countedRange})`,
      criteriaTotal: area ? `=SUMIFS(${countedRange},${where.replace(/,$/, '')})` : `=SUM(${countedRange})`,
      averageCriteria: '=' + toExcelFormula(averageExpr, { communes: a1(r, A.communes), criteriaTotal: a1(r, A.criteriaTotal) }),
      communes15to18: '=' + band('communes15to18'),
      communes19: '=' + band('communes19'),
      communesBelow10: '=' + band('communesBelow10'),
    };
  };
  const address = (r: number) => Object.fromEntries(RURAL_MEASURES.map((m) => [m, a1(r, A[m])])) as Record<RuralMeasure, string>;
  put(totalRow, A.area, (opts.level === 'district' ? COMMUNE_TEXT.totalDistrict : COMMUNE_TEXT.total)[lang]);
  const totalFormulas = measureFormulas(totalRow);
  for (const m of RURAL_MEASURES) put(totalRow, A[m], totalFormulas[m]);
  const byDistrict: Record<string, Record<RuralMeasure, string>> = {};
  districts.forEach((d, i) => {
    const r = districtRows[i];
    put(r, A.area, d);
    const f = measureFormulas(r, A.area);
    for (const m of RURAL_MEASURES) put(r, A[m], f[m]);
    byDistrict[d] = address(r);
  });
  const blockLast = districtRows.length ? districtRows[districtRows.length - 1] : totalRow;

  // Formats and styles.
  styles.push(...sheetHeadStyles(width, COMMUNE_HEADER_ROW, COMMUNE_COLUMNS.length));
  styles.push({ range: rangeA1(COMMUNE_HEADER_ROW, A.area, COMMUNE_HEADER_ROW, width), style: { bold: true, fill: '#FFF2CC', wrap: true, align: 'center' } });
  styles.push({ range: rangeA1(totalRow, A.area, totalRow, width), style: { bold: true } });
  styles.push({ range: rangeA1(first, C.counted, last, C.counted), style: { fontColor: '#808080', align: 'center' } });
  styles.push({ range: rangeA1(first, C.gso, last, C.gso), style: SHEET_STYLES.code });
  styles.push({ range: rangeA1(first, C.criteria, last, C.verdict), style: { align: 'center' } });
  numberFormats.push({ range: rangeA1(first, C.criteria, last, C.criteria), format: '0' });
  numberFormats.push({ range: rangeA1(first, C.counted, last, C.counted), format: '0' });
  numberFormats.push({ range: rangeA1(first, C.gso, last, C.gso), format: '@' });
  numberFormats.push({ range: rangeA1(totalRow, A.communes, blockLast, A.criteriaTotal), format: '#,##0' });
  numberFormats.push({ range: rangeA1(totalRow, A.averageCriteria, blockLast, A.averageCriteria), format: averageFormat(catalogue) });
  numberFormats.push({ range: rangeA1(totalRow, A.communes15to18, blockLast, A.communesBelow10), format: '#,##0' });

  const L = COMMUNE_VERDICT_LABELS[lang];
  const verdictCol = columnLetter(C.verdict);
  const colour = (label: string, c: { fill: string; font: string }): ConditionalFill => ({
    range: rangeA1(first, C.criteria, last, C.verdict),
    formula: `=$${verdictCol}${first}="${label}"`,
    fill: c.fill,
    fontColor: c.font,
  });
  const title = COMMUNE_TEXT.validationTitle[lang];
  return {
    name: opts.sheetName ?? communeSheetName(catalogue, opts),
    kind: 'communes',
    meta,
    cells,
    numberFormats,
    styles,
    columnWidths: [20, 20, 10, 11, 13, 10, 9, 3, 20, 10, 11, 11, 12, 13, 11],
    frozenRows: COMMUNE_HEADER_ROW,
    headerRow: COMMUNE_HEADER_ROW,
    conditionalFormats: [
      colour(L.standard, COMMUNE_COLOURS.standard),
      colour(L.band15to18, COMMUNE_COLOURS.band15to18),
      colour(L.below15, COMMUNE_COLOURS.below15),
      colour(L.check, COMMUNE_COLOURS.check),
      colour(L.notCounted, COMMUNE_COLOURS.notCounted),
    ],
    validations: [
      {
        range: rangeA1(first, C.criteria, last, C.criteria),
        kind: 'wholeNumber',
        min: 0,
        max,
        style: 'stop',
        title,
        message: fill(COMMUNE_TEXT.criteriaMessage[lang], { max }),
        prompt: fill(COMMUNE_TEXT.criteriaPrompt[lang], { max }),
      },
      {
        range: rangeA1(first, C.type, last, C.type),
        kind: 'list',
        list: ['xã', 'phường', 'thị trấn'],
        style: 'warning',
        title,
        message: COMMUNE_TEXT.typeMessage[lang],
      },
    ],
    merges: [],
    rowOf,
    columns: C,
    listRows: { first, last },
    aggregates: { total: address(totalRow), byDistrict },
  };
}

function absRange(top: number, left: number, bottom: number, right: number): string {
  return `$${columnLetter(left)}$${top}:$${columnLetter(right)}$${bottom}`;
}

/** The average shows the precision its indicator is judged at. */
function averageFormat(catalogue: Catalogue): string {
  const ind = catalogue.indicators.find((i) => i.consolidation.kind === 'rural' && i.consolidation.measure === 'average_criteria');
  const d = ind?.decimals ?? 1;
  return d > 0 ? `0.${'0'.repeat(d)}` : '0';
}

// ---------------------------------------------------------------- the whole template

export interface TemplateOptions {
  level: Level;
  unit?: string;
  lang?: Lang;
  /**
   * Gives each wanted sheet name a name not yet used where the sheets will go (an adapter may
   * rename on a collision); the plans refer to each other by the names it returns.
   */
  uniqueName?: (wanted: string) => string;
}

export interface TemplatePlans {
  indicators: SheetPlan;
  communes: CommuneSheetPlan;
  /**
   * The order to create the sheets in: the commune sheet first, since the indicator sheet's
   * formulas refer to it (Excel reads a formula naming a sheet that does not exist yet as a link
   * to another workbook). Tab order and the sheet to activate are the adapter's: the indicator
   * sheet is the one people open.
   */
  creationOrder: SheetPlan[];
}

/** Both sheets of a template: the indicator sheet, whose two NTM indicators read the commune sheet's aggregates. */
export function templatePlans(catalogue: Catalogue, units: UnitStructure, opts: TemplateOptions): TemplatePlans {
  const name = opts.uniqueName ?? ((w: string) => w);
  const base = { level: opts.level, lang: opts.lang ?? 'vi', ...(opts.unit ? { unit: opts.unit } : {}) };
  const unit = opts.level === 'district' ? communesForLevel(units, opts.level, opts.unit).districts[0] : undefined;
  const indicatorName = name(indicatorSheetName(catalogue, { ...base, ...(unit ? { unit } : {}) }));
  const communes = communeSheetPlan(catalogue, units, { ...base, ...(unit ? { unit } : {}), sheetName: name(communeSheetName(catalogue, { ...base, unit })) });
  const indicators = indicatorSheetPlan(catalogue, {
    ...base,
    ...(unit ? { unit } : {}),
    sheetName: indicatorName,
    rural: { sheet: communes.name, total: communes.aggregates.total },
  });
  return { indicators, communes, creationOrder: [communes, indicators] };
}
