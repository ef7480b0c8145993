// The .xlsx adapter: the only code that says ExcelJS. It renders sheet plans to workbooks and reads
// workbooks back into core's grids; it decides nothing about the domain.

import ExcelJS from 'exceljs';
import { CellStyle, SheetPlan } from '../core/layout';
import { Grid } from '../core/sheet';
import { CellInput } from '../core/types';

export type Workbook = ExcelJS.Workbook;

export function newWorkbook(): Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Chỉ tiêu KH';
  wb.created = new Date();
  // ExcelJS stores formulas without results: ask the spreadsheet to compute them on open.
  wb.calcProperties = { fullCalcOnLoad: true };
  return wb;
}

const argb = (hex: string) => 'FF' + hex.replace('#', '').toUpperCase();

/** A sheet name not yet used in the workbook: "Name", "Name (2)", ... within Excel's 31 characters. */
export function uniqueSheetName(wb: Workbook, wanted: string): string {
  const taken = new Set(wb.worksheets.map((w) => w.name.toLowerCase()));
  if (!taken.has(wanted.toLowerCase())) return wanted;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = wanted.slice(0, 31 - suffix.length) + suffix;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/** What rendering uses of a plan: a template's sheet plan, or a plain sheet such as the consolidation's sources. */
export type RenderablePlan = Pick<
  SheetPlan,
  'name' | 'cells' | 'numberFormats' | 'styles' | 'columnWidths' | 'frozenRows' | 'conditionalFormats' | 'validations' | 'merges'
>;

/** Renders a sheet plan into a new worksheet of `wb`; returns the worksheet. */
export function renderSheetPlan(wb: Workbook, plan: RenderablePlan): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(uniqueSheetName(wb, plan.name), {
    views: plan.frozenRows > 0 ? [{ state: 'frozen', ySplit: plan.frozenRows }] : undefined,
  });
  plan.columnWidths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  plan.cells.forEach((row, r) => {
    row.forEach((v, c) => {
      if (v === null || v === undefined) return;
      const cell = ws.getCell(r + 1, c + 1);
      cell.value = typeof v === 'string' && v.startsWith('=') ? { formula: v.slice(1) } : v;
    });
  });
  for (const { range, format } of plan.numberFormats) forEachCell(ws, range, (cell) => (cell.numFmt = format));
  for (const { range, style } of plan.styles) forEachCell(ws, range, (cell) => applyStyle(cell, style));
  for (const m of plan.merges) ws.mergeCells(m);
  for (const cf of plan.conditionalFormats) {
    ws.addConditionalFormatting({
      ref: cf.range,
      rules: [
        {
          type: 'expression',
          priority: 1,
          formulae: [cf.formula.replace(/^=/, '')],
          style: {
            fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(cf.fill) } },
            font: { color: { argb: argb(cf.fontColor) } },
          },
        },
      ],
    });
  }
  for (const v of plan.validations) {
    const rule: ExcelJS.DataValidation = {
      type: v.kind === 'wholeNumber' ? 'whole' : v.kind,
      allowBlank: true,
      showErrorMessage: true,
      errorStyle: v.style,
      errorTitle: v.title,
      error: v.message,
      ...(v.prompt ? { showInputMessage: true, prompt: v.prompt } : {}),
      formulae:
        v.kind === 'list'
          ? [`"${(v.list ?? []).join(',')}"`]
          : v.kind === 'custom'
            ? [(v.formula ?? '').replace(/^=/, '')]
            : [v.min ?? 0, v.max ?? 0],
      ...(v.kind === 'wholeNumber' || v.kind === 'decimal' ? { operator: 'between' as const } : {}),
    };
    forEachCell(ws, v.range, (cell) => (cell.dataValidation = rule));
  }
  return ws;
}

function applyStyle(cell: ExcelJS.Cell, s: CellStyle): void {
  if (s.bold !== undefined || s.italic !== undefined || s.fontColor || s.fontSize) {
    cell.font = {
      ...cell.font,
      ...(s.bold !== undefined ? { bold: s.bold } : {}),
      ...(s.italic !== undefined ? { italic: s.italic } : {}),
      ...(s.fontColor ? { color: { argb: argb(s.fontColor) } } : {}),
      ...(s.fontSize ? { size: s.fontSize } : {}),
    };
  }
  if (s.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(s.fill) } };
  if (s.wrap !== undefined || s.align) {
    cell.alignment = { ...cell.alignment, ...(s.wrap !== undefined ? { wrapText: s.wrap } : {}), ...(s.align ? { horizontal: s.align } : {}), vertical: 'top' };
  }
}

function forEachCell(ws: ExcelJS.Worksheet, range: string, f: (cell: ExcelJS.Cell) => void): void {
  const [from, to = from] = range.split(':');
  const a = ws.getCell(from);
  const b = ws.getCell(to);
  const top = Number(a.row);
  const left = Number(a.col);
  for (let r = top; r <= Number(b.row); r++) for (let c = left; c <= Number(b.col); c++) f(ws.getCell(r, c));
}

// ---------------------------------------------------------------- reading

/** A cell as core sees it: the value typed (not a formula's text) and its number format. */
export function cellInput(cell: ExcelJS.Cell): CellInput {
  const fmt = cell.numFmt || undefined;
  return { value: plainValue(cell.value), ...(fmt ? { numberFormat: fmt } : {}) };
}

function plainValue(v: ExcelJS.CellValue): CellInput['value'] {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('formula' in v || 'sharedFormula' in v) {
      const result = (v as ExcelJS.CellFormulaValue).result;
      if (result === undefined || result === null) return null;
      if (typeof result === 'object' && 'error' in result) return String(result.error);
      return result instanceof Date ? result.toISOString().slice(0, 10) : (result as number | string | boolean);
    }
    if ('text' in v) return String((v as ExcelJS.CellHyperlinkValue).text);
    if ('error' in v) return String((v as ExcelJS.CellErrorValue).error);
  }
  return String(v);
}

/** The whole used area of a worksheet as core's grid (row 0 = sheet row 1). */
export function sheetGrid(ws: ExcelJS.Worksheet): Grid {
  const grid: Grid = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const cells: CellInput[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      cells[c - 1] = cellInput(cell);
    });
    for (let i = 0; i < cells.length; i++) if (!cells[i]) cells[i] = { value: null };
    grid[r - 1] = cells;
  });
  for (let i = 0; i < grid.length; i++) if (!grid[i]) grid[i] = [];
  return grid;
}

/** Formula text of a cell ('=' + formula), or undefined; for tests and for the sources sheet. */
export function cellFormula(cell: ExcelJS.Cell): string | undefined {
  const v = cell.value;
  if (v && typeof v === 'object' && 'formula' in v && v.formula) return '=' + v.formula;
  return undefined;
}
