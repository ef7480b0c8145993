// Reading sheets into core's grids: values and number formats together, so "52,3%" typed into a
// percent cell reads as 52,3. A fixed number of syncs, whatever the number of rows or sheets.

import { Grid } from '../core/sheet';
import { Bilingual, CellInput } from '../core/types';
import { ExcelActionError, explainExcelError } from './errors';

/** Excel on the web refuses to return more cells than this in one response. */
export const MAX_READ_CELLS = 5_000_000;

export interface SheetGrid {
  sheet: string;
  grid: Grid;
}

const DOING: Bilingual = { vi: 'Không đọc được trang tính', en: 'Could not read the sheet' };

/**
 * The used area of each sheet, as grids whose row 0 is sheet row 1. `which`: the sheet names to
 * read, 'active' for the active sheet, or 'all'.
 */
export async function readSheetGrids(which: string[] | 'active' | 'all'): Promise<SheetGrid[]> {
  try {
    return await Excel.run(async (context) => {
      let sheets: Excel.Worksheet[];
      if (which === 'active') {
        sheets = [context.workbook.worksheets.getActiveWorksheet()];
      } else if (which === 'all') {
        const all = context.workbook.worksheets;
        all.load('items/name');
        await context.sync();
        sheets = all.items;
      } else {
        sheets = which.map((n) => context.workbook.worksheets.getItem(n));
      }
      const used = sheets.map((ws) => {
        ws.load('name');
        const r = ws.getUsedRangeOrNullObject(false);
        r.load('rowIndex,columnIndex,rowCount,columnCount');
        return r;
      });
      await context.sync();
      const cells = used.reduce((n, r) => n + (r.isNullObject ? 0 : r.rowCount * r.columnCount), 0);
      if (cells > MAX_READ_CELLS) {
        throw new ExcelActionError({
          vi: `Vùng dữ liệu quá lớn để đọc một lần (${cells.toLocaleString('vi-VN')} ô; tối đa ${MAX_READ_CELLS.toLocaleString('vi-VN')}). Hãy xoá các cột/dòng thừa ngoài bảng.`,
          en: `The used area is too large to read at once (${cells.toLocaleString('en-US')} cells; at most ${MAX_READ_CELLS.toLocaleString('en-US')}). Delete stray rows/columns outside the table.`,
        });
      }
      for (const r of used) if (!r.isNullObject) r.load('values,numberFormat');
      await context.sync();
      return sheets.map((ws, i) => ({ sheet: ws.name, grid: toGrid(used[i]) }));
    });
  } catch (e) {
    throw explainExcelError(e, DOING);
  }
}

function toGrid(r: Excel.Range): Grid {
  const grid: Grid = [];
  if (r.isNullObject) return grid;
  for (let i = 0; i < r.rowIndex; i++) grid.push([]);
  r.values.forEach((row, i) => {
    const cells: CellInput[] = [];
    for (let j = 0; j < r.columnIndex; j++) cells.push({ value: null });
    row.forEach((v, j) => {
      const value = v === '' || v === undefined ? null : (v as CellInput['value']);
      const fmt = r.numberFormat[i]?.[j];
      cells.push(typeof fmt === 'string' && fmt !== 'General' ? { value, numberFormat: fmt } : { value });
    });
    grid.push(cells);
  });
  return grid;
}

/** Shows a person the cell a problem is about. */
export async function selectCell(sheet: string, address: string): Promise<void> {
  try {
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(address).select();
      await context.sync();
    });
  } catch (e) {
    throw explainExcelError(e, { vi: `Không chọn được ô ${sheet}!${address}`, en: `Could not select ${sheet}!${address}` });
  }
}
