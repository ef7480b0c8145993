// The meeting deck as a .pptx: the only code that says pptxgenjs (as src/xlsx is for ExcelJS).
// It renders core's summary and dashboard data; it decides nothing about the domain.
//
// Self-contained on purpose: the task pane loads it with a dynamic import only when a deck is made,
// so pptxgenjs stays out of the pane's first load. It imports core and pptxgenjs, nothing else.
//
// Font: every text, table and chart label is set in Arial. PowerPoint on Windows, Mac and the web
// always has Arial, and Arial covers Vietnamese (Latin Extended Additional: ắ ề ộ ữ ...). A .pptx
// names one typeface per run (no CSS-style fallback list), so the choice must exist where the deck
// is opened: LibreOffice substitutes Arial with the metric-compatible Liberation Sans, which has
// Vietnamese too, so lines break in the same places (fontconfig falls back to DejaVu Sans or Noto
// Sans, both with Vietnamese, where Liberation is missing). DejaVu or Noto would render here but
// not be on a planning office's Windows PC, where PowerPoint would substitute them unpredictably.

import PptxGenJS from 'pptxgenjs';
import { CheckReport } from '../core/check';
import { DashboardData, DashboardGroup, DashboardItem, MeetingSummary, dashboardData, formatMeetingDate, meetingSummary, shortenName } from '../core/summary';
import { formatNumber } from '../core/numbers';
import { Catalogue, Lang, NumberLocale, Status } from '../core/types';

export const DECK_FONT = 'Arial';

export interface DeckOptions {
  lang: Lang;
  /** How numbers are written; default: the language's own. */
  locale?: NumberLocale;
  /** The unit the deck reports on, e.g. "Lai Châu"; default: the catalogue's province. */
  province?: string;
  /** Default: the catalogue's year. */
  year?: number;
  /** The meeting's date: a Date is written in words ("ngày 5 tháng 3 năm 2024"), a string as given. Default: today. */
  date?: Date | string;
}

/** What the deck holds, for the caller to say (the pane's message, the CLI's line). */
export interface DeckContents {
  /** Slide titles in order. */
  slides: string[];
  /** Number of native charts. */
  charts: number;
  summary: MeetingSummary;
  dashboard: DashboardData;
}

export interface Deck extends DeckContents {
  bytes: Uint8Array;
}

/** The .pptx bytes of the meeting deck. */
export async function buildDeck(report: CheckReport, catalogue: Catalogue, opts: DeckOptions): Promise<Uint8Array> {
  return (await buildDeckWithContents(report, catalogue, opts)).bytes;
}

/** The deck and what is in it. */
export async function buildDeckWithContents(report: CheckReport, catalogue: Catalogue, opts: DeckOptions): Promise<Deck> {
  const lang = opts.lang;
  const locale = opts.locale ?? (lang === 'vi' ? 'vi-VN' : 'en-US');
  const summary = meetingSummary(report, catalogue, { lang, locale });
  const dashboard = dashboardData(report, catalogue, { lang, locale, shortNameLength: CHART_LABEL_MAX });
  const d = new DeckWriter(lang, locale, {
    province: opts.province?.trim() || catalogue.province,
    year: opts.year ?? catalogue.year,
    date: typeof opts.date === 'string' ? opts.date : formatMeetingDate(opts.date ?? new Date(), lang),
  });
  d.titleSlide();
  d.summarySlides(summary);
  for (const g of dashboard.groups) d.groupSlides(g);
  d.notMetSlides(dashboard);
  d.unresolvedSlides(dashboard);
  const bytes = await d.write();
  return { bytes, slides: d.titles, charts: d.charts, summary, dashboard };
}

// ---------------------------------------------------------------- words

const T = {
  vi: {
    title: (year: number) => `Kết quả thực hiện các chỉ tiêu kế hoạch năm ${year}`,
    summary: 'Tóm tắt',
    continued: ' (tiếp)',
    indicator: 'Chỉ tiêu',
    actual: 'Thực hiện',
    plan: 'Kế hoạch',
    ratio: '% KH',
    status: 'Đánh giá',
    gap: 'Chênh lệch / lý do',
    reason: 'Lý do',
    notMetTitle: 'Các chỉ tiêu không đạt',
    noneNotMet: 'Không có chỉ tiêu nào không đạt trong số các chỉ tiêu đã có số liệu.',
    unresolvedTitle: 'Chỉ tiêu chưa có số liệu hoặc cần kiểm tra',
    percentSeries: '% so với kế hoạch',
    lineSeries: 'Kế hoạch (100 %)',
    axis: '% so với kế hoạch',
    legendMet: 'Đạt',
    legendNotMet: 'Không đạt',
    legendLine: 'Kế hoạch = 100 %',
    noChart: 'Chưa có số liệu để vẽ biểu đồ cho nhóm chỉ tiêu này.',
    notCharted: (names: string) => `Không có trên biểu đồ: ${names}.`,
    notChartedCount: (n: number) => `${n} chỉ tiêu chưa có số liệu, cần kiểm tra hoặc không so được với kế hoạch (xem bảng)`,
    footer: (province: string, year: number) => `${province} · Kế hoạch năm ${year}`,
  },
  en: {
    title: (year: number) => `Plan indicators: results for ${year}`,
    summary: 'Summary',
    continued: ' (continued)',
    indicator: 'Indicator',
    actual: 'Actual',
    plan: 'Target',
    ratio: '% of target',
    status: 'Assessment',
    gap: 'Gap / reason',
    reason: 'Reason',
    notMetTitle: 'Indicators not met',
    noneNotMet: 'Every indicator with data met its target.',
    unresolvedTitle: 'Indicators without data or to be checked',
    percentSeries: '% of target',
    lineSeries: 'Target (100 %)',
    axis: '% of target',
    legendMet: 'Met',
    legendNotMet: 'Not met',
    legendLine: 'Target = 100 %',
    noChart: 'No data to chart for this group yet.',
    notCharted: (names: string) => `Not on the chart: ${names}.`,
    notChartedCount: (n: number) => `${n} indicators without data, to be checked or not comparable with a target (see the table)`,
    footer: (province: string, year: number) => `${province} · ${year} plan`,
  },
} as const;

// ---------------------------------------------------------------- look

const W = 13.333; // LAYOUT_WIDE, inches
const H = 7.5;
const MARGIN = 0.45;
const CONTENT_W = W - 2 * MARGIN;
const TOP = 1.05; // below the title
const BOTTOM = 6.95; // above the footer
const CHART_LABEL_MAX = 34;
const TABLE_NAME_MAX = 140;

const NAVY = '1F3864';
const INK = '222222';
const MUTED = '595959';
const BAR: Record<'met' | 'not_met', string> = { met: '2E8B57', not_met: 'C0392B' };
const LINE = '1F3864';
/** Table cells: Excel's good / bad / neutral styles, as the sheet's own colours. */
const CELL: Record<Status, { fill: string; color: string }> = {
  met: { fill: 'C6EFCE', color: '006100' },
  not_met: { fill: 'FFC7CE', color: '9C0006' },
  invalid: { fill: 'FFEB9C', color: '9C5700' },
  missing: { fill: 'EDEDED', color: '404040' },
  no_target: { fill: 'EDEDED', color: '404040' },
};

type TableRow = PptxGenJS.TableRow;
type TextRun = PptxGenJS.TextProps;

/** Lines a text needs in a box `width` inches wide at `size` points (Arial averages ~0.52 em a character). */
function linesFor(text: string, width: number, size: number): number {
  const perLine = Math.max(8, Math.floor((width * 72) / (size * 0.52)));
  return text.split('\n').reduce((n, para) => n + Math.max(1, Math.ceil(para.length / perLine)), 0);
}

/**
 * Splits items into pages whose estimated height fits `room`, at most `max` a page, as evenly as
 * the heights allow (9 rows on pages of 8 become 5 + 4, not 8 + 1).
 */
function paginate<X>(items: X[], height: (x: X) => number, room: number, max: number): X[][] {
  const greedy = fill(items, height, room, max);
  if (greedy.length < 2) return greedy;
  const even = fill(items, height, room, Math.ceil(items.length / greedy.length));
  return even.length === greedy.length ? even : greedy;
}

function fill<X>(items: X[], height: (x: X) => number, room: number, max: number): X[][] {
  const pages: X[][] = [];
  let page: X[] = [];
  let used = 0;
  for (const x of items) {
    const h = height(x);
    if (page.length && (used + h > room || page.length >= max)) {
      pages.push(page);
      page = [];
      used = 0;
    }
    page.push(x);
    used += h;
  }
  if (page.length) pages.push(page);
  return pages;
}

class DeckWriter {
  private readonly pptx = new PptxGenJS();
  private readonly t: (typeof T)[Lang];
  private readonly langTag: string;
  readonly titles: string[] = [];
  charts = 0;

  constructor(
    lang: Lang,
    private readonly locale: NumberLocale,
    private readonly info: { province: string; year: number; date: string },
  ) {
    this.t = T[lang];
    this.langTag = lang === 'vi' ? 'vi-VN' : 'en-US';
    const p = this.pptx;
    p.layout = 'LAYOUT_WIDE';
    p.author = 'Chỉ tiêu KH';
    p.company = info.province;
    p.title = `${this.t.title(info.year)} — ${info.province}`;
    p.theme = { headFontFace: DECK_FONT, bodyFontFace: DECK_FONT };
    p.defineSlideMaster({
      title: 'CHITIEU_CONTENT',
      background: { color: 'FFFFFF' },
      objects: [
        { rect: { x: 0, y: 0, w: W, h: 0.12, fill: { color: NAVY } } },
        { line: { x: MARGIN, y: 0.95, w: CONTENT_W, h: 0, line: { color: 'BFBFBF', width: 0.75 } } },
        {
          text: {
            text: this.t.footer(info.province, info.year),
            options: { x: MARGIN, y: H - 0.45, w: 8, h: 0.3, fontFace: DECK_FONT, fontSize: 10, color: MUTED, lang: this.langTag },
          },
        },
      ],
      slideNumber: { x: W - MARGIN - 0.6, y: H - 0.45, w: 0.6, h: 0.3, fontFace: DECK_FONT, fontSize: 10, color: MUTED, align: 'right' },
    });
  }

  private text(extra: PptxGenJS.TextPropsOptions): PptxGenJS.TextPropsOptions {
    return { fontFace: DECK_FONT, color: INK, lang: this.langTag, valign: 'top', margin: 0.05, ...extra };
  }

  private slide(title: string): PptxGenJS.Slide {
    const s = this.pptx.addSlide({ masterName: 'CHITIEU_CONTENT' });
    s.addText(title, this.text({ x: MARGIN, y: 0.25, w: CONTENT_W, h: 0.65, fontSize: 24, bold: true, color: NAVY, valign: 'middle', fit: 'shrink' }));
    this.titles.push(title);
    return s;
  }

  titleSlide(): void {
    const s = this.pptx.addSlide();
    s.background = { color: 'FFFFFF' };
    s.addShape('rect', { x: 0, y: 0, w: W, h: 0.35, fill: { color: NAVY }, line: { color: NAVY } });
    const title = this.t.title(this.info.year);
    s.addText(title, this.text({ x: 1, y: 2.0, w: W - 2, h: 1.6, fontSize: 36, bold: true, color: NAVY, align: 'center', valign: 'middle', fit: 'shrink' }));
    s.addText(this.info.province, this.text({ x: 1, y: 3.7, w: W - 2, h: 0.8, fontSize: 28, color: INK, align: 'center', valign: 'middle' }));
    const date = this.info.date.charAt(0).toUpperCase() + this.info.date.slice(1);
    s.addText(date, this.text({ x: 1, y: 4.6, w: W - 2, h: 0.6, fontSize: 18, color: MUTED, align: 'center', valign: 'middle' }));
    this.titles.push(title);
  }

  summarySlides(summary: MeetingSummary): void {
    const size = 18;
    const width = CONTENT_W - 0.4;
    const lineH = (size * 1.25) / 72;
    const room = BOTTOM - TOP - 0.2;
    const [headline, ...rest] = summary.sentences;
    const height = (s: string) => linesFor(s, width, size) * lineH + 0.12;
    const pages = paginate(rest, height, room - height(headline) - 0.2, 12);
    if (!pages.length) pages.push([]);
    pages.forEach((page, i) => {
      const s = this.slide(this.t.summary + (i ? this.t.continued : ''));
      const runs: TextRun[] = [];
      if (i === 0) runs.push({ text: headline, options: { bold: true, fontSize: size + 2, color: NAVY, paraSpaceAfter: 10, breakLine: true } });
      page.forEach((sentence, k) => {
        const notMet = summary.notMet.some((n) => n.sentence === sentence);
        runs.push({
          text: sentence,
          options: { bullet: { indent: 18 }, fontSize: size, color: notMet ? BAR.not_met : INK, paraSpaceAfter: 6, breakLine: k < page.length - 1 },
        });
      });
      s.addText(runs, this.text({ x: MARGIN + 0.1, y: TOP + 0.1, w: CONTENT_W - 0.2, h: BOTTOM - TOP - 0.1, fontSize: size, fit: 'shrink' }));
    });
  }

  groupSlides(group: DashboardGroup): void {
    const nameW = 5.6;
    const size = 11;
    const rowH = (lines: number) => 0.1 + lines * ((size * 1.2) / 72);
    const tableTop = 4.25;
    const pages = paginate(group.items, (i) => rowH(linesFor(shortenName(i.name, TABLE_NAME_MAX), nameW - 0.1, size)), BOTTOM - tableTop - rowH(1) + 0.01, 8);
    pages.forEach((items, i) => {
      const s = this.slide(group.name + (i ? this.t.continued : ''));
      this.chart(s, items, { x: MARGIN, y: TOP, w: CONTENT_W, h: 2.85 });
      this.groupTable(s, items, { y: tableTop, nameW, size });
    });
  }

  /** A native, editable column chart: % of target per indicator, coloured by status, and a 100 % line. */
  private chart(s: PptxGenJS.Slide, items: DashboardItem[], box: { x: number; y: number; w: number; h: number }): void {
    const charted = items.filter((i) => i.percentOfTarget !== null && (i.status === 'met' || i.status === 'not_met'));
    const left = items.filter((i) => !charted.includes(i));
    const noteH = 0.3;
    if (!charted.length) {
      // Nothing to draw: say so; the table below gives each indicator's status.
      s.addText(this.t.noChart, this.text({ ...box, fontSize: 16, color: MUTED, align: 'center', valign: 'middle', italic: true }));
      return;
    }
    const labels = charted.map((i) => i.shortName);
    const values = charted.map((i) => i.percentOfTarget as number);
    const colours = charted.map((i) => BAR[i.status as 'met' | 'not_met']);
    const top = Math.max(100, ...values);
    const bottom = Math.min(0, ...values);
    const step = top - bottom > 150 ? 50 : 20;
    const axisOpts = {
      catAxisLabelFontFace: DECK_FONT,
      catAxisLabelFontSize: 9,
      catAxisLabelColor: INK,
      valAxisLabelFontFace: DECK_FONT,
      valAxisLabelFontSize: 9,
      valAxisLabelColor: MUTED,
      valAxisMinVal: bottom < 0 ? Math.floor(bottom / step) * step : 0,
      valAxisMaxVal: Math.ceil((top * 1.12) / step) * step,
      valAxisMajorUnit: step,
      valAxisLabelFormatCode: '0',
      showValAxisTitle: true,
      valAxisTitle: this.t.axis,
      valAxisTitleFontFace: DECK_FONT,
      valAxisTitleFontSize: 9,
      valAxisTitleColor: MUTED,
      valGridLine: { color: 'E0E0E0', size: 0.5 },
      showLegend: false,
    };
    s.addChart(
      [
        {
          type: 'bar',
          data: [{ name: this.t.percentSeries, labels, values }],
          options: {
            barDir: 'col',
            barGapWidthPct: charted.length <= 2 ? 250 : charted.length <= 4 ? 120 : 60,
            chartColors: colours,
            showValue: true,
            // The LCID prefix makes LibreOffice write 94,4 in a Vietnamese deck whatever its own
            // locale; PowerPoint uses the regional settings of the PC that shows the deck.
            dataLabelFormatCode: `${this.locale === 'vi-VN' ? '[$-42A]' : '[$-409]'}0.0`,
            dataLabelPosition: 'outEnd',
            dataLabelFontFace: DECK_FONT,
            dataLabelFontSize: 9,
            dataLabelColor: INK,
          },
        },
        {
          type: 'line',
          data: [{ name: this.t.lineSeries, labels, values: labels.map(() => 100) }],
          options: { chartColors: [LINE], lineSize: 2, lineDash: 'dash', lineDataSymbol: 'none', showValue: false },
        },
      ],
      // A multi-type chart takes its options as the second argument (pptxgenjs's typings say data).
      { x: box.x, y: box.y, w: box.w, h: box.h - noteH, ...axisOpts, objectName: `chart-${this.charts + 1}` } satisfies PptxGenJS.IChartOpts as unknown as unknown[],
    );
    this.charts++;
    // The chart's key (a legend would list every coloured bar) and what the chart leaves out.
    const key: TextRun[] = [
      { text: '■ ', options: { color: BAR.met } },
      { text: this.t.legendMet + '    ', options: {} },
      { text: '■ ', options: { color: BAR.not_met } },
      { text: this.t.legendNotMet + '    ', options: {} },
      { text: '- - ', options: { color: LINE, bold: true } },
      { text: this.t.legendLine, options: {} },
    ];
    if (left.length) {
      const names =
        left.length <= 3 ? left.map((i) => `${shortenName(i.name, 48)} (${i.statusText.toLowerCase()})`).join('; ') : this.t.notChartedCount(left.length);
      key.push({ text: '    ' + this.t.notCharted(names), options: { italic: true } });
    }
    s.addText(key, this.text({ x: box.x, y: box.y + box.h - noteH, w: box.w, h: noteH, fontSize: 10, color: MUTED, valign: 'middle', fit: 'shrink' }));
  }

  private table(s: PptxGenJS.Slide, rows: TableRow[], o: { y: number; colW: number[]; size: number; margin: number }): void {
    // pptxgenjs passes a table's font to its cells but not its language: each cell carries it.
    const tagged = rows.map((r) => r.map((c) => ({ ...c, options: { lang: this.langTag, ...c.options } })));
    s.addTable(tagged, {
      x: MARGIN,
      y: o.y,
      w: CONTENT_W,
      colW: o.colW,
      fontFace: DECK_FONT,
      lang: this.langTag,
      fontSize: o.size,
      color: INK,
      valign: 'middle',
      border: { type: 'solid', pt: 0.5, color: 'BFBFBF' },
      margin: o.margin,
      autoPage: false,
    });
  }

  private header(cells: string[]): TableRow {
    return cells.map((text) => ({ text, options: { bold: true, color: 'FFFFFF', fill: { color: NAVY }, valign: 'middle' } }));
  }

  private statusCell(i: DashboardItem): PptxGenJS.TableCell {
    const c = CELL[i.status];
    return { text: i.statusText, options: { fill: { color: c.fill }, color: c.color, bold: i.status === 'not_met', align: 'center' } };
  }

  private groupTable(s: PptxGenJS.Slide, items: DashboardItem[], o: { y: number; nameW: number; size: number }): void {
    const t = this.t;
    const rows: TableRow[] = [this.header([t.indicator, t.actual, t.plan, t.ratio, t.status])];
    const pct = (i: DashboardItem) => (i.percentOfTarget === null ? '' : `${formatNumber(i.percentOfTarget, this.locale, 1)} %`);
    for (const i of items) {
      rows.push([
        { text: shortenName(i.name, TABLE_NAME_MAX) },
        { text: i.valueText, options: { align: 'right' } },
        { text: i.targetText, options: { align: 'right' } },
        { text: pct(i), options: { align: 'right' } },
        this.statusCell(i),
      ]);
    }
    const rest = CONTENT_W - o.nameW;
    this.table(s, rows, { y: o.y, colW: [o.nameW, rest * 0.25, rest * 0.27, rest * 0.18, rest * 0.3], size: o.size, margin: 0.04 });
  }

  notMetSlides(d: DashboardData): void {
    const t = this.t;
    const size = 12;
    const nameW = 5.2;
    const reasonW = 3.0;
    if (!d.notMet.length) {
      const s = this.slide(t.notMetTitle);
      s.addText(t.noneNotMet, this.text({ x: MARGIN, y: TOP + 0.3, w: CONTENT_W, h: 1, fontSize: 20, color: MUTED }));
      return;
    }
    const lineH = (size * 1.2) / 72;
    const height = (r: DashboardData['notMet'][number]) => 0.12 + Math.max(linesFor(r.name, nameW - 0.1, size), linesFor(r.reason, reasonW - 0.1, size)) * lineH;
    const pages = paginate(d.notMet, height, BOTTOM - TOP - 0.2 - 0.45, 12);
    let n = 0;
    pages.forEach((page, p) => {
      const s = this.slide(t.notMetTitle + (p ? t.continued : ''));
      const rows: TableRow[] = [this.header(['', t.indicator, t.actual, t.plan, t.gap])];
      for (const r of page) {
        rows.push([
          { text: String(++n), options: { align: 'center' } },
          { text: shortenName(r.name, TABLE_NAME_MAX) },
          { text: r.value, options: { align: 'right', color: CELL.not_met.color, bold: true } },
          { text: r.target, options: { align: 'right' } },
          { text: r.reason },
        ]);
      }
      const rest = CONTENT_W - 0.45 - nameW - reasonW;
      this.table(s, rows, { y: TOP + 0.1, colW: [0.45, nameW, rest / 2, rest / 2, reasonW], size: size, margin: 0.05 });
    });
  }

  /** Indicators with no data, unreadable values or no target: what is missing, said on its own slide. */
  unresolvedSlides(d: DashboardData): void {
    const items = d.groups.flatMap((g) => g.items).filter((i) => i.status === 'missing' || i.status === 'invalid' || i.status === 'no_target');
    if (!items.length) return;
    const t = this.t;
    const size = 12;
    const nameW = 6.2;
    const reasonW = CONTENT_W - nameW - 1.9;
    const lineH = (size * 1.2) / 72;
    const height = (i: DashboardItem) => 0.12 + Math.max(linesFor(i.name, nameW - 0.1, size), linesFor(i.reason, reasonW - 0.1, size)) * lineH;
    const pages = paginate(items, height, BOTTOM - TOP - 0.2 - 0.45, 14);
    pages.forEach((page, p) => {
      const s = this.slide(t.unresolvedTitle + (p ? t.continued : ''));
      const rows: TableRow[] = [this.header([t.indicator, t.status, t.reason])];
      for (const i of page) rows.push([{ text: shortenName(i.name, TABLE_NAME_MAX) }, this.statusCell(i), { text: i.reason }]);
      this.table(s, rows, { y: TOP + 0.1, colW: [nameW, 1.9, reasonW], size: size, margin: 0.05 });
    });
  }

  async write(): Promise<Uint8Array> {
    const out = await this.pptx.write({ outputType: 'uint8array', compression: true });
    if (out instanceof Uint8Array) return out;
    if (out instanceof ArrayBuffer) return new Uint8Array(out);
    throw new Error(`pptxgenjs returned ${typeof out}, not bytes`);
  }
}

