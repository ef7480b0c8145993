// A1 addresses for the stand-in: parsing "A1", "$B$2:C3", "A:C", "2:5", "'Chỉ tiêu'!F7",
// formatting them back the way Range.address does ("Sheet1!A1:B2", "'My sheet'!C:C").

import { StandinNotImplementedError } from './errors';

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

/** Zero-based, inclusive rectangle. */
export interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface ParsedAddress {
  sheet?: string;
  rect: Rect;
}

export function columnName(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function cellName(row: number, col: number): string {
  return `${columnName(col)}${row + 1}`;
}

export function isEntireColumns(r: Rect): boolean {
  return r.row === 0 && r.rows === MAX_ROWS;
}

export function isEntireRows(r: Rect): boolean {
  return r.col === 0 && r.cols === MAX_COLS;
}

/** "A1:B2" / "A1" / "A:B" / "1:2" (no sheet). */
export function rectToA1(r: Rect): string {
  if (isEntireColumns(r) && !isEntireRows(r)) {
    return `${columnName(r.col)}:${columnName(r.col + r.cols - 1)}`;
  }
  if (isEntireRows(r)) return `${r.row + 1}:${r.row + r.rows}`;
  const tl = cellName(r.row, r.col);
  if (r.rows === 1 && r.cols === 1) return tl;
  return `${tl}:${cellName(r.row + r.rows - 1, r.col + r.cols - 1)}`;
}

/** Excel quotes a sheet name in an address unless it is a plain identifier that cannot be read as a cell. */
export function quoteSheetName(name: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^[Rr]\d*[Cc]\d*$/.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

export function fullAddress(sheet: string, r: Rect): string {
  return `${quoteSheetName(sheet)}!${rectToA1(r)}`;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COL = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

/**
 * Parses an address as Worksheet.getRange / Range.getBoundingRect accept it. Returns undefined for
 * text that is not an A1 address (a defined name, for example), which callers report as not implemented.
 * Throws RangeError for an address outside the grid (callers turn that into InvalidArgument).
 */
export function parseAddress(input: string): ParsedAddress | undefined {
  let text = input.trim();
  let sheet: string | undefined;
  const bang = lastBangOutsideQuotes(text);
  if (bang >= 0) {
    let s = text.slice(0, bang);
    if (s.startsWith("'") && s.endsWith("'") && s.length >= 2) s = s.slice(1, -1).replace(/''/g, "'");
    sheet = s;
    text = text.slice(bang + 1);
  }
  const parts = text.split(':');
  if (parts.length > 2 || parts.some((p) => p.length === 0)) return undefined;
  const a = parts[0];
  const b = parts.length === 2 ? parts[1] : parts[0];
  let rect: Rect | undefined;
  const ca = CELL.exec(a);
  const cb = CELL.exec(b);
  if (ca && cb) {
    const r1 = Number(ca[2]) - 1;
    const r2 = Number(cb[2]) - 1;
    const c1 = columnIndex(ca[1]);
    const c2 = columnIndex(cb[1]);
    rect = normal(r1, c1, r2, c2);
  } else if (parts.length === 2 && COL.test(a) && COL.test(b)) {
    const c1 = columnIndex(COL.exec(a)![1]);
    const c2 = columnIndex(COL.exec(b)![1]);
    rect = normal(0, c1, MAX_ROWS - 1, c2);
  } else if (parts.length === 2 && ROW.test(a) && ROW.test(b)) {
    const r1 = Number(ROW.exec(a)![1]) - 1;
    const r2 = Number(ROW.exec(b)![1]) - 1;
    rect = normal(r1, 0, r2, MAX_COLS - 1);
  }
  if (!rect) return undefined;
  return { sheet, rect };
}

function normal(r1: number, c1: number, r2: number, c2: number): Rect {
  const row = Math.min(r1, r2);
  const col = Math.min(c1, c2);
  const rect = { row, col, rows: Math.abs(r2 - r1) + 1, cols: Math.abs(c2 - c1) + 1 };
  checkInGrid(rect);
  return rect;
}

export function checkInGrid(r: Rect): void {
  if (
    !Number.isInteger(r.row) ||
    !Number.isInteger(r.col) ||
    !Number.isInteger(r.rows) ||
    !Number.isInteger(r.cols) ||
    r.row < 0 ||
    r.col < 0 ||
    r.rows < 1 ||
    r.cols < 1 ||
    r.row + r.rows > MAX_ROWS ||
    r.col + r.cols > MAX_COLS
  ) {
    throw new RangeError(`range outside the worksheet grid: row ${r.row}, column ${r.col}, ${r.rows}×${r.cols}`);
  }
}

function lastBangOutsideQuotes(s: string): number {
  let inQuote = false;
  let last = -1;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch === "'") inQuote = !inQuote;
    else if (ch === '!' && !inQuote) last = i;
  }
  return last;
}

export function parseCell(address: string): { row: number; col: number } {
  const p = parseAddress(address);
  if (!p) throw new StandinNotImplementedError(`address '${address}' (not an A1 cell address)`);
  return { row: p.rect.row, col: p.rect.col };
}

export function cellCount(r: Rect): number {
  return r.rows * r.cols;
}

export function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.row >= outer.row &&
    inner.col >= outer.col &&
    inner.row + inner.rows <= outer.row + outer.rows &&
    inner.col + inner.cols <= outer.col + outer.cols
  );
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

export function containsCell(r: Rect, row: number, col: number): boolean {
  return row >= r.row && row < r.row + r.rows && col >= r.col && col < r.col + r.cols;
}

export function sameRect(a: Rect, b: Rect): boolean {
  return a.row === b.row && a.col === b.col && a.rows === b.rows && a.cols === b.cols;
}
