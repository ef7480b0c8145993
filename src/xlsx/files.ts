// Loading and saving workbooks as bytes, with messages a person can act on. No file system here:
// the CLI passes bytes it read, the task pane passes bytes of a picked file.

import ExcelJS from 'exceljs';
import { Grid, TemplateError, findIndicatorTable } from '../core/sheet';
import { Bilingual } from '../core/types';
import { IndicatorTable } from '../core/sheet';
import { Workbook, newWorkbook, sheetGrid } from './workbook';

/** Larger files are refused rather than risk exhausting memory in the pane or the CLI. */
export const MAX_WORKBOOK_BYTES = 50 * 1024 * 1024;

export class WorkbookFileError extends Error {
  constructor(readonly messages: Bilingual) {
    super(messages.vi);
    this.name = 'WorkbookFileError';
  }
}

export async function loadWorkbook(bytes: Uint8Array | ArrayBuffer, name: string): Promise<Workbook> {
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  if (data.byteLength > MAX_WORKBOOK_BYTES) {
    throw new WorkbookFileError({
      vi: `Tệp "${name}" quá lớn (${Math.round(data.byteLength / 1048576)} MB; tối đa ${MAX_WORKBOOK_BYTES / 1048576} MB).`,
      en: `File "${name}" is too large (${Math.round(data.byteLength / 1048576)} MB; at most ${MAX_WORKBOOK_BYTES / 1048576} MB).`,
    });
  }
  // An .xlsx is a zip archive: it starts with "PK".
  if (data.byteLength < 4 || data[0] !== 0x50 || data[1] !== 0x4b) {
    throw new WorkbookFileError({
      vi: `Tệp "${name}" không phải tệp Excel .xlsx. Hãy lưu lại bằng Excel dưới dạng "Excel Workbook (*.xlsx)".`,
      en: `File "${name}" is not an Excel .xlsx file. Save it from Excel as "Excel Workbook (*.xlsx)".`,
    });
  }
  const wb = newWorkbook();
  try {
    // ExcelJS's typings want a Node Buffer; a Uint8Array view over the same bytes is what it reads.
    await wb.xlsx.load(data as unknown as ExcelJS.Buffer);
  } catch (e) {
    throw new WorkbookFileError({
      vi: `Không mở được tệp "${name}": tệp hỏng hoặc không phải .xlsx (${(e as Error).message}).`,
      en: `Cannot open "${name}": the file is damaged or not an .xlsx (${(e as Error).message}).`,
    });
  }
  return wb;
}

export async function workbookBytes(wb: Workbook): Promise<Uint8Array> {
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}

export interface FoundTable {
  table: IndicatorTable;
  grid: Grid;
}

/** Every indicator sheet of a workbook, in sheet order. */
export function indicatorTables(wb: Workbook): FoundTable[] {
  const found: FoundTable[] = [];
  for (const ws of wb.worksheets) {
    const grid = sheetGrid(ws);
    try {
      const table = findIndicatorTable(ws.name, grid);
      if (!table.meta || table.meta.sheetKind === 'indicators') found.push({ table, grid });
    } catch (e) {
      if (!(e instanceof TemplateError)) throw e;
    }
  }
  return found;
}

/** The workbook's first indicator sheet, or a TemplateError saying none was found. */
export function firstIndicatorTable(wb: Workbook, name: string): FoundTable {
  const [first] = indicatorTables(wb);
  if (!first) {
    throw new TemplateError({
      vi: `Tệp "${name}" không có trang chỉ tiêu theo mẫu Chỉ tiêu KH (dòng tiêu đề có "Mã số" và "Thực hiện"). Hãy tạo mẫu bằng "chitieu template".`,
      en: `"${name}" has no Chỉ tiêu KH indicator sheet (a header row with "Mã số" and "Thực hiện"). Create one with "chitieu template".`,
    });
  }
  return first;
}
