// The Excel JavaScript API objects of the stand-in (the subset the add-in uses). Member names follow
// @types/office-js; requirement-set gates follow office.js 1.1.110's own client-side checks
// (`_throwIfApiNotSupported(...)`): a getter or method of a newer set throws ApiNotFound at once.

import {
  cellCount,
  checkInGrid,
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
import { ChartType } from './enums';
import { invalidArgument, StandinNotImplementedError, StandinOfficeError } from './errors';
import {
  Action,
  Exec,
  executeSync,
  isSetSupported,
  RequestContextLike,
  StandinClientObject,
  StandinClientResult,
  StandinCollection,
  StandinCore,
  strict,
} from './runtime';
import {
  ChartSeriesFormatState,
  ChartSeriesState,
  ChartState,
  ConditionalFormatState,
  emptySeriesFormat,
  normaliseColour,
  SheetState,
  StyleKey,
  WorkbookState,
} from './workbookState';

// ---------------------------------------------------------------- helpers

interface RangeTarget {
  sheet: SheetState;
  rect: Rect;
}

function liveSheet(ex: Exec, sheet: SheetState, where: string): SheetState {
  if (!ex.state.sheets.includes(sheet)) {
    throw new StandinOfficeError('ItemNotFound', `The requested resource doesn't exist. (the worksheet '${sheet.name}' was deleted)`, where);
  }
  return sheet;
}

function q(s: unknown): string {
  return JSON.stringify(s);
}

const CELL_LEVEL = new Set(['values', 'text', 'formulas', 'formulasLocal', 'numberFormat', 'valueTypes']);

const HORIZONTAL = ['General', 'Left', 'Center', 'Right', 'Fill', 'Justify', 'CenterAcrossSelection', 'Distributed'];
const VERTICAL = ['Top', 'Center', 'Bottom', 'Justify', 'Distributed'];
const DV_OPERATORS = ['Between', 'NotBetween', 'EqualTo', 'NotEqualTo', 'GreaterThan', 'LessThan', 'GreaterThanOrEqualTo', 'LessThanOrEqualTo'];
const CF_OPERATORS = ['Between', 'NotBetween', 'EqualTo', 'NotEqualTo', 'GreaterThan', 'LessThan', 'GreaterThanOrEqual', 'LessThanOrEqual'];
const ALERT_STYLES = ['Stop', 'Warning', 'Information'];

function mk<T extends object>(obj: T, typeName: string): T {
  return strict(obj, typeName);
}

// ---------------------------------------------------------------- request context

export class StandinRequestContext implements RequestContextLike {
  /** @internal */
  readonly _core: StandinCore;
  /** @internal */
  _queue: Action[] = [];
  /** @internal set when the Excel.run that made this context has finished. */
  _finished = false;
  readonly workbook: StandinWorkbook;
  /** Accepted for compatibility; tracking is not needed in memory. */
  readonly trackedObjects = { add: (_o: unknown) => undefined, remove: (_o: unknown) => undefined };
  readonly requestHeaders: Record<string, string> = {};

  constructor(core: StandinCore) {
    this._core = core;
    const self = mk(this, 'RequestContext');
    this.workbook = mk(new StandinWorkbook(self), 'Workbook');
    return self;
  }

  /** @internal */
  _enqueue(action: Action): void {
    this._queue.push(action);
  }

  load(object: StandinClientObject, option?: unknown): void {
    if (object.context !== this) {
      throw new StandinOfficeError('InvalidRequestContext', 'Cannot use the object across different request contexts.');
    }
    object.load(option);
  }

  trace(message: string): void {
    this._queue.push({
      info: { kind: 'trace', type: 'RequestContext', member: 'trace', path: '' },
      payload: { k: 'trace', v: message },
      run: (ex) => void ex.traces.push(message),
    });
  }

  async sync<T>(passThroughValue?: T): Promise<T> {
    this._core.stats.syncCalls++;
    const queue = this._queue;
    this._queue = [];
    await executeSync(this._core, queue, false);
    return passThroughValue as T;
  }

  /** @internal the final sync Excel.run makes after the batch resolves. */
  async _finalSync(): Promise<void> {
    const queue = this._queue;
    this._queue = [];
    await executeSync(this._core, queue, true);
  }
}

type Ctx = StandinRequestContext;

// ---------------------------------------------------------------- workbook

export class StandinWorkbook extends StandinClientObject {
  private _worksheets?: StandinWorksheetCollection;
  private _properties?: StandinDocumentProperties;

  constructor(context: Ctx) {
    super(context, 'Workbook');
  }
  get _typeName(): string {
    return 'Workbook';
  }
  _scalarNames(): readonly string[] {
    return [];
  }
  _navNames(): readonly string[] {
    return ['worksheets', 'properties'];
  }
  _navObject(name: string): StandinClientObject {
    if (name === 'worksheets') return this.worksheets;
    if (name === 'properties') return this.properties;
    return super._navObject(name);
  }
  _resolveTarget(ex: Exec): unknown {
    return ex.state;
  }
  _readScalar(name: string): unknown {
    throw new StandinNotImplementedError(`Workbook.${name}`);
  }

  get worksheets(): StandinWorksheetCollection {
    if (!this._worksheets) this._worksheets = mk(new StandinWorksheetCollection(this.context as Ctx, `${this._path}.Worksheets`), 'WorksheetCollection');
    return this._worksheets;
  }

  get properties(): StandinDocumentProperties {
    this._gate('Workbook.properties', '1.7');
    if (!this._properties) this._properties = mk(new StandinDocumentProperties(this.context as Ctx, `${this._path}.Properties`), 'DocumentProperties');
    return this._properties;
  }

  getSelectedRange(): StandinRange {
    return StandinRange.make(this.context as Ctx, `${this._path}.GetSelectedRange()`, (ex) => {
      const sheet = ex.state.activeSheet;
      return { sheet, rect: { ...sheet.selection } };
    });
  }

  getActiveCell(): StandinRange {
    this._gate('Workbook.getActiveCell', '1.7');
    return StandinRange.make(this.context as Ctx, `${this._path}.GetActiveCell()`, (ex) => {
      const sheet = ex.state.activeSheet;
      return { sheet, rect: { row: sheet.selection.row, col: sheet.selection.col, rows: 1, cols: 1 } };
    });
  }

  insertWorksheetsFromBase64(_base64File: string, _options?: unknown): never {
    this._gate('Workbook.insertWorksheetsFromBase64', '1.13');
    throw new StandinNotImplementedError('Workbook.insertWorksheetsFromBase64 (reading .xlsx files into the in-memory workbook)');
  }
}

// ---------------------------------------------------------------- worksheets

const WORKSHEET_SCALARS = ['id', 'name', 'position', 'visibility', 'tabColor', 'showGridlines'] as const;

function readWorksheetScalar(ex: Exec, sheet: SheetState, name: string): unknown {
  switch (name) {
    case 'id':
      return sheet.id;
    case 'name':
      return sheet.name;
    case 'position':
      return ex.state.positionOf(sheet);
    case 'visibility':
      return sheet.visibility;
    case 'tabColor':
      return sheet.visibility === 'Visible' ? sheet.tabColor : null;
    case 'showGridlines':
      return sheet.showGridlines;
    default:
      throw new StandinNotImplementedError(`Worksheet.${name}`);
  }
}

export class StandinWorksheetCollection extends StandinCollection<StandinWorksheet> {
  constructor(context: Ctx, path: string) {
    super(context, path);
  }
  get _typeName(): string {
    return 'WorksheetCollection';
  }
  _resolveTarget(ex: Exec): unknown {
    return ex.state;
  }
  _refs(ex: Exec): unknown[] {
    return [...ex.state.sheets];
  }
  _itemFor(ref: unknown): StandinWorksheet {
    const sheet = ref as SheetState;
    return StandinWorksheet.make(this.context as Ctx, `${this._path}.GetItem(${q(sheet.id)})`, () => sheet, true);
  }
  _itemScalarNames(): readonly string[] {
    return WORKSHEET_SCALARS;
  }
  _readItemScalar(ref: unknown, name: string, ex: Exec): unknown {
    return readWorksheetScalar(ex, ref as SheetState, name);
  }

  add(name?: string): StandinWorksheet {
    const ws = StandinWorksheet.make(this.context as Ctx, `${this._path}.Add(${q(name ?? null)})`, () => {
      throw new StandinOfficeError('ItemNotFound', "The requested resource doesn't exist. (the sheet was not added)");
    });
    this._enqueue('call', 'add', [name ?? null], (ex) => {
      const sheet = ex.state.addSheetOrThrow(name, 'WorksheetCollection.add');
      ws._resolved = { value: sheet };
      ex.appliers.push(() => {
        ws._isNull = false;
      });
    });
    return ws;
  }

  getItem(key: string): StandinWorksheet {
    return StandinWorksheet.make(this.context as Ctx, `${this._path}.GetItem(${q(key)})`, (ex) => {
      const s = ex.state.findSheet(String(key));
      if (!s) throw new StandinOfficeError('ItemNotFound', `The requested resource doesn't exist. (worksheet '${key}')`, 'WorksheetCollection.getItem');
      return s;
    });
  }

  getItemOrNullObject(key: string): StandinWorksheet {
    this._gate('WorksheetCollection.getItemOrNullObject', '1.4');
    const ws = StandinWorksheet.make(this.context as Ctx, `${this._path}.GetItemOrNullObject(${q(key)})`, (ex) => ex.state.findSheet(String(key)) ?? null);
    ws._instantiate();
    return ws;
  }

  getActiveWorksheet(): StandinWorksheet {
    return StandinWorksheet.make(this.context as Ctx, `${this._path}.GetActiveWorksheet()`, (ex) => ex.state.activeSheet);
  }

  getFirst(visibleOnly?: boolean): StandinWorksheet {
    this._gate('WorksheetCollection.getFirst', '1.5');
    return StandinWorksheet.make(this.context as Ctx, `${this._path}.GetFirst()`, (ex) => {
      const s = ex.state.sheets.find((x) => !visibleOnly || x.visibility === 'Visible');
      if (!s) throw new StandinOfficeError('ItemNotFound');
      return s;
    });
  }

  getLast(visibleOnly?: boolean): StandinWorksheet {
    this._gate('WorksheetCollection.getLast', '1.5');
    return StandinWorksheet.make(this.context as Ctx, `${this._path}.GetLast()`, (ex) => {
      const s = [...ex.state.sheets].reverse().find((x) => !visibleOnly || x.visibility === 'Visible');
      if (!s) throw new StandinOfficeError('ItemNotFound');
      return s;
    });
  }

  getCount(visibleOnly?: boolean): StandinClientResult<number> {
    this._gate('WorksheetCollection.getCount', '1.4');
    return this._callResult('getCount', [visibleOnly ?? false], (ex) => ex.state.sheets.filter((s) => !visibleOnly || s.visibility === 'Visible').length);
  }
}

export class StandinWorksheet extends StandinClientObject {
  private _charts?: StandinChartCollection;
  private _customProperties?: StandinWorksheetCustomPropertyCollection;
  private _freezePanes?: StandinWorksheetFreezePanes;
  private readonly _resolver: (ex: Exec) => SheetState | null;

  private constructor(context: Ctx, path: string, resolver: (ex: Exec) => SheetState | null) {
    super(context, path);
    this._resolver = resolver;
  }

  /** @internal */
  static make(context: Ctx, path: string, resolver: (ex: Exec) => SheetState | null, preResolved = false): StandinWorksheet {
    const ws = mk(new StandinWorksheet(context, path, resolver), 'Worksheet');
    if (preResolved) ws._resolved = { value: resolver(undefined as unknown as Exec) };
    return ws;
  }

  /** @internal an *OrNullObject result: office.js reports isNullObject after the next sync. */
  _instantiate(): void {
    this._enqueue('instantiate', 'instantiate', null, (ex) => void this._target(ex));
  }

  get _typeName(): string {
    return 'Worksheet';
  }
  _scalarNames(): readonly string[] {
    return WORKSHEET_SCALARS;
  }
  _navNames(): readonly string[] {
    return ['charts', 'customProperties', 'freezePanes'];
  }
  _navObject(name: string): StandinClientObject {
    if (name === 'charts') return this.charts;
    if (name === 'customProperties') return this.customProperties;
    if (name === 'freezePanes') return this.freezePanes;
    return super._navObject(name);
  }
  _resolveTarget(ex: Exec): unknown {
    return this._resolver(ex);
  }
  /** @internal */
  _sheet(ex: Exec, member: string): SheetState {
    return liveSheet(ex, this._liveTarget(ex, member) as SheetState, `Worksheet.${member}`);
  }
  _readScalar(name: string, ex: Exec, target: unknown): unknown {
    return readWorksheetScalar(ex, liveSheet(ex, target as SheetState, `Worksheet.${name}`), name);
  }
  _writeScalar(name: string, value: unknown, ex: Exec, target: unknown): void {
    const sheet = liveSheet(ex, target as SheetState, `Worksheet.${name}`);
    switch (name) {
      case 'name':
        return ex.state.renameSheet(sheet, value, 'Worksheet.name');
      case 'position':
        return ex.state.moveSheet(sheet, value, 'Worksheet.position');
      case 'visibility':
        return ex.state.setVisibility(sheet, value, 'Worksheet.visibility');
      case 'tabColor':
        sheet.tabColor = value === '' ? '' : normaliseColour(value, 'Worksheet.tabColor');
        return;
      case 'showGridlines':
        if (typeof value !== 'boolean') throw invalidArgument('showGridlines must be a boolean', 'Worksheet.showGridlines');
        sheet.showGridlines = value;
        return;
      default:
        super._writeScalar(name, value, ex, target);
    }
  }

  get id(): string {
    return this._get('id');
  }
  get name(): string {
    return this._get('name');
  }
  set name(v: string) {
    this._set('name', v);
  }
  get position(): number {
    return this._get('position');
  }
  set position(v: number) {
    this._set('position', v);
  }
  get visibility(): string {
    return this._get('visibility');
  }
  set visibility(v: string) {
    this._set('visibility', v);
  }
  get tabColor(): string {
    const v = this._get<string>('tabColor');
    this._gate('Worksheet.tabColor', '1.7');
    return v;
  }
  set tabColor(v: string) {
    this._set('tabColor', v, '1.7');
  }
  get showGridlines(): boolean {
    const v = this._get<boolean>('showGridlines');
    this._gate('Worksheet.showGridlines', '1.8');
    return v;
  }
  set showGridlines(v: boolean) {
    this._set('showGridlines', v, '1.8');
  }

  get charts(): StandinChartCollection {
    if (!this._charts) this._charts = mk(new StandinChartCollection(this.context as Ctx, `${this._path}.Charts`, this), 'ChartCollection');
    return this._charts;
  }
  get customProperties(): StandinWorksheetCustomPropertyCollection {
    this._gate('Worksheet.customProperties', '1.12');
    if (!this._customProperties) {
      this._customProperties = mk(
        new StandinWorksheetCustomPropertyCollection(this.context as Ctx, `${this._path}.CustomProperties`, this),
        'WorksheetCustomPropertyCollection',
      );
    }
    return this._customProperties;
  }
  get freezePanes(): StandinWorksheetFreezePanes {
    this._gate('Worksheet.freezePanes', '1.7');
    if (!this._freezePanes) this._freezePanes = mk(new StandinWorksheetFreezePanes(this.context as Ctx, `${this._path}.FreezePanes`, this), 'WorksheetFreezePanes');
    return this._freezePanes;
  }

  activate(): void {
    this._call('activate', [], (ex) => ex.state.activate(this._sheet(ex, 'activate')));
  }

  delete(): void {
    this._call('delete', [], (ex) => ex.state.deleteSheet(this._sheet(ex, 'delete'), 'Worksheet.delete'));
  }

  /** @internal */
  _sheetOrNull(ex: Exec): SheetState | null {
    const s = this._target(ex) as SheetState | null;
    return s === null ? null : liveSheet(ex, s, 'Worksheet');
  }

  getRange(address?: string): StandinRange {
    if (address === undefined || address === null || address === '') {
      return StandinRange.make(this.context as Ctx, `${this._path}.GetRange()`, (ex) => {
        const sheet = this._sheetOrNull(ex);
        return sheet && { sheet, rect: { row: 0, col: 0, rows: MAX_ROWS, cols: MAX_COLS } };
      });
    }
    let parsed: ReturnType<typeof parseAddress>;
    let gridError: RangeError | undefined;
    try {
      parsed = parseAddress(String(address));
    } catch (e) {
      if (!(e instanceof RangeError)) throw e;
      gridError = e;
    }
    if (!parsed && !gridError) {
      throw new StandinNotImplementedError(`Worksheet.getRange('${address}'): defined names and non-A1 addresses`);
    }
    return StandinRange.make(this.context as Ctx, `${this._path}.GetRange(${q(address)})`, (ex) => {
      if (gridError) throw invalidArgument(gridError.message, 'Worksheet.getRange');
      const sheet = this._sheetOrNull(ex);
      if (!sheet) return null;
      if (parsed!.sheet !== undefined && parsed!.sheet.toLowerCase() !== sheet.name.toLowerCase()) {
        throw invalidArgument(`the address '${address}' names another sheet than '${sheet.name}'`, 'Worksheet.getRange');
      }
      return { sheet, rect: parsed!.rect };
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): StandinRange {
    this._gate('Worksheet.getRangeByIndexes', '1.7');
    return StandinRange.make(this.context as Ctx, `${this._path}.GetRangeByIndexes(${startRow},${startColumn},${rowCount},${columnCount})`, (ex) => {
      const sheet = this._sheetOrNull(ex);
      if (!sheet) return null;
      const rect = { row: startRow, col: startColumn, rows: rowCount, cols: columnCount };
      checkInGrid(rect);
      return { sheet, rect };
    });
  }

  getCell(row: number, column: number): StandinRange {
    return StandinRange.make(this.context as Ctx, `${this._path}.GetCell(${row},${column})`, (ex) => {
      const sheet = this._sheetOrNull(ex);
      if (!sheet) return null;
      const rect = { row, col: column, rows: 1, cols: 1 };
      checkInGrid(rect);
      return { sheet, rect };
    });
  }

  getUsedRange(valuesOnly?: boolean): StandinRange {
    return StandinRange.make(this.context as Ctx, `${this._path}.GetUsedRange(${!!valuesOnly})`, (ex) => {
      const sheet = this._sheetOrNull(ex);
      if (!sheet) return null;
      // "If the entire worksheet is blank, this function will return the top left cell."
      return { sheet, rect: ex.state.usedRect(sheet, !!valuesOnly) ?? { row: 0, col: 0, rows: 1, cols: 1 } };
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): StandinRange {
    this._gate('Worksheet.getUsedRangeOrNullObject', '1.4');
    const r = StandinRange.make(this.context as Ctx, `${this._path}.GetUsedRangeOrNullObject(${!!valuesOnly})`, (ex) => {
      const sheet = this._sheetOrNull(ex);
      if (!sheet) return null;
      const rect = ex.state.usedRect(sheet, !!valuesOnly);
      return rect && { sheet, rect };
    });
    r._instantiate();
    return r;
  }
}

// ---------------------------------------------------------------- freeze panes

export class StandinWorksheetFreezePanes extends StandinClientObject {
  constructor(context: Ctx, path: string, private readonly _ws: StandinWorksheet) {
    super(context, path);
  }
  get _typeName(): string {
    return 'WorksheetFreezePanes';
  }
  _scalarNames(): readonly string[] {
    return [];
  }
  _resolveTarget(ex: Exec): unknown {
    return this._ws._sheetOrNull(ex);
  }
  _readScalar(name: string): unknown {
    throw new StandinNotImplementedError(`WorksheetFreezePanes.${name}`);
  }
  private _count(count: unknown, what: string): number {
    const n = count === undefined ? 1 : count;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) throw invalidArgument(`${what} count ${String(count)}`, `WorksheetFreezePanes.${what}`);
    return n;
  }
  freezeRows(count?: number): void {
    this._call('freezeRows', [count ?? 1], (_ex, t) => {
      (t as SheetState).frozenRows = this._count(count, 'freezeRows');
    });
  }
  freezeColumns(count?: number): void {
    this._call('freezeColumns', [count ?? 1], (_ex, t) => {
      (t as SheetState).frozenColumns = this._count(count, 'freezeColumns');
    });
  }
  unfreeze(): void {
    this._call('unfreeze', [], (_ex, t) => {
      (t as SheetState).frozenRows = 0;
      (t as SheetState).frozenColumns = 0;
    });
  }
  getLocationOrNullObject(): StandinRange {
    const r = StandinRange.make(this.context as Ctx, `${this._path}.GetLocationOrNullObject()`, (ex) => {
      const sheet = this._target(ex) as SheetState | null;
      if (!sheet || (sheet.frozenRows === 0 && sheet.frozenColumns === 0)) return null;
      const rows = sheet.frozenRows || MAX_ROWS;
      const cols = sheet.frozenColumns || MAX_COLS;
      return { sheet, rect: { row: 0, col: 0, rows, cols } };
    });
    r._instantiate();
    return r;
  }
}

// ---------------------------------------------------------------- ranges

export class StandinRange extends StandinClientObject {
  private _format?: StandinRangeFormat;
  private _dataValidation?: StandinDataValidation;
  private _conditionalFormats?: StandinConditionalFormatCollection;
  private _worksheet?: StandinWorksheet;
  private readonly _resolver: (ex: Exec) => RangeTarget | null;

  private constructor(context: Ctx, path: string, resolver: (ex: Exec) => RangeTarget | null) {
    super(context, path);
    this._resolver = resolver;
  }

  /** @internal */
  static make(context: Ctx, path: string, resolver: (ex: Exec) => RangeTarget | null): StandinRange {
    return mk(new StandinRange(context, path, resolver), 'Range');
  }

  /** @internal */
  _instantiate(): void {
    this._enqueue('instantiate', 'instantiate', null, (ex) => void this._target(ex));
  }

  get _typeName(): string {
    return 'Range';
  }
  _scalarNames(): readonly string[] {
    return [
      'address',
      'addressLocal',
      'cellCount',
      'columnCount',
      'columnIndex',
      'formulas',
      'formulasLocal',
      'isEntireColumn',
      'isEntireRow',
      'numberFormat',
      'rowCount',
      'rowIndex',
      'text',
      'values',
      'valueTypes',
    ];
  }
  _navNames(): readonly string[] {
    return ['format', 'dataValidation', 'conditionalFormats', 'worksheet'];
  }
  _navObject(name: string): StandinClientObject {
    switch (name) {
      case 'format':
        return this.format;
      case 'dataValidation':
        return this.dataValidation;
      case 'conditionalFormats':
        return this.conditionalFormats;
      case 'worksheet':
        return this.worksheet;
      default:
        return super._navObject(name);
    }
  }
  _resolveTarget(ex: Exec): unknown {
    const t = this._resolver(ex);
    if (t) liveSheet(ex, t.sheet, 'Range');
    return t;
  }
  /** @internal the range's sheet and rectangle, or null for a null object. */
  _rangeOrNull(ex: Exec): RangeTarget | null {
    const t = this._target(ex) as RangeTarget | null;
    if (t) liveSheet(ex, t.sheet, 'Range');
    return t;
  }
  /** @internal */
  _range(ex: Exec, member: string): RangeTarget {
    const t = this._liveTarget(ex, member) as RangeTarget;
    liveSheet(ex, t.sheet, `Range.${member}`);
    return t;
  }

  _readScalar(name: string, ex: Exec, target: unknown): unknown {
    const { sheet, rect } = target as RangeTarget;
    liveSheet(ex, sheet, `Range.${name}`);
    const st = ex.state;
    if (CELL_LEVEL.has(name)) {
      // learn.microsoft.com, "Read or write to an unbounded range": cell-level properties of an
      // unbounded range come back as null.
      if (isEntireColumns(rect) || isEntireRows(rect)) return null;
      const limit = ex.core.limits.readCells;
      if (limit !== null && cellCount(rect) > limit) {
        throw new StandinOfficeError('RangeExceedsLimit', undefined, `Range.${name}`, `read of ${cellCount(rect)} cells`);
      }
    }
    switch (name) {
      case 'address':
      case 'addressLocal':
        return fullAddress(sheet.name, rect);
      case 'cellCount':
        return cellCount(rect);
      case 'columnCount':
        return rect.cols;
      case 'rowCount':
        return rect.rows;
      case 'columnIndex':
        return rect.col;
      case 'rowIndex':
        return rect.row;
      case 'isEntireColumn':
        return isEntireColumns(rect);
      case 'isEntireRow':
        return isEntireRows(rect);
      case 'values':
        return st.readValues(sheet, rect);
      case 'formulas':
      case 'formulasLocal':
        return st.readFormulas(sheet, rect);
      case 'numberFormat':
        return st.readNumberFormats(sheet, rect);
      case 'text':
        return st.readText(sheet, rect);
      case 'valueTypes':
        return st.readValueTypes(sheet, rect);
      default:
        throw new StandinNotImplementedError(`Range.${name}`);
    }
  }

  _writeScalar(name: string, value: unknown, ex: Exec, target: unknown): void {
    const { sheet, rect } = target as RangeTarget;
    liveSheet(ex, sheet, `Range.${name}`);
    switch (name) {
      case 'values':
      case 'formulas':
      case 'formulasLocal':
        return ex.state.writeContents(sheet, rect, value, `Range.${name}`);
      case 'numberFormat':
        return ex.state.writeNumberFormat(sheet, rect, value, 'Range.numberFormat');
      default:
        super._writeScalar(name, value, ex, target);
    }
  }

  get address(): string {
    return this._get('address');
  }
  get addressLocal(): string {
    return this._get('addressLocal');
  }
  get cellCount(): number {
    return this._get('cellCount');
  }
  get columnCount(): number {
    return this._get('columnCount');
  }
  get rowCount(): number {
    return this._get('rowCount');
  }
  get columnIndex(): number {
    return this._get('columnIndex');
  }
  get rowIndex(): number {
    return this._get('rowIndex');
  }
  get isEntireColumn(): boolean {
    const v = this._get<boolean>('isEntireColumn');
    this._gate('Range.isEntireColumn', '1.7');
    return v;
  }
  get isEntireRow(): boolean {
    const v = this._get<boolean>('isEntireRow');
    this._gate('Range.isEntireRow', '1.7');
    return v;
  }
  get values(): any[][] {
    return this._get('values');
  }
  set values(v: any[][]) {
    this._set('values', v);
  }
  get formulas(): any[][] {
    return this._get('formulas');
  }
  set formulas(v: any[][]) {
    this._set('formulas', v);
  }
  get formulasLocal(): any[][] {
    return this._get('formulasLocal');
  }
  set formulasLocal(v: any[][]) {
    this._set('formulasLocal', v);
  }
  get numberFormat(): any[][] {
    return this._get('numberFormat');
  }
  set numberFormat(v: any[][]) {
    this._set('numberFormat', v);
  }
  get text(): string[][] {
    return this._get('text');
  }
  get valueTypes(): string[][] {
    return this._get('valueTypes');
  }

  get format(): StandinRangeFormat {
    if (!this._format) this._format = mk(new StandinRangeFormat(this.context as Ctx, `${this._path}.Format`, this), 'RangeFormat');
    return this._format;
  }
  get dataValidation(): StandinDataValidation {
    this._gate('Range.dataValidation', '1.8');
    if (!this._dataValidation) this._dataValidation = mk(new StandinDataValidation(this.context as Ctx, `${this._path}.DataValidation`, this), 'DataValidation');
    return this._dataValidation;
  }
  get conditionalFormats(): StandinConditionalFormatCollection {
    this._gate('Range.conditionalFormats', '1.6');
    if (!this._conditionalFormats) {
      this._conditionalFormats = mk(
        new StandinConditionalFormatCollection(this.context as Ctx, `${this._path}.ConditionalFormats`, this),
        'ConditionalFormatCollection',
      );
    }
    return this._conditionalFormats;
  }
  get worksheet(): StandinWorksheet {
    if (!this._worksheet) {
      this._worksheet = StandinWorksheet.make(this.context as Ctx, `${this._path}.Worksheet`, (ex) => this._rangeOrNull(ex)?.sheet ?? null);
    }
    return this._worksheet;
  }

  private _derive(member: string, args: unknown[], f: (rect: Rect) => Rect): StandinRange {
    return StandinRange.make(this.context as Ctx, `${this._path}.${member}(${args.map((a) => q(a)).join(',')})`, (ex) => {
      const t = this._rangeOrNull(ex);
      if (!t) return null;
      const rect = f(t.rect);
      checkInGrid(rect);
      return { sheet: t.sheet, rect };
    });
  }

  getCell(row: number, column: number): StandinRange {
    return this._derive('GetCell', [row, column], (r) => ({ row: r.row + row, col: r.col + column, rows: 1, cols: 1 }));
  }
  getRow(row: number): StandinRange {
    return this._derive('GetRow', [row], (r) => {
      if (row < 0 || row >= r.rows) throw invalidArgument(`row ${row} is outside the range`, 'Range.getRow');
      return { row: r.row + row, col: r.col, rows: 1, cols: r.cols };
    });
  }
  getColumn(column: number): StandinRange {
    return this._derive('GetColumn', [column], (r) => {
      if (column < 0 || column >= r.cols) throw invalidArgument(`column ${column} is outside the range`, 'Range.getColumn');
      return { row: r.row, col: r.col + column, rows: r.rows, cols: 1 };
    });
  }
  getEntireColumn(): StandinRange {
    return this._derive('GetEntireColumn', [], (r) => ({ row: 0, col: r.col, rows: MAX_ROWS, cols: r.cols }));
  }
  getEntireRow(): StandinRange {
    return this._derive('GetEntireRow', [], (r) => ({ row: r.row, col: 0, rows: r.rows, cols: MAX_COLS }));
  }
  getOffsetRange(rowOffset: number, columnOffset: number): StandinRange {
    return this._derive('GetOffsetRange', [rowOffset, columnOffset], (r) => ({ ...r, row: r.row + rowOffset, col: r.col + columnOffset }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): StandinRange {
    this._gate('Range.getResizedRange', '1.3');
    return this._derive('GetResizedRange', [deltaRows, deltaColumns], (r) => ({ ...r, rows: r.rows + deltaRows, cols: r.cols + deltaColumns }));
  }
  getAbsoluteResizedRange(numRows: number, numColumns: number): StandinRange {
    this._gate('Range.getAbsoluteResizedRange', '1.7');
    return this._derive('GetAbsoluteResizedRange', [numRows, numColumns], (r) => ({ ...r, rows: numRows, cols: numColumns }));
  }
  getLastCell(): StandinRange {
    return this._derive('GetLastCell', [], (r) => ({ row: r.row + r.rows - 1, col: r.col + r.cols - 1, rows: 1, cols: 1 }));
  }
  getLastRow(): StandinRange {
    return this._derive('GetLastRow', [], (r) => ({ row: r.row + r.rows - 1, col: r.col, rows: 1, cols: r.cols }));
  }
  getLastColumn(): StandinRange {
    return this._derive('GetLastColumn', [], (r) => ({ row: r.row, col: r.col + r.cols - 1, rows: r.rows, cols: 1 }));
  }
  getBoundingRect(anotherRange: StandinRange | string): StandinRange {
    return StandinRange.make(this.context as Ctx, `${this._path}.GetBoundingRect(...)`, (ex) => {
      const t = this._rangeOrNull(ex);
      if (!t) return null;
      let other: Rect;
      if (typeof anotherRange === 'string') {
        const p = parseAddress(anotherRange);
        if (!p) throw new StandinNotImplementedError(`Range.getBoundingRect('${anotherRange}') with a defined name`);
        other = p.rect;
      } else {
        const o = anotherRange._rangeOrNull(ex);
        if (!o || o.sheet !== t.sheet) throw invalidArgument('the ranges are on different sheets', 'Range.getBoundingRect');
        other = o.rect;
      }
      const row = Math.min(t.rect.row, other.row);
      const col = Math.min(t.rect.col, other.col);
      const rows = Math.max(t.rect.row + t.rect.rows, other.row + other.rows) - row;
      const cols = Math.max(t.rect.col + t.rect.cols, other.col + other.cols) - col;
      return { sheet: t.sheet, rect: { row, col, rows, cols } };
    });
  }
  private _usedWithin(member: string, valuesOnly: boolean, orNull: boolean): StandinRange {
    const r = StandinRange.make(this.context as Ctx, `${this._path}.${member}(${valuesOnly})`, (ex) => {
      const t = this._rangeOrNull(ex);
      if (!t) return null;
      const used = ex.state.usedRect(t.sheet, valuesOnly);
      if (!used || !intersects(used, t.rect)) {
        if (orNull) return null;
        throw new StandinOfficeError('ItemNotFound', "The requested resource doesn't exist. (no used cells in the range)", `Range.${member}`);
      }
      const row = Math.max(used.row, t.rect.row);
      const col = Math.max(used.col, t.rect.col);
      const rows = Math.min(used.row + used.rows, t.rect.row + t.rect.rows) - row;
      const cols = Math.min(used.col + used.cols, t.rect.col + t.rect.cols) - col;
      return { sheet: t.sheet, rect: { row, col, rows, cols } };
    });
    if (orNull) r._instantiate();
    return r;
  }
  getUsedRange(valuesOnly?: boolean): StandinRange {
    return this._usedWithin('GetUsedRange', !!valuesOnly, false);
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): StandinRange {
    this._gate('Range.getUsedRangeOrNullObject', '1.4');
    return this._usedWithin('GetUsedRangeOrNullObject', !!valuesOnly, true);
  }

  select(): void {
    this._call('select', [], (ex) => {
      const t = this._range(ex, 'select');
      ex.state.select(t.sheet, t.rect);
    });
  }

  merge(across?: boolean): void {
    this._gate('Range.merge', '1.2');
    this._call('merge', [!!across], (ex) => {
      const t = this._range(ex, 'merge');
      ex.state.merge(t.sheet, t.rect, !!across, 'Range.merge');
    });
  }

  unmerge(): void {
    this._gate('Range.unmerge', '1.2');
    this._call('unmerge', [], (ex) => {
      const t = this._range(ex, 'unmerge');
      ex.state.unmerge(t.sheet, t.rect);
    });
  }

  clear(applyTo?: string): void {
    const how = applyTo ?? 'All';
    if (!['All', 'Contents', 'Formats'].includes(how)) throw new StandinNotImplementedError(`Range.clear('${how}')`);
    this._call('clear', [how], (ex) => {
      const t = this._range(ex, 'clear');
      if (how === 'All' || how === 'Contents') ex.state.clearContents(t.sheet, t.rect);
      if (how === 'All' || how === 'Formats') ex.state.clearFormats(t.sheet, t.rect, `Range.clear('${how}')`);
    });
  }
}

// ---------------------------------------------------------------- range format

abstract class RangePart extends StandinClientObject {
  constructor(context: Ctx, path: string, protected readonly _rangeProxy: StandinRange) {
    super(context, path);
  }
  _resolveTarget(ex: Exec): unknown {
    return this._rangeProxy._rangeOrNull(ex);
  }
  /** @internal */
  _uniform(ex: Exec, target: unknown, key: StyleKey): unknown {
    const { sheet, rect } = target as RangeTarget;
    return ex.state.uniformStyle(sheet, rect, key);
  }
  /** @internal */
  _style(ex: Exec, target: unknown, key: StyleKey, value: unknown): void {
    const { sheet, rect } = target as RangeTarget;
    ex.state.setStyle(sheet, rect, key, value);
  }
}

/** Approximate text width of Calibri 11 in points: (7 px per character + 5 px padding) × 0.75. */
function autofitWidth(texts: string[]): number | null {
  const longest = Math.max(0, ...texts.flatMap((t) => t.split('\n')).map((t) => t.length));
  if (longest === 0) return null;
  return Math.round((longest * 7 + 5) * 0.75 * 100) / 100;
}

export class StandinRangeFormat extends RangePart {
  private _font?: StandinRangeFont;
  private _fill?: StandinRangeFill;
  get _typeName(): string {
    return 'RangeFormat';
  }
  _scalarNames(): readonly string[] {
    return ['columnWidth', 'rowHeight', 'wrapText', 'horizontalAlignment', 'verticalAlignment'];
  }
  _navNames(): readonly string[] {
    return ['font', 'fill'];
  }
  _navObject(name: string): StandinClientObject {
    if (name === 'font') return this.font;
    if (name === 'fill') return this.fill;
    return super._navObject(name);
  }
  _readScalar(name: string, ex: Exec, target: unknown): unknown {
    const { sheet, rect } = target as RangeTarget;
    switch (name) {
      case 'columnWidth': {
        if (rect.cols === MAX_COLS) return sheet.columnWidths.size === 0 ? ex.state.columnWidthOf(sheet, 0) : null;
        const w = ex.state.columnWidthOf(sheet, rect.col);
        for (let c = rect.col + 1; c < rect.col + rect.cols; c++) if (ex.state.columnWidthOf(sheet, c) !== w) return null;
        return w;
      }
      case 'rowHeight': {
        if (rect.rows === MAX_ROWS) return sheet.rowHeights.size === 0 ? ex.state.rowHeightOf(sheet, 0) : null;
        const h = ex.state.rowHeightOf(sheet, rect.row);
        for (let r = rect.row + 1; r < rect.row + rect.rows; r++) if (ex.state.rowHeightOf(sheet, r) !== h) return null;
        return h;
      }
      case 'wrapText':
        return this._uniform(ex, target, 'wrapText');
      case 'horizontalAlignment':
        return this._uniform(ex, target, 'horizontalAlignment');
      case 'verticalAlignment':
        return this._uniform(ex, target, 'verticalAlignment');
      default:
        throw new StandinNotImplementedError(`RangeFormat.${name}`);
    }
  }
  _writeScalar(name: string, value: unknown, ex: Exec, target: unknown): void {
    const { sheet, rect } = target as RangeTarget;
    switch (name) {
      case 'columnWidth':
        if (typeof value !== 'number' || !(value >= 0)) throw invalidArgument(`column width ${String(value)}`, 'RangeFormat.columnWidth');
        for (let c = rect.col; c < rect.col + rect.cols; c++) sheet.columnWidths.set(c, value);
        return;
      case 'rowHeight':
        if (typeof value !== 'number' || !(value >= 0)) throw invalidArgument(`row height ${String(value)}`, 'RangeFormat.rowHeight');
        if (rect.rows > 100000) throw new StandinNotImplementedError('RangeFormat.rowHeight on more than 100 000 rows');
        for (let r = rect.row; r < rect.row + rect.rows; r++) sheet.rowHeights.set(r, value);
        return;
      case 'wrapText':
        if (typeof value !== 'boolean') throw invalidArgument('wrapText must be a boolean', 'RangeFormat.wrapText');
        return this._style(ex, target, 'wrapText', value);
      case 'horizontalAlignment':
        if (!HORIZONTAL.includes(value as string)) throw invalidArgument(`horizontalAlignment '${String(value)}'`, 'RangeFormat.horizontalAlignment');
        return this._style(ex, target, 'horizontalAlignment', value);
      case 'verticalAlignment':
        if (!VERTICAL.includes(value as string)) throw invalidArgument(`verticalAlignment '${String(value)}'`, 'RangeFormat.verticalAlignment');
        return this._style(ex, target, 'verticalAlignment', value);
      default:
        super._writeScalar(name, value, ex, target);
    }
  }

  get columnWidth(): number {
    const v = this._get<number>('columnWidth');
    this._gate('RangeFormat.columnWidth', '1.2');
    return v;
  }
  set columnWidth(v: number) {
    this._set('columnWidth', v, '1.2');
  }
  get rowHeight(): number {
    const v = this._get<number>('rowHeight');
    this._gate('RangeFormat.rowHeight', '1.2');
    return v;
  }
  set rowHeight(v: number) {
    this._set('rowHeight', v, '1.2');
  }
  get wrapText(): boolean {
    return this._get('wrapText');
  }
  set wrapText(v: boolean) {
    this._set('wrapText', v);
  }
  get horizontalAlignment(): string {
    return this._get('horizontalAlignment');
  }
  set horizontalAlignment(v: string) {
    this._set('horizontalAlignment', v);
  }
  get verticalAlignment(): string {
    return this._get('verticalAlignment');
  }
  set verticalAlignment(v: string) {
    this._set('verticalAlignment', v);
  }
  get font(): StandinRangeFont {
    if (!this._font) this._font = mk(new StandinRangeFont(this.context as Ctx, `${this._path}.Font`, this._rangeProxy), 'RangeFont');
    return this._font;
  }
  get fill(): StandinRangeFill {
    if (!this._fill) this._fill = mk(new StandinRangeFill(this.context as Ctx, `${this._path}.Fill`, this._rangeProxy), 'RangeFill');
    return this._fill;
  }

  /**
   * Approximation: the width of the longest displayed text in each column (Calibri 11), over the
   * used cells of the range; columns without text keep their width.
   */
  autofitColumns(): void {
    this._gate('RangeFormat.autofitColumns', '1.2');
    this._call('autofitColumns', [], (ex, t) => {
      const { sheet, rect } = t as RangeTarget;
      const used = ex.state.usedRect(sheet, true);
      if (!used || !intersects(used, rect)) return;
      const row = Math.max(used.row, rect.row);
      const rows = Math.min(used.row + used.rows, rect.row + rect.rows) - row;
      const col0 = Math.max(used.col, rect.col);
      const col1 = Math.min(used.col + used.cols, rect.col + rect.cols);
      for (let c = col0; c < col1; c++) {
        const texts = ex.state.readText(sheet, { row, col: c, rows, cols: 1 }).map((r) => r[0]);
        const w = autofitWidth(texts);
        if (w !== null) sheet.columnWidths.set(c, w);
      }
    });
  }

  /** Approximation: 15 pt per line, lines of wrapped cells estimated from text length and column width. */
  autofitRows(): void {
    this._gate('RangeFormat.autofitRows', '1.2');
    this._call('autofitRows', [], (ex, t) => {
      const { sheet, rect } = t as RangeTarget;
      const used = ex.state.usedRect(sheet, true);
      if (!used || !intersects(used, rect)) return;
      const row0 = Math.max(used.row, rect.row);
      const row1 = Math.min(used.row + used.rows, rect.row + rect.rows);
      for (let r = row0; r < row1; r++) {
        let lines = 1;
        for (let c = used.col; c < used.col + used.cols; c++) {
          const text = ex.state.readText(sheet, { row: r, col: c, rows: 1, cols: 1 })[0][0];
          if (!text) continue;
          const wraps = ex.state.styleAt(sheet, r, c, 'wrapText') === true;
          const perLine = Math.max(1, Math.floor((ex.state.columnWidthOf(sheet, c) / 0.75 - 5) / 7));
          const n = text.split('\n').reduce((acc, part) => acc + (wraps ? Math.max(1, Math.ceil(part.length / perLine)) : 1), 0);
          lines = Math.max(lines, n);
        }
        sheet.rowHeights.set(r, 15 * lines);
      }
    });
  }
}

export class StandinRangeFont extends RangePart {
  get _typeName(): string {
    return 'RangeFont';
  }
  _scalarNames(): readonly string[] {
    return ['bold', 'italic', 'color', 'size', 'name'];
  }
  private static readonly KEYS: Record<string, StyleKey> = { bold: 'bold', italic: 'italic', color: 'fontColor', size: 'fontSize', name: 'fontName' };
  _readScalar(name: string, ex: Exec, target: unknown): unknown {
    const key = StandinRangeFont.KEYS[name];
    if (!key) throw new StandinNotImplementedError(`RangeFont.${name}`);
    return this._uniform(ex, target, key);
  }
  _writeScalar(name: string, value: unknown, ex: Exec, target: unknown): void {
    const where = `RangeFont.${name}`;
    switch (name) {
      case 'bold':
      case 'italic':
        if (typeof value !== 'boolean') throw invalidArgument(`${name} must be a boolean`, where);
        return this._style(ex, target, name, value);
      case 'color':
        return this._style(ex, target, 'fontColor', normaliseColour(value, where));
      case 'size':
        if (typeof value !== 'number' || value < 1 || value > 409) throw invalidArgument(`font size ${String(value)}`, where);
        return this._style(ex, target, 'fontSize', value);
      case 'name':
        if (typeof value !== 'string' || value === '') throw invalidArgument(`font name ${String(value)}`, where);
        return this._style(ex, target, 'fontName', value);
      default:
        super._writeScalar(name, value, ex, target);
    }
  }
  get bold(): boolean {
    return this._get('bold');
  }
  set bold(v: boolean) {
    this._set('bold', v);
  }
  get italic(): boolean {
    return this._get('italic');
  }
  set italic(v: boolean) {
    this._set('italic', v);
  }
  get color(): string {
    return this._get('color');
  }
  set color(v: string) {
    this._set('color', v);
  }
  get size(): number {
    return this._get('size');
  }
  set size(v: number) {
    this._set('size', v);
  }
  get name(): string {
    return this._get('name');
  }
  set name(v: string) {
    this._set('name', v);
  }
}

export class StandinRangeFill extends RangePart {
  get _typeName(): string {
    return 'RangeFill';
  }
  _scalarNames(): readonly string[] {
    return ['color'];
  }
  _readScalar(name: string, ex: Exec, target: unknown): unknown {
    if (name !== 'color') throw new StandinNotImplementedError(`RangeFill.${name}`);
    const v = this._uniform(ex, target, 'fill');
    // Excel reports "no fill" as white.
    return v === null && this._isUniformNoFill(ex, target) ? '#FFFFFF' : v;
  }
  private _isUniformNoFill(ex: Exec, target: unknown): boolean {
    const { sheet, rect } = target as RangeTarget;
    return ex.state.styleAt(sheet, rect.row, rect.col, 'fill') === null;
  }
  _writeScalar(name: string, value: unknown, ex: Exec, target: unknown): void {
    if (name !== 'color') return super._writeScalar(name, value, ex, target);
    this._style(ex, target, 'fill', normaliseColour(value, 'RangeFill.color'));
  }
  get color(): string {
    return this._get('color');
  }
  set color(v: string) {
    this._set('color', v);
  }
  clear(): void {
    this._call('clear', [], (ex, t) => this._style(ex, t, 'fill', null));
  }
}

// ---------------------------------------------------------------- data validation

function checkDataValidationRule(rule: unknown, ex: Exec, sheet: SheetState): Record<string, unknown> {
  const where = 'DataValidation.rule';
  if (!rule || typeof rule !== 'object') throw invalidArgument('rule must be an object', where);
  const entries = Object.entries(rule as Record<string, unknown>).filter(([, v]) => v !== undefined && v !== null);
  if (entries.length !== 1) throw invalidArgument(`a rule has exactly one of wholeNumber, decimal, textLength, date, time, list, custom (got ${entries.length})`, where);
  const [kind, spec] = entries[0];
  if (!spec || typeof spec !== 'object') throw invalidArgument(`${kind} must be an object`, where);
  const s = spec as Record<string, unknown>;
  switch (kind) {
    case 'wholeNumber':
    case 'decimal':
    case 'textLength':
    case 'date':
    case 'time': {
      if (!DV_OPERATORS.includes(s.operator as string)) throw invalidArgument(`operator '${String(s.operator)}'`, where);
      if (s.formula1 === undefined || s.formula1 === null || s.formula1 === '') throw invalidArgument('formula1 is required', where);
      const two = s.operator === 'Between' || s.operator === 'NotBetween';
      if (two && (s.formula2 === undefined || s.formula2 === null || s.formula2 === '')) throw invalidArgument(`formula2 is required with ${s.operator}`, where);
      for (const f of [s.formula1, s.formula2]) {
        if (typeof f === 'string' && f.startsWith('=') && !ex.state.hf.validateFormula(f)) throw invalidArgument(`'${f}' is not a valid formula`, where);
      }
      const out: Record<string, unknown> = { formula1: s.formula1, operator: s.operator };
      if (two) out.formula2 = s.formula2;
      return { [kind]: out };
    }
    case 'list': {
      let source = s.source;
      if (source instanceof StandinRange) {
        const t = source._rangeOrNull(ex);
        if (!t) throw invalidArgument('the list source range does not exist', where);
        const abs = rectToA1(t.rect).replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
        source = t.sheet === sheet ? `=${abs}` : `=${quoteSheetName(t.sheet.name)}!${abs}`;
      }
      if (typeof source !== 'string' || source === '') throw invalidArgument('list.source must be a string or a Range', where);
      return { list: { inCellDropDown: s.inCellDropDown === undefined ? true : !!s.inCellDropDown, source } };
    }
    case 'custom': {
      const f = s.formula;
      if (typeof f !== 'string' || f === '') throw invalidArgument('custom.formula is required', where);
      if (f.startsWith('=') && !ex.state.hf.validateFormula(f)) throw invalidArgument(`'${f}' is not a valid formula`, where);
      return { custom: { formula: f } };
    }
    default:
      throw invalidArgument(`unknown rule type '${kind}'`, where);
  }
}

export class StandinDataValidation extends RangePart {
  get _typeName(): string {
    return 'DataValidation';
  }
  _scalarNames(): readonly string[] {
    return ['rule', 'errorAlert', 'prompt', 'ignoreBlanks', 'type'];
  }
  _readScalar(name: string, ex: Exec, target: unknown): unknown {
    const { sheet, rect } = target as RangeTarget;
    const { mixed, dv } = ex.state.uniformDataValidation(sheet, rect);
    switch (name) {
      case 'type':
        return mixed ? 'Inconsistent' : WorkbookState.dvType(dv);
      case 'rule':
        return mixed ? null : dv?.rule ?? {};
      case 'errorAlert':
        return mixed ? null : { ...(dv?.errorAlert ?? { showAlert: true, style: 'Stop', title: '', message: '' }) };
      case 'prompt':
        return mixed ? null : { ...(dv?.prompt ?? { showPrompt: false, title: '', message: '' }) };
      case 'ignoreBlanks':
        return mixed ? null : dv?.ignoreBlanks ?? true;
      default:
        throw new StandinNotImplementedError(`DataValidation.${name}`);
    }
  }
  _writeScalar(name: string, value: unknown, ex: Exec, target: unknown): void {
    const { sheet, rect } = target as RangeTarget;
    const where = `DataValidation.${name}`;
    switch (name) {
      case 'rule':
        return ex.state.patchDataValidation(sheet, rect, { kind: 'rule', value: checkDataValidationRule(value, ex, sheet) });
      case 'errorAlert': {
        if (!value || typeof value !== 'object') throw invalidArgument('errorAlert must be an object', where);
        const v = value as Record<string, unknown>;
        if (v.style !== undefined && !ALERT_STYLES.includes(v.style as string)) throw invalidArgument(`style '${String(v.style)}'`, where);
        for (const k of Object.keys(v)) if (!['showAlert', 'style', 'title', 'message'].includes(k)) throw invalidArgument(`unknown errorAlert property '${k}'`, where);
        return ex.state.patchDataValidation(sheet, rect, { kind: 'errorAlert', value: v as never });
      }
      case 'prompt': {
        if (!value || typeof value !== 'object') throw invalidArgument('prompt must be an object', where);
        const v = value as Record<string, unknown>;
        for (const k of Object.keys(v)) if (!['showPrompt', 'title', 'message'].includes(k)) throw invalidArgument(`unknown prompt property '${k}'`, where);
        return ex.state.patchDataValidation(sheet, rect, { kind: 'prompt', value: v as never });
      }
      case 'ignoreBlanks':
        if (typeof value !== 'boolean') throw invalidArgument('ignoreBlanks must be a boolean', where);
        return ex.state.patchDataValidation(sheet, rect, { kind: 'ignoreBlanks', value });
      default:
        super._writeScalar(name, value, ex, target);
    }
  }
  get rule(): any {
    return this._get('rule');
  }
  set rule(v: any) {
    this._set('rule', v);
  }
  get errorAlert(): any {
    return this._get('errorAlert');
  }
  set errorAlert(v: any) {
    this._set('errorAlert', v);
  }
  get prompt(): any {
    return this._get('prompt');
  }
  set prompt(v: any) {
    this._set('prompt', v);
  }
  get ignoreBlanks(): boolean {
    return this._get('ignoreBlanks');
  }
  set ignoreBlanks(v: boolean) {
    this._set('ignoreBlanks', v);
  }
  get type(): string {
    return this._get('type');
  }
  clear(): void {
    this._call('clear', [], (ex, t) => {
      const { sheet, rect } = t as RangeTarget;
      ex.state.patchDataValidation(sheet, rect, { kind: 'clear' });
    });
  }
}

// ---------------------------------------------------------------- conditional formats

interface CFTarget {
  sheet: SheetState;
  cf: ConditionalFormatState;
}

function liveCF(ex: Exec, id: string): CFTarget {
  const found = ex.state.findConditionalFormat(id);
  if (!found) throw new StandinOfficeError('ItemNotFound', "The requested resource doesn't exist. (the conditional format was deleted)");
  return found;
}

const CF_SCALARS = ['id', 'type', 'priority', 'stopIfTrue'];

function readCFScalar(t: CFTarget, name: string): unknown {
  switch (name) {
    case 'id':
      return t.cf.id;
    case 'type':
      return t.cf.type;
    case 'priority':
      return t.sheet.conditionalFormats.indexOf(t.cf);
    case 'stopIfTrue':
      return t.cf.stopIfTrue;
    default:
      throw new StandinNotImplementedError(`ConditionalFormat.${name}`);
  }
}

export class StandinConditionalFormatCollection extends StandinCollection<StandinConditionalFormat> {
  constructor(context: Ctx, path: string, private readonly _rangeProxy: StandinRange) {
    super(context, path);
  }
  get _typeName(): string {
    return 'ConditionalFormatCollection';
  }
  _resolveTarget(ex: Exec): unknown {
    return this._rangeProxy._rangeOrNull(ex);
  }
  _refs(_ex: Exec, target: unknown): unknown[] {
    const { sheet, rect } = target as RangeTarget;
    return sheet.conditionalFormats.filter((cf) => intersects(cf.rect, rect)).map((cf) => cf.id);
  }
  _itemFor(ref: unknown): StandinConditionalFormat {
    return StandinConditionalFormat.make(this.context as Ctx, `${this._path}.GetItem(${q(ref)})`, (ex) => liveCF(ex, ref as string));
  }
  _itemScalarNames(): readonly string[] {
    return CF_SCALARS;
  }
  _readItemScalar(ref: unknown, name: string, ex: Exec): unknown {
    return readCFScalar(liveCF(ex, ref as string), name);
  }

  add(type: string): StandinConditionalFormat {
    if (type !== 'Custom' && type !== 'CellValue') {
      throw new StandinNotImplementedError(`ConditionalFormatCollection.add('${type}') (only 'Custom' and 'CellValue' are modelled)`);
    }
    const cf = StandinConditionalFormat.make(this.context as Ctx, `${this._path}.Add(${q(type)})`, () => {
      throw new StandinOfficeError('ItemNotFound', "The requested resource doesn't exist. (the conditional format was not added)");
    });
    this._call('add', [type], (ex, t) => {
      const { sheet, rect } = t as RangeTarget;
      liveSheet(ex, sheet, 'ConditionalFormatCollection.add');
      const state = ex.state.addConditionalFormat(sheet, rect, type);
      cf._resolved = { value: { sheet, cf: state } };
      ex.appliers.push(() => {
        cf._isNull = false;
      });
    });
    return cf;
  }

  getCount(): StandinClientResult<number> {
    return this._callResult('getCount', [], (ex, t) => this._refs(ex, t).length);
  }

  getItem(id: string): StandinConditionalFormat {
    return StandinConditionalFormat.make(this.context as Ctx, `${this._path}.GetItem(${q(id)})`, (ex) => liveCF(ex, id));
  }

  getItemAt(index: number): StandinConditionalFormat {
    return StandinConditionalFormat.make(this.context as Ctx, `${this._path}.GetItemAt(${index})`, (ex) => {
      const t = this._liveTarget(ex, 'getItemAt');
      const refs = this._refs(ex, t);
      if (!Number.isInteger(index) || index < 0 || index >= refs.length) {
        throw new StandinOfficeError('ItemNotFound', `The requested resource doesn't exist. (index ${index} of ${refs.length})`, 'ConditionalFormatCollection.getItemAt');
      }
      return liveCF(ex, refs[index] as string);
    });
  }

  clearAll(): void {
    this._call('clearAll', [], (_ex, t) => {
      const { sheet, rect } = t as RangeTarget;
      const hit = sheet.conditionalFormats.filter((cf) => intersects(cf.rect, rect));
      if (hit.some((cf) => !contains(rect, cf.rect))) {
        throw new StandinNotImplementedError('ConditionalFormatCollection.clearAll on a range that cuts a conditional format (Excel would split it)');
      }
      sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => !hit.includes(cf));
    });
  }
}

export class StandinConditionalFormat extends StandinClientObject {
  private _custom?: StandinCustomConditionalFormat;
  private _cellValue?: StandinCellValueConditionalFormat;
  private constructor(context: Ctx, path: string, private readonly _resolver: (ex: Exec) => CFTarget | null) {
    super(context, path);
  }
  /** @internal */
  static make(context: Ctx, path: string, resolver: (ex: Exec) => CFTarget | null): StandinConditionalFormat {
    return mk(new StandinConditionalFormat(context, path, resolver), 'ConditionalFormat');
  }
  get _typeName(): string {
    return 'ConditionalFormat';
  }
  _scalarNames(): readonly string[] {
    return CF_SCALARS;
  }
  _navNames(): readonly string[] {
    return ['custom', 'cellValue'];
  }
  _navObject(name: string): StandinClientObject {
    if (name === 'custom') return this.custom;
    if (name === 'cellValue') return this.cellValue;
    return super._navObject(name);
  }
  _resolveTarget(ex: Exec): unknown {
    return this._resolver(ex);
  }
  /** @internal the live conditional format (it may have been deleted since). */
  _cf(ex: Exec, member: string): CFTarget {
    const t = this._liveTarget(ex, member) as CFTarget;
    return liveCF(ex, t.cf.id);
  }
  _readScalar(name: string, ex: Exec, target: unknown): unknown {
    return readCFScalar(liveCF(ex, (target as CFTarget).cf.id), name);
  }
  _writeScalar(name: string, value: unknown, ex: Exec, target: unknown): void {
    const t = liveCF(ex, (target as CFTarget).cf.id);
    switch (name) {
      case 'priority': {
        if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) throw invalidArgument(`priority ${String(value)}`, 'ConditionalFormat.priority');
        const list = t.sheet.conditionalFormats;
        list.splice(list.indexOf(t.cf), 1);
        list.splice(Math.min(value, list.length), 0, t.cf);
        return;
      }
      case 'stopIfTrue':
        if (typeof value !== 'boolean') throw invalidArgument('stopIfTrue must be a boolean', 'ConditionalFormat.stopIfTrue');
        t.cf.stopIfTrue = value;
        return;
      default:
        super._writeScalar(name, value, ex, target);
    }
  }
  get id(): string {
    return this._get('id');
  }
  get type(): string {
    return this._get('type');
  }
  get priority(): number {
    return this._get('priority');
  }
  set priority(v: number) {
    this._set('priority', v);
  }
  get stopIfTrue(): boolean {
    return this._get('stopIfTrue');
  }
  set stopIfTrue(v: boolean) {
    this._set('stopIfTrue', v);
  }
  get custom(): StandinCustomConditionalFormat {
    if (!this._custom) this._custom = mk(new StandinCustomConditionalFormat(this.context as Ctx, `${this._path}.Custom`, this, 'Custom'), 'CustomConditionalFormat');
    return this._custom;
  }
  get cellValue(): StandinCellValueConditionalFormat {
    if (!this._cellValue) {
      this._cellValue = mk(new StandinCellValueConditionalFormat(this.context as Ctx, `${this._path}.CellValue`, this, 'CellValue'), 'CellValueConditionalFormat');
    }
    return this._cellValue;
  }
  getRange(): StandinRange {
    return StandinRange.make(this.context as Ctx, `${this._path}.GetRange()`, (ex) => {
      const t = this._cf(ex, 'getRange');
      return { sheet: t.sheet, rect: { ...t.cf.rect } };
    });
  }
  delete(): void {
    this._call('delete', [], (ex) => {
      const t = this._cf(ex, 'delete');
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((c) => c !== t.cf);
    });
  }
}

/** Parts of a conditional format (custom, cellValue, rule, format, fill, font): their target is the CF. */
abstract class CFPart extends StandinClientObject {
  constructor(context: Ctx, path: string, protected readonly _owner: StandinConditionalFormat, protected readonly _needType?: 'Custom' | 'CellValue') {
    super(context, path);
  }
  _resolveTarget(ex: Exec): unknown {
    const t = this._owner._target(ex) as CFTarget | null;
    if (!t) return null;
    const live = liveCF(ex, t.cf.id);
    if (this._needType && live.cf.type !== this._needType) {
      throw new StandinOfficeError(
        'InvalidOperation',
        `The operation attempted is invalid on the object. (${this._typeName} of a '${live.cf.type}' conditional format)`,
        this._typeName,
      );
    }
    return live;
  }
  _scalarNames(): readonly string[] {
    return [];
  }
  _readScalar(name: string, _ex: Exec, _target: unknown): unknown {
    throw new StandinNotImplementedError(`${this._typeName}.${name}`);
  }
}

export class StandinCustomConditionalFormat extends CFPart {
  private _rule?: StandinConditionalFormatRule;
  private _format?: StandinConditionalRangeFormat;
  get _typeName(): string {
    return 'CustomConditionalFormat';
  }
  _navNames(): readonly string[] {
    return ['rule', 'format'];
  }
  _navObject(name: string): StandinClientObject {
    if (name === 'rule') return this.rule;
    if (name === 'format') return this.format;
    return super._navObject(name);
  }
  get rule(): StandinConditionalFormatRule {
    if (!this._rule) this._rule = mk(new StandinConditionalFormatRule(this.context as Ctx, `${this._path}.Rule`, this._owner, 'Custom'), 'ConditionalFormatRule');
    return this._rule;
  }
  get format(): StandinConditionalRangeFormat {
    if (!this._format) this._format = mk(new StandinConditionalRangeFormat(this.context as Ctx, `${this._path}.Format`, this._owner, 'Custom'), 'ConditionalRangeFormat');
    return this._format;
  }
}

export class StandinConditionalFormatRule extends CFPart {
  get _typeName(): string {
    return 'ConditionalFormatRule';
  }
  _scalarNames(): readonly string[] {
    return ['formula', 'formulaLocal'];
  }
  _readScalar(name: string, _ex: Exec, target: unknown): unknown {
    if (name !== 'formula' && name !== 'formulaLocal') throw new StandinNotImplementedError(`ConditionalFormatRule.${name}`);
    return (target as CFTarget).cf.formula ?? '';
  }
  _writeScalar(name: string, value: unknown, ex: Exec, target: unknown): void {
    if (name !== 'formula' && name !== 'formulaLocal') return super._writeScalar(name, value, ex, target);
    if (typeof value !== 'string' || value === '') throw invalidArgument('the rule formula must be a non-empty string', `ConditionalFormatRule.${name}`);
    const f = value.startsWith('=') ? value : `=${value}`;
    if (!ex.state.hf.validateFormula(f)) throw invalidArgument(`'${value}' is not a valid formula`, `ConditionalFormatRule.${name}`);
    ex.state.checkFunctionsKnown(f, `ConditionalFormatRule.${name}`);
    (target as CFTarget).cf.formula = value;
  }
  get formula(): string {
    return this._get('formula');
  }
  set formula(v: string) {
    this._set('formula', v);
  }
  get formulaLocal(): string {
    return this._get('formulaLocal');
  }
  set formulaLocal(v: string) {
    this._set('formulaLocal', v);
  }
}

export class StandinConditionalRangeFormat extends CFPart {
  private _fill?: StandinConditionalRangeFill;
  private _font?: StandinConditionalRangeFont;
  get _typeName(): string {
    return 'ConditionalRangeFormat';
  }
  _navNames(): readonly string[] {
    return ['fill', 'font'];
  }
  _navObject(name: string): StandinClientObject {
    if (name === 'fill') return this.fill;
    if (name === 'font') return this.font;
    return super._navObject(name);
  }
  get fill(): StandinConditionalRangeFill {
    if (!this._fill) this._fill = mk(new StandinConditionalRangeFill(this.context as Ctx, `${this._path}.Fill`, this._owner, this._needType), 'ConditionalRangeFill');
    return this._fill;
  }
  get font(): StandinConditionalRangeFont {
    if (!this._font) this._font = mk(new StandinConditionalRangeFont(this.context as Ctx, `${this._path}.Font`, this._owner, this._needType), 'ConditionalRangeFont');
    return this._font;
  }
}

export class StandinConditionalRangeFill extends CFPart {
  get _typeName(): string {
    return 'ConditionalRangeFill';
  }
  _scalarNames(): readonly string[] {
    return ['color'];
  }
  _readScalar(name: string, _ex: Exec, target: unknown): unknown {
    if (name !== 'color') throw new StandinNotImplementedError(`ConditionalRangeFill.${name}`);
    return (target as CFTarget).cf.format.fill;
  }
  _writeScalar(name: string, value: unknown, ex: Exec, target: unknown): void {
    if (name !== 'color') return super._writeScalar(name, value, ex, target);
    (target as CFTarget).cf.format.fill = normaliseColour(value, 'ConditionalRangeFill.color');
  }
  get color(): string {
    return this._get('color');
  }
  set color(v: string) {
    this._set('color', v);
  }
  clear(): void {
    this._call('clear', [], (_ex, t) => {
      (t as CFTarget).cf.format.fill = null;
    });
  }
}

export class StandinConditionalRangeFont extends CFPart {
  get _typeName(): string {
    return 'ConditionalRangeFont';
  }
  _scalarNames(): readonly string[] {
    return ['color', 'bold', 'italic'];
  }
  _readScalar(name: string, _ex: Exec, target: unknown): unknown {
    const f = (target as CFTarget).cf.format;
    if (name === 'color') return f.fontColor;
    if (name === 'bold') return f.bold;
    if (name === 'italic') return f.italic;
    throw new StandinNotImplementedError(`ConditionalRangeFont.${name}`);
  }
  _writeScalar(name: string, value: unknown, ex: Exec, target: unknown): void {
    const f = (target as CFTarget).cf.format;
    if (name === 'color') f.fontColor = normaliseColour(value, 'ConditionalRangeFont.color');
    else if (name === 'bold' || name === 'italic') {
      if (typeof value !== 'boolean') throw invalidArgument(`${name} must be a boolean`, `ConditionalRangeFont.${name}`);
      f[name] = value;
    } else super._writeScalar(name, value, ex, target);
  }
  get color(): string {
    return this._get('color');
  }
  set color(v: string) {
    this._set('color', v);
  }
  get bold(): boolean {
    return this._get('bold');
  }
  set bold(v: boolean) {
    this._set('bold', v);
  }
  get italic(): boolean {
    return this._get('italic');
  }
  set italic(v: boolean) {
    this._set('italic', v);
  }
  clear(): void {
    this._call('clear', [], (_ex, t) => {
      const f = (t as CFTarget).cf.format;
      f.fontColor = null;
      f.bold = null;
      f.italic = null;
    });
  }
}

export class StandinCellValueConditionalFormat extends CFPart {
  private _format?: StandinConditionalRangeFormat;
  get _typeName(): string {
    return 'CellValueConditionalFormat';
  }
  _scalarNames(): readonly string[] {
    return ['rule'];
  }
  _navNames(): readonly string[] {
    return ['format'];
  }
  _navObject(name: string): StandinClientObject {
    if (name === 'format') return this.format;
    return super._navObject(name);
  }
  _readScalar(name: string, _ex: Exec, target: unknown): unknown {
    if (name !== 'rule') throw new StandinNotImplementedError(`CellValueConditionalFormat.${name}`);
    const r = (target as CFTarget).cf.cellValueRule;
    return r ? { ...r } : null;
  }
  _writeScalar(name: string, value: unknown, ex: Exec, target: unknown): void {
    if (name !== 'rule') return super._writeScalar(name, value, ex, target);
    const where = 'CellValueConditionalFormat.rule';
    const v = value as Record<string, unknown>;
    if (!v || typeof v !== 'object') throw invalidArgument('rule must be an object', where);
    if (!CF_OPERATORS.includes(v.operator as string)) throw invalidArgument(`operator '${String(v.operator)}'`, where);
    if (typeof v.formula1 !== 'string' && typeof v.formula1 !== 'number') throw invalidArgument('formula1 is required', where);
    const two = v.operator === 'Between' || v.operator === 'NotBetween';
    if (two && typeof v.formula2 !== 'string' && typeof v.formula2 !== 'number') throw invalidArgument(`formula2 is required with ${v.operator}`, where);
    const rule: { formula1: string; formula2?: string; operator: string } = { formula1: String(v.formula1), operator: v.operator as string };
    if (two) rule.formula2 = String(v.formula2);
    (target as CFTarget).cf.cellValueRule = rule;
  }
  get rule(): any {
    return this._get('rule');
  }
  set rule(v: any) {
    this._set('rule', v);
  }
  get format(): StandinConditionalRangeFormat {
    if (!this._format) this._format = mk(new StandinConditionalRangeFormat(this.context as Ctx, `${this._path}.Format`, this._owner, 'CellValue'), 'ConditionalRangeFormat');
    return this._format;
  }
}

// ---------------------------------------------------------------- custom properties

interface CustomPropTarget {
  sheet: SheetState;
  key: string;
}

function liveProp(ex: Exec, sheet: SheetState, key: string): { key: string; value: string } {
  liveSheet(ex, sheet, 'WorksheetCustomProperty');
  const p = sheet.customProperties.get(key.toLowerCase());
  if (!p) throw new StandinOfficeError('ItemNotFound', `The requested resource doesn't exist. (custom property '${key}')`);
  return p;
}

export class StandinWorksheetCustomPropertyCollection extends StandinCollection<StandinWorksheetCustomProperty> {
  constructor(context: Ctx, path: string, private readonly _ws: StandinWorksheet) {
    super(context, path);
  }
  get _typeName(): string {
    return 'WorksheetCustomPropertyCollection';
  }
  _resolveTarget(ex: Exec): unknown {
    return this._ws._sheetOrNull(ex);
  }
  _refs(_ex: Exec, target: unknown): unknown[] {
    return [...(target as SheetState).customProperties.values()].map((p) => p.key);
  }
  _itemFor(ref: unknown): StandinWorksheetCustomProperty {
    return StandinWorksheetCustomProperty.make(this.context as Ctx, `${this._path}.GetItem(${q(ref)})`, (ex) => {
      const sheet = this._ws._sheetOrNull(ex);
      return sheet && { sheet, key: ref as string };
    });
  }
  _itemScalarNames(): readonly string[] {
    return ['key', 'value'];
  }
  _readItemScalar(ref: unknown, name: string, ex: Exec): unknown {
    const sheet = this._target(ex) as SheetState;
    const p = liveProp(ex, sheet, ref as string);
    return name === 'key' ? p.key : p.value;
  }

  add(key: string, value: string): StandinWorksheetCustomProperty {
    const prop = this._itemFor(key);
    this._call('add', [key, value], (ex, t) => {
      const sheet = liveSheet(ex, t as SheetState, 'WorksheetCustomPropertyCollection.add');
      if (typeof key !== 'string' || key.length === 0 || key.length > 255) {
        throw invalidArgument('custom property keys have 1 to 255 characters', 'WorksheetCustomPropertyCollection.add');
      }
      if (typeof value !== 'string') throw invalidArgument('custom property values are strings', 'WorksheetCustomPropertyCollection.add');
      // "This overwrites existing custom properties with that key."
      sheet.customProperties.set(key.toLowerCase(), { key, value });
    });
    return prop;
  }

  getItem(key: string): StandinWorksheetCustomProperty {
    return StandinWorksheetCustomProperty.make(this.context as Ctx, `${this._path}.GetItem(${q(key)})`, (ex) => {
      const sheet = this._ws._sheetOrNull(ex);
      if (!sheet) return null;
      liveProp(ex, sheet, key);
      return { sheet, key };
    });
  }

  getItemOrNullObject(key: string): StandinWorksheetCustomProperty {
    const p = StandinWorksheetCustomProperty.make(this.context as Ctx, `${this._path}.GetItemOrNullObject(${q(key)})`, (ex) => {
      const sheet = this._ws._sheetOrNull(ex);
      if (!sheet || !sheet.customProperties.has(String(key).toLowerCase())) return null;
      return { sheet, key };
    });
    p._instantiate();
    return p;
  }

  getCount(): StandinClientResult<number> {
    return this._callResult('getCount', [], (_ex, t) => (t as SheetState).customProperties.size);
  }
}

export class StandinWorksheetCustomProperty extends StandinClientObject {
  private constructor(context: Ctx, path: string, private readonly _resolver: (ex: Exec) => CustomPropTarget | null) {
    super(context, path);
  }
  /** @internal */
  static make(context: Ctx, path: string, resolver: (ex: Exec) => CustomPropTarget | null): StandinWorksheetCustomProperty {
    return mk(new StandinWorksheetCustomProperty(context, path, resolver), 'WorksheetCustomProperty');
  }
  /** @internal */
  _instantiate(): void {
    this._enqueue('instantiate', 'instantiate', null, (ex) => void this._target(ex));
  }
  get _typeName(): string {
    return 'WorksheetCustomProperty';
  }
  _scalarNames(): readonly string[] {
    return ['key', 'value'];
  }
  _resolveTarget(ex: Exec): unknown {
    return this._resolver(ex);
  }
  _readScalar(name: string, ex: Exec, target: unknown): unknown {
    const t = target as CustomPropTarget;
    const p = liveProp(ex, t.sheet, t.key);
    if (name === 'key') return p.key;
    if (name === 'value') return p.value;
    throw new StandinNotImplementedError(`WorksheetCustomProperty.${name}`);
  }
  _writeScalar(name: string, value: unknown, ex: Exec, target: unknown): void {
    if (name !== 'value') return super._writeScalar(name, value, ex, target);
    const t = target as CustomPropTarget;
    if (typeof value !== 'string') throw invalidArgument('custom property values are strings', 'WorksheetCustomProperty.value');
    liveProp(ex, t.sheet, t.key).value = value;
  }
  get key(): string {
    return this._get('key');
  }
  get value(): string {
    return this._get('value');
  }
  set value(v: string) {
    this._set('value', v);
  }
  delete(): void {
    this._call('delete', [], (ex, t) => {
      const { sheet, key } = t as CustomPropTarget;
      liveProp(ex, sheet, key);
      sheet.customProperties.delete(key.toLowerCase());
    });
  }
}

// ---------------------------------------------------------------- document properties (workbook.properties.custom)

export class StandinDocumentProperties extends StandinClientObject {
  private _custom?: StandinCustomPropertyCollection;
  get _typeName(): string {
    return 'DocumentProperties';
  }
  _scalarNames(): readonly string[] {
    return [];
  }
  _navNames(): readonly string[] {
    return ['custom'];
  }
  _navObject(name: string): StandinClientObject {
    if (name === 'custom') return this.custom;
    return super._navObject(name);
  }
  _resolveTarget(ex: Exec): unknown {
    return ex.state;
  }
  _readScalar(name: string): unknown {
    throw new StandinNotImplementedError(`DocumentProperties.${name}`);
  }
  get custom(): StandinCustomPropertyCollection {
    if (!this._custom) this._custom = mk(new StandinCustomPropertyCollection(this.context as Ctx, `${this._path}.Custom`), 'CustomPropertyCollection');
    return this._custom;
  }
}

function docPropType(v: unknown): string {
  if (typeof v === 'number') return Number.isInteger(v) ? 'Number' : 'Float';
  if (typeof v === 'boolean') return 'Boolean';
  if (v instanceof Date) return 'Date';
  return 'String';
}

function liveDocProp(ex: Exec, key: string): { key: string; value: unknown; type: string } {
  const p = ex.state.documentCustomProperties.get(key.toLowerCase());
  if (!p) throw new StandinOfficeError('ItemNotFound', `The requested resource doesn't exist. (custom property '${key}')`);
  return p;
}

export class StandinCustomPropertyCollection extends StandinCollection<StandinCustomProperty> {
  get _typeName(): string {
    return 'CustomPropertyCollection';
  }
  _resolveTarget(ex: Exec): unknown {
    return ex.state;
  }
  _refs(ex: Exec): unknown[] {
    return [...ex.state.documentCustomProperties.values()].map((p) => p.key);
  }
  _itemFor(ref: unknown): StandinCustomProperty {
    return StandinCustomProperty.make(this.context as Ctx, `${this._path}.GetItem(${q(ref)})`, () => ref as string);
  }
  _itemScalarNames(): readonly string[] {
    return ['key', 'value', 'type'];
  }
  _readItemScalar(ref: unknown, name: string, ex: Exec): unknown {
    const p = liveDocProp(ex, ref as string);
    return name === 'key' ? p.key : name === 'value' ? p.value : p.type;
  }
  add(key: string, value: unknown): StandinCustomProperty {
    const prop = this._itemFor(key);
    this._call('add', [key, value], (ex) => {
      if (typeof key !== 'string' || key.length === 0 || key.length > 255) throw invalidArgument('custom property keys have 1 to 255 characters', 'CustomPropertyCollection.add');
      if (!['string', 'number', 'boolean'].includes(typeof value) && !(value instanceof Date)) {
        throw invalidArgument('custom property values are strings, numbers, booleans or dates', 'CustomPropertyCollection.add');
      }
      ex.state.documentCustomProperties.set(key.toLowerCase(), { key, value, type: docPropType(value) });
    });
    return prop;
  }
  getItem(key: string): StandinCustomProperty {
    return StandinCustomProperty.make(this.context as Ctx, `${this._path}.GetItem(${q(key)})`, (ex) => {
      liveDocProp(ex, key);
      return key;
    });
  }
  getItemOrNullObject(key: string): StandinCustomProperty {
    const p = StandinCustomProperty.make(this.context as Ctx, `${this._path}.GetItemOrNullObject(${q(key)})`, (ex) =>
      ex.state.documentCustomProperties.has(String(key).toLowerCase()) ? key : null,
    );
    p._instantiate();
    return p;
  }
  getCount(): StandinClientResult<number> {
    return this._callResult('getCount', [], (ex) => ex.state.documentCustomProperties.size);
  }
  deleteAll(): void {
    this._call('deleteAll', [], (ex) => ex.state.documentCustomProperties.clear());
  }
}

export class StandinCustomProperty extends StandinClientObject {
  private constructor(context: Ctx, path: string, private readonly _resolver: (ex: Exec) => string | null) {
    super(context, path);
  }
  /** @internal */
  static make(context: Ctx, path: string, resolver: (ex: Exec) => string | null): StandinCustomProperty {
    return mk(new StandinCustomProperty(context, path, resolver), 'CustomProperty');
  }
  /** @internal */
  _instantiate(): void {
    this._enqueue('instantiate', 'instantiate', null, (ex) => void this._target(ex));
  }
  get _typeName(): string {
    return 'CustomProperty';
  }
  _scalarNames(): readonly string[] {
    return ['key', 'value', 'type'];
  }
  _resolveTarget(ex: Exec): unknown {
    return this._resolver(ex);
  }
  _readScalar(name: string, ex: Exec, target: unknown): unknown {
    const p = liveDocProp(ex, target as string);
    if (name === 'key') return p.key;
    if (name === 'value') return p.value;
    if (name === 'type') return p.type;
    throw new StandinNotImplementedError(`CustomProperty.${name}`);
  }
  _writeScalar(name: string, value: unknown, ex: Exec, target: unknown): void {
    if (name !== 'value') return super._writeScalar(name, value, ex, target);
    const p = liveDocProp(ex, target as string);
    p.value = value;
    p.type = docPropType(value);
  }
  get key(): string {
    return this._get('key');
  }
  get type(): string {
    return this._get('type');
  }
  get value(): any {
    return this._get('value');
  }
  set value(v: any) {
    this._set('value', v);
  }
  delete(): void {
    this._call('delete', [], (ex, t) => {
      liveDocProp(ex, t as string);
      ex.state.documentCustomProperties.delete((t as string).toLowerCase());
    });
  }
}

// ---------------------------------------------------------------- charts

/** A valid 1×1 transparent PNG: what chart.getImage() returns in the stand-in. */
export const PLACEHOLDER_PNG_BASE64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

export const CHART_TYPES: string[] = Object.values(ChartType).filter((v) => v !== 'Invalid');

interface ChartTarget {
  sheet: SheetState;
  chart: ChartState;
}

function liveChart(ex: Exec, id: string): ChartTarget {
  for (const sheet of ex.state.sheets) {
    const chart = sheet.charts.find((c) => c.id === id);
    if (chart) return { sheet, chart };
  }
  throw new StandinOfficeError('ItemNotFound', "The requested resource doesn't exist. (the chart was deleted)");
}

const CHART_SCALARS = ['id', 'name', 'chartType', 'height', 'width', 'top', 'left'];

function readChartScalar(c: ChartState, name: string): unknown {
  switch (name) {
    case 'id':
      return c.id;
    case 'name':
      return c.name;
    case 'chartType':
      return c.chartType;
    case 'height':
      return c.height;
    case 'width':
      return c.width;
    case 'top':
      return c.top;
    case 'left':
      return c.left;
    default:
      throw new StandinNotImplementedError(`Chart.${name}`);
  }
}

function rangeAddressForChart(ex: Exec, r: unknown, where: string): string {
  if (!(r instanceof StandinRange)) {
    if (typeof r === 'string') throw new StandinNotImplementedError(`${where} with an address string (pass a Range)`);
    throw invalidArgument('a Range is required', where);
  }
  const t = r._rangeOrNull(ex);
  if (!t) throw invalidArgument('the range does not exist', where);
  return fullAddress(t.sheet.name, t.rect);
}

export class StandinChartCollection extends StandinCollection<StandinChart> {
  constructor(context: Ctx, path: string, private readonly _ws: StandinWorksheet) {
    super(context, path);
  }
  get _typeName(): string {
    return 'ChartCollection';
  }
  _resolveTarget(ex: Exec): unknown {
    return this._ws._sheetOrNull(ex);
  }
  _refs(_ex: Exec, target: unknown): unknown[] {
    return (target as SheetState).charts.map((c) => c.id);
  }
  _itemFor(ref: unknown): StandinChart {
    return StandinChart.make(this.context as Ctx, `${this._path}.GetItem(${q(ref)})`, (ex) => liveChart(ex, ref as string));
  }
  _itemScalarNames(): readonly string[] {
    return CHART_SCALARS;
  }
  _readItemScalar(ref: unknown, name: string, ex: Exec): unknown {
    return readChartScalar(liveChart(ex, ref as string).chart, name);
  }

  add(type: string, sourceData: StandinRange, seriesBy?: string): StandinChart {
    const chart = StandinChart.make(this.context as Ctx, `${this._path}.Add(${q(type)})`, () => {
      throw new StandinOfficeError('ItemNotFound', "The requested resource doesn't exist. (the chart was not added)");
    });
    const by = seriesBy ?? 'Auto';
    this._call('add', [type, sourceData instanceof StandinRange ? sourceData._path : sourceData, by], (ex, t) => {
      const sheet = liveSheet(ex, t as SheetState, 'ChartCollection.add');
      if (!CHART_TYPES.includes(type)) throw invalidArgument(`chart type '${type}'`, 'ChartCollection.add');
      if (!['Auto', 'Columns', 'Rows'].includes(by)) throw invalidArgument(`seriesBy '${by}'`, 'ChartCollection.add');
      const sourceAddress = rangeAddressForChart(ex, sourceData, 'ChartCollection.add');
      const n = ex.state.sheets.reduce((acc, s) => acc + s.charts.length, 0) + 1;
      const state: ChartState = {
        id: ex.state.newId('C4A7'),
        name: `Chart ${n}`,
        chartType: type,
        sourceAddress,
        seriesBy: by,
        title: '',
        titleVisible: false,
        legendVisible: true,
        legendPosition: 'Right',
        dataLabelsShowValue: false,
        top: 0,
        left: 0,
        height: 216,
        width: 360,
        position: null,
        addedSeries: [],
        derivedFormats: {},
        valueAxis: { minimum: null, maximum: null },
      };
      sheet.charts.push(state);
      chart._resolved = { value: { sheet, chart: state } };
      ex.appliers.push(() => {
        chart._isNull = false;
      });
    });
    return chart;
  }

  getItem(name: string): StandinChart {
    return StandinChart.make(this.context as Ctx, `${this._path}.GetItem(${q(name)})`, (ex) => {
      const sheet = this._liveTarget(ex, 'getItem') as SheetState;
      const chart = sheet.charts.find((c) => c.name.toLowerCase() === String(name).toLowerCase() || c.id === name);
      if (!chart) throw new StandinOfficeError('ItemNotFound', `The requested resource doesn't exist. (chart '${name}')`, 'ChartCollection.getItem');
      return { sheet, chart };
    });
  }

  getItemAt(index: number): StandinChart {
    return StandinChart.make(this.context as Ctx, `${this._path}.GetItemAt(${index})`, (ex) => {
      const sheet = this._liveTarget(ex, 'getItemAt') as SheetState;
      const chart = sheet.charts[index];
      if (!chart) throw new StandinOfficeError('ItemNotFound', `The requested resource doesn't exist. (chart ${index})`, 'ChartCollection.getItemAt');
      return { sheet, chart };
    });
  }

  getCount(): StandinClientResult<number> {
    this._gate('ChartCollection.getCount', '1.4');
    return this._callResult('getCount', [], (_ex, t) => (t as SheetState).charts.length);
  }
}

export class StandinChart extends StandinClientObject {
  private _title?: StandinChartTitle;
  private _legend?: StandinChartLegend;
  private _dataLabels?: StandinChartDataLabels;
  private _series?: StandinChartSeriesCollection;
  private _axes?: StandinChartAxes;
  private constructor(context: Ctx, path: string, private readonly _resolver: (ex: Exec) => ChartTarget | null) {
    super(context, path);
  }
  /** @internal */
  static make(context: Ctx, path: string, resolver: (ex: Exec) => ChartTarget | null): StandinChart {
    return mk(new StandinChart(context, path, resolver), 'Chart');
  }
  get _typeName(): string {
    return 'Chart';
  }
  _scalarNames(): readonly string[] {
    return CHART_SCALARS;
  }
  _navNames(): readonly string[] {
    return ['title', 'legend', 'dataLabels', 'series', 'axes'];
  }
  _navObject(name: string): StandinClientObject {
    if (name === 'axes') return this.axes;
    if (name === 'title') return this.title;
    if (name === 'legend') return this.legend;
    if (name === 'dataLabels') return this.dataLabels;
    if (name === 'series') return this.series;
    return super._navObject(name);
  }
  _resolveTarget(ex: Exec): unknown {
    return this._resolver(ex);
  }
  /** @internal */
  _chart(ex: Exec): ChartState | null {
    const t = this._target(ex) as ChartTarget | null;
    return t && liveChart(ex, t.chart.id).chart;
  }
  _readScalar(name: string, ex: Exec, target: unknown): unknown {
    return readChartScalar(liveChart(ex, (target as ChartTarget).chart.id).chart, name);
  }
  _writeScalar(name: string, value: unknown, ex: Exec, target: unknown): void {
    const c = liveChart(ex, (target as ChartTarget).chart.id).chart;
    const where = `Chart.${name}`;
    switch (name) {
      case 'name':
        if (typeof value !== 'string' || value === '') throw invalidArgument('chart name', where);
        c.name = value;
        return;
      case 'chartType':
        if (!CHART_TYPES.includes(value as string)) throw invalidArgument(`chart type '${String(value)}'`, where);
        c.chartType = value as string;
        return;
      case 'height':
      case 'width':
      case 'top':
      case 'left':
        if (typeof value !== 'number' || value < 0) throw invalidArgument(`${name} ${String(value)}`, where);
        c[name] = value;
        return;
      default:
        super._writeScalar(name, value, ex, target);
    }
  }
  get id(): string {
    const v = this._get<string>('id');
    this._gate('Chart.id', '1.7');
    return v;
  }
  get name(): string {
    return this._get('name');
  }
  set name(v: string) {
    this._set('name', v);
  }
  get chartType(): string {
    const v = this._get<string>('chartType');
    this._gate('Chart.chartType', '1.7');
    return v;
  }
  set chartType(v: string) {
    this._set('chartType', v, '1.7');
  }
  get height(): number {
    return this._get('height');
  }
  set height(v: number) {
    this._set('height', v);
  }
  get width(): number {
    return this._get('width');
  }
  set width(v: number) {
    this._set('width', v);
  }
  get top(): number {
    return this._get('top');
  }
  set top(v: number) {
    this._set('top', v);
  }
  get left(): number {
    return this._get('left');
  }
  set left(v: number) {
    this._set('left', v);
  }
  get title(): StandinChartTitle {
    if (!this._title) this._title = mk(new StandinChartTitle(this.context as Ctx, `${this._path}.Title`, this), 'ChartTitle');
    return this._title;
  }
  get legend(): StandinChartLegend {
    if (!this._legend) this._legend = mk(new StandinChartLegend(this.context as Ctx, `${this._path}.Legend`, this), 'ChartLegend');
    return this._legend;
  }
  get dataLabels(): StandinChartDataLabels {
    if (!this._dataLabels) this._dataLabels = mk(new StandinChartDataLabels(this.context as Ctx, `${this._path}.DataLabels`, this), 'ChartDataLabels');
    return this._dataLabels;
  }
  get series(): StandinChartSeriesCollection {
    if (!this._series) this._series = mk(new StandinChartSeriesCollection(this.context as Ctx, `${this._path}.Series`, this), 'ChartSeriesCollection');
    return this._series;
  }
  get axes(): StandinChartAxes {
    if (!this._axes) this._axes = mk(new StandinChartAxes(this.context as Ctx, `${this._path}.Axes`, this), 'ChartAxes');
    return this._axes;
  }
  setPosition(startCell: StandinRange | string, endCell?: StandinRange | string): void {
    this._call('setPosition', [String(startCell instanceof StandinRange ? startCell._path : startCell), endCell === undefined ? null : String(endCell instanceof StandinRange ? endCell._path : endCell)], (ex, t) => {
      const c = liveChart(ex, (t as ChartTarget).chart.id).chart;
      const addr = (x: StandinRange | string): string => {
        if (typeof x === 'string') {
          if (!parseAddress(x)) throw new StandinNotImplementedError(`Chart.setPosition('${x}') with a defined name`);
          return x;
        }
        const r = x._rangeOrNull(ex);
        if (!r) throw invalidArgument('the range does not exist', 'Chart.setPosition');
        return rectToA1(r.rect);
      };
      c.position = endCell === undefined ? { startCell: addr(startCell) } : { startCell: addr(startCell), endCell: addr(endCell) };
    });
  }
  setData(sourceData: StandinRange, seriesBy?: string): void {
    this._call('setData', [sourceData instanceof StandinRange ? sourceData._path : sourceData, seriesBy ?? 'Auto'], (ex, t) => {
      const c = liveChart(ex, (t as ChartTarget).chart.id).chart;
      c.sourceAddress = rangeAddressForChart(ex, sourceData, 'Chart.setData');
      c.seriesBy = seriesBy ?? 'Auto';
    });
  }
  /** Returns a 1×1 transparent PNG (base64): the stand-in does not draw charts. */
  getImage(width?: number, height?: number, fittingMode?: string): StandinClientResult<string> {
    this._gate('Chart.getImage', '1.2');
    return this._callResult('getImage', [width ?? null, height ?? null, fittingMode ?? null], (ex, t) => {
      liveChart(ex, (t as ChartTarget).chart.id);
      return PLACEHOLDER_PNG_BASE64;
    });
  }
  delete(): void {
    this._call('delete', [], (ex, t) => {
      const { sheet, chart } = liveChart(ex, (t as ChartTarget).chart.id);
      sheet.charts = sheet.charts.filter((c) => c !== chart);
    });
  }
}

abstract class ChartPart extends StandinClientObject {
  constructor(context: Ctx, path: string, protected readonly _owner: StandinChart) {
    super(context, path);
  }
  _resolveTarget(ex: Exec): unknown {
    return this._owner._chart(ex);
  }
}

export class StandinChartTitle extends ChartPart {
  get _typeName(): string {
    return 'ChartTitle';
  }
  _scalarNames(): readonly string[] {
    return ['text', 'visible'];
  }
  _readScalar(name: string, _ex: Exec, target: unknown): unknown {
    const c = target as ChartState;
    if (name === 'text') return c.title;
    if (name === 'visible') return c.titleVisible;
    throw new StandinNotImplementedError(`ChartTitle.${name}`);
  }
  _writeScalar(name: string, value: unknown, ex: Exec, target: unknown): void {
    const c = target as ChartState;
    if (name === 'text') {
      if (typeof value !== 'string') throw invalidArgument('title text must be a string', 'ChartTitle.text');
      c.title = value;
      // Setting a title's text shows it in Excel.
      c.titleVisible = true;
    } else if (name === 'visible') {
      if (typeof value !== 'boolean') throw invalidArgument('visible must be a boolean', 'ChartTitle.visible');
      c.titleVisible = value;
    } else super._writeScalar(name, value, ex, target);
  }
  get text(): string {
    return this._get('text');
  }
  set text(v: string) {
    this._set('text', v);
  }
  get visible(): boolean {
    return this._get('visible');
  }
  set visible(v: boolean) {
    this._set('visible', v);
  }
}

export class StandinChartLegend extends ChartPart {
  get _typeName(): string {
    return 'ChartLegend';
  }
  _scalarNames(): readonly string[] {
    return ['visible', 'position'];
  }
  _readScalar(name: string, _ex: Exec, target: unknown): unknown {
    const c = target as ChartState;
    if (name === 'visible') return c.legendVisible;
    if (name === 'position') return c.legendPosition;
    throw new StandinNotImplementedError(`ChartLegend.${name}`);
  }
  _writeScalar(name: string, value: unknown, ex: Exec, target: unknown): void {
    const c = target as ChartState;
    if (name === 'visible') {
      if (typeof value !== 'boolean') throw invalidArgument('visible must be a boolean', 'ChartLegend.visible');
      c.legendVisible = value;
    } else if (name === 'position') {
      if (!['Top', 'Bottom', 'Left', 'Right', 'Corner', 'Custom'].includes(value as string)) throw invalidArgument(`legend position '${String(value)}'`, 'ChartLegend.position');
      c.legendPosition = value as string;
    } else super._writeScalar(name, value, ex, target);
  }
  get visible(): boolean {
    return this._get('visible');
  }
  set visible(v: boolean) {
    this._set('visible', v);
  }
  get position(): string {
    return this._get('position');
  }
  set position(v: string) {
    this._set('position', v);
  }
}

export class StandinChartDataLabels extends ChartPart {
  get _typeName(): string {
    return 'ChartDataLabels';
  }
  _scalarNames(): readonly string[] {
    return ['showValue'];
  }
  _readScalar(name: string, _ex: Exec, target: unknown): unknown {
    if (name === 'showValue') return (target as ChartState).dataLabelsShowValue;
    throw new StandinNotImplementedError(`ChartDataLabels.${name}`);
  }
  _writeScalar(name: string, value: unknown, ex: Exec, target: unknown): void {
    if (name !== 'showValue') return super._writeScalar(name, value, ex, target);
    if (typeof value !== 'boolean') throw invalidArgument('showValue must be a boolean', 'ChartDataLabels.showValue');
    (target as ChartState).dataLabelsShowValue = value;
  }
  get showValue(): boolean {
    return this._get('showValue');
  }
  set showValue(v: boolean) {
    this._set('showValue', v);
  }
}

/**
 * chart.series: getItemAt(i) reaches the series Excel derives from the source data (read from the
 * cells at sync, see WorkbookState.derivedSeries) and then those added with add(). Listing or
 * counting the collection is not implemented.
 */
export class StandinChartSeriesCollection extends ChartPart {
  get _typeName(): string {
    return 'ChartSeriesCollection';
  }
  _scalarNames(): readonly string[] {
    return [];
  }
  _readScalar(name: string): unknown {
    throw new StandinNotImplementedError(`ChartSeriesCollection.${name}`);
  }
  _addPath(): void {
    throw new StandinNotImplementedError('loading chart.series (the series Excel derives from the source data are not modelled; inspect workbook.charts(sheet))');
  }
  get items(): never {
    throw new StandinNotImplementedError('ChartSeriesCollection.items (derived series are not modelled)');
  }
  get count(): never {
    throw new StandinNotImplementedError('ChartSeriesCollection.count (derived series are not modelled)');
  }
  getCount(): never {
    throw new StandinNotImplementedError('ChartSeriesCollection.getCount (derived series are not modelled)');
  }
  getItemAt(index: number): StandinChartSeries {
    return StandinChartSeries.make(this.context as Ctx, `${this._path}.GetItemAt(${index})`, (ex) => {
      const chart = this._owner._chart(ex);
      if (!chart) return null;
      if (!Number.isInteger(index) || index < 0) throw invalidArgument(`series index ${String(index)}`, 'ChartSeriesCollection.getItemAt');
      const derived = ex.state.derivedSeries(chart).length;
      if (index < derived) return { chart, series: null, index };
      const added = chart.addedSeries[index - derived];
      if (!added) throw new StandinOfficeError('ItemNotFound', `The requested resource doesn't exist. (series ${index})`, 'ChartSeriesCollection.getItemAt');
      return { chart, series: added, index };
    });
  }
  add(name?: string, index?: number): StandinChartSeries {
    this._gate('ChartSeriesCollection.add', '1.7');
    if (index !== undefined) throw new StandinNotImplementedError('ChartSeriesCollection.add with an index');
    const series = StandinChartSeries.make(this.context as Ctx, `${this._path}.Add(${q(name ?? null)})`, () => {
      throw new StandinOfficeError('ItemNotFound', "The requested resource doesn't exist. (the series was not added)");
    });
    this._call('add', [name ?? null], (_ex, t) => {
      const c = t as ChartState;
      const s: ChartSeriesState = { name: name ?? `Series${c.addedSeries.length + 1}`, valuesAddress: null, xValuesAddress: null, format: emptySeriesFormat() };
      c.addedSeries.push(s);
      series._resolved = { value: { chart: c, series: s, index: _ex.state.derivedSeries(c).length + c.addedSeries.length - 1 } };
      _ex.appliers.push(() => {
        series._isNull = false;
      });
    });
    return series;
  }
}

interface SeriesTarget {
  chart: ChartState;
  /** null for a series Excel derived from the source data (its position is `index`). */
  series: ChartSeriesState | null;
  index: number;
}

/** The formats of a series: kept on an added series, by position for a derived one. */
function seriesFormat(t: SeriesTarget): ChartSeriesFormatState {
  if (t.series) return t.series.format;
  return (t.chart.derivedFormats[t.index] ??= emptySeriesFormat());
}

/** The number of points of a series now. */
function pointCount(ex: Exec, t: SeriesTarget): number {
  return t.series ? ex.state.addedSeriesData(t.series).values.length : (ex.state.derivedSeries(t.chart)[t.index]?.values.length ?? 0);
}

export class StandinChartSeries extends StandinClientObject {
  private _format?: StandinChartSeriesFormat;
  private _points?: StandinChartPointsCollection;
  private constructor(context: Ctx, path: string, private readonly _resolver: (ex: Exec) => SeriesTarget | null) {
    super(context, path);
  }
  /** @internal */
  static make(context: Ctx, path: string, resolver: (ex: Exec) => SeriesTarget | null): StandinChartSeries {
    return mk(new StandinChartSeries(context, path, resolver), 'ChartSeries');
  }
  get _typeName(): string {
    return 'ChartSeries';
  }
  _scalarNames(): readonly string[] {
    return ['name', 'chartType', 'hasDataLabels'];
  }
  _resolveTarget(ex: Exec): unknown {
    const t = this._resolver(ex);
    if (t) liveChart(ex, t.chart.id);
    return t;
  }
  /** @internal */
  _series(ex: Exec): SeriesTarget | null {
    return this._target(ex) as SeriesTarget | null;
  }
  _readScalar(name: string, ex: Exec, target: unknown): unknown {
    const t = target as SeriesTarget;
    if (name === 'name') return t.series ? t.series.name : ex.state.derivedSeries(t.chart)[t.index]?.name;
    if (name === 'chartType') return seriesFormat(t).chartType ?? t.chart.chartType;
    if (name === 'hasDataLabels') return seriesFormat(t).hasDataLabels ?? t.chart.dataLabelsShowValue;
    throw new StandinNotImplementedError(`ChartSeries.${name}`);
  }
  _writeScalar(name: string, value: unknown, ex: Exec, target: unknown): void {
    const t = target as SeriesTarget;
    switch (name) {
      case 'name':
        if (typeof value !== 'string') throw invalidArgument('series name must be a string', 'ChartSeries.name');
        if (!t.series) throw new StandinNotImplementedError('renaming a series derived from the source data (Excel writes the name into its header cell)');
        t.series.name = value;
        return;
      case 'chartType':
        if (!CHART_TYPES.includes(value as string)) throw invalidArgument(`chart type '${String(value)}'`, 'ChartSeries.chartType');
        seriesFormat(t).chartType = value as string;
        return;
      case 'hasDataLabels':
        if (typeof value !== 'boolean') throw invalidArgument('hasDataLabels must be a boolean', 'ChartSeries.hasDataLabels');
        seriesFormat(t).hasDataLabels = value;
        return;
      default:
        super._writeScalar(name, value, ex, target);
    }
  }
  get name(): string {
    return this._get('name');
  }
  set name(v: string) {
    this._set('name', v);
  }
  get chartType(): string {
    const v = this._get<string>('chartType');
    this._gate('ChartSeries.chartType', '1.7');
    return v;
  }
  set chartType(v: string) {
    this._set('chartType', v, '1.7');
  }
  get hasDataLabels(): boolean {
    const v = this._get<boolean>('hasDataLabels');
    this._gate('ChartSeries.hasDataLabels', '1.7');
    return v;
  }
  set hasDataLabels(v: boolean) {
    this._set('hasDataLabels', v, '1.7');
  }
  get format(): StandinChartSeriesFormat {
    if (!this._format) this._format = mk(new StandinChartSeriesFormat(this.context as Ctx, `${this._path}.Format`, this), 'ChartSeriesFormat');
    return this._format;
  }
  get points(): StandinChartPointsCollection {
    if (!this._points) this._points = mk(new StandinChartPointsCollection(this.context as Ctx, `${this._path}.Points`, this), 'ChartPointsCollection');
    return this._points;
  }
  setValues(sourceData: StandinRange): void {
    this._gate('ChartSeries.setValues', '1.7');
    this._call('setValues', [sourceData instanceof StandinRange ? sourceData._path : sourceData], (ex, t) => {
      addedOnly(t as SeriesTarget, 'setValues').valuesAddress = rangeAddressForChart(ex, sourceData, 'ChartSeries.setValues');
    });
  }
  setXAxisValues(sourceData: StandinRange): void {
    this._gate('ChartSeries.setXAxisValues', '1.7');
    this._call('setXAxisValues', [sourceData instanceof StandinRange ? sourceData._path : sourceData], (ex, t) => {
      addedOnly(t as SeriesTarget, 'setXAxisValues').xValuesAddress = rangeAddressForChart(ex, sourceData, 'ChartSeries.setXAxisValues');
    });
  }
  delete(): void {
    this._gate('ChartSeries.delete', '1.7');
    this._call('delete', [], (_ex, t) => {
      const { chart } = t as SeriesTarget;
      const series = addedOnly(t as SeriesTarget, 'delete');
      chart.addedSeries = chart.addedSeries.filter((s) => s !== series);
    });
  }
}

function addedOnly(t: SeriesTarget, member: string): ChartSeriesState {
  if (!t.series) throw new StandinNotImplementedError(`ChartSeries.${member} on a series derived from the source data`);
  return t.series;
}

/** Where a ChartFill writes: a series' fill or one point's. */
interface ColourSlot {
  set(colour: string | null): void;
}

export class StandinChartFill extends StandinClientObject {
  constructor(context: Ctx, path: string, private readonly _slot: (ex: Exec) => ColourSlot | null) {
    super(context, path);
  }
  get _typeName(): string {
    return 'ChartFill';
  }
  _scalarNames(): readonly string[] {
    return [];
  }
  _resolveTarget(ex: Exec): unknown {
    return this._slot(ex);
  }
  _readScalar(name: string): unknown {
    throw new StandinNotImplementedError(`ChartFill.${name}`);
  }
  setSolidColor(color: string): void {
    this._call('setSolidColor', [color], (_ex, t) => (t as ColourSlot).set(normaliseColour(color, 'ChartFill.setSolidColor')));
  }
  clear(): void {
    this._call('clear', [], (_ex, t) => (t as ColourSlot).set(null));
  }
}

export class StandinChartSeriesFormat extends StandinClientObject {
  private _fill?: StandinChartFill;
  private _line?: StandinChartLineFormat;
  constructor(context: Ctx, path: string, private readonly _owner: StandinChartSeries) {
    super(context, path);
  }
  get _typeName(): string {
    return 'ChartSeriesFormat';
  }
  _scalarNames(): readonly string[] {
    return [];
  }
  _resolveTarget(ex: Exec): unknown {
    return this._owner._series(ex);
  }
  _readScalar(name: string): unknown {
    throw new StandinNotImplementedError(`ChartSeriesFormat.${name}`);
  }
  get fill(): StandinChartFill {
    if (!this._fill) {
      this._fill = mk(
        new StandinChartFill(this.context as Ctx, `${this._path}.Fill`, (ex) => {
          const t = this._owner._series(ex);
          return t && { set: (c) => (seriesFormat(t).fill = c) };
        }),
        'ChartFill',
      );
    }
    return this._fill;
  }
  get line(): StandinChartLineFormat {
    if (!this._line) this._line = mk(new StandinChartLineFormat(this.context as Ctx, `${this._path}.Line`, this._owner), 'ChartLineFormat');
    return this._line;
  }
}

export class StandinChartLineFormat extends StandinClientObject {
  constructor(context: Ctx, path: string, private readonly _owner: StandinChartSeries) {
    super(context, path);
  }
  get _typeName(): string {
    return 'ChartLineFormat';
  }
  _scalarNames(): readonly string[] {
    return ['color'];
  }
  _resolveTarget(ex: Exec): unknown {
    return this._owner._series(ex);
  }
  _readScalar(name: string, _ex: Exec, target: unknown): unknown {
    if (name === 'color') return seriesFormat(target as SeriesTarget).lineColor ?? '';
    throw new StandinNotImplementedError(`ChartLineFormat.${name}`);
  }
  _writeScalar(name: string, value: unknown, ex: Exec, target: unknown): void {
    if (name !== 'color') return super._writeScalar(name, value, ex, target);
    seriesFormat(target as SeriesTarget).lineColor = normaliseColour(value, 'ChartLineFormat.color');
  }
  get color(): string {
    return this._get('color');
  }
  set color(v: string) {
    this._set('color', v);
  }
}

/** series.points: getItemAt only (counting and listing are not modelled). */
export class StandinChartPointsCollection extends StandinClientObject {
  constructor(context: Ctx, path: string, private readonly _owner: StandinChartSeries) {
    super(context, path);
  }
  get _typeName(): string {
    return 'ChartPointsCollection';
  }
  _scalarNames(): readonly string[] {
    return [];
  }
  _resolveTarget(ex: Exec): unknown {
    return this._owner._series(ex);
  }
  _readScalar(name: string): unknown {
    throw new StandinNotImplementedError(`ChartPointsCollection.${name}`);
  }
  getItemAt(index: number): StandinChartPoint {
    return mk(
      new StandinChartPoint(this.context as Ctx, `${this._path}.GetItemAt(${index})`, (ex) => {
        const t = this._owner._series(ex);
        if (!t) return null;
        if (!Number.isInteger(index) || index < 0 || index >= pointCount(ex, t)) {
          throw new StandinOfficeError('ItemNotFound', `The requested resource doesn't exist. (point ${index})`, 'ChartPointsCollection.getItemAt');
        }
        return { series: t, index };
      }),
      'ChartPoint',
    );
  }
}

interface PointTarget {
  series: SeriesTarget;
  index: number;
}

export class StandinChartPoint extends StandinClientObject {
  private _format?: StandinChartPointFormat;
  constructor(context: Ctx, path: string, private readonly _resolver: (ex: Exec) => PointTarget | null) {
    super(context, path);
  }
  get _typeName(): string {
    return 'ChartPoint';
  }
  _scalarNames(): readonly string[] {
    return [];
  }
  _resolveTarget(ex: Exec): unknown {
    return this._resolver(ex);
  }
  /** @internal */
  _point(ex: Exec): PointTarget | null {
    return this._target(ex) as PointTarget | null;
  }
  _readScalar(name: string): unknown {
    throw new StandinNotImplementedError(`ChartPoint.${name}`);
  }
  get format(): StandinChartPointFormat {
    if (!this._format) this._format = mk(new StandinChartPointFormat(this.context as Ctx, `${this._path}.Format`, this), 'ChartPointFormat');
    return this._format;
  }
}

export class StandinChartPointFormat extends StandinClientObject {
  private _fill?: StandinChartFill;
  constructor(context: Ctx, path: string, private readonly _owner: StandinChartPoint) {
    super(context, path);
  }
  get _typeName(): string {
    return 'ChartPointFormat';
  }
  _scalarNames(): readonly string[] {
    return [];
  }
  _resolveTarget(ex: Exec): unknown {
    return this._owner._point(ex);
  }
  _readScalar(name: string): unknown {
    throw new StandinNotImplementedError(`ChartPointFormat.${name}`);
  }
  get fill(): StandinChartFill {
    if (!this._fill) {
      this._fill = mk(
        new StandinChartFill(this.context as Ctx, `${this._path}.Fill`, (ex) => {
          const p = this._owner._point(ex);
          if (!p) return null;
          return {
            set: (c) => {
              const fills = seriesFormat(p.series).pointFills;
              if (c === null) delete fills[p.index];
              else fills[p.index] = c;
            },
          };
        }),
        'ChartFill',
      );
    }
    return this._fill;
  }
}

/** chart.axes: the value axis's minimum and maximum only. */
export class StandinChartAxes extends ChartPart {
  private _valueAxis?: StandinChartAxis;
  get _typeName(): string {
    return 'ChartAxes';
  }
  _scalarNames(): readonly string[] {
    return [];
  }
  _navNames(): readonly string[] {
    return ['valueAxis'];
  }
  _navObject(name: string): StandinClientObject {
    if (name === 'valueAxis') return this.valueAxis;
    return super._navObject(name);
  }
  _readScalar(name: string): unknown {
    throw new StandinNotImplementedError(`ChartAxes.${name}`);
  }
  get valueAxis(): StandinChartAxis {
    if (!this._valueAxis) this._valueAxis = mk(new StandinChartAxis(this.context as Ctx, `${this._path}.ValueAxis`, this._owner), 'ChartAxis');
    return this._valueAxis;
  }
}

export class StandinChartAxis extends ChartPart {
  get _typeName(): string {
    return 'ChartAxis';
  }
  _scalarNames(): readonly string[] {
    return ['minimum', 'maximum'];
  }
  _readScalar(name: string, _ex: Exec, target: unknown): unknown {
    const c = target as ChartState;
    if (name === 'minimum' || name === 'maximum') return c.valueAxis[name] ?? 0;
    throw new StandinNotImplementedError(`ChartAxis.${name}`);
  }
  _writeScalar(name: string, value: unknown, ex: Exec, target: unknown): void {
    if (name !== 'minimum' && name !== 'maximum') return super._writeScalar(name, value, ex, target);
    if (typeof value !== 'number' || !Number.isFinite(value)) throw invalidArgument(`${name} ${String(value)}`, `ChartAxis.${name}`);
    (target as ChartState).valueAxis[name] = value;
  }
  get minimum(): number {
    return this._get('minimum');
  }
  set minimum(v: number) {
    this._set('minimum', v);
  }
  get maximum(): number {
    return this._get('maximum');
  }
  set maximum(v: number) {
    this._set('maximum', v);
  }
}

export { isSetSupported };
