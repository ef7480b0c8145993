// Inserting the template: the sheet plans core builds for a catalogue, rendered into new sheets.
// The one place the task pane (and later the ribbon) asks for a template, so further sheets (the
// commune list of nông thôn mới) join the same call and the same unique-name pass.

import { indicatorSheetName, indicatorSheetPlan, SheetPlan } from '../core/layout';
import { Catalogue, Lang, Level, UnitStructure } from '../core/types';
import { assertExcelHost, ExcelActionError } from './errors';
import { insertSheetPlans, InsertResult } from './render';

export interface TemplateOptions {
  level: Level;
  /** The district's name at district level (one of `units.districts`); ignored at province level. */
  unit?: string;
  /** The language of the sheet's headers, labels and messages. */
  lang: Lang;
}

/** Inserts the template sheets for `opts` into new sheets with unused names; never writes into an existing sheet. */
export async function insertTemplate(catalogue: Catalogue, units: UnitStructure, opts: TemplateOptions): Promise<InsertResult> {
  assertExcelHost();
  const unit = opts.level === 'district' ? districtOf(units, opts.unit) : undefined;
  return insertSheetPlans((uniqueName) => templatePlans(catalogue, { ...opts, unit }, uniqueName));
}

/** The sheet plans of one template, named through `uniqueName`. */
export function templatePlans(catalogue: Catalogue, opts: TemplateOptions, uniqueName: (wanted: string) => string): SheetPlan[] {
  const base = { level: opts.level, lang: opts.lang, ...(opts.unit ? { unit: opts.unit } : {}) };
  return [indicatorSheetPlan(catalogue, { ...base, sheetName: uniqueName(indicatorSheetName(catalogue, base)) })];
}

function districtOf(units: UnitStructure, unit: string | undefined): string {
  if (units.districts.length === 0) {
    throw new ExcelActionError(
      {
        vi: `Cơ cấu đơn vị "${units.id}" không có cấp huyện, nên không lập được mẫu cấp huyện. Hãy chọn cấp tỉnh.`,
        en: `The unit structure "${units.id}" has no district level, so there is no district template. Choose the province level.`,
      },
      'NoDistricts',
    );
  }
  if (!unit || !units.districts.includes(unit)) {
    throw new ExcelActionError(
      {
        vi: `Hãy chọn một huyện trong danh sách (${units.districts.join(', ')}) rồi chèn lại mẫu.`,
        en: `Choose a district from the list (${units.districts.join(', ')}) and insert the template again.`,
      },
      'UnknownDistrict',
    );
  }
  return unit;
}
