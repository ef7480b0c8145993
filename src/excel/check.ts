// Checking a sheet in Excel: read its grid (one fixed set of syncs), let core find the table and
// judge every indicator. Writes nothing into the workbook. No domain logic here: core decides.

import { checkIndicatorTable, CheckReport } from '../core/check';
import type { TemplateMeta } from '../core/layout';
import { findIndicatorTable } from '../core/sheet';
import { Catalogue, Lang, NumberLocale } from '../core/types';
import { assertExcelHost } from './errors';
import { readSheetGrids } from './read';

export interface SheetCheckOptions {
  locale: NumberLocale;
  lang: Lang;
}

export interface SheetCheck {
  sheet: string;
  /** The report in the requested language. */
  report: CheckReport;
  /** The same report in both languages, so the pane can switch language without reading Excel again. */
  reports: Record<Lang, CheckReport>;
  /** What the check was made with, so the pane can tell when settings changed since. */
  catalogueId: string;
  locale: NumberLocale;
  /** What the template says it is (unit, year, level), when it carries its metadata row. */
  meta?: TemplateMeta;
  /** The year of the `Thực hiện <year>` header, if any. */
  year?: number;
}

/**
 * Checks the indicator table of a sheet: 'active' (the sheet the person is looking at) or a sheet
 * name. Throws core's TemplateError when the sheet holds no template table, ExcelActionError when
 * Excel fails.
 */
export async function checkSheet(catalogue: Catalogue, opts: SheetCheckOptions, which: 'active' | string = 'active'): Promise<SheetCheck> {
  assertExcelHost();
  const [{ sheet, grid }] = await readSheetGrids(which === 'active' ? 'active' : [which]);
  const table = findIndicatorTable(sheet, grid);
  const reports: Record<Lang, CheckReport> = {
    vi: checkIndicatorTable(table, catalogue, { locale: opts.locale, lang: 'vi' }),
    en: checkIndicatorTable(table, catalogue, { locale: opts.locale, lang: 'en' }),
  };
  return {
    sheet,
    report: reports[opts.lang],
    reports,
    catalogueId: catalogue.id,
    locale: opts.locale,
    ...(table.meta ? { meta: table.meta } : {}),
    ...(table.year !== undefined ? { year: table.year } : {}),
  };
}
