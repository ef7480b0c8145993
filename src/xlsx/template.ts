// The template as a file: the same sheet plans the add-in renders in Excel, rendered by ExcelJS.

import { laiChauUnits2020 } from '../core/catalogue/units';
import { IndicatorPlanOptions, templatePlans } from '../core/layout';
import { Catalogue, UnitStructure } from '../core/types';
import { newWorkbook, renderSheetPlan, uniqueSheetName, Workbook } from './workbook';

export interface TemplateFileOptions extends Omit<IndicatorPlanOptions, 'rural' | 'sheetName'> {
  /** The unit structure the commune sheet lists; the embedded Lai Châu 2020 structure by default. */
  units?: UnitStructure;
}

/**
 * A workbook with the indicator sheet (first tab) and the commune sheet whose aggregates the two
 * NTM indicators read. Names are chosen before the plans are built, so the links use the real names.
 */
export function buildTemplateWorkbook(catalogue: Catalogue, opts: TemplateFileOptions): Workbook {
  const wb = newWorkbook();
  const chosen: string[] = [];
  const uniqueName = (wanted: string) => {
    let name = uniqueSheetName(wb, wanted);
    for (let i = 2; chosen.some((c) => c.toLowerCase() === name.toLowerCase()); i++) name = `${wanted.slice(0, 31 - ` (${i})`.length)} (${i})`;
    chosen.push(name);
    return name;
  };
  const plans = templatePlans(catalogue, opts.units ?? laiChauUnits2020, { level: opts.level, unit: opts.unit, lang: opts.lang, uniqueName });
  // ExcelJS writes formulas as text, so the order of creation does not matter here: tabs in reading order.
  renderSheetPlan(wb, plans.indicators);
  renderSheetPlan(wb, plans.communes);
  return wb;
}
