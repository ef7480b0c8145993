// Checking a sheet in Excel: read its grid (one fixed set of syncs), let core find the table and
// judge every indicator. Writes nothing into the workbook. No domain logic here: core decides.

import { checkIndicatorTable, CheckReport } from '../core/check';
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
  return { sheet, report: reports[opts.lang], reports, catalogueId: catalogue.id, locale: opts.locale };
}
