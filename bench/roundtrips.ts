/// <reference types="office-js" />
// Office round trips: context.sync() calls and request payload bytes of the add-in's Office.js code
// (src/excel) for insert, check and consolidate, at 100, 1,000 and 10,000 communes, through the
// strict Excel stand-in (test/excel-standin). DESIGN.md: the syncs of an operation must not grow
// with the rows, and no request may pass Excel on the web's 5 MB.
//
//   insert       insertTemplate(): the province template, both sheets (the pane's "Chèn mẫu")
//   check        checkSheet() on the indicator sheet (what the pane's "Kiểm tra" does today), and
//                "check, both sheets": readSheetGrids() of the indicator and commune sheets, then core
//                (findCommuneTable, ruralAggregates, withRuralValues, checkIndicatorTable)
//   consolidate  consolidateWorkbook(): the 10 district templates (indicator and commune sheets) in
//                the open workbook read at once, consolidated by core, the province sheet and
//                "Nguồn số liệu" written (the pane's consolidation of the open workbook)
//
// BENCH_COMMUNES="100,1000,10000" (default) changes the sizes.

import { checkIndicatorTable } from '../src/core/check';
import { ruralAggregates, withRuralValues } from '../src/core/rural';
import { findCommuneTable, unitsForCommuneTable } from '../src/core/ruralsheet';
import { findIndicatorTable } from '../src/core/sheet';
import { UnitStructure } from '../src/core/types';
import { checkSheet } from '../src/excel/check';
import { consolidateWorkbook } from '../src/excel/consolidate';
import { readSheetGrids } from '../src/excel/read';
import { insertSheetPlans } from '../src/excel/render';
import { insertTemplate } from '../src/excel/template';
import { createStandin, installGlobals, Standin, uninstall } from '../test/excel-standin';
import { catalogue, DISTRICTS, filledTemplate, province } from './provinces';
import { BenchTable } from './table';

const FIVE_MB = 5 * 1024 * 1024;

interface Trip {
  syncs: number;
  roundTrips: number;
  maxRequest: number;
  totalRequest: number;
  maxResponse: number;
  ms: number;
}

function fresh(): Standin {
  const s = createStandin();
  installGlobals(s);
  return s;
}

/**
 * Formulas written are checked (valid, functions known) and kept as text instead of going into
 * HyperFormula. Each commune row looks for an earlier duplicate with COUNTIFS over the rows above
 * it; HyperFormula builds a range for each row, which takes it minutes at 10,000 rows. What the code
 * sends, and so every figure of the table but ms, does not depend on it.
 */
function formulasKeptAsText(s: Standin): void {
  const wb = s.workbook;
  const toRaw = wb.toRawContent.bind(wb);
  wb.toRawContent = (v: unknown, where: string) => {
    const raw = toRaw(v, where);
    return typeof raw === 'string' && raw.startsWith('=') ? `'${raw}` : raw;
  };
}

/**
 * The stand-in measures a response as the JSON of what it sends back, and for a collection's items
 * that includes its internal sheet objects (cells, formats and all), so `worksheets.load('items/name')`
 * would weigh as much as the whole workbook. Each sheet is made to serialise as its id and name,
 * which is what Excel sends back for it.
 */
function compactSheetRefs(s: Standin): void {
  for (const sheet of s.workbook.sheets) {
    if (!Object.prototype.hasOwnProperty.call(sheet, 'toJSON')) {
      Object.defineProperty(sheet, 'toJSON', { value: () => ({ id: sheet.id, name: sheet.name }), enumerable: false });
    }
  }
}

async function measured<T>(s: Standin, fn: () => Promise<T>): Promise<{ result: T; trip: Trip }> {
  compactSheetRefs(s);
  s.stats.reset();
  const t0 = performance.now();
  const result = await fn();
  const ms = performance.now() - t0;
  const st = s.stats;
  return {
    result,
    trip: {
      syncs: st.syncCalls,
      roundTrips: st.syncCount,
      maxRequest: st.maxRequestBytes,
      totalRequest: st.totalRequestBytes,
      maxResponse: Math.max(0, ...st.requests.map((r) => r.responseBytes)),
      ms,
    },
  };
}

/** The filled province template written through the adapter (not counted), for the checks. */
async function provinceWorkbook(units: UnitStructure): Promise<{ s: Standin; indicators: string; communes: string }> {
  const s = fresh();
  let names = { indicators: '', communes: '' };
  await insertSheetPlans((uniqueName) => {
    const plans = filledTemplate(units, { level: 'province', uniqueName });
    names = { indicators: plans.indicators.name, communes: plans.communes.name };
    return plans.creationOrder;
  });
  return { s, ...names };
}

export async function bench(): Promise<BenchTable[]> {
  const sizes = (process.env.BENCH_COMMUNES ?? '100,1000,10000').split(',').map(Number).filter((n) => n > 0);
  const rows: (string | number)[][] = [];
  const checks: string[] = [];
  const row = (op: string, n: number, what: string, t: Trip) =>
    rows.push([op, n, t.syncs, t.roundTrips, t.maxRequest, t.totalRequest, t.maxResponse, Math.round(t.ms), what]);

  try {
    for (const n of sizes) {
      const units = province(n);

      // insert: the real template (both sheets, every row formula), as the pane inserts it.
      {
        const s = fresh();
        formulasKeptAsText(s);
        const { result, trip } = await measured(s, () => insertTemplate(catalogue, units, { level: 'province', lang: 'vi' }));
        row('insert', n, `${result.sheets.length} sheets`, trip);
        uninstall();
      }

      // check
      {
        const { s, indicators, communes } = await provinceWorkbook(units);
        const pane = await measured(s, () => checkSheet(catalogue, { locale: 'vi-VN', lang: 'vi' }, indicators));
        row('check (pane: indicator sheet)', n, `${pane.result.report.counts.met} met`, pane.trip);
        const both = await measured(s, async () => {
          const [ind, com] = await readSheetGrids([indicators, communes]);
          const table = findIndicatorTable(ind.sheet, ind.grid);
          const list = findCommuneTable(com.sheet, com.grid);
          const agg = ruralAggregates(list.entries, unitsForCommuneTable(list, units).units, { lang: 'vi' });
          const linked = withRuralValues(table, catalogue, agg, list.sheet, 'vi').table;
          return { report: checkIndicatorTable(linked, catalogue, { locale: 'vi-VN', lang: 'vi' }), agg };
        });
        row('check (both sheets)', n, `${both.result.agg.rows} communes read`, both.trip);
        uninstall();
      }

      // consolidate: the district templates in the open workbook, as the pane consolidates them
      {
        const s = fresh();
        for (let i = 0; i < DISTRICTS; i++) {
          await insertSheetPlans((uniqueName) => filledTemplate(units, { level: 'district', unit: units.districts[i], seed: i, uniqueName }).creationOrder);
        }
        const { result, trip } = await measured(s, () => consolidateWorkbook({ catalogue, units, lang: 'vi', label: '(sổ đang mở)' }));
        const r = result.result;
        const computed = r.figures.filter((f) => f.value !== null).length;
        row('consolidate', n, `${result.sources.sheetsRead} sheets read, ${result.written ? 2 : 0} written; ${computed}/${r.figures.length} figures`, trip);
        uninstall();
      }
    }
  } finally {
    uninstall();
  }

  const over = rows.filter((r) => (r[4] as number) > FIVE_MB || (r[6] as number) > FIVE_MB);
  checks.push(over.length ? `OVER 5 MB: ${over.map((r) => `${r[0]} at ${r[1]}`).join(', ')}` : 'no request and no response over 5 MB (the stand-in refuses either, as Excel on the web does)');
  return [
    {
      title: 'Office round trips through the strict Excel stand-in (src/excel code; province of 10 districts)',
      columns: ['operation', 'communes', 'sync() calls', 'round trips', 'max request B', 'total request B', 'max response B', 'ms (stand-in)', 'what'],
      rows,
      notes: [
        'sync() calls: context.sync() made by the code (Excel.run\'s own final sync not counted); round trips: requests that carried actions, final sync included',
        'bytes: UTF-8 JSON of the queued actions, values included (the stand-in\'s measure); response: the JSON sent back (values and formats read), sheets counted as id and name',
        'ms is the in-memory stand-in, not Excel. HyperFormula needs minutes for 10,000 commune rows (each row\'s COUNTIFS over the rows above it), so: insert keeps the formulas it writes as text (checked, not evaluated); the check and consolidate workbooks hold each commune row\'s two formula results as values, from the core expressions the formulas are printed from (bench/provinces.ts)',
        'consolidate: consolidateWorkbook() over 10 district templates in the open workbook (read all sheets, core, write 2 sheets); the district files way in reads .xlsx, not Excel',
        ...checks,
      ],
    },
  ];
}
