// The sheet plan: a declarative description of a template sheet (cells, formulas, number formats,
// conditional formats, validations, metadata). The Office.js adapter and the ExcelJS adapter each
// render it; neither decides anything about the layout itself.

import { a1, columnLetter, rangeA1 } from './a1';
import { indicatorsOf } from './catalogue/catalogue';
import { Scalar } from './expr';
import { ratioToPlanFormula, STATUS_LABELS, verdictFormula } from './rules';
import { Bilingual, Catalogue, Indicator, Lang, Level } from './types';

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
};

function fill(t: string, vars: Record<string, string | number>): string {
  return t.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
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

  row([fill(TEXT.title[lang], { year, unit: unit.toUpperCase() })]);
  row(metaRowCells(meta));
  row([null, null, fill(TEXT.help[lang], { year })]);
  row(INDICATOR_COLUMNS.map((c) => headerText(c, lang, year)));
  styles.push({ range: rangeA1(1, 1, 1, width), style: { bold: true, fontSize: 13 } });
  styles.push({ range: rangeA1(2, 1, 2, width), style: { italic: true, fontColor: '#808080', fontSize: 9 } });
  styles.push({ range: rangeA1(3, 1, 3, width), style: { italic: true, fontColor: '#595959' } });
  styles.push({ range: rangeA1(HEADER_ROW, 1, HEADER_ROW, width), style: { bold: true, fill: '#D9E1F2', wrap: true, align: 'center' } });

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
      row([
        ind.code,
        isComponent ? '-' : ++stt,
        ind.name[lang],
        ind.unit[lang],
        targetCellValue(ind, lang),
        null,
        ratioToPlanFormula(ind, refs) ?? null,
        verdictFormula(ind, lang, refs) ?? null,
        null,
      ]);
      rowOf[ind.code] = r;
      numberFormats.push({ range: rangeA1(r, COL.target, r, COL.actual), format: numberFormatOf(ind) });
      if (isComponent) styles.push({ range: rangeA1(r, COL.stt, r, COL.name), style: { italic: true } });
      validations.push(valueValidation(ind, lang, a1(r, COL.actual)));
    }
  });
  const first = HEADER_ROW + 1;
  const last = cells.length;
  styles.push({ range: rangeA1(first, COL.code, last, COL.code), style: { fontColor: '#808080', fontSize: 9 } });
  styles.push({ range: rangeA1(first, COL.name, last, COL.name), style: { wrap: true } });
  styles.push({ range: rangeA1(first, COL.target, last, COL.target), style: { align: 'right' } });
  numberFormats.push({ range: rangeA1(first, COL.ratio, last, COL.ratio), format: '0.0' });
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
  ];
}
