// Shared by the adapter and pane tests: a fresh stand-in installed as the global Excel/Office, and
// catalogues of any size.

import { parseCatalogue } from '../../src/core/catalogue/catalogue';
import { indicatorSheetPlan } from '../../src/core/layout';
import type { Catalogue, Level } from '../../src/core/types';
import type { Grid } from '../../src/core/sheet';
import { createStandin, gridFromState as stateGrid, installGlobals, Standin, StandinOptions, uninstall } from '../excel-standin';

let current: Standin | undefined;

/** A new in-memory workbook behind the global `Excel` and `Office`; uninstalled after each test. */
export function freshExcel(opts: StandinOptions = {}): Standin {
  current = createStandin(opts);
  installGlobals(current);
  return current;
}

afterEach(() => {
  if (current) uninstall();
  current = undefined;
});

/** A catalogue of `n` indicators (percentages, target 50,5), for size tests. */
export function bigCatalogue(n: number): Catalogue {
  return parseCatalogue({
    id: `big-${n}`,
    province: 'Tỉnh Thử',
    year: 2024,
    indicators: Array.from({ length: n }, (_, i) => ({
      code: `IND_${String(i).padStart(5, '0')}`,
      name: { vi: `Chỉ tiêu thử số ${i}`, en: `Test indicator ${i}` },
      unit: '%',
      target: 50.5,
    })),
  });
}

/** Where a code's value goes in the template, as core's plan lays it out. */
export function actualCell(catalogue: Catalogue, code: string, level: Level = 'province'): string {
  const row = indicatorSheetPlan(catalogue, { level }).rowOf[code];
  if (!row) throw new Error(`no row for ${code}`);
  return `F${row}`;
}

/** The sheet as core's grid, read straight from the workbook state (not through the adapter). */
export function gridFromState(s: Standin, sheet: string): Grid {
  return stateGrid(s.workbook, sheet);
}
