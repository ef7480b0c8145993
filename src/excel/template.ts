// Inserting the template: the sheet plans core builds for a catalogue (core's templatePlans, the
// same the CLI writes to .xlsx), rendered into new sheets. The one place the task pane (and later
// the ribbon) asks for a template: further sheets join core's templatePlans and come through here.

import { SheetPlan, templatePlans } from '../core/layout';
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

/**
 * Inserts the template (the indicator sheet and the commune sheet its new-rural indicators read)
 * into new sheets with unused names; never writes into an existing sheet. `sheets` of the result
 * lists the indicator sheet first.
 */
export async function insertTemplate(catalogue: Catalogue, units: UnitStructure, opts: TemplateOptions): Promise<InsertResult> {
  assertExcelHost();
  const unit = opts.level === 'district' ? districtOf(units, opts.unit) : undefined;
  return insertSheetPlans((uniqueName) => excelPlans(catalogue, units, { ...opts, unit }, uniqueName));
}

/** Core's template plans, in the order Excel must create them (a sheet exists before a formula names it). */
export function excelPlans(catalogue: Catalogue, units: UnitStructure, opts: TemplateOptions, uniqueName: (wanted: string) => string): SheetPlan[] {
  return templatePlans(catalogue, units, { level: opts.level, lang: opts.lang, uniqueName, ...(opts.unit ? { unit: opts.unit } : {}) }).creationOrder;
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
