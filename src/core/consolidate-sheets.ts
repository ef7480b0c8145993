// What a consolidation writes, as plans the adapters render (ExcelJS for files, Office.js for the
// open workbook): the province indicator sheet with the consolidated values in `Thực hiện` (so the
// template's live red/green formulas judge them), and the sources sheet ("Nguồn số liệu") that traces
// every province figure to each district's value, file, sheet and cell. Pure TypeScript.

import { rangeA1 } from './a1';
import { findIndicator } from './catalogue/catalogue';
import { ConsolidatedFigure, ConsolidationResult, DistrictValue, FigureValue } from './consolidate';
import { Scalar } from './expr';
import { INDICATOR_COLUMNS, IndicatorPlanOptions, SHEET_STYLES, SheetPlan, indicatorSheetPlan, numberFormatOf, safeSheetName } from './layout';
import { formatNumber } from './numbers';
import { STATUS_LABELS } from './rules';
import { Bilingual, Catalogue, Lang } from './types';

/** The part of a sheet plan a renderer needs: cells, formats, styles (no template metadata). */
export type PlainSheetPlan = Pick<
  SheetPlan,
  'name' | 'cells' | 'numberFormats' | 'styles' | 'columnWidths' | 'frozenRows' | 'conditionalFormats' | 'validations' | 'merges'
>;

export const SOURCES_SHEET_NAME: Bilingual = { vi: 'Nguồn số liệu', en: 'Data sources' };

const LOCALE = { vi: 'vi-VN', en: 'en-US' } as const;

/** Text placed in a cell: never read as a formula (a file named "=HYPERLINK(...).xlsx" stays text). */
function text(s: string): string {
  return /^[=+\-@]/.test(s) && !/^-?\d/.test(s) ? ` ${s}` : s;
}

/** A value as a cell holds it: numbers as numbers, met/not met as the template's words. */
export function figureCellValue(v: FigureValue | null, lang: Lang): Scalar {
  if (v === null) return null;
  if (v === 'pass') return STATUS_LABELS[lang].met;
  if (v === 'fail') return STATUS_LABELS[lang].not_met;
  return v;
}

function partialText(f: ConsolidatedFigure, catalogue: Catalogue, lang: Lang): string | undefined {
  if (!f.partial) return undefined;
  const ind = findIndicator(catalogue, f.code);
  const v = f.partial.value;
  const shown = typeof v === 'number' ? formatNumber(v, LOCALE[lang], ind?.decimals) : String(figureCellValue(v, lang));
  return lang === 'vi'
    ? `Tạm tính ${f.partial.districts}/${f.partial.of} huyện: ${shown} (không phải số của tỉnh).`
    : `Provisional over ${f.partial.districts} of ${f.partial.of} districts: ${shown} (not the province figure).`;
}

/**
 * The province indicator sheet with the consolidated values typed into `Thực hiện`; a value left
 * empty has its reason in `Ghi chú`. Everything else (targets, formulas, colours) is the template's.
 */
export function consolidatedSheetPlan(catalogue: Catalogue, result: ConsolidationResult, opts: Omit<IndicatorPlanOptions, 'level'> = {}): SheetPlan {
  const lang = opts.lang ?? 'vi';
  const plan = indicatorSheetPlan(catalogue, { ...opts, level: 'province' });
  const actual = INDICATOR_COLUMNS.indexOf('actual');
  const note = INDICATOR_COLUMNS.indexOf('note');
  for (const f of result.figures) {
    const row = plan.rowOf[f.code];
    if (row === undefined) continue;
    const cells = plan.cells[row - 1];
    cells[actual] = figureCellValue(f.value, lang);
    if (f.value === null) {
      const why = [f.reason?.[lang] ?? '', partialText(f, catalogue, lang) ?? ''].filter(Boolean).join(' ');
      cells[note] = text(why);
    } else if (f.rule === 'province_only') {
      cells[note] = text(f.how[lang]);
    }
  }
  return plan;
}

const STATE_TEXT: Record<DistrictValue['state'], Bilingual> = {
  value: { vi: '', en: '' },
  missing: { vi: 'Chưa nhập', en: 'Blank' },
  invalid: { vi: 'Không đọc được (xem Vấn đề)', en: 'Unreadable (see Problems)' },
  no_row: { vi: 'Trang không có dòng này', en: 'No such row in the sheet' },
  not_used: { vi: 'Không dùng: chỉ lấy số của tỉnh', en: "Not used: the province's own figure only" },
  no_source: { vi: 'Không có tệp', en: 'No file' },
};

const DERIVED_NOTE: Bilingual = {
  vi: 'Số của huyện, chỉ để đối chiếu: tỉnh tính lại từ tổng các thành phần',
  en: "The district's own rate, for comparison only: the province recomputes it from summed parts",
};

const RURAL_NOTE: Bilingual = {
  vi: 'Từ danh sách xã của huyện (trang ở cột Trang); tỉnh tính từ tổng các danh sách, không lấy trung bình',
  en: "From the district's commune list (the sheet in column Sheet); the province sums the lists, never averages",
};

const NO_COMMUNE_LIST: Bilingual = { vi: 'Không có danh sách xã', en: 'No commune list' };

const HEAD = {
  title: { vi: 'NGUỒN SỐ LIỆU TỔNG HỢP — {province} — NĂM {year}', en: 'CONSOLIDATION SOURCES — {province} — {year}' },
  about: {
    vi: 'Danh mục {catalogue} phiên bản {version}; cơ cấu đơn vị {units}. Mỗi số của tỉnh ở trang chỉ tiêu được tính từ các số dưới đây.',
    en: 'Catalogue {catalogue} version {version}; unit structure {units}. Every province figure on the indicator sheet is built from the figures below.',
  },
  files: { vi: 'CÁC TỆP ĐÃ ĐỌC', en: 'FILES READ' },
  // Columns line up with the figures block: File, Sheet, Cell in F, G, H; long texts in B.
  filesHeader: {
    vi: ['Huyện / Tỉnh', 'Lý do không dùng', null, 'Đơn vị ghi trong tệp', 'Dùng', 'Tệp', 'Trang'],
    en: ['District / Province', 'Why not used', null, 'Unit named in the file', 'Used', 'File', 'Sheet'],
  },
  figures: { vi: 'SỐ LIỆU THEO MÃ SỐ', en: 'FIGURES BY CODE' },
  figuresHeader: {
    vi: ['Mã số', 'Chỉ tiêu', 'Đơn vị tính', 'Huyện / Tỉnh', 'Giá trị', 'Tệp', 'Trang', 'Ô', 'Cách tính / ghi chú'],
    en: ['Code', 'Indicator', 'Unit', 'District / Province', 'Value', 'File', 'Sheet', 'Cell', 'How / notes'],
  },
  problems: { vi: 'VẤN ĐỀ', en: 'PROBLEMS' },
  problemsHeader: {
    vi: ['Mức độ', 'Nội dung', null, null, 'Mã số', 'Tệp', 'Trang', 'Ô'],
    en: ['Severity', 'Message', null, null, 'Code', 'File', 'Sheet', 'Cell'],
  },
  province: { vi: 'TỈNH (tổng hợp)', en: 'PROVINCE (consolidated)' },
  yes: { vi: 'Có', en: 'Yes' },
  no: { vi: 'Không', en: 'No' },
  missingFile: { vi: '(không có tệp)', en: '(no file)' },
  none: { vi: 'Không có vấn đề.', en: 'No problems.' },
  severity: {
    vi: { error: 'Lỗi', warning: 'Cảnh báo', info: 'Ghi chú' },
    en: { error: 'Error', warning: 'Warning', info: 'Note' },
  },
} as const;

function fill(t: string, vars: Record<string, string | number>): string {
  return t.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
}

/** The sources sheet: files read, each code's province value and every district's value, problems. */
export function sourcesSheetPlan(catalogue: Catalogue, result: ConsolidationResult, lang: Lang = 'vi'): PlainSheetPlan {
  const width = 9;
  const cells: Scalar[][] = [];
  const styles: PlainSheetPlan['styles'] = [];
  const numberFormats: PlainSheetPlan['numberFormats'] = [];
  const row = (values: Scalar[]) => {
    const r = values.map((v) => (typeof v === 'string' ? text(v) : v));
    while (r.length < width) r.push(null);
    cells.push(r);
    return cells.length;
  };
  const heading = (t: string) => {
    const r = row([t]);
    styles.push({ range: rangeA1(r, 1, r, width), style: { bold: true, fontSize: 12 } });
  };
  const header = (titles: readonly (string | null)[]) => {
    const r = row([...titles]);
    styles.push({ range: rangeA1(r, 1, r, width), style: SHEET_STYLES.header });
  };
  const vars = {
    province: result.catalogue.province.toUpperCase(),
    year: result.catalogue.year,
    catalogue: result.catalogue.id,
    version: result.catalogue.version,
    units: result.units.id,
  };
  const t1 = row([fill(HEAD.title[lang], vars)]);
  styles.push({ range: rangeA1(t1, 1, t1, width), style: SHEET_STYLES.title });
  const t2 = row([fill(HEAD.about[lang], vars)]);
  styles.push({ range: rangeA1(t2, 1, t2, width), style: { italic: true, fontColor: '#595959' } });
  row([]);

  // Files.
  heading(HEAD.files[lang]);
  header(HEAD.filesHeader[lang]);
  for (const s of result.sources) {
    const who = s.role === 'province' ? result.catalogue.province : (s.district ?? '');
    row([who, s.reason?.[lang] ?? null, null, s.unit, s.used ? HEAD.yes[lang] : HEAD.no[lang], s.label, s.sheet]);
  }
  for (const d of result.missingDistricts) row([d, HEAD.missingFile[lang], null, null, HEAD.no[lang], null, null]);
  row([]);

  // Figures: for each code, the province value and how, then every district's value and origin.
  heading(HEAD.figures[lang]);
  const figHeader = row([...HEAD.figuresHeader[lang]]);
  styles.push({ range: rangeA1(figHeader, 1, figHeader, width), style: SHEET_STYLES.header });
  for (const f of result.figures) {
    const ind = findIndicator(catalogue, f.code);
    if (!ind) continue;
    const name = ind.name[lang];
    const unit = ind.unit[lang];
    const how = [f.value === null ? (f.reason?.[lang] ?? '') : '', f.how[lang], partialText(f, catalogue, lang) ?? '']
      .filter((x, i, a) => x && a.indexOf(x) === i)
      .join(' — ');
    const top = row([f.code, name, unit, HEAD.province[lang], figureCellValue(f.value, lang), null, null, null, how]);
    styles.push({ range: rangeA1(top, 1, top, width), style: { bold: true, fill: '#F2F2F2' } });
    const derived = f.rule === 'ratio' || f.rule === 'growth' || f.rule === 'poverty_reduction';
    for (const d of f.districts) {
      const rural = f.rule === 'rural';
      const state = rural && d.state === 'no_row' ? NO_COMMUNE_LIST[lang] : STATE_TEXT[d.state][lang];
      const why = d.value === null ? '' : derived ? DERIVED_NOTE[lang] : rural ? RURAL_NOTE[lang] : '';
      const note = [state, why].filter(Boolean).join('; ');
      row([f.code, null, null, d.district, figureCellValue(d.value, lang), d.source, d.sheet, d.cell, note || null]);
    }
    if (ind.valueKind !== 'pass_fail') numberFormats.push({ range: rangeA1(top, 5, cells.length, 5), format: numberFormatOf(ind) });
  }
  row([]);

  // Problems.
  heading(HEAD.problems[lang]);
  header(HEAD.problemsHeader[lang]);
  if (result.problems.length === 0) row([HEAD.none[lang]]);
  for (const p of result.problems) {
    row([HEAD.severity[lang][p.severity], p.messages[lang], null, null, p.code ?? null, p.source || null, p.sheet || null, p.cell || null]);
  }
  const last = cells.length;
  styles.push({ range: rangeA1(figHeader + 1, 1, last, 1), style: SHEET_STYLES.code });
  styles.push({ range: rangeA1(1, 2, last, 2), style: { wrap: true } });
  styles.push({ range: rangeA1(figHeader + 1, 9, last, 9), style: { wrap: true } });

  return {
    name: safeSheetName(SOURCES_SHEET_NAME[lang]),
    cells,
    numberFormats,
    styles,
    columnWidths: [18, 60, 14, 22, 14, 28, 22, 8, 70],
    frozenRows: 0,
    conditionalFormats: [],
    validations: [],
    merges: [],
  };
}
