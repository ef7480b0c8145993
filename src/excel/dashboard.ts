// The meeting dashboard in Excel, and its charts as PNG images: the Office.js side of the Slides
// panel. Core decides what is said (dashboardData, meetingSummary, from the same CheckReport the
// deck is made from); this file lays it out on a new sheet and has Excel draw the charts.
//
// The dashboard sheet, top to bottom (columns A–D; the charts beside their tables, from column F):
//   title, source line; the summary sentences (one merged A:D row each);
//   per group (a group of more than CHART_MAX indicators in parts): a small table — short name,
//   % of target, 100, status — and a clustered column chart of % of target, each bar coloured by
//   status, against a 100 % line; what the chart leaves out (no data, pass/fail targets, ...);
//   the indicators not met with their reasons.
// The numbers are a snapshot of the check (the sheet says when it was made), not formulas: the
// statuses and colours are core's judgement, which Excel's formulas cannot see for text values.
//
// Requirement sets (Microsoft's API reference for ExcelApi 1.1: excel.chartseries.yml,
// excel.chartpointformat.yml, excel.chartfill.yml; @types/office-js says the same):
//   ExcelApi 1.1  charts.add, chart name/title/legend/setPosition/dataLabels, series.getItemAt,
//                 series.points.getItemAt(i).format.fill.setSolidColor (the per-bar colours),
//                 series.format.line.color, axes.valueAxis.minimum
//   ExcelApi 1.2  chart.getImage (the PNGs)
//   ExcelApi 1.6  conditional formats (the status cells' colours)
//   ExcelApi 1.7  series.chartType (the 100 % series drawn as a line), series.hasDataLabels
// The manifest asks for 1.4. Without 1.7 the chart has no 100 % line (the table's 100 column is the
// reference) and every series shows its values; the pane says so.
//
// Queue, then sync: making the dashboard takes the check's 2 syncs and 2 of its own (the sheet
// names, then everything else), whatever the number of indicators; only a request that would pass
// REQUEST_BUDGET_BYTES is split. Exporting images takes 1 sync plus 1 per IMAGE_BATCH charts, so
// that no response passes Excel on the web's 5 MB.

import { a1, parseA1, rangeA1 } from '../core/a1';
import { DashboardData, DashboardItem, MeetingSummary, dashboardData, formatMeetingDate, meetingSummary } from '../core/summary';
import { STATUS_LABELS } from '../core/rules';
import { TemplateError } from '../core/sheet';
import type { Bilingual, Catalogue, Lang, NumberLocale } from '../core/types';
import { checkSheet, SheetCheck } from './check';
import { assertExcelHost, ExcelActionError, explainExcelError } from './errors';

/** Indicators in one chart: a larger group gets several charts, each with its own table. */
export const CHART_MAX = 12;
/** Charts whose images one sync asks for (a 1280×720 chart PNG is ~50–150 kB of base64). */
export const IMAGE_BATCH = 6;
/** Budget of one request; Excel on the web refuses more than 5 MB. */
export const REQUEST_BUDGET_BYTES = 4 * 1024 * 1024;
/** The image size asked of Excel (it keeps the chart's proportions inside this box). */
export const IMAGE_SIZE = { width: 1280, height: 720 };

const CHART_TYPE = 'ColumnClustered';
/** The deck's colours (src/pptx/deck.ts), so the sheet, the PNGs and the slides agree. */
export const COLOURS = { met: '#2E8B57', not_met: '#C0392B', line: '#1F3864', navy: '#1F3864', muted: '#595959' };
const CELL_COLOURS = { met: { fill: '#C6EFCE', font: '#006100' }, not_met: { fill: '#FFC7CE', font: '#9C0006' } };
/** Column widths (characters) of A–D. */
const WIDTHS = [46, 14, 18, 30];
const TABLE_COLS = 4;
/** Rows a chart spans (15 pt each) and its columns: F to N. */
const CHART_ROWS = 16;
const CHART_FIRST_COL = 6;
const CHART_LAST_COL = 14;
const LINE_HEIGHT = 15;

export interface DashboardCapabilities {
  /** ExcelApi 1.7: the 100 % series as a line, data labels on the bars only. */
  seriesTypes: boolean;
  /** ExcelApi 1.2: chart.getImage. */
  chartImages: boolean;
  /** ExcelApi 1.6: the status cells coloured by conditional formats. */
  conditionalFormats: boolean;
}

export function dashboardCapabilities(): DashboardCapabilities {
  const has = (v: string) => Office.context.requirements.isSetSupported('ExcelApi', v);
  return { seriesTypes: has('1.7'), chartImages: has('1.2'), conditionalFormats: has('1.6') };
}

/** The capabilities, or null outside Excel (the pane asks before any action). */
export function dashboardCapabilitiesOrNull(): DashboardCapabilities | null {
  try {
    assertExcelHost();
    return dashboardCapabilities();
  } catch {
    return null;
  }
}

/** Excel for Mac's task pane cannot save a download (OfficeDev/office-js#2700, #4681). */
export function downloadsMayFail(): boolean {
  try {
    return typeof Office !== 'undefined' && String(Office.context?.platform) === 'Mac';
  } catch {
    return false;
  }
}

/** One sentence per thing this Excel leaves out of the dashboard. */
export function dashboardMissingFeatures(c: DashboardCapabilities): Bilingual[] {
  const out: Bilingual[] = [];
  if (!c.seriesTypes) {
    out.push({
      vi: 'Excel này chưa vẽ được đường 100 % trên biểu đồ (cần ExcelApi 1.7): cột "Kế hoạch (100 %)" trong bảng là mốc để so; hãy cập nhật Excel (Microsoft 365) hoặc dùng Excel trên web để có đường này.',
      en: 'This Excel cannot draw the 100 % line on the charts (needs ExcelApi 1.7): the table\'s "Target (100 %)" column is the reference; update Excel (Microsoft 365) or use Excel on the web to get the line.',
    });
  }
  if (!c.conditionalFormats) {
    out.push({
      vi: 'Excel này chưa tô màu được ô đánh giá (cần ExcelApi 1.6); màu của cột trên biểu đồ vẫn theo kết quả.',
      en: 'This Excel cannot colour the status cells (needs ExcelApi 1.6); the chart bars are still coloured by status.',
    });
  }
  if (!c.chartImages) {
    out.push({
      vi: 'Excel này chưa xuất được ảnh biểu đồ (cần ExcelApi 1.2): hãy chép biểu đồ (Ctrl+C) và dán vào PowerPoint.',
      en: 'This Excel cannot export chart images (needs ExcelApi 1.2): copy a chart (Ctrl+C) and paste it into PowerPoint.',
    });
  }
  return out;
}

// ---------------------------------------------------------------- words on the sheet

const WORDS = {
  vi: {
    sheet: (year: number) => `Tổng quan ${year}`,
    title: (year: number, unit: string) => `Tổng quan kết quả thực hiện các chỉ tiêu kế hoạch năm ${year} – ${unit}`,
    source: (sheet: string, catalogue: string, date: string) =>
      `Số liệu lấy từ trang "${sheet}" (danh mục ${catalogue}), ${date}. Đây là bản chụp tại thời điểm lập: sửa số liệu thì bấm "Tạo trang tổng quan" lại.`,
    summary: 'Tóm tắt',
    name: 'Chỉ tiêu',
    percent: '% so với KH',
    hundred: 'Kế hoạch (100 %)',
    status: 'Đánh giá',
    part: (name: string, i: number, n: number) => `${name} (${i}/${n})`,
    keyLine: 'Cột xanh: đạt; cột đỏ: không đạt; đường: kế hoạch (100 %).',
    keyNoLine: 'Cột xanh: đạt; cột đỏ: không đạt; cột "Kế hoạch (100 %)" là mốc kế hoạch.',
    notCharted: (list: string) => `Không vẽ trên biểu đồ: ${list}.`,
    nothingCharted: (list: string) => `Không có chỉ tiêu nào của nhóm này vẽ được trên biểu đồ: ${list}.`,
    notMet: (n: number) => `Chỉ tiêu không đạt (${n})`,
    actual: 'Thực hiện',
    target: 'Kế hoạch',
    reason: 'Mức chênh, lý do',
    noneNotMet: 'Không có chỉ tiêu nào không đạt.',
  },
  en: {
    sheet: (year: number) => `Dashboard ${year}`,
    title: (year: number, unit: string) => `Plan indicators ${year}: results – ${unit}`,
    source: (sheet: string, catalogue: string, date: string) =>
      `Figures from sheet "${sheet}" (catalogue ${catalogue}), ${date}. A snapshot: after changing figures, click "Make the dashboard" again.`,
    summary: 'Summary',
    name: 'Indicator',
    percent: '% of target',
    hundred: 'Target (100 %)',
    status: 'Status',
    part: (name: string, i: number, n: number) => `${name} (${i}/${n})`,
    keyLine: 'Green bars: met; red bars: not met; line: target (100 %).',
    keyNoLine: 'Green bars: met; red bars: not met; the "Target (100 %)" column is the reference.',
    notCharted: (list: string) => `Not on the chart: ${list}.`,
    nothingCharted: (list: string) => `No indicator of this group can be charted: ${list}.`,
    notMet: (n: number) => `Indicators not met (${n})`,
    actual: 'Actual',
    target: 'Target',
    reason: 'Gap, reason',
    noneNotMet: 'No indicator was missed.',
  },
} as const;

// ---------------------------------------------------------------- the layout (pure)

export interface ChartPlan {
  /** The chart's name in Excel (unique on the sheet) and its title. */
  name: string;
  group: string;
  /** The table the chart is drawn from: header row, names, % of target[, 100]. */
  source: string;
  /** Where the chart sits: top-left and bottom-right cells. */
  anchor: [string, string];
  /** One colour per bar, by status. */
  colours: string[];
  /** The value axis's minimum: 0, or below the lowest bar when one is negative. */
  axisMin: number;
  items: DashboardItem[];
}

export interface DashboardLayout {
  name: string;
  lang: Lang;
  /** Rows of A–D, row 1 first: strings, numbers or null. */
  cells: (string | number | null)[][];
  /** Ranges holding text: formatted '@' so Excel does not turn a name into a number or a date. */
  textRanges: string[];
  /** Ranges of % of target (0.0) and of the 100 column (0). */
  percentRanges: string[];
  hundredRanges: string[];
  titleCell: string;
  sourceCell: string;
  /** Bold section headings. */
  headings: string[];
  /** Table header rows: bold, white on navy. */
  headers: string[];
  /** Notes under the tables: italic, muted. */
  notes: string[];
  /** Rows merged across A:D, wrapped, with the height their text needs. */
  mergedRows: { row: number; height: number }[];
  /** Table rows whose text wraps, with the height they need. */
  wrappedRows: { range: string; height: number }[];
  /** The status column of every group table, for the conditional formats. */
  statusRange: string | null;
  charts: ChartPlan[];
  /** Indicators no chart shows, with why (their status text). */
  notCharted: DashboardItem[];
}

export interface LayoutInput {
  data: DashboardData;
  summary: MeetingSummary;
  sourceSheet: string;
  catalogueId: string;
  year: number;
  unit: string;
  date: string;
  /** ExcelApi 1.7: the 100 column is drawn as a line. */
  line: boolean;
  /** The sheet's name, made unique by the caller. */
  name: string;
}

/** Lines a text needs in a cell `chars` characters wide (wrapped at words, roughly). */
function linesFor(text: string, chars: number): number {
  return Math.max(1, Math.ceil(text.length / Math.max(8, chars - 2)));
}

/** Text as Excel must be given it: a leading '-', '+', '=' or '@' would be read as a formula. */
export function cellText(s: string): string {
  if (s.startsWith('-')) return '−' + s.slice(1);
  return /^[+=@]/.test(s) ? ' ' + s : s;
}

function charted(i: DashboardItem): boolean {
  return i.percentOfTarget !== null && (i.status === 'met' || i.status === 'not_met');
}

function chunks<X>(items: X[], max: number): X[][] {
  if (items.length <= max) return [items];
  const n = Math.ceil(items.length / max);
  const size = Math.ceil(items.length / n);
  const out: X[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export function dashboardLayout(input: LayoutInput): DashboardLayout {
  const w = WORDS[input.data.lang];
  const rows: (string | number | null)[][] = [];
  const L: DashboardLayout = {
    name: input.name,
    lang: input.data.lang,
    cells: rows,
    textRanges: [],
    percentRanges: [],
    hundredRanges: [],
    titleCell: 'A1',
    sourceCell: 'A2',
    headings: [],
    headers: [],
    notes: [],
    mergedRows: [],
    wrappedRows: [],
    statusRange: null,
    charts: [],
    notCharted: [],
  };
  const row = (cells: (string | number | null)[]) => {
    const r = cells.map((c) => (typeof c === 'string' ? cellText(c) : c));
    while (r.length < TABLE_COLS) r.push(null);
    rows.push(r);
    return rows.length;
  };
  const merged = (text: string) => {
    const r = row([text]);
    L.textRanges.push(`A${r}`);
    L.mergedRows.push({ row: r, height: linesFor(text, WIDTHS.reduce((a, b) => a + b, 0)) * LINE_HEIGHT });
    return r;
  };
  const width = (col: number) => WIDTHS[col - 1];

  row([w.title(input.year, input.unit)]);
  L.textRanges.push('A1');
  merged(w.source(input.sourceSheet, input.catalogueId, input.date));
  row([]);
  L.headings.push(`A${row([w.summary])}`);
  for (const s of input.summary.sentences) merged(s);
  row([]);

  const names = new Set<string>();
  const unique = (n: string) => {
    let name = n;
    for (let i = 2; names.has(name.toLowerCase()); i++) name = `${n} ${i}`;
    names.add(name.toLowerCase());
    return name;
  };
  let statusFrom = 0;
  let statusTo = 0;
  for (const g of input.data.groups) {
    const drawn = g.items.filter(charted);
    const left = g.items.filter((i) => !charted(i));
    L.notCharted.push(...left);
    const leftList = left.map((i) => `${i.shortName} (${i.statusText.toLowerCase()})`).join('; ');
    if (!drawn.length) {
      L.headings.push(`A${row([g.name])}`);
      L.notes.push(`A${merged(w.nothingCharted(leftList))}`);
      row([]);
      continue;
    }
    const parts = chunks(drawn, CHART_MAX);
    parts.forEach((items, p) => {
      const title = parts.length > 1 ? w.part(g.name, p + 1, parts.length) : g.name;
      const top = row([title]);
      L.headings.push(`A${top}`);
      const header = row([w.name, w.percent, w.hundred, w.status]);
      L.headers.push(rangeA1(header, 1, header, TABLE_COLS));
      for (const i of items) row([i.shortName, i.percentOfTarget, 100, i.statusText]);
      const first = header + 1;
      const last = header + items.length;
      L.textRanges.push(rangeA1(first, 1, last, 1), rangeA1(first, 4, last, 4));
      L.percentRanges.push(rangeA1(first, 2, last, 2));
      L.hundredRanges.push(rangeA1(first, 3, last, 3));
      if (!statusFrom) statusFrom = first;
      statusTo = last;
      L.notes.push(`A${merged(input.line ? w.keyLine : w.keyNoLine)}`);
      if (p === 0 && left.length) L.notes.push(`A${merged(w.notCharted(leftList))}`);
      const values = items.map((i) => i.percentOfTarget as number);
      const low = Math.min(0, ...values);
      L.charts.push({
        name: unique(title),
        group: g.code,
        source: rangeA1(header, 1, last, input.line ? 3 : 2),
        anchor: [a1(top, CHART_FIRST_COL), a1(top + CHART_ROWS - 1, CHART_LAST_COL)],
        colours: items.map((i) => (i.status === 'met' ? COLOURS.met : COLOURS.not_met)),
        axisMin: low < 0 ? Math.floor(low / 20) * 20 : 0,
        items,
      });
      // The next block starts below both the table and the chart.
      while (rows.length < top + CHART_ROWS) row([]);
    });
  }

  const notMet = input.data.notMet;
  L.headings.push(`A${row([w.notMet(notMet.length)])}`);
  if (!notMet.length) {
    row([w.noneNotMet]);
  } else {
    const header = row([w.name, w.actual, w.target, w.reason]);
    L.headers.push(rangeA1(header, 1, header, TABLE_COLS));
    for (const n of notMet) {
      const r = row([n.name, n.value, n.target, n.reason]);
      const lines = Math.max(linesFor(n.name, width(1)), linesFor(n.value, width(2)), linesFor(n.target, width(3)), linesFor(n.reason, width(4)));
      L.wrappedRows.push({ range: rangeA1(r, 1, r, TABLE_COLS), height: lines * LINE_HEIGHT });
    }
    L.textRanges.push(rangeA1(header + 1, 1, header + notMet.length, TABLE_COLS));
  }
  if (statusFrom) L.statusRange = rangeA1(statusFrom, 4, statusTo, 4);
  return L;
}

// ---------------------------------------------------------------- the source sheet

/**
 * Checks the indicator sheet: the active one when it holds the template; otherwise `fallback`
 * (the sheet checked last, e.g. when the dashboard is the active sheet). The active sheet's
 * TemplateError is what the person sees when neither holds the template.
 */
export async function checkSource(catalogue: Catalogue, opts: { locale: NumberLocale; lang: Lang }, fallback?: string): Promise<SheetCheck> {
  try {
    return await checkSheet(catalogue, opts, 'active');
  } catch (e) {
    if (!(e instanceof TemplateError) || !fallback || e.sheet === fallback) throw e;
    try {
      return await checkSheet(catalogue, opts, fallback);
    } catch {
      throw e;
    }
  }
}

/** The unit and year the deck and the dashboard speak of: the template's own, else the catalogue's. */
export function reportSubject(check: SheetCheck, catalogue: Catalogue): { unit: string; year: number } {
  return { unit: check.meta?.unit?.trim() || catalogue.province, year: check.meta?.year || check.year || catalogue.year };
}

/** "Lai Châu" → "lai-chau": for file names. */
export function fileSlug(s: string): string {
  return (
    s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[đĐ]/g, 'd')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'chi-tieu'
  );
}

// ---------------------------------------------------------------- making the dashboard

export interface DashboardOptions {
  lang: Lang;
  locale: NumberLocale;
  /** The sheet checked last, used when the active sheet is not the template. */
  fallbackSheet?: string;
  /** Default: now. */
  date?: Date;
}

export interface DashboardChart {
  name: string;
  group: string;
  indicators: number;
}

export interface DashboardResult {
  /** The new sheet. */
  sheet: string;
  check: SheetCheck;
  charts: DashboardChart[];
  /** Indicators no chart shows (no data, pass/fail, no target, ...). */
  notCharted: DashboardItem[];
  capabilities: DashboardCapabilities;
  /** What this Excel left out. */
  missing: Bilingual[];
}

const DOING: Bilingual = { vi: 'Không tạo được trang tổng quan', en: 'Could not make the dashboard' };

/**
 * Checks the indicator sheet and adds a new dashboard sheet (a name not yet used: nothing is ever
 * written over), with its charts; activates it.
 */
export async function createDashboard(catalogue: Catalogue, opts: DashboardOptions): Promise<DashboardResult> {
  assertExcelHost();
  const check = await checkSource(catalogue, opts, opts.fallbackSheet);
  const caps = dashboardCapabilities();
  const report = check.reports[opts.lang];
  const data = dashboardData(report, catalogue, { lang: opts.lang, locale: opts.locale });
  const summary = meetingSummary(report, catalogue, { lang: opts.lang, locale: opts.locale });
  const { unit, year } = reportSubject(check, catalogue);
  let started: string | undefined;
  try {
    const layout = await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      await context.sync();
      const taken = new Set(sheets.items.map((s) => s.name.toLowerCase()));
      const wanted = WORDS[opts.lang].sheet(year);
      let name = wanted;
      for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${wanted} (${i})`;
      const L = dashboardLayout({
        data,
        summary,
        sourceSheet: check.sheet,
        catalogueId: check.catalogueId,
        year,
        unit,
        date: formatMeetingDate(opts.date ?? new Date(), opts.lang),
        line: caps.seriesTypes,
        name,
      });
      const ws = sheets.add(name);
      started = name;
      await render(context, ws, L, caps);
      ws.activate();
      ws.getRange('A1').select();
      await context.sync();
      return L;
    });
    return {
      sheet: layout.name,
      check,
      charts: layout.charts.map((c) => ({ name: c.name, group: c.group, indicators: c.items.length })),
      notCharted: layout.notCharted,
      capabilities: caps,
      missing: dashboardMissingFeatures(caps),
    };
  } catch (e) {
    if (started) await removeHalfMade(started);
    throw explainExcelError(e, DOING);
  }
}

/**
 * A dashboard that failed half-way is removed (it is ours: a sheet this call added under an unused
 * name). If even that fails, the sheet stays; the person still sees the first error.
 */
async function removeHalfMade(name: string): Promise<void> {
  try {
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItemOrNullObject(name).delete();
      await context.sync();
    });
  } catch {
    // The error that matters is the one being thrown.
  }
}

/** Syncs before a request would pass the budget. */
class Budget {
  private bytes = 0;
  constructor(private readonly context: Excel.RequestContext) {}
  async add(bytes: number): Promise<void> {
    if (this.bytes > 0 && this.bytes + bytes > REQUEST_BUDGET_BYTES) {
      await this.context.sync();
      this.bytes = 0;
    }
    this.bytes += bytes;
  }
}

const ACTION_BYTES = 200;

function fill<T>(range: string, v: T): T[][] {
  const [from, to = from] = range.split(':').map(parseA1);
  return Array.from({ length: to.row - from.row + 1 }, () => Array.from({ length: to.col - from.col + 1 }, () => v));
}

async function render(context: Excel.RequestContext, ws: Excel.Worksheet, L: DashboardLayout, caps: DashboardCapabilities): Promise<void> {
  const budget = new Budget(context);
  // Text formats first, so the values written next stay text.
  for (const r of L.textRanges) {
    const f = fill(r, '@');
    await budget.add(f.length * 5 + ACTION_BYTES);
    ws.getRange(r).numberFormat = f;
  }
  for (const [ranges, format] of [
    [L.percentRanges, '0.0'],
    [L.hundredRanges, '0'],
  ] as const) {
    for (const r of ranges) {
      const f = fill(r, format);
      await budget.add(f.length * 8 + ACTION_BYTES);
      ws.getRange(r).numberFormat = f;
    }
  }
  // The cells, in row blocks that each fit the budget.
  let start = 0;
  while (start < L.cells.length) {
    let bytes = 0;
    let end = start;
    while (end < L.cells.length) {
      const b = JSON.stringify(L.cells[end]).length * 2 + 8;
      if (end > start && bytes + b > REQUEST_BUDGET_BYTES / 2) break;
      bytes += b;
      end++;
    }
    await budget.add(bytes);
    const block = L.cells.slice(start, end).map((r) => r.map((v) => (v === null ? '' : v)));
    ws.getRange(rangeA1(start + 1, 1, end, TABLE_COLS)).values = block;
    start = end;
  }

  WIDTHS.forEach((chars, i) => {
    ws.getRange(a1(1, i + 1)).format.columnWidth = Math.round(chars * 7);
  });
  const title = ws.getRange(L.titleCell).format.font;
  title.bold = true;
  title.size = 14;
  title.color = COLOURS.navy;
  for (const h of L.headings) {
    await budget.add(ACTION_BYTES);
    const f = ws.getRange(h).format.font;
    f.bold = true;
    f.color = COLOURS.navy;
  }
  for (const h of L.headers) {
    await budget.add(ACTION_BYTES * 2);
    const f = ws.getRange(h).format;
    f.font.bold = true;
    f.font.color = '#FFFFFF';
    f.fill.color = COLOURS.navy;
    f.wrapText = true;
  }
  for (const n of [L.sourceCell, ...L.notes]) {
    await budget.add(ACTION_BYTES);
    const f = ws.getRange(n).format.font;
    f.italic = true;
    f.color = COLOURS.muted;
  }
  for (const m of L.mergedRows) {
    await budget.add(ACTION_BYTES * 3);
    const r = ws.getRange(rangeA1(m.row, 1, m.row, TABLE_COLS));
    r.merge(false);
    r.format.wrapText = true;
    r.format.verticalAlignment = 'Top' as Excel.VerticalAlignment;
    r.format.rowHeight = m.height;
  }
  for (const m of L.wrappedRows) {
    await budget.add(ACTION_BYTES * 3);
    const r = ws.getRange(m.range);
    r.format.wrapText = true;
    r.format.verticalAlignment = 'Top' as Excel.VerticalAlignment;
    r.format.rowHeight = m.height;
  }
  if (caps.conditionalFormats && L.statusRange) {
    // Relative to the range's first cell: Excel moves the reference along the column.
    const first = L.statusRange.split(':')[0];
    for (const status of ['met', 'not_met'] as const) {
      await budget.add(ACTION_BYTES * 2);
      const cf = ws.getRange(L.statusRange).conditionalFormats.add('Custom' as Excel.ConditionalFormatType.custom);
      cf.custom.rule.formula = `=${first}="${STATUS_LABELS[L.lang][status]}"`;
      cf.custom.format.fill.color = CELL_COLOURS[status].fill;
      cf.custom.format.font.color = CELL_COLOURS[status].font;
    }
  }

  for (const c of L.charts) {
    await budget.add(ACTION_BYTES * (10 + c.items.length));
    const chart = ws.charts.add(CHART_TYPE as Excel.ChartType, ws.getRange(c.source), 'Columns' as Excel.ChartSeriesBy);
    chart.name = c.name;
    chart.title.text = c.name;
    chart.legend.visible = false;
    chart.setPosition(c.anchor[0], c.anchor[1]);
    chart.axes.valueAxis.minimum = c.axisMin;
    const bars = chart.series.getItemAt(0);
    c.colours.forEach((colour, i) => bars.points.getItemAt(i).format.fill.setSolidColor(colour));
    if (caps.seriesTypes) {
      bars.hasDataLabels = true;
      const line = chart.series.getItemAt(1);
      line.chartType = 'Line' as Excel.ChartType;
      line.hasDataLabels = false;
      line.format.line.color = COLOURS.line;
    } else {
      chart.dataLabels.showValue = true;
    }
  }
}


// ---------------------------------------------------------------- chart images

export interface ChartImage {
  /** The chart's name (its title on the dashboard). */
  name: string;
  fileName: string;
  bytes: Uint8Array;
}

function base64Bytes(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/**
 * Every chart of a sheet (null: the active sheet) as a PNG, as Excel draws it (chart.getImage,
 * ExcelApi 1.2). File names: `<prefix>-<chart name>.png`, ASCII.
 */
export async function chartImages(sheet: string | null, prefix: string): Promise<ChartImage[]> {
  assertExcelHost();
  if (!Office.context.requirements.isSetSupported('ExcelApi', '1.2')) {
    throw new ExcelActionError(
      {
        vi: 'Excel này chưa xuất được ảnh biểu đồ (cần ExcelApi 1.2). Hãy chọn biểu đồ, chép (Ctrl+C) rồi dán vào PowerPoint, hoặc dùng Excel trên web.',
        en: 'This Excel cannot export chart images (needs ExcelApi 1.2). Select a chart, copy it (Ctrl+C) and paste it into PowerPoint, or use Excel on the web.',
      },
      'ApiNotFound',
    );
  }
  const doing: Bilingual = sheet
    ? { vi: `Không xuất được ảnh biểu đồ của trang "${sheet}"`, en: `Could not export the charts of sheet "${sheet}"` }
    : { vi: 'Không xuất được ảnh biểu đồ của trang đang mở', en: 'Could not export the charts of the open sheet' };
  let images: { name: string; base64: string }[];
  let sheetName = sheet ?? '';
  try {
    images = await Excel.run(async (context) => {
      const ws = sheet ? context.workbook.worksheets.getItem(sheet) : context.workbook.worksheets.getActiveWorksheet();
      ws.load('name');
      const charts = ws.charts;
      charts.load('items/name');
      await context.sync();
      sheetName = ws.name;
      const out: { name: string; base64: string }[] = [];
      for (let i = 0; i < charts.items.length; i += IMAGE_BATCH) {
        const batch = charts.items.slice(i, i + IMAGE_BATCH).map((c) => ({ name: c.name, image: c.getImage(IMAGE_SIZE.width, IMAGE_SIZE.height, 'Fit' as Excel.ImageFittingMode) }));
        await context.sync();
        for (const b of batch) out.push({ name: b.name, base64: b.image.value });
      }
      return out;
    });
  } catch (e) {
    throw explainExcelError(e, doing);
  }
  if (!images.length) {
    throw new ExcelActionError(
      {
        vi: `Trang "${sheetName}" không có biểu đồ nào. Hãy bấm "Tạo trang tổng quan" trước (hoặc mở trang tổng quan), rồi tải ảnh biểu đồ.`,
        en: `Sheet "${sheetName}" has no charts. Click "Make the dashboard" first (or open the dashboard sheet), then download the chart images.`,
      },
      'NoCharts',
    );
  }
  const used = new Set<string>();
  return images.map(({ name, base64 }) => {
    const stem = `${prefix}-${fileSlug(name)}`;
    let fileName = `${stem}.png`;
    for (let i = 2; used.has(fileName); i++) fileName = `${stem}-${i}.png`;
    used.add(fileName);
    return { name, fileName, bytes: base64Bytes(base64) };
  });
}
