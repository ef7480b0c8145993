// createStandin(): an in-memory Excel for testing the add-in's Office.js code without Excel.
//
//   const s = createStandin({ requirementSets: { ExcelApi: '1.12' } });
//   await s.Excel.run(async (context) => { ... });         // context is typed as Excel.RequestContext
//   s.workbook.cell('Sheet1', 'F7').text;                    // inspect without the API
//   installGlobals(s); ... uninstall();                      // for code that uses the global Excel/Office

import * as Enums from './enums';
import { OfficeExtensionErrorCodes, StandinNotImplementedError, StandinOfficeError } from './errors';
import { StandinRequestContext } from './objects';
import { FailOn, isSetSupported, Limits, StandinClientObject, StandinClientResult, StandinCore, StandinStatsImpl } from './runtime';
import { WorkbookState } from './workbookState';

export interface StandinOptions {
  /** Requirement sets the simulated Excel supports, e.g. { ExcelApi: '1.12' }. Default: ExcelApi 1.13. */
  requirementSets?: Record<string, string>;
  /** Makes matching actions fail at sync with the code returned (e.g. () => 'GeneralException'). */
  failOn?: FailOn;
  /** Sheets of the new workbook. Default: ['Sheet1']. */
  sheets?: string[];
  /** Payload and read limits. Default: Excel on the web's (5 MB request, 5 MB response, 5 000 000 cells). */
  limits?: Partial<Limits>;
  /** Office.context.displayLanguage. Default 'vi-VN'. */
  displayLanguage?: string;
  /** Office.context.platform / onReady info.platform. Default 'OfficeOnline'. */
  platform?: string;
}

export interface StandinStats {
  /** Round trips: syncs that carried queued actions (Excel.run's own final sync included). */
  readonly syncCount: number;
  /** context.sync() calls made by the code, empty ones included. */
  readonly syncCalls: number;
  readonly runCount: number;
  /** One record per round trip: request bytes (JSON of the queued actions, values included), actions, response bytes. */
  readonly requests: readonly import('./runtime').SyncRecord[];
  readonly maxRequestBytes: number;
  readonly totalRequestBytes: number;
  /** The next round trip fails with `code` before anything is applied. */
  failNextSync(code: string, message?: string): void;
  reset(): void;
}

/** The Excel namespace as far as the stand-in implements it (enums are string constants). */
export interface StandinExcelNamespace {
  run: typeof Excel.run;
  RequestContext: unknown;
  ConditionalFormatType: typeof Enums.ConditionalFormatType;
  SheetVisibility: typeof Enums.SheetVisibility;
  DataValidationType: typeof Enums.DataValidationType;
  DataValidationOperator: typeof Enums.DataValidationOperator;
  DataValidationAlertStyle: typeof Enums.DataValidationAlertStyle;
  ChartType: typeof Enums.ChartType;
  ChartSeriesBy: typeof Enums.ChartSeriesBy;
  ChartLegendPosition: typeof Enums.ChartLegendPosition;
  ChartTitlePosition: typeof Enums.ChartTitlePosition;
  ChartDataLabelPosition: typeof Enums.ChartDataLabelPosition;
  HorizontalAlignment: typeof Enums.HorizontalAlignment;
  VerticalAlignment: typeof Enums.VerticalAlignment;
  RangeValueType: typeof Enums.RangeValueType;
  ClearApplyTo: typeof Enums.ClearApplyTo;
  ConditionalCellValueOperator: typeof Enums.ConditionalCellValueOperator;
  ConditionalRangeFontUnderlineStyle: typeof Enums.ConditionalRangeFontUnderlineStyle;
  DocumentPropertyType: typeof Enums.DocumentPropertyType;
  ImageFittingMode: typeof Enums.ImageFittingMode;
  WorksheetPositionType: typeof Enums.WorksheetPositionType;
  BuiltInStyle: typeof Enums.BuiltInStyle;
  ErrorCodes: typeof Enums.ErrorCodes;
}

export interface StandinOfficeNamespace {
  context: {
    requirements: { isSetSupported(name: string, minVersion?: string | number): boolean };
    displayLanguage: string;
    contentLanguage: string;
    platform: string;
    host: string;
  };
  onReady(callback?: (info: { host: string; platform: string }) => void): Promise<{ host: string; platform: string }>;
  HostType: Record<string, string>;
  PlatformType: Record<string, string>;
}

export interface StandinOfficeExtensionNamespace {
  Error: typeof StandinOfficeError;
  ErrorCodes: typeof OfficeExtensionErrorCodes;
  ClientResult: typeof StandinClientResult;
  ClientObject: typeof StandinClientObject;
  ClientRequestContext: typeof StandinRequestContext;
}

export interface Standin {
  /** Use as the `Excel` namespace: Excel.run, enums. */
  Excel: StandinExcelNamespace;
  /** Use as the `Office` namespace: Office.context.requirements.isSetSupported, Office.onReady. */
  Office: StandinOfficeNamespace;
  OfficeExtension: StandinOfficeExtensionNamespace;
  /** The workbook, for inspection and direct setup in tests. */
  workbook: WorkbookState;
  stats: StandinStats;
  /** @internal */
  core: StandinCore;
}

const FIVE_MB = 5 * 1024 * 1024;

function strictNamespace<T extends object>(obj: T, name: string): T {
  return new Proxy(obj, {
    get(target, prop, receiver) {
      if (typeof prop === 'symbol' || prop in target || prop === 'then' || prop === 'toJSON' || prop === '$$typeof' || prop === 'asymmetricMatch') {
        return Reflect.get(target, prop, receiver);
      }
      throw new StandinNotImplementedError(`${name}.${String(prop)} (or it is not part of Office.js)`);
    },
  });
}

export function createStandin(opts: StandinOptions = {}): Standin {
  const state = new WorkbookState(opts.sheets ?? ['Sheet1']);
  const stats = new StandinStatsImpl();
  const core: StandinCore = {
    state,
    requirementSets: opts.requirementSets ?? { ExcelApi: '1.13' },
    limits: {
      requestBytes: opts.limits?.requestBytes === undefined ? FIVE_MB : opts.limits.requestBytes,
      responseBytes: opts.limits?.responseBytes === undefined ? FIVE_MB : opts.limits.responseBytes,
      readCells: opts.limits?.readCells === undefined ? 5_000_000 : opts.limits.readCells,
    },
    failOn: opts.failOn,
    stats,
  };

  async function run(...args: unknown[]): Promise<unknown> {
    let batch: unknown;
    let reuse: StandinRequestContext | undefined;
    if (args.length === 1) {
      batch = args[0];
    } else if (args.length === 2) {
      const first = args[0];
      batch = args[1];
      if (first instanceof StandinClientObject) reuse = first.context as StandinRequestContext;
      else if (first instanceof StandinRequestContext) reuse = first;
      else if (Array.isArray(first)) {
        if (first.length === 0 || !first.every((o) => o instanceof StandinClientObject)) {
          throw new StandinOfficeError('InvalidArgument', undefined, 'Excel.run');
        }
        reuse = (first[0] as StandinClientObject).context as StandinRequestContext;
        if (first.some((o) => (o as StandinClientObject).context !== reuse)) {
          throw new StandinOfficeError('InvalidRequestContext', 'Cannot use the object across different request contexts.', 'Excel.run');
        }
      } else if (first && typeof first === 'object') {
        const o = first as Record<string, unknown>;
        if (o.session !== undefined || o.previousObjects !== undefined) {
          throw new StandinNotImplementedError('Excel.run options session / previousObjects');
        }
        // delayForCellEdit and mergeUndoGroup change nothing in memory.
      } else {
        throw new StandinOfficeError('InvalidArgument', undefined, 'Excel.run');
      }
    } else {
      throw new StandinOfficeError('InvalidArgument', undefined, 'Excel.run');
    }
    if (typeof batch !== 'function') throw new StandinOfficeError('InvalidArgument', undefined, 'Excel.run');
    stats.runCount++;
    const context = reuse ?? new StandinRequestContext(core);
    const wasFinished = context._finished;
    context._finished = false;
    try {
      const r = (batch as (c: unknown) => unknown)(context);
      if (!r || typeof (r as { then?: unknown }).then !== 'function') {
        throw new StandinOfficeError(
          'RunMustReturnPromise',
          'The batch function passed to the ".run" method didn\'t return a promise. The function must return a promise, so that any automatically-tracked objects can be released at the completion of the batch operation. Typically, you return a promise by returning the response from "context.sync()".',
        );
      }
      const result = await r;
      // office.js: `.then(runBodyResult => ctx.sync(runBodyResult))` — what is still queued is sent.
      await context._finalSync();
      return result;
    } finally {
      // A context reused from an Excel.run still in progress stays usable there.
      context._finished = reuse ? wasFinished : true;
    }
  }

  const excel = {
    run: ((...args: unknown[]) => run(...args)) as unknown as typeof Excel.run,
    RequestContext: StandinRequestContext,
    ConditionalFormatType: Enums.ConditionalFormatType,
    SheetVisibility: Enums.SheetVisibility,
    DataValidationType: Enums.DataValidationType,
    DataValidationOperator: Enums.DataValidationOperator,
    DataValidationAlertStyle: Enums.DataValidationAlertStyle,
    ChartType: Enums.ChartType,
    ChartSeriesBy: Enums.ChartSeriesBy,
    ChartLegendPosition: Enums.ChartLegendPosition,
    ChartTitlePosition: Enums.ChartTitlePosition,
    ChartDataLabelPosition: Enums.ChartDataLabelPosition,
    HorizontalAlignment: Enums.HorizontalAlignment,
    VerticalAlignment: Enums.VerticalAlignment,
    RangeValueType: Enums.RangeValueType,
    ClearApplyTo: Enums.ClearApplyTo,
    ConditionalCellValueOperator: Enums.ConditionalCellValueOperator,
    ConditionalRangeFontUnderlineStyle: Enums.ConditionalRangeFontUnderlineStyle,
    DocumentPropertyType: Enums.DocumentPropertyType,
    ImageFittingMode: Enums.ImageFittingMode,
    WorksheetPositionType: Enums.WorksheetPositionType,
    BuiltInStyle: Enums.BuiltInStyle,
    ErrorCodes: Enums.ErrorCodes,
  };

  const platform = opts.platform ?? 'OfficeOnline';
  const office: StandinOfficeNamespace = {
    context: strictNamespace(
      {
        requirements: strictNamespace(
          { isSetSupported: (name: string, minVersion?: string | number) => isSetSupported(core, name, minVersion) },
          'Office.context.requirements',
        ),
        displayLanguage: opts.displayLanguage ?? 'vi-VN',
        contentLanguage: opts.displayLanguage ?? 'vi-VN',
        platform,
        host: 'Excel',
      },
      'Office.context',
    ),
    onReady(callback) {
      const info = { host: 'Excel', platform };
      if (callback) callback(info);
      return Promise.resolve(info);
    },
    HostType: { Excel: 'Excel', Word: 'Word', PowerPoint: 'PowerPoint', Outlook: 'Outlook', OneNote: 'OneNote', Project: 'Project', Access: 'Access' },
    PlatformType: { PC: 'PC', OfficeOnline: 'OfficeOnline', Mac: 'Mac', iOS: 'iOS', Android: 'Android', Universal: 'Universal' },
  };

  const officeExtension: StandinOfficeExtensionNamespace = {
    Error: StandinOfficeError,
    ErrorCodes: OfficeExtensionErrorCodes,
    ClientResult: StandinClientResult,
    ClientObject: StandinClientObject,
    ClientRequestContext: StandinRequestContext,
  };

  return {
    Excel: strictNamespace(excel, 'Excel'),
    Office: strictNamespace(office, 'Office'),
    OfficeExtension: strictNamespace(officeExtension, 'OfficeExtension'),
    workbook: state,
    stats,
    core,
  };
}

// ---------------------------------------------------------------- globals

const GLOBAL_NAMES = ['Excel', 'Office', 'OfficeExtension'] as const;
let saved: { had: boolean; value: unknown }[] | undefined;

/**
 * Makes `Excel`, `Office` and `OfficeExtension` global (for code written against the global
 * namespaces, as add-in code is). Returns the matching uninstall function.
 */
export function installGlobals(standin: Standin): () => void {
  const g = globalThis as Record<string, unknown>;
  if (!saved) saved = GLOBAL_NAMES.map((n) => ({ had: n in g, value: g[n] }));
  g.Excel = standin.Excel;
  g.Office = standin.Office;
  g.OfficeExtension = standin.OfficeExtension;
  return uninstall;
}

/** Restores the globals installGlobals replaced. */
export function uninstall(): void {
  if (!saved) return;
  const g = globalThis as Record<string, unknown>;
  GLOBAL_NAMES.forEach((n, i) => {
    const s = saved![i];
    if (s.had) g[n] = s.value;
    else delete g[n];
  });
  saved = undefined;
}

/** Makes `context` usable where code expects the Office.js type. */
export function asExcelContext(context: unknown): Excel.RequestContext {
  return context as Excel.RequestContext;
}
