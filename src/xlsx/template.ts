// The template as a file: the same sheet plans the add-in renders in Excel, rendered by ExcelJS.

import { indicatorSheetPlan, IndicatorPlanOptions } from '../core/layout';
import { Catalogue } from '../core/types';
import { newWorkbook, renderSheetPlan, Workbook } from './workbook';

export function buildTemplateWorkbook(catalogue: Catalogue, opts: IndicatorPlanOptions): Workbook {
  const wb = newWorkbook();
  renderSheetPlan(wb, indicatorSheetPlan(catalogue, opts));
  return wb;
}
