// The in-memory workbook behind the stand-in: one HyperFormula sheet per worksheet (formulas are
// evaluated by a real engine), plus what HyperFormula does not model: number formats, cell styles,
// column widths, conditional formats, data validation, merges, charts, custom properties, freeze
// panes, visibility, selection.
//
// Tests read it directly (sheetNames(), cell(), conditionalFormats(), dataValidations(), ...) and
// write it directly (setCells(), setNumberFormat(), typeIntoCell()) without going through the API.

import { DetailedCellError, HyperFormula } from 'hyperformula';
import {
  cellName,
  checkInGrid,
  containsCell,
  columnName,
  contains,
  fullAddress,
  intersects,
  isEntireColumns,
  isEntireRows,
  MAX_COLS,
  MAX_ROWS,
  parseAddress,
  quoteSheetName,
  Rect,
  rectToA1,
} from './address';
import { invalidArgument, StandinNotImplementedError, StandinOfficeError } from './errors';
import { CellValue, isPercentFormat, renderText } from './numberFormat';

// ---------------------------------------------------------------- types

export type ExcelScalar = number | string | boolean;

export interface CellStyle {
  /** '#RRGGBB', or null for no fill. */
  fill: string | null;
  fontColor: string;
  bold: boolean;
  italic: boolean;
  fontSize: number;
  fontName: string;
  wrapText: boolean;
  horizontalAlignment: string;
  verticalAlignment: string;
}

export type StyleKey = keyof CellStyle;

export const DEFAULT_STYLE: CellStyle = {
  fill: null,
  fontColor: '#000000',
  bold: false,
  italic: false,
  fontSize: 11,
  fontName: 'Calibri',
  wrapText: false,
  horizontalAlignment: 'General',
  verticalAlignment: 'Bottom',
};

/** Excel's default column width, in points (8.43 characters = 64 px). */
export const DEFAULT_COLUMN_WIDTH = 48;
/** Excel's default row height, in points. */
export const DEFAULT_ROW_HEIGHT = 15;

interface Layer<K extends string, V> {
  rect: Rect;
  key: K;
  value: V;
}

export interface ConditionalFormatState {
  id: string;
  type: 'Custom' | 'CellValue';
  rect: Rect;
  stopIfTrue: boolean;
  /** Custom: the formula, relative to the range's top-left cell. */
  formula: string | null;
  /** CellValue: { formula1, formula2?, operator }. */
  cellValueRule: { formula1: string; formula2?: string; operator: string } | null;
  format: { fill: string | null; fontColor: string | null; bold: boolean | null; italic: boolean | null };
}

export interface ConditionalFormatInfo {
  id: string;
  type: 'Custom' | 'CellValue';
  /** Address without the sheet name, e.g. "F5:H40". */
  address: string;
  priority: number;
  stopIfTrue: boolean;
  formula: string | null;
  rule: { formula1: string; formula2?: string; operator: string } | null;
  fill: string | null;
  fontColor: string | null;
  bold: boolean | null;
  italic: boolean | null;
}

export interface DataValidationState {
  rule: Record<string, unknown> | null;
  errorAlert: { showAlert: boolean; style: string; title: string; message: string };
  prompt: { showPrompt: boolean; title: string; message: string };
  ignoreBlanks: boolean;
}

export interface DataValidationInfo extends DataValidationState {
  address: string;
  type: string;
}

type DVPatch =
  | { kind: 'rule'; value: Record<string, unknown> }
  | { kind: 'errorAlert'; value: Partial<DataValidationState['errorAlert']> }
  | { kind: 'prompt'; value: Partial<DataValidationState['prompt']> }
  | { kind: 'ignoreBlanks'; value: boolean }
  | { kind: 'clear' };

export interface ChartSeriesState {
  name: string;
  valuesAddress: string | null;
  xValuesAddress: string | null;
  format: ChartSeriesFormatState;
}

/** What was set on one chart series: its own type, fill, line colour, labels and point fills. */
export interface ChartSeriesFormatState {
  /** ChartSeries.chartType (ExcelApi 1.7); null: the chart's type. */
  chartType: string | null;
  /** series.format.fill.setSolidColor ('#RRGGBB'); null: Excel's automatic colour. */
  fill: string | null;
  /** series.format.line.color. */
  lineColor: string | null;
  /** ChartSeries.hasDataLabels (ExcelApi 1.7); null: not set (the chart's dataLabels apply). */
  hasDataLabels: boolean | null;
  /** series.points.getItemAt(i).format.fill.setSolidColor, by point index. */
  pointFills: Record<number, string>;
}

export function emptySeriesFormat(): ChartSeriesFormatState {
  return { chartType: null, fill: null, lineColor: null, hasDataLabels: null, pointFills: {} };
}

function copySeriesFormat(f: ChartSeriesFormatState): ChartSeriesFormatState {
  return { ...f, pointFills: { ...f.pointFills } };
}

/** A series as Excel shows it: derived from the chart's source data, or added with series.add(). */
export interface ChartSeriesInfo {
  name: string;
  /** True for a series Excel derived from the chart's source data. */
  derived: boolean;
  /** Category labels (the x values). */
  categories: ExcelScalar[];
  values: ExcelScalar[];
  /** The series' own type, or the chart's. */
  chartType: string;
  fill: string | null;
  lineColor: string | null;
  hasDataLabels: boolean | null;
  pointFills: Record<number, string>;
}

/** A series Excel derives from a chart's source data. */
export interface DerivedSeries {
  name: string;
  categories: ExcelScalar[];
  values: ExcelScalar[];
}

export interface ChartState {
  id: string;
  name: string;
  chartType: string;
  /** Address of the data the chart was created from, with the sheet name. */
  sourceAddress: string;
  seriesBy: string;
  title: string;
  titleVisible: boolean;
  legendVisible: boolean;
  legendPosition: string;
  dataLabelsShowValue: boolean;
  top: number;
  left: number;
  height: number;
  width: number;
  position: { startCell: string; endCell?: string } | null;
  /** Series added with chart.series.add(). */
  addedSeries: ChartSeriesState[];
  /** Formats set on the series Excel derived from the source data, by their position. */
  derivedFormats: Record<number, ChartSeriesFormatState>;
  /** chart.axes.valueAxis.minimum / maximum; null: automatic. */
  valueAxis: { minimum: number | null; maximum: number | null };
}

export interface SheetState {
  id: string;
  hfId: number;
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  tabColor: string;
  showGridlines: boolean;
  numberFormats: Map<number, string>;
  styleLayers: Layer<StyleKey, unknown>[];
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  frozenRows: number;
  frozenColumns: number;
  customProperties: Map<string, { key: string; value: string }>;
  conditionalFormats: ConditionalFormatState[];
  dvLayers: { rect: Rect; patch: DVPatch }[];
  charts: ChartState[];
  merges: Rect[];
  selection: Rect;
}

export interface CellInfo {
  /** As Range.values shows it: '' when empty, the error text ('#DIV/0!') for an error. */
  value: ExcelScalar;
  /** The formula ('=...'), or null for a constant. */
  formula: string | null;
  numberFormat: string;
  /** As Range.text shows it. */
  text: string;
  valueType: 'Empty' | 'String' | 'Double' | 'Boolean' | 'Error';
  /** The cell's own fill ('#RRGGBB'), null when none. */
  fill: string | null;
  fontColor: string;
  bold: boolean;
  /** Fill and font colour from the conditional formats that apply now (null when none does). */
  conditionalFill: string | null;
  conditionalFontColor: string | null;
}

// ---------------------------------------------------------------- helpers

const cellKey = (row: number, col: number) => row * MAX_COLS + col;

const SKIP = Symbol('leave the cell unchanged');

const NAMED_COLOURS: Record<string, string> = {
  black: '#000000',
  white: '#FFFFFF',
  red: '#FF0000',
  green: '#008000',
  lime: '#00FF00',
  blue: '#0000FF',
  yellow: '#FFFF00',
  orange: '#FFA500',
  purple: '#800080',
  gray: '#808080',
  grey: '#808080',
  lightgreen: '#90EE90',
  lightgray: '#D3D3D3',
  lightgrey: '#D3D3D3',
  darkgreen: '#006400',
  darkred: '#8B0000',
  navy: '#000080',
  pink: '#FFC0CB',
  lightblue: '#ADD8E6',
  darkblue: '#00008B',
};

/** Excel reports colours as '#RRGGBB'; it accepts '#RGB', '#RRGGBB' and HTML colour names. */
export function normaliseColour(input: unknown, where: string): string {
  if (typeof input !== 'string') throw invalidArgument(`colour must be a string, got ${JSON.stringify(input)}`, where);
  const s = input.trim();
  const hex6 = /^#?([0-9a-fA-F]{6})$/.exec(s);
  if (hex6) return `#${hex6[1].toUpperCase()}`;
  const hex3 = /^#([0-9a-fA-F]{3})$/.exec(s);
  if (hex3) return `#${hex3[1].split('').map((c) => c + c).join('').toUpperCase()}`;
  const named = NAMED_COLOURS[s.toLowerCase()];
  if (named) return named;
  throw new StandinNotImplementedError(`colour '${input}' (only #RGB, #RRGGBB and a few HTML colour names are known)`);
}

function excelValueOf(v: unknown): ExcelScalar {
  if (v === null || v === undefined) return '';
  if (v instanceof DetailedCellError) return v.value;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  throw new StandinNotImplementedError(`HyperFormula value ${String(v)}`);
}

function cellValueOf(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (v instanceof DetailedCellError) return { error: v.value };
  return v as CellValue;
}

/** Coordinates that cut `area` into pieces on which every layer is either fully in or fully out. */
function cuts(area: Rect, rects: Rect[]): { rows: number[]; cols: number[] } {
  const rows = new Set<number>([area.row]);
  const cols = new Set<number>([area.col]);
  for (const r of rects) {
    for (const x of [r.row, r.row + r.rows]) if (x > area.row && x < area.row + area.rows) rows.add(x);
    for (const x of [r.col, r.col + r.cols]) if (x > area.col && x < area.col + area.cols) cols.add(x);
  }
  return { rows: [...rows].sort((a, b) => a - b), cols: [...cols].sort((a, b) => a - b) };
}

const FUNCTION_CALL = /([A-Za-z_][A-Za-z0-9_.]*)\s*\(/g;

function stripStrings(formula: string): string {
  return formula.replace(/"(?:[^"]|"")*"/g, '""').replace(/'(?:[^']|'')*'!/g, 'S!');
}

/**
 * Moves the relative cell references of `formula` by (dr, dc): what Excel does to a conditional
 * format's or validation's formula for each cell of its range.
 */
export function shiftFormula(formula: string, dr: number, dc: number): string {
  if (dr === 0 && dc === 0) return formula;
  let out = '';
  let i = 0;
  const n = formula.length;
  while (i < n) {
    const ch = formula[i];
    if (ch === '"') {
      let j = i + 1;
      while (j < n) {
        if (formula[j] === '"' && formula[j + 1] === '"') j += 2;
        else if (formula[j] === '"') break;
        else j++;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (ch === "'") {
      let j = i + 1;
      while (j < n) {
        if (formula[j] === "'" && formula[j + 1] === "'") j += 2;
        else if (formula[j] === "'") break;
        else j++;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (/[A-Za-z0-9_$.]/.test(ch)) {
      let j = i;
      while (j < n && /[A-Za-z0-9_$.]/.test(formula[j])) j++;
      const token = formula.slice(i, j);
      const next = formula[j];
      const m = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)$/.exec(token);
      if (m && next !== '(' && next !== '!') {
        const col = m[1] ? columnOf(m[2]) : columnOf(m[2]) + dc;
        const row = m[3] ? Number(m[4]) - 1 : Number(m[4]) - 1 + dr;
        if (row < 0 || col < 0 || row >= MAX_ROWS || col >= MAX_COLS) out += '#REF!';
        else out += `${m[1]}${columnName(col)}${m[3]}${row + 1}`;
      } else if (next === ':' && /^\$?[A-Za-z]{1,3}$|^\$?\d+$/.test(token) && !/^\$/.test(token)) {
        throw new StandinNotImplementedError(`shifting the relative whole-row/column reference in '${formula}'`);
      } else {
        out += token;
      }
      i = j;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

function columnOf(letters: string): number {
  let n = 0;
  for (const c of letters.toUpperCase()) n = n * 26 + (c.charCodeAt(0) - 64);
  return n - 1;
}

const DEFAULT_ERROR_ALERT = { showAlert: true, style: 'Stop', title: '', message: '' };
const DEFAULT_PROMPT = { showPrompt: false, title: '', message: '' };

// ---------------------------------------------------------------- the workbook

export class WorkbookState {
  /** The formula engine: one HyperFormula sheet per worksheet. */
  readonly hf: HyperFormula;
  private readonly sheetsInOrder: SheetState[] = [];
  private activeSheetId: string;
  private nextId = 1;
  private knownFunctions: Set<string> | undefined;
  /** Workbook.properties.custom (document custom properties). */
  readonly documentCustomProperties = new Map<string, { key: string; value: unknown; type: string }>();

  constructor(sheetNames: string[] = ['Sheet1']) {
    if (sheetNames.length === 0) throw new Error('a workbook needs at least one sheet');
    this.hf = HyperFormula.buildEmpty({
      licenseKey: 'gpl-v3',
      maxRows: MAX_ROWS,
      maxColumns: MAX_COLS,
      leapYear1900: true,
      nullDate: { year: 1899, month: 12, day: 30 },
    });
    for (const name of sheetNames) this.addSheetOrThrow(name);
    this.activeSheetId = this.sheetsInOrder[0].id;
  }

  // ------------------------------------------------------------ sheets

  get sheets(): readonly SheetState[] {
    return this.sheetsInOrder;
  }

  sheetNames(): string[] {
    return this.sheetsInOrder.map((s) => s.name);
  }

  newId(prefix: string): string {
    const n = this.nextId++;
    return `{${prefix}${String(n).padStart(8 - prefix.length, '0')}-0000-4000-8000-${String(n).padStart(12, '0')}}`;
  }

  findSheet(nameOrId: string): SheetState | undefined {
    const lower = nameOrId.toLowerCase();
    return this.sheetsInOrder.find((s) => s.name.toLowerCase() === lower || s.id === nameOrId);
  }

  sheetById(id: string): SheetState | undefined {
    return this.sheetsInOrder.find((s) => s.id === id);
  }

  /** For tests: the sheet called `name`; throws a plain Error when there is none. */
  sheet(name: string): SheetState {
    const s = this.findSheet(name);
    if (!s) throw new Error(`no sheet '${name}' in the stand-in workbook (sheets: ${this.sheetNames().join(', ')})`);
    return s;
  }

  get activeSheet(): SheetState {
    return this.sheetById(this.activeSheetId) ?? this.sheetsInOrder[0];
  }

  get activeSheetName(): string {
    return this.activeSheet.name;
  }

  /** The selected range, e.g. "Sheet1!A1". */
  get selectedAddress(): string {
    const s = this.activeSheet;
    return fullAddress(s.name, s.selection);
  }

  /** Excel's sheet-name rules: 1–31 characters, none of : \ / ? * [ ], no leading or trailing apostrophe. */
  validateSheetName(name: unknown, where: string): string {
    if (typeof name !== 'string') throw invalidArgument(`sheet name must be a string`, where);
    if (name.length === 0 || name.length > 31) throw invalidArgument(`sheet name '${name}' must have 1 to 31 characters`, where);
    if (/[:\\/?*[\]]/.test(name)) throw invalidArgument(`sheet name '${name}' contains one of : \\ / ? * [ ]`, where);
    if (name.startsWith("'") || name.endsWith("'")) throw invalidArgument(`sheet name '${name}' starts or ends with an apostrophe`, where);
    if (name.toLowerCase() === 'history') throw invalidArgument(`'History' is reserved by Excel`, where);
    return name;
  }

  /** Adds a sheet at the end (what WorksheetCollection.add does); StandinOfficeError on a bad or taken name. */
  addSheetOrThrow(name?: string, where = 'WorksheetCollection.add'): SheetState {
    let finalName: string;
    if (name === undefined || name === null) {
      // Excel numbers new sheets after the highest "SheetN" there is.
      const numbers = this.sheetsInOrder.map((s) => /^Sheet(\d+)$/i.exec(s.name)).filter((m) => m).map((m) => Number(m![1]));
      let k = Math.max(0, ...numbers) + 1;
      while (this.findSheet(`Sheet${k}`)) k++;
      finalName = `Sheet${k}`;
    } else {
      finalName = this.validateSheetName(name, where);
    }
    if (this.findSheet(finalName)) {
      throw new StandinOfficeError(
        'ItemAlreadyExists',
        `A resource with the same name or identifier already exists. (sheet '${finalName}')`,
        where,
      );
    }
    const hfName = this.hf.addSheet(finalName);
    const hfId = this.hf.getSheetId(hfName);
    if (hfId === undefined) throw new Error('HyperFormula did not add the sheet');
    const sheet: SheetState = {
      id: this.newId('5EE7'),
      hfId,
      name: finalName,
      visibility: 'Visible',
      tabColor: '',
      showGridlines: true,
      numberFormats: new Map(),
      styleLayers: [],
      columnWidths: new Map(),
      rowHeights: new Map(),
      frozenRows: 0,
      frozenColumns: 0,
      customProperties: new Map(),
      conditionalFormats: [],
      dvLayers: [],
      charts: [],
      merges: [],
      selection: { row: 0, col: 0, rows: 1, cols: 1 },
    };
    this.sheetsInOrder.push(sheet);
    return sheet;
  }

  /** For tests: adds a sheet directly. */
  addSheet(name: string): SheetState {
    return this.addSheetOrThrow(name, 'WorkbookState.addSheet');
  }

  renameSheet(sheet: SheetState, name: unknown, where: string): void {
    const n = this.validateSheetName(name, where);
    const other = this.findSheet(n);
    if (other && other !== sheet) {
      throw new StandinOfficeError('ItemAlreadyExists', `A resource with the same name or identifier already exists. (sheet '${n}')`, where);
    }
    this.hf.renameSheet(sheet.hfId, n);
    sheet.name = n;
  }

  moveSheet(sheet: SheetState, position: unknown, where: string): void {
    if (typeof position !== 'number' || !Number.isInteger(position) || position < 0 || position >= this.sheetsInOrder.length) {
      throw invalidArgument(`position ${String(position)} outside 0..${this.sheetsInOrder.length - 1}`, where);
    }
    const i = this.sheetsInOrder.indexOf(sheet);
    this.sheetsInOrder.splice(i, 1);
    this.sheetsInOrder.splice(position, 0, sheet);
  }

  positionOf(sheet: SheetState): number {
    return this.sheetsInOrder.indexOf(sheet);
  }

  deleteSheet(sheet: SheetState, where: string): void {
    if (sheet.visibility === 'VeryHidden') {
      throw new StandinOfficeError('InvalidOperation', `${'The operation attempted is invalid on the object.'} (a VeryHidden sheet cannot be deleted)`, where);
    }
    const visible = this.sheetsInOrder.filter((s) => s.visibility === 'Visible');
    if (visible.length === 1 && visible[0] === sheet) {
      throw new StandinOfficeError('InvalidOperation', 'The operation attempted is invalid on the object. (a workbook must keep one visible sheet)', where);
    }
    this.hf.removeSheet(sheet.hfId);
    const i = this.sheetsInOrder.indexOf(sheet);
    this.sheetsInOrder.splice(i, 1);
    if (this.activeSheetId === sheet.id) {
      const next = this.sheetsInOrder.slice(i).concat(this.sheetsInOrder.slice(0, i)).find((s) => s.visibility === 'Visible');
      this.activeSheetId = (next ?? this.sheetsInOrder[0]).id;
    }
  }

  setVisibility(sheet: SheetState, v: unknown, where: string): void {
    if (v !== 'Visible' && v !== 'Hidden' && v !== 'VeryHidden') throw invalidArgument(`visibility '${String(v)}'`, where);
    if (v !== 'Visible') {
      const visible = this.sheetsInOrder.filter((s) => s.visibility === 'Visible');
      if (visible.length === 1 && visible[0] === sheet) {
        throw new StandinOfficeError('InvalidOperation', 'The operation attempted is invalid on the object. (a workbook must keep one visible sheet)', where);
      }
    }
    sheet.visibility = v;
  }

  activate(sheet: SheetState): void {
    this.activeSheetId = sheet.id;
  }

  select(sheet: SheetState, rect: Rect): void {
    this.activeSheetId = sheet.id;
    sheet.selection = { ...rect };
  }

  // ------------------------------------------------------------ cell contents

  /** Formulas calling a function HyperFormula lacks would compute #NAME? here but not in Excel: refuse them. */
  checkFunctionsKnown(formula: string, where: string): void {
    const known = (this.knownFunctions ??= new Set(this.hf.getRegisteredFunctionNames().map((f) => f.toUpperCase())));
    for (const m of stripStrings(formula).matchAll(FUNCTION_CALL)) {
      const name = m[1].toUpperCase().replace(/^_XLFN\./, '');
      if (!known.has(name)) {
        throw new StandinNotImplementedError(`the function ${m[1]} in '${formula}' (HyperFormula does not implement it) at ${where}`);
      }
    }
  }

  /** What HyperFormula is given for one cell written through Range.values / Range.formulas. */
  toRawContent(v: unknown, where: string): unknown {
    if (v === '') return null;
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) throw invalidArgument(`${v} is not a number Excel can store`, where);
      return v;
    }
    if (typeof v === 'boolean') return v;
    if (typeof v === 'string') {
      if (v.startsWith('=') && v.length > 1) {
        if (!this.hf.validateFormula(v)) throw invalidArgument(`'${v}' is not a valid formula`, where);
        this.checkFunctionsKnown(v, where);
        return v;
      }
      if ((v.startsWith('+') || v.startsWith('-')) && v.length > 1) {
        throw new StandinNotImplementedError(
          `writing '${v}' through values/formulas (Excel reads a leading '+' or '-' as a formula; write a number, or the text you mean with a leading apostrophe is not modelled either)`,
        );
      }
      return `'${v}`;
    }
    throw new StandinNotImplementedError(`writing ${Object.prototype.toString.call(v)} ${JSON.stringify(v)} into a cell at ${where}`);
  }

  /**
   * Range.values / Range.formulas setter. `input` is a 2-D array the size of `rect` (null entries
   * leave their cell unchanged) or a single value applied to every cell.
   */
  writeContents(sheet: SheetState, rect: Rect, input: unknown, where: string): void {
    if (isEntireColumns(rect) || isEntireRows(rect)) {
      throw invalidArgument('cell-level properties cannot be set on an entire row or column (unbounded range)', where);
    }
    const get = this.shapeOrBroadcast(rect, input, where, false);
    // Convert everything first (so a bad value fails before anything is written), then write
    // runs of non-null cells with as few HyperFormula calls as possible.
    const raw: unknown[][] = [];
    let anyNull = false;
    for (let r = 0; r < rect.rows; r++) {
      const row: unknown[] = [];
      for (let c = 0; c < rect.cols; c++) {
        const v = get(r, c);
        // null (and undefined, which JSON turns into null on the way to Excel) leaves the cell unchanged.
        if (v === null || v === undefined) {
          anyNull = true;
          row.push(SKIP);
        } else row.push(this.toRawContent(v, where));
      }
      raw.push(row);
    }
    const at = (r: number, c: number) => ({ sheet: sheet.hfId, row: rect.row + r, col: rect.col + c });
    this.hf.batch(() => {
      if (!anyNull) {
        this.hf.setCellContents(at(0, 0), raw as never);
        return;
      }
      raw.forEach((row, r) => {
        let start = -1;
        for (let c = 0; c <= row.length; c++) {
          const skip = c === row.length || row[c] === SKIP;
          if (!skip && start < 0) start = c;
          if (skip && start >= 0) {
            this.hf.setCellContents(at(r, start), [row.slice(start, c)] as never);
            start = -1;
          }
        }
      });
    });
  }

  private shapeOrBroadcast(rect: Rect, input: unknown, where: string, allowOneByOne: boolean): (r: number, c: number) => unknown {
    if (input === null || input === undefined) throw invalidArgument('null is not a valid value for this property', where);
    if (!Array.isArray(input)) return () => input;
    if (allowOneByOne && input.length === 1 && Array.isArray(input[0]) && input[0].length === 1) {
      const only = input[0][0];
      return () => only;
    }
    const okShape =
      input.length === rect.rows && input.every((row) => Array.isArray(row) && (row as unknown[]).length === rect.cols);
    if (!okShape) {
      const got = `${input.length}×${Array.isArray(input[0]) ? (input[0] as unknown[]).length : '?'}`;
      throw new StandinOfficeError(
        'InvalidArgument',
        `The number of rows or columns in the input array doesn't match the size or dimensions of the range. (range is ${rect.rows}×${rect.cols}, array is ${got})`,
        where,
      );
    }
    return (r, c) => (input[r] as unknown[])[c];
  }

  writeNumberFormat(sheet: SheetState, rect: Rect, input: unknown, where: string): void {
    if (isEntireColumns(rect) || isEntireRows(rect)) {
      throw invalidArgument('cell-level properties cannot be set on an entire row or column (unbounded range)', where);
    }
    const get = this.shapeOrBroadcast(rect, input, where, true);
    for (let r = 0; r < rect.rows; r++) {
      for (let c = 0; c < rect.cols; c++) {
        const v = get(r, c);
        if (v === null || v === undefined) continue;
        if (typeof v !== 'string') throw invalidArgument(`number format must be a string, got ${JSON.stringify(v)}`, where);
        const key = cellKey(rect.row + r, rect.col + c);
        if (v === '' || v.toLowerCase() === 'general') sheet.numberFormats.delete(key);
        else sheet.numberFormats.set(key, v);
      }
    }
  }

  numberFormatAt(sheet: SheetState, row: number, col: number): string {
    return sheet.numberFormats.get(cellKey(row, col)) ?? 'General';
  }

  private hfRange(sheet: SheetState, rect: Rect) {
    return {
      start: { sheet: sheet.hfId, row: rect.row, col: rect.col },
      end: { sheet: sheet.hfId, row: rect.row + rect.rows - 1, col: rect.col + rect.cols - 1 },
    };
  }

  readValues(sheet: SheetState, rect: Rect): ExcelScalar[][] {
    return this.hf.getRangeValues(this.hfRange(sheet, rect)).map((row) => row.map(excelValueOf));
  }

  readFormulas(sheet: SheetState, rect: Rect): ExcelScalar[][] {
    const formulas = this.hf.getRangeFormulas(this.hfRange(sheet, rect));
    const values = this.hf.getRangeSerialized(this.hfRange(sheet, rect));
    return formulas.map((row, r) =>
      row.map((f, c) => {
        if (typeof f === 'string') return f;
        const raw = values[r][c];
        if (raw === null || raw === undefined) return '';
        if (typeof raw === 'string' && raw.startsWith("'")) return raw.slice(1);
        return excelValueOf(raw);
      }),
    );
  }

  readNumberFormats(sheet: SheetState, rect: Rect): string[][] {
    const out: string[][] = [];
    for (let r = 0; r < rect.rows; r++) {
      const row: string[] = [];
      for (let c = 0; c < rect.cols; c++) row.push(this.numberFormatAt(sheet, rect.row + r, rect.col + c));
      out.push(row);
    }
    return out;
  }

  readText(sheet: SheetState, rect: Rect): string[][] {
    const values = this.hf.getRangeValues(this.hfRange(sheet, rect));
    return values.map((row, r) => row.map((v, c) => renderText(cellValueOf(v), this.numberFormatAt(sheet, rect.row + r, rect.col + c))));
  }

  readValueTypes(sheet: SheetState, rect: Rect): string[][] {
    return this.hf.getRangeValues(this.hfRange(sheet, rect)).map((row) =>
      row.map((v) => {
        if (v === null || v === undefined) return 'Empty';
        if (v instanceof DetailedCellError) return 'Error';
        if (typeof v === 'number') return 'Double';
        if (typeof v === 'boolean') return 'Boolean';
        return 'String';
      }),
    );
  }

  clearContents(sheet: SheetState, rect: Rect): void {
    const used = this.usedRect(sheet, true);
    if (!used || !intersects(used, rect)) return;
    const r0 = Math.max(rect.row, used.row);
    const c0 = Math.max(rect.col, used.col);
    const r1 = Math.min(rect.row + rect.rows, used.row + used.rows);
    const c1 = Math.min(rect.col + rect.cols, used.col + used.cols);
    this.hf.batch(() => {
      for (let r = r0; r < r1; r++) for (let c = c0; c < c1; c++) this.hf.setCellContents({ sheet: sheet.hfId, row: r, col: c }, [[null]]);
    });
  }

  clearFormats(sheet: SheetState, rect: Rect, where: string): void {
    if (sheet.conditionalFormats.some((cf) => intersects(cf.rect, rect))) {
      throw new StandinNotImplementedError(`${where}: clearing formats where conditional formats apply (Excel would remove or split them)`);
    }
    for (const key of [...sheet.numberFormats.keys()]) {
      const row = Math.floor(key / MAX_COLS);
      const col = key % MAX_COLS;
      if (containsCell(rect, row, col)) sheet.numberFormats.delete(key);
    }
    for (const k of Object.keys(DEFAULT_STYLE) as StyleKey[]) sheet.styleLayers.push({ rect: { ...rect }, key: k, value: DEFAULT_STYLE[k] });
  }

  /** The smallest range holding values (and, unless valuesOnly, number formats and styles), or null. */
  usedRect(sheet: SheetState, valuesOnly: boolean): Rect | null {
    let r0 = Infinity;
    let c0 = Infinity;
    let r1 = -1;
    let c1 = -1;
    const take = (r: number, c: number, rr = r, cc = c) => {
      r0 = Math.min(r0, r);
      c0 = Math.min(c0, c);
      r1 = Math.max(r1, rr);
      c1 = Math.max(c1, cc);
    };
    const dims = this.hf.getSheetDimensions(sheet.hfId);
    if (dims.height > 0 && dims.width > 0) {
      const raw = this.hf.getSheetSerialized(sheet.hfId);
      raw.forEach((row, r) =>
        row.forEach((v, c) => {
          if (v !== null && v !== undefined && v !== '') take(r, c);
        }),
      );
    }
    if (!valuesOnly) {
      for (const key of sheet.numberFormats.keys()) take(Math.floor(key / MAX_COLS), key % MAX_COLS);
      for (const l of sheet.styleLayers) {
        // Whole-column or whole-row formatting is a column/row style in Excel: it does not extend the used range.
        if (isEntireColumns(l.rect) || isEntireRows(l.rect)) continue;
        if (l.value === DEFAULT_STYLE[l.key]) continue;
        take(l.rect.row, l.rect.col, l.rect.row + l.rect.rows - 1, l.rect.col + l.rect.cols - 1);
      }
    }
    if (r1 < 0) return null;
    return { row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
  }

  // ------------------------------------------------------------ styles

  setStyle(sheet: SheetState, rect: Rect, key: StyleKey, value: unknown): void {
    sheet.styleLayers.push({ rect: { ...rect }, key, value });
  }

  styleAt(sheet: SheetState, row: number, col: number, key: StyleKey): unknown {
    for (let i = sheet.styleLayers.length - 1; i >= 0; i--) {
      const l = sheet.styleLayers[i];
      if (l.key === key && containsCell(l.rect, row, col)) return l.value;
    }
    return DEFAULT_STYLE[key];
  }

  /** The style value shared by every cell of `rect`, or null when the cells differ (as Office.js reports it). */
  uniformStyle(sheet: SheetState, rect: Rect, key: StyleKey): unknown {
    const layers = sheet.styleLayers.filter((l) => l.key === key && intersects(l.rect, rect));
    if (layers.length === 0) return DEFAULT_STYLE[key];
    const last = layers[layers.length - 1];
    if (contains(last.rect, rect)) return last.value;
    const { rows, cols } = cuts(rect, layers.map((l) => l.rect));
    let first: unknown;
    let seen = false;
    for (const r of rows) {
      for (const c of cols) {
        const v = this.styleAt(sheet, r, c, key);
        if (!seen) {
          first = v;
          seen = true;
        } else if (v !== first) return null;
      }
    }
    return first;
  }

  columnWidthOf(sheet: SheetState, col: number): number {
    return sheet.columnWidths.get(col) ?? DEFAULT_COLUMN_WIDTH;
  }

  rowHeightOf(sheet: SheetState, row: number): number {
    return sheet.rowHeights.get(row) ?? DEFAULT_ROW_HEIGHT;
  }

  // ------------------------------------------------------------ merges

  merge(sheet: SheetState, rect: Rect, across: boolean, where: string): void {
    const areas: Rect[] = across
      ? Array.from({ length: rect.rows }, (_, i) => ({ row: rect.row + i, col: rect.col, rows: 1, cols: rect.cols }))
      : [rect];
    for (const a of areas) {
      if (a.rows === 1 && a.cols === 1) continue;
      const values = this.readValues(sheet, a);
      const lost = values.some((row, r) => row.some((v, c) => (r > 0 || c > 0) && v !== ''));
      if (lost) throw new StandinNotImplementedError(`${where}: merging cells that hold data other than in the top-left cell`);
      if (sheet.merges.some((m) => intersects(m, a))) {
        sheet.merges = sheet.merges.filter((m) => !intersects(m, a));
      }
      sheet.merges.push({ ...a });
    }
  }

  unmerge(sheet: SheetState, rect: Rect): void {
    sheet.merges = sheet.merges.filter((m) => !intersects(m, rect));
  }

  // ------------------------------------------------------------ conditional formats

  addConditionalFormat(sheet: SheetState, rect: Rect, type: 'Custom' | 'CellValue'): ConditionalFormatState {
    const cf: ConditionalFormatState = {
      id: this.newId('CF'),
      type,
      rect: { ...rect },
      stopIfTrue: false,
      formula: null,
      cellValueRule: null,
      format: { fill: null, fontColor: null, bold: null, italic: null },
    };
    sheet.conditionalFormats.push(cf);
    return cf;
  }

  findConditionalFormat(id: string): { sheet: SheetState; cf: ConditionalFormatState } | undefined {
    for (const sheet of this.sheetsInOrder) {
      const cf = sheet.conditionalFormats.find((c) => c.id === id);
      if (cf) return { sheet, cf };
    }
    return undefined;
  }

  conditionalFormats(sheetName: string): ConditionalFormatInfo[] {
    const sheet = this.sheet(sheetName);
    return sheet.conditionalFormats.map((cf, priority) => ({
      id: cf.id,
      type: cf.type,
      address: rectToA1(cf.rect),
      priority,
      stopIfTrue: cf.stopIfTrue,
      formula: cf.formula,
      rule: cf.cellValueRule ? { ...cf.cellValueRule } : null,
      fill: cf.format.fill,
      fontColor: cf.format.fontColor,
      bold: cf.format.bold,
      italic: cf.format.italic,
    }));
  }

  private evaluateAt(sheet: SheetState, formula: string, anchor: Rect, row: number, col: number): unknown {
    const f = formula.startsWith('=') ? formula : `=${formula}`;
    const shifted = shiftFormula(f, row - anchor.row, col - anchor.col);
    if (shifted.includes('#REF!')) return null;
    const v = this.hf.calculateFormula(shifted, sheet.hfId);
    return Array.isArray(v) ? v[0]?.[0] : v;
  }

  private conditionHolds(sheet: SheetState, cf: ConditionalFormatState, row: number, col: number): boolean {
    if (cf.type === 'Custom') {
      if (!cf.formula) return false;
      const v = this.evaluateAt(sheet, cf.formula, cf.rect, row, col);
      return v === true || (typeof v === 'number' && v !== 0);
    }
    const rule = cf.cellValueRule;
    if (!rule) return false;
    const raw = this.hf.getCellValue({ sheet: sheet.hfId, row, col });
    if (raw instanceof DetailedCellError) return false;
    const cell = raw === null ? 0 : raw;
    const operand = (f: string | undefined) => {
      if (f === undefined) return undefined;
      const v = this.evaluateAt(sheet, String(f), cf.rect, row, col);
      return v instanceof DetailedCellError ? undefined : v;
    };
    const a = operand(rule.formula1);
    const b = operand(rule.formula2);
    const cmp = (x: unknown, y: unknown): number => {
      if (typeof x === 'number' && typeof y === 'number') return x - y;
      if (typeof x === 'string' && typeof y === 'string') return x.toLowerCase().localeCompare(y.toLowerCase());
      // Excel orders numbers < text < booleans.
      const rank = (z: unknown) => (typeof z === 'number' ? 0 : typeof z === 'string' ? 1 : 2);
      return rank(x) - rank(y);
    };
    if (a === undefined) return false;
    switch (rule.operator) {
      case 'Between':
        return b !== undefined && cmp(cell, a) >= 0 && cmp(cell, b) <= 0;
      case 'NotBetween':
        return b !== undefined && (cmp(cell, a) < 0 || cmp(cell, b) > 0);
      case 'EqualTo':
        return cmp(cell, a) === 0;
      case 'NotEqualTo':
        return cmp(cell, a) !== 0;
      case 'GreaterThan':
        return cmp(cell, a) > 0;
      case 'LessThan':
        return cmp(cell, a) < 0;
      case 'GreaterThanOrEqual':
        return cmp(cell, a) >= 0;
      case 'LessThanOrEqual':
        return cmp(cell, a) <= 0;
      default:
        throw new StandinNotImplementedError(`conditional format operator '${rule.operator}'`);
    }
  }

  /** What the conditional formats do to one cell now: the first applying rule (by priority) sets each element. */
  conditionalStyleAt(sheet: SheetState, row: number, col: number): { fill: string | null; fontColor: string | null } {
    let fill: string | null = null;
    let fontColor: string | null = null;
    for (const cf of sheet.conditionalFormats) {
      if (!containsCell(cf.rect, row, col)) continue;
      if (!this.conditionHolds(sheet, cf, row, col)) continue;
      if (fill === null && cf.format.fill) fill = cf.format.fill;
      if (fontColor === null && cf.format.fontColor) fontColor = cf.format.fontColor;
      if (cf.stopIfTrue) break;
    }
    return { fill, fontColor };
  }

  // ------------------------------------------------------------ data validation

  patchDataValidation(sheet: SheetState, rect: Rect, patch: DVPatch): void {
    sheet.dvLayers.push({ rect: { ...rect }, patch });
  }

  private dvFold(sheet: SheetState, row: number, col: number): DataValidationState | null {
    let dv: DataValidationState | null = null;
    for (const l of sheet.dvLayers) {
      if (!containsCell(l.rect, row, col)) continue;
      const p = l.patch;
      if (p.kind === 'clear') {
        dv = null;
        continue;
      }
      dv = dv ?? { rule: null, errorAlert: { ...DEFAULT_ERROR_ALERT }, prompt: { ...DEFAULT_PROMPT }, ignoreBlanks: true };
      if (p.kind === 'rule') dv.rule = p.value;
      else if (p.kind === 'errorAlert') dv.errorAlert = { ...dv.errorAlert, ...p.value };
      else if (p.kind === 'prompt') dv.prompt = { ...dv.prompt, ...p.value };
      else dv.ignoreBlanks = p.value;
    }
    return dv;
  }

  static dvType(dv: DataValidationState | null): string {
    if (!dv || !dv.rule) return 'None';
    const key = Object.keys(dv.rule)[0];
    const map: Record<string, string> = {
      wholeNumber: 'WholeNumber',
      decimal: 'Decimal',
      list: 'List',
      date: 'Date',
      time: 'Time',
      textLength: 'TextLength',
      custom: 'Custom',
    };
    return map[key] ?? 'None';
  }

  /** The validation shared by every cell of `rect`; `mixed` when the cells differ. */
  uniformDataValidation(sheet: SheetState, rect: Rect): { mixed: boolean; dv: DataValidationState | null } {
    const layers = sheet.dvLayers.filter((l) => intersects(l.rect, rect));
    const { rows, cols } = cuts(rect, layers.map((l) => l.rect));
    let first: string | undefined;
    let firstDv: DataValidationState | null = null;
    for (const r of rows) {
      for (const c of cols) {
        const dv = this.dvFold(sheet, r, c);
        const k = JSON.stringify(dv);
        if (first === undefined) {
          first = k;
          firstDv = dv;
        } else if (k !== first) return { mixed: true, dv: null };
      }
    }
    return { mixed: false, dv: firstDv };
  }

  dataValidationAt(sheetName: string, address: string): DataValidationInfo | null {
    const sheet = this.sheet(sheetName);
    const p = parseAddress(address);
    if (!p) throw new Error(`bad address ${address}`);
    const dv = this.dvFold(sheet, p.rect.row, p.rect.col);
    return dv ? { address: cellName(p.rect.row, p.rect.col), type: WorkbookState.dvType(dv), ...dv } : null;
  }

  /** Each range that validation was set on, with the validation its top-left cell has now. */
  dataValidations(sheetName: string): DataValidationInfo[] {
    const sheet = this.sheet(sheetName);
    const seen = new Set<string>();
    const out: DataValidationInfo[] = [];
    for (const l of sheet.dvLayers) {
      const a = rectToA1(l.rect);
      if (seen.has(a)) continue;
      seen.add(a);
      const dv = this.dvFold(sheet, l.rect.row, l.rect.col);
      if (dv) out.push({ address: a, type: WorkbookState.dvType(dv), ...dv });
    }
    return out;
  }

  // ------------------------------------------------------------ inspection for tests

  private cellOf(sheetName: string, address: string): { sheet: SheetState; row: number; col: number } {
    const sheet = this.sheet(sheetName);
    const p = parseAddress(address);
    if (!p || p.rect.rows !== 1 || p.rect.cols !== 1) throw new Error(`'${address}' is not a single cell address`);
    return { sheet, row: p.rect.row, col: p.rect.col };
  }

  cell(sheetName: string, address: string): CellInfo {
    const { sheet, row, col } = this.cellOf(sheetName, address);
    const rect = { row, col, rows: 1, cols: 1 };
    const formula = this.hf.getCellFormula({ sheet: sheet.hfId, row, col });
    const cond = this.conditionalStyleAt(sheet, row, col);
    return {
      value: this.readValues(sheet, rect)[0][0],
      formula: formula ?? null,
      numberFormat: this.numberFormatAt(sheet, row, col),
      text: this.readText(sheet, rect)[0][0],
      valueType: this.readValueTypes(sheet, rect)[0][0] as CellInfo['valueType'],
      fill: this.styleAt(sheet, row, col, 'fill') as string | null,
      fontColor: this.styleAt(sheet, row, col, 'fontColor') as string,
      bold: this.styleAt(sheet, row, col, 'bold') as boolean,
      conditionalFill: cond.fill,
      conditionalFontColor: cond.fontColor,
    };
  }

  /** Range.values of an address on a sheet, e.g. values('Sheet1', 'A1:C3'). */
  values(sheetName: string, address: string): ExcelScalar[][] {
    const sheet = this.sheet(sheetName);
    const p = parseAddress(address);
    if (!p) throw new Error(`bad address ${address}`);
    return this.readValues(sheet, p.rect);
  }

  frozenRows(sheetName: string): number {
    return this.sheet(sheetName).frozenRows;
  }

  frozenColumns(sheetName: string): number {
    return this.sheet(sheetName).frozenColumns;
  }

  /** Column width in points; `column` is a letter ('C') or a zero-based index. */
  columnWidth(sheetName: string, column: string | number): number {
    const col = typeof column === 'number' ? column : columnOf(column);
    return this.columnWidthOf(this.sheet(sheetName), col);
  }

  charts(sheetName: string): ChartState[] {
    return this.sheet(sheetName).charts.map((c) => ({
      ...c,
      addedSeries: c.addedSeries.map((s) => ({ ...s, format: copySeriesFormat(s.format) })),
      derivedFormats: Object.fromEntries(Object.entries(c.derivedFormats).map(([k, f]) => [k, copySeriesFormat(f)])),
      valueAxis: { ...c.valueAxis },
    }));
  }

  /**
   * The series Excel derives from a chart's source data, read from the cells now. Series run down
   * the columns for seriesBy 'Columns' (and for 'Auto' when the range has at least as many rows as
   * columns, Excel's rule), across the rows otherwise. The first row (column) holds the series
   * names when each of its cells past the corner is text; the first column (row) holds the
   * categories when each of its cells past the corner is text. Otherwise Excel's defaults:
   * "Series1", ... and categories 1, 2, ...
   */
  derivedSeries(chart: ChartState): DerivedSeries[] {
    const p = parseAddress(chart.sourceAddress);
    if (!p || p.sheet === undefined) throw new StandinNotImplementedError(`chart source '${chart.sourceAddress}'`);
    const sheet = this.findSheet(p.sheet);
    if (!sheet) return [];
    const grid = this.readValues(sheet, p.rect);
    const byColumns = chart.seriesBy === 'Columns' || (chart.seriesBy === 'Auto' && p.rect.rows >= p.rect.cols);
    const m = byColumns ? grid : grid[0].map((_, c) => grid.map((row) => row[c]));
    const isText = (v: ExcelScalar) => typeof v === 'string' && v !== '';
    const rows = m.length;
    const cols = m[0].length;
    const labels = rows > 1 && cols > 1 && m.slice(1).every((row) => isText(row[0]));
    const names = rows > 1 && cols > 1 && m[0].slice(1).every(isText);
    const first = labels ? 1 : 0;
    const top = names ? 1 : 0;
    const out: DerivedSeries[] = [];
    for (let c = first; c < cols; c++) {
      out.push({
        name: names ? String(m[0][c]) : `Series${c - first + 1}`,
        categories: m.slice(top).map((row, i) => (labels ? row[0] : i + 1)),
        values: m.slice(top).map((row) => row[c]),
      });
    }
    return out;
  }

  /** Every series of a chart (by name or position on the sheet) as Excel shows it: derived ones first, then added ones. */
  chartSeries(sheetName: string, chart: string | number): ChartSeriesInfo[] {
    const sheet = this.sheet(sheetName);
    const c = typeof chart === 'number' ? sheet.charts[chart] : sheet.charts.find((x) => x.name === chart);
    if (!c) throw new Error(`no chart ${String(chart)} on ${sheetName}`);
    const info = (s: DerivedSeries, f: ChartSeriesFormatState, derived: boolean): ChartSeriesInfo => ({
      ...s,
      derived,
      chartType: f.chartType ?? c.chartType,
      fill: f.fill,
      lineColor: f.lineColor,
      hasDataLabels: f.hasDataLabels,
      pointFills: { ...f.pointFills },
    });
    const derived = this.derivedSeries(c).map((s, i) => info(s, c.derivedFormats[i] ?? emptySeriesFormat(), true));
    const added = c.addedSeries.map((s) => info(this.addedSeriesData(s), s.format, false));
    return [...derived, ...added];
  }

  /** Values and categories of a series added with series.add(), from the ranges it was given. */
  addedSeriesData(s: ChartSeriesState): DerivedSeries {
    const read = (address: string | null): ExcelScalar[] => {
      if (!address) return [];
      const p = parseAddress(address);
      const sheet = p?.sheet !== undefined ? this.findSheet(p.sheet) : undefined;
      if (!p || !sheet) return [];
      return this.readValues(sheet, p.rect).flat();
    };
    const values = read(s.valuesAddress);
    const x = read(s.xValuesAddress);
    return { name: s.name, values, categories: x.length ? x : values.map((_, i) => i + 1) };
  }

  customProperties(sheetName: string): Record<string, string> {
    const out: Record<string, string> = {};
    for (const { key, value } of this.sheet(sheetName).customProperties.values()) out[key] = value;
    return out;
  }

  documentProperties(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const { key, value } of this.documentCustomProperties.values()) out[key] = value;
    return out;
  }

  mergedAreas(sheetName: string): string[] {
    return this.sheet(sheetName).merges.map(rectToA1);
  }

  sheetVisibility(sheetName: string): string {
    return this.sheet(sheetName).visibility;
  }

  // ------------------------------------------------------------ direct writes for tests

  /**
   * Puts values into the workbook without the API. A string starting with '=' is a formula; any
   * other string stays text; numbers and booleans are stored as they are; null leaves a cell alone;
   * '' clears it.
   */
  setCells(sheetName: string, topLeft: string, rows: (ExcelScalar | null)[][]): void {
    const { sheet, row, col } = this.cellOf(sheetName, topLeft);
    const width = Math.max(0, ...rows.map((r) => r.length));
    if (rows.length === 0 || width === 0) return;
    const rect = { row, col, rows: rows.length, cols: width };
    checkInGrid(rect);
    const padded = rows.map((r) => [...r, ...Array(width - r.length).fill(null)]);
    this.hf.batch(() => {
      padded.forEach((r, i) =>
        r.forEach((v, j) => {
          if (v === null) return;
          let raw: unknown;
          if (typeof v === 'string') raw = v === '' ? null : v.startsWith('=') ? v : `'${v}`;
          else raw = v;
          this.hf.setCellContents({ sheet: sheet.hfId, row: row + i, col: col + j }, [[raw as never]]);
        }),
      );
    });
  }

  /** Sets the number format of every cell of `address` without the API. */
  setNumberFormat(sheetName: string, address: string, format: string): void {
    const sheet = this.sheet(sheetName);
    const p = parseAddress(address);
    if (!p) throw new Error(`bad address ${address}`);
    this.writeNumberFormat(sheet, p.rect, format, 'WorkbookState.setNumberFormat');
  }

  /** The address of a cell of a sheet, the way Range.address shows it. */
  static addressOf(sheetName: string, rect: Rect): string {
    return fullAddress(sheetName, rect);
  }

  static quote(sheetName: string): string {
    return quoteSheetName(sheetName);
  }
}

// ---------------------------------------------------------------- typing into a cell

/**
 * What en-US Excel does when a person types `typed` into a cell and presses Enter:
 * - "=…" is a formula; "'…" is text without the apostrophe; "" clears the cell;
 * - "52.3%" is the number 0.523 and, unless the cell is already percent-formatted, gets the format
 *   "0.0%" (as many decimals as typed; "52%" gets "0%");
 * - "2450", "-3.5", ".5" are numbers; "2,450" is 2450 and gets "#,##0" when the cell is General;
 * - in a cell already formatted as a percentage, a typed number is divided by 100 (Excel's
 *   "automatic percent entry", on by default: "1" → 0.01 (1%), ".5" → 0.5 (50%), "0.5" → 0.005);
 * - TRUE / FALSE are booleans; in a cell formatted as text ('@') everything stays text;
 * - anything else (e.g. "52,3%", "2.450,5", "khoảng 9") is text, exactly as typed.
 * Dates, times, currencies, fractions, "(5)" and typed error values are not modelled and throw.
 */
export function typeIntoCell(workbook: WorkbookState, sheetName: string, address: string, typed: string): void {
  const sheet = workbook.sheet(sheetName);
  const p = parseAddress(address);
  if (!p || p.rect.rows !== 1 || p.rect.cols !== 1) throw new Error(`'${address}' is not a single cell address`);
  const { row, col } = p.rect;
  const at = { sheet: sheet.hfId, row, col };
  const key = cellKey(row, col);
  const format = workbook.numberFormatAt(sheet, row, col);
  const put = (raw: unknown) => workbook.hf.setCellContents(at, [[raw as never]]);

  if (typed === '') return void put(null);
  if (format === '@') return void put(`'${typed}`);
  if (typed.startsWith("'")) return void put(`'${typed.slice(1)}`);
  if (typed.startsWith('=') && typed.length > 1) {
    if (!workbook.hf.validateFormula(typed)) throw new Error(`Excel would refuse the formula '${typed}'`);
    return void put(typed);
  }
  const t = typed.trim();
  const NUM = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d*)(?:\.(\d+))?$/;
  const pct = /^(.*?)\s*%$/.exec(t);
  if (pct) {
    const m = NUM.exec(pct[1]);
    if (m && (m[2] !== '' || m[3] !== undefined)) {
      const n = Number(`${m[1]}${m[2].replace(/,/g, '') || '0'}.${m[3] ?? '0'}`) / 100;
      put(n);
      if (!isPercentFormat(format)) {
        const decimals = m[3]?.length ?? 0;
        sheet.numberFormats.set(key, decimals > 0 ? `0.${'0'.repeat(decimals)}%` : '0%');
      }
      return;
    }
    return void put(`'${typed}`);
  }
  const m = NUM.exec(t);
  if (m && (m[2] !== '' || m[3] !== undefined) && t !== '+' && t !== '-') {
    let n = Number(`${m[1]}${m[2].replace(/,/g, '') || '0'}.${m[3] ?? '0'}`);
    if (isPercentFormat(format)) {
      // Automatic percent entry (Microsoft KB 215203): numbers below 1 typed without a leading zero
      // are already fractions; everything else is a percentage.
      const noLeadingZero = m[2] === '';
      if (!(noLeadingZero && Math.abs(n) < 1)) n = n / 100;
    } else if (m[2].includes(',') && format === 'General') {
      sheet.numberFormats.set(key, '#,##0');
    }
    return void put(n);
  }
  if (/^(true|false)$/i.test(t)) return void put(t.toUpperCase() === 'TRUE');
  if (/^#(N\/A|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|NULL!)$/i.test(t)) {
    throw new StandinNotImplementedError(`typing the error value ${t}`);
  }
  if (/^\d{1,4}[/-]\d{1,2}([/-]\d{1,4})?$/.test(t) || /^\d{1,2}:\d{2}/.test(t) || /^\d{1,2}-[A-Za-z]{3}/.test(t)) {
    throw new StandinNotImplementedError(`typing '${typed}' (Excel would read a date or time)`);
  }
  if (/^[$€£¥]\s*[\d.,]+$|^[\d.,]+\s*[$€£¥₫]$/.test(t) || /^\(\s*[\d.,]+\s*\)$/.test(t) || /^[+-]?\d+\s+\d+\/\d+$/.test(t)) {
    throw new StandinNotImplementedError(`typing '${typed}' (Excel would read a currency, a negative in parentheses or a fraction)`);
  }
  if (/^[+-]?\d*\.?\d+[eE][+-]?\d+$/.test(t)) {
    throw new StandinNotImplementedError(`typing '${typed}' (Excel would read scientific notation)`);
  }
  put(`'${typed}`);
}
