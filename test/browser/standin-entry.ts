// The Excel stand-in as a browser script (tier 4). The browser tests route Microsoft's office.js URL
// to a webpack bundle of this file, so the production task pane runs its real Office.js code
// against an in-memory workbook. It installs `Excel`, `Office` and `OfficeExtension` as globals, as
// office.js does, and exposes `window.__standin` for the test to drive and inspect the workbook
// (type into a cell as a person would, see the selection, make the next sync fail).
//
// Options come from `window.__standinOptions`, set by the test with page.addInitScript before any
// page script runs (e.g. { requirementSets: { ExcelApi: '1.4' } }).

import { findIndicatorTable, Grid } from '../../src/core/sheet';
import { createStandin, gridFromState, installGlobals, StandinOptions, typeIntoCell } from '../excel-standin';
import type { CellInfo } from '../excel-standin';

const w = window as unknown as { __standinOptions?: StandinOptions; __standin?: StandinHandle };
const standin = createStandin(w.__standinOptions ?? {});
installGlobals(standin);

/** The sheet as core's grid, read straight from the workbook state (not through the API, not counted). */
function grid(sheet: string): Grid {
  return gridFromState(standin.workbook, sheet);
}

/** The `Thực hiện` cell of an indicator code, found by `Mã số` and header text as the add-in finds it. */
function actualCell(sheet: string, code: string): string {
  const entry = findIndicatorTable(sheet, grid(sheet)).entries.find((e) => e.code === code);
  if (!entry) throw new Error(`no row with Mã số ${code} on sheet ${sheet}`);
  return entry.actualAddress;
}

export interface StandinHandle {
  sheets(): string[];
  activeSheet(): string;
  /** The selection as Excel reports it: 'Sheet'!A1. */
  selected(): string;
  syncCount(): number;
  failNextSync(code: string, message?: string): void;
  actualCell(sheet: string, code: string): string;
  /** Types `typed` into the `Thực hiện` cell of `code`, as a person typing in Excel; returns the address. */
  typeActual(sheet: string, code: string, typed: string): string;
  cell(sheet: string, address: string): CellInfo;
  /** Scripts that called Office.onReady, so the test knows the pane ran against this stand-in. */
  onReadyCalls: number;
}

const handle: StandinHandle = {
  sheets: () => standin.workbook.sheetNames(),
  activeSheet: () => standin.workbook.activeSheetName,
  selected: () => standin.workbook.selectedAddress,
  syncCount: () => standin.stats.syncCount,
  failNextSync: (code, message) => standin.stats.failNextSync(code, message),
  actualCell,
  typeActual(sheet, code, typed) {
    const address = actualCell(sheet, code);
    typeIntoCell(standin.workbook, sheet, address, typed);
    return address;
  },
  cell: (sheet, address) => standin.workbook.cell(sheet, address),
  onReadyCalls: 0,
};

// Count the pane's Office.onReady calls (the namespace is a strict proxy: wrap, do not assign).
const onReady = standin.Office.onReady.bind(standin.Office);
(window as unknown as { Office: unknown }).Office = new Proxy(standin.Office, {
  get(target, prop, receiver) {
    if (prop === 'onReady') {
      return (cb?: (info: { host: string; platform: string }) => void) => {
        handle.onReadyCalls++;
        return onReady(cb);
      };
    }
    return Reflect.get(target, prop, receiver);
  },
});
w.__standin = handle;
