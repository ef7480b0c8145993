// The eight district templates of test/fixtures/consolidation.ts inside the Excel stand-in: each
// inserted through the real adapter (insertTemplate, district level), its figures typed into
// `Thực hiện` and its xã counts into the commune sheet, as a district accountant would.

import { laiChau2023 } from '../../src/core/catalogue/laichau2023';
import { laiChauUnits2020 } from '../../src/core/catalogue/units';
import { communeSheetPlan, indicatorSheetPlan } from '../../src/core/layout';
import { insertTemplate } from '../../src/excel/template';
import type { Standin } from '../excel-standin';
import { DATA, DISTRICTS, communeCounts, districtValues } from '../fixtures/consolidation';

export interface DistrictSheets {
  district: string;
  indicators: string;
  communes: string;
}

/** Inserts and fills the district templates of `districts` (default: all eight). */
export async function insertDistricts(x: Standin, districts: string[] = DISTRICTS, data = DATA): Promise<DistrictSheets[]> {
  const out: DistrictSheets[] = [];
  for (const district of districts) {
    const r = await insertTemplate(laiChau2023, laiChauUnits2020, { level: 'district', unit: district, lang: 'vi' });
    const [indicators, communes] = r.sheets;
    const plan = indicatorSheetPlan(laiChau2023, { level: 'district', unit: district });
    for (const [code, value] of Object.entries(districtValues(DISTRICTS.indexOf(district), data))) {
      const row = plan.rowOf[code];
      if (row === undefined || value === null) continue;
      // The new-rural indicators are formulas over the commune sheet: typed there, not here.
      if (x.workbook.cell(indicators, `F${row}`).formula) continue;
      x.workbook.setCells(indicators, `F${row}`, [[value]]);
    }
    const cplan = communeSheetPlan(laiChau2023, laiChauUnits2020, { level: 'district', unit: district });
    const counts = communeCounts(district);
    for (let row = cplan.listRows.first; row <= cplan.listRows.last; row++) {
      const name = cplan.cells[row - 1]?.[cplan.columns.name - 1];
      const type = cplan.cells[row - 1]?.[cplan.columns.type - 1];
      if (type === 'xã' && typeof name === 'string' && name in counts) {
        x.workbook.setCells(communes, colLetter(cplan.columns.criteria) + row, [[counts[name]]]);
      }
    }
    out.push({ district, indicators, communes });
  }
  return out;
}

function colLetter(col: number): string {
  let n = col;
  let s = '';
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Every cell of a sheet's used area as the workbook holds it (value, formula, format, fill ...). */
export function snapshot(x: Standin, sheet: string): unknown {
  const used = x.workbook.usedRect(x.workbook.sheet(sheet), false);
  if (!used) return null;
  const cells: unknown[] = [];
  for (let r = used.row; r < used.row + used.rows; r++) {
    for (let c = used.col; c < used.col + used.cols; c++) cells.push(x.workbook.cell(sheet, `${colLetter(c + 1)}${r + 1}`));
  }
  return { used, cells, cf: x.workbook.conditionalFormats(sheet), dv: x.workbook.dataValidations(sheet) };
}
