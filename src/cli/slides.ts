// `chitieu slides`: read a workbook, check its indicator sheet, build the meeting deck (.pptx).

import { checkIndicatorTable, CheckReport } from '../core/check';
import { TemplateError } from '../core/sheet';
import { Catalogue, Lang, NumberLocale } from '../core/types';
import { firstIndicatorTable, loadWorkbook } from '../xlsx/files';
import { Deck, buildDeckWithContents } from '../pptx/deck';

export interface SlidesFileOptions {
  lang: Lang;
  /** How text typed in cells is read (as `chitieu check`): default vi-VN. */
  readLocale: NumberLocale;
  /** How numbers are written on the slides: default the language's own. */
  locale?: NumberLocale;
  date?: Date | string;
}

export interface SlidesFileResult {
  deck: Deck;
  report: CheckReport;
}

export async function slidesFromWorkbookFile(bytes: Uint8Array, file: string, catalogue: Catalogue, opts: SlidesFileOptions): Promise<SlidesFileResult> {
  const wb = await loadWorkbook(bytes, file);
  const { table } = firstIndicatorTable(wb, file);
  const codes = new Set(catalogue.indicators.map((i) => i.code));
  if (!table.entries.some((e) => codes.has(e.code))) {
    throw new TemplateError(
      {
        vi: `Trang "${table.sheet}" của "${file}" không có dòng chỉ tiêu nào thuộc danh mục "${catalogue.id}" (cột "Mã số"). Hãy tạo mẫu bằng "chitieu template" hoặc chọn đúng danh mục (--catalogue).`,
        en: `Sheet "${table.sheet}" of "${file}" has no row of catalogue "${catalogue.id}" (the "Mã số" column). Create the template with "chitieu template" or choose the matching catalogue (--catalogue).`,
      },
      table.sheet,
    );
  }
  const report = checkIndicatorTable(table, catalogue, { locale: opts.readLocale, lang: opts.lang });
  const deck = await buildDeckWithContents(report, catalogue, {
    lang: opts.lang,
    ...(opts.locale ? { locale: opts.locale } : {}),
    province: table.meta?.unit || catalogue.province,
    year: table.meta?.year || table.year || catalogue.year,
    ...(opts.date ? { date: opts.date } : {}),
  });
  return { deck, report };
}

/** One line for the terminal: what was written and what the deck had to leave out. */
export function formatSlidesText(out: string, r: SlidesFileResult, lang: Lang): string {
  const { deck } = r;
  const c = deck.summary.counts;
  const total = deck.summary.total;
  const codes = (s: 'missing' | 'invalid') => deck.summary[s === 'missing' ? 'missing' : 'invalid'].map((e) => e.code).join(', ');
  const parts =
    lang === 'vi'
      ? [`Đã tạo ${out}: ${deck.slides.length} trang chiếu, ${deck.charts} biểu đồ; ${c.met}/${total} chỉ tiêu đạt, ${c.not_met} không đạt.`]
      : [`Wrote ${out}: ${deck.slides.length} slides, ${deck.charts} charts; ${c.met}/${total} indicators met, ${c.not_met} not met.`];
  if (c.missing) parts.push(lang === 'vi' ? `Chưa có số liệu (${c.missing}): ${codes('missing')}.` : `No data (${c.missing}): ${codes('missing')}.`);
  if (c.invalid) parts.push(lang === 'vi' ? `Cần kiểm tra (${c.invalid}): ${codes('invalid')}.` : `To check (${c.invalid}): ${codes('invalid')}.`);
  return parts.join(' ');
}
