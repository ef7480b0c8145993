// The workbook as core's grid, read straight from the stand-in's state (not through the Office.js
// API, so nothing is counted): what a test compares the add-in's own reading against.

import { a1 } from '../../src/core/a1';
import type { Grid } from '../../src/core/sheet';
import type { CellInput } from '../../src/core/types';
import type { WorkbookState } from './workbookState';

export function gridFromState(workbook: WorkbookState, sheet: string): Grid {
  const used = workbook.usedRect(workbook.sheet(sheet), false);
  const grid: Grid = [];
  if (!used) return grid;
  for (let r = 0; r < used.row + used.rows; r++) {
    const row: CellInput[] = [];
    for (let c = 0; c < used.col + used.cols; c++) {
      if (r < used.row || c < used.col) {
        row.push({ value: null });
        continue;
      }
      const info = workbook.cell(sheet, a1(r + 1, c + 1));
      const value = info.value === '' ? null : info.value;
      row.push(info.numberFormat !== 'General' ? { value, numberFormat: info.numberFormat } : { value });
    }
    grid.push(row);
  }
  return grid;
}
