// Renders core's sheet plans through Office.js. Queue, then sync: the number of context.sync()
// calls does not grow with the number of rows, only (past 4 MB) with the bytes sent, because
// Excel on the web refuses a request over 5 MB.

import { a1, parseA1, rangeA1 } from '../core/a1';
import { CellStyle, InputValidation, SheetPlan } from '../core/layout';
import { Bilingual } from '../core/types';
import { explainExcelError } from './errors';
import { Capabilities, capabilities } from './requirements';

/** Budget of one request; Excel on the web's limit is 5 MB, the rest is headroom for formatting. */
export const REQUEST_BUDGET_BYTES = 4 * 1024 * 1024;

export interface InsertResult {
  sheets: string[];
  capabilities: Capabilities;
}

const DOING: Bilingual = { vi: 'Không chèn được mẫu', en: 'Could not insert the template' };

/**
 * What rendering uses of a plan: a template's sheet plan, or a plain sheet without template
 * metadata (the consolidation's sources sheet), as the .xlsx adapter's RenderablePlan.
 */
export type RenderablePlan = Pick<
  SheetPlan,
  'name' | 'cells' | 'numberFormats' | 'styles' | 'columnWidths' | 'frozenRows' | 'conditionalFormats' | 'validations' | 'merges'
> &
  Partial<Pick<SheetPlan, 'kind' | 'meta'>>;

/**
 * Inserts new sheets built by `build`, which receives a function giving each wanted name a name
 * not yet used in the workbook (so plans that refer to each other use the real names). Never
 * writes into an existing sheet. `doing` starts the message of a failure.
 */
export async function insertSheetPlans(build: (uniqueName: (wanted: string) => string) => RenderablePlan[], doing: Bilingual = DOING): Promise<InsertResult> {
  const caps = capabilities();
  try {
    return await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      await context.sync();
      const taken = new Set(sheets.items.map((s) => s.name.toLowerCase()));
      const uniqueName = (wanted: string) => {
        let name = wanted;
        for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${wanted.slice(0, 31 - ` (${i})`.length)} (${i})`;
        taken.add(name.toLowerCase());
        return name;
      };
      const plans = build(uniqueName);
      const queue = new RequestQueue(context);
      for (const plan of plans) {
        const ws = sheets.add(plan.name);
        await renderPlan(ws, plan, caps, queue);
      }
      // Plans come in creation order (a sheet before the formulas that name it). The indicator sheet
      // is the one people open: first of the new tabs, and active.
      const main = plans.find((p) => p.kind === 'indicators') ?? plans[0];
      if (main !== plans[0]) sheets.getItem(main.name).position = sheets.items.length;
      sheets.getItem(main.name).activate();
      await context.sync();
      return { sheets: [main, ...plans.filter((p) => p !== main)].map((p) => p.name), capabilities: caps };
    });
  } catch (e) {
    throw explainExcelError(e, doing);
  }
}

/** Syncs before a request would pass the budget, so no request reaches Excel's 5 MB limit. */
class RequestQueue {
  private bytes = 0;
  constructor(private readonly context: Excel.RequestContext) {}
  async add(estimatedBytes: number): Promise<void> {
    if (this.bytes > 0 && this.bytes + estimatedBytes > REQUEST_BUDGET_BYTES) {
      await this.context.sync();
      this.bytes = 0;
    }
    this.bytes += estimatedBytes;
  }
}

const ACTION_BYTES = 200;

// Excel counts the request in UTF-8 bytes: Vietnamese letters take 2–3 bytes each, not one.
const encoder = new TextEncoder();
function utf8Length(s: string): number {
  return encoder.encode(s).length;
}

async function renderPlan(ws: Excel.Worksheet, plan: RenderablePlan, caps: Capabilities, queue: RequestQueue): Promise<void> {
  const width = Math.max(...plan.cells.map((r) => r.length));
  // Cell contents in row blocks that each fit the request budget.
  let start = 0;
  while (start < plan.cells.length) {
    let bytes = 0;
    let end = start;
    while (end < plan.cells.length) {
      const rowBytes = utf8Length(JSON.stringify(plan.cells[end])) + 8;
      if (end > start && bytes + rowBytes > REQUEST_BUDGET_BYTES / 2) break;
      bytes += rowBytes;
      end++;
    }
    await queue.add(bytes);
    const rows = plan.cells.slice(start, end).map((r) => {
      const full = r.map((v) => (v === null || v === undefined ? '' : v));
      while (full.length < width) full.push('');
      return full;
    });
    // getRange with an A1 address (ExcelApi 1.1), not getRangeByIndexes (1.7): the manifest asks for 1.4.
    ws.getRange(rangeA1(start + 1, 1, start + rows.length, width)).formulas = rows as (string | number | boolean)[][];
    start = end;
  }
  for (const { range, format } of plan.numberFormats) {
    const { rows, cols } = size(range);
    await queue.add(rows * cols * (format.length + 4) + ACTION_BYTES);
    ws.getRange(range).numberFormat = fillArray(rows, cols, format);
  }
  for (const { range, style } of plan.styles) {
    await queue.add(ACTION_BYTES);
    applyStyle(ws.getRange(range), style);
  }
  for (const m of plan.merges) ws.getRange(m).merge(false);
  plan.columnWidths.forEach((chars, i) => {
    // Excel measures column width in points; a character of the default font is about 7 points.
    ws.getRange(a1(1, i + 1)).format.columnWidth = Math.round(chars * 7);
  });
  if (plan.frozenRows > 0 && caps.freezePanes) ws.freezePanes.freezeRows(plan.frozenRows);
  if (caps.conditionalFormats) {
    for (const cf of plan.conditionalFormats) {
      await queue.add(ACTION_BYTES + cf.formula.length);
      const added = ws.getRange(cf.range).conditionalFormats.add('Custom' as Excel.ConditionalFormatType.custom);
      added.custom.rule.formula = cf.formula;
      added.custom.format.fill.color = cf.fill;
      added.custom.format.font.color = cf.fontColor;
    }
  }
  if (caps.dataValidation) {
    for (const v of plan.validations) {
      await queue.add(ACTION_BYTES + v.message.length + (v.formula?.length ?? 0));
      const dv = ws.getRange(v.range).dataValidation;
      dv.rule = validationRule(v);
      dv.errorAlert = { showAlert: true, style: v.style === 'stop' ? 'Stop' : 'Warning', title: v.title, message: v.message };
      if (v.prompt) dv.prompt = { showPrompt: true, title: v.title, message: v.prompt };
    }
  }
  if (caps.customProperties && plan.meta) {
    // Besides row 2: survives a user editing the visible row, read by the add-in only.
    ws.customProperties.add('chitieu-kh', JSON.stringify(plan.meta));
  }
}

function validationRule(v: InputValidation): Excel.DataValidationRule {
  switch (v.kind) {
    case 'custom':
      return { custom: { formula: v.formula ?? '' } };
    case 'list':
      return { list: { inCellDropDown: true, source: (v.list ?? []).join(',') } };
    case 'wholeNumber':
      return { wholeNumber: { formula1: v.min ?? 0, formula2: v.max ?? 0, operator: 'Between' } };
    case 'decimal':
      return { decimal: { formula1: v.min ?? 0, formula2: v.max ?? 0, operator: 'Between' } };
  }
}

function applyStyle(range: Excel.Range, s: CellStyle): void {
  const f = range.format;
  if (s.bold !== undefined) f.font.bold = s.bold;
  if (s.italic !== undefined) f.font.italic = s.italic;
  if (s.fontColor) f.font.color = s.fontColor;
  if (s.fontSize) f.font.size = s.fontSize;
  if (s.fill) f.fill.color = s.fill;
  if (s.wrap !== undefined) f.wrapText = s.wrap;
  if (s.align) f.horizontalAlignment = (s.align[0].toUpperCase() + s.align.slice(1)) as Excel.HorizontalAlignment;
}

function size(range: string): { rows: number; cols: number } {
  const [a, b = a] = range.split(':');
  const from = parseA1(a);
  const to = parseA1(b);
  return { rows: to.row - from.row + 1, cols: to.col - from.col + 1 };
}

function fillArray<T>(rows: number, cols: number, v: T): T[][] {
  return Array.from({ length: rows }, () => Array.from({ length: cols }, () => v));
}
