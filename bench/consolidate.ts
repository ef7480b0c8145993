// Consolidation of 8 and of 700 generated district files (700: the national number of
// district-level units): wall time, peak memory, and the ratio to the time ExcelJS alone needs to
// read the same files. Each measurement runs in a fresh child process so its peak RSS is its own.
//
//   consolidate  = what `chitieu consolidate` does after parsing its arguments: read each file from
//                  disk, open it (ExcelJS), find the indicator sheet, read it (core), consolidate,
//                  build the province workbook and write it.
//   ExcelJS only = read each file from disk and `new ExcelJS.Workbook().xlsx.load(bytes)`, nothing else.
//   core only    = `consolidate()` on sheets already in memory (no files, no ExcelJS).
//
// Environment: BENCH_RUNS (default 3) runs per figure, median time, highest peak; BENCH_SIZES
// (default "8,700").

import { fork } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { laiChau2023 } from '../src/core/catalogue/laichau2023';
import { ConsolidationSource, consolidate } from '../src/core/consolidate';
import { Scalar } from '../src/core/expr';
import { findIndicator } from '../src/core/catalogue/catalogue';
import { laiChauUnits2020 } from '../src/core/catalogue/units';
import { INDICATOR_COLUMNS, templatePlans } from '../src/core/layout';
import { findCommuneTable } from '../src/core/ruralsheet';
import { findIndicatorTable } from '../src/core/sheet';
import { Catalogue, UnitStructure } from '../src/core/types';
import { buildConsolidatedWorkbook, consolidateFiles } from '../src/xlsx/consolidate';
import { workbookBytes } from '../src/xlsx/files';
import { newWorkbook, renderSheetPlan } from '../src/xlsx/workbook';
import { BenchTable } from './table';

const catalogue: Catalogue = laiChau2023;

/** n districts: Lai Châu's 8 (106 communes), or n generated ones with 15 xã each; one in ten is poor. */
function structure(n: number): UnitStructure {
  if (n === 8) return laiChauUnits2020;
  const districts = Array.from({ length: n }, (_, i) => `Huyện ${String(i + 1).padStart(3, '0')}`);
  const communes = districts.flatMap((district, d) =>
    Array.from({ length: 15 }, (_, k) => ({ district, name: `Xã ${d + 1}-${k + 1}`, type: 'xã' as const, gsoCode: String(d * 15 + k + 1).padStart(5, '0') })),
  );
  return { id: `bench-${n}`, province: catalogue.province, districts, poorDistricts: districts.filter((_, i) => i % 10 === 3), communes };
}

/** Deterministic pseudo-random figures (every code a district types), so every rule computes. */
function districtFigures(i: number): Record<string, Scalar> {
  let s = (i + 1) * 2654435761;
  const rnd = (lo: number, hi: number) => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return lo + Math.floor((s / 2147483648) * (hi - lo));
  };
  const v: Record<string, Scalar> = {};
  const whole = (code: string, lo: number, hi: number) => (v[code] = rnd(lo, hi));
  const part = (code: string, of: string, pctLo: number) => (v[code] = Math.floor(((v[of] as number) * rnd(pctLo, 100)) / 100));
  v.CEREAL_OUTPUT = rnd(100, 400) / 10;
  whole('BUDGET_REVENUE', 100, 800);
  whole('TRADE_TURNOVER', 1, 60);
  whole('TRADE_TURNOVER_PREV', 1, 60);
  whole('TOURIST_ARRIVALS', 5000, 100000);
  whole('TOURIST_ARRIVALS_PREV', 5000, 100000);
  whole('VILLAGES', 40, 250);
  part('VILLAGES_WITH_ROADS', 'VILLAGES', 90);
  whole('HOUSEHOLDS', 6000, 18000);
  part('HOUSEHOLDS_GRID', 'HOUSEHOLDS', 85);
  v.PRESCHOOL_5Y = 'Đạt';
  whole('POPULATION', 30000, 90000);
  whole('DOCTORS', 30, 150);
  whole('HOUSEHOLDS_PREV', 6000, 18000);
  part('POOR_HOUSEHOLDS', 'HOUSEHOLDS', 1);
  v.POOR_HOUSEHOLDS = Math.floor((v.POOR_HOUSEHOLDS as number) / 4);
  part('POOR_HOUSEHOLDS_PREV', 'HOUSEHOLDS_PREV', 1);
  v.POOR_HOUSEHOLDS_PREV = Math.floor((v.POOR_HOUSEHOLDS_PREV as number) / 3);
  whole('JOBS_CREATED', 500, 1500);
  whole('WORKERS_TRAINED', 500, 2000);
  whole('LABOUR_FORCE', 17000, 50000);
  part('TRAINED_WORKERS', 'LABOUR_FORCE', 40);
  whole('VILLAGES_RESIDENTIAL', 60, 250);
  part('VILLAGES_CULTURAL_HOUSE', 'VILLAGES_RESIDENTIAL', 60);
  whole('ETHNIC_POPULATION', 20000, 85000);
  part('ETHNIC_POP_TV_RADIO', 'ETHNIC_POPULATION', 85);
  whole('RURAL_POPULATION', 10000, 85000);
  part('RURAL_POP_CLEAN_WATER', 'RURAL_POPULATION', 80);
  whole('COMMUNE_UNITS', 7, 22);
  part('COMMUNES_WASTE_COLLECTED', 'COMMUNE_UNITS', 40);
  whole('NATURAL_AREA', 7000, 270000);
  part('FOREST_AREA', 'NATURAL_AREA', 20);
  v.GRID_ELECTRICITY = Math.round(((v.HOUSEHOLDS_GRID as number) / (v.HOUSEHOLDS as number)) * 1000) / 10;
  return v;
}

const ACTUAL = INDICATOR_COLUMNS.indexOf('actual');

/** The district template's two sheets (as `chitieu template` makes them), filled in. */
function districtPlans(units: UnitStructure, i: number) {
  const unit = units.districts[i];
  const plans = templatePlans(catalogue, units, { level: 'district', unit });
  const plan = plans.indicators;
  for (const [code, value] of Object.entries(districtFigures(i))) {
    const r = plan.rowOf[code];
    // The two new-rural rows keep their formulas over the commune sheet.
    if (r !== undefined && findIndicator(catalogue, code)?.consolidation.kind !== 'rural') plan.cells[r - 1][ACTUAL] = value;
  }
  const c = plans.communes;
  for (let r = c.listRows.first, k = 0; r <= c.listRows.last; r++) {
    const row = c.cells[r - 1];
    if (row?.[c.columns.type - 1] === 'xã') row[c.columns.criteria - 1] = 8 + ((i * 7 + k++ * 3) % 12);
  }
  return plans;
}

/** Writes n filled district templates: indicator sheet and commune sheet, as `chitieu template` renders them. */
async function generate(dir: string, n: number): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const units = structure(n);
  const files: string[] = [];
  for (let i = 0; i < n; i++) {
    const wb = newWorkbook();
    const plans = districtPlans(units, i);
    renderSheetPlan(wb, plans.indicators);
    renderSheetPlan(wb, plans.communes);
    const f = join(dir, `huyen-${String(i + 1).padStart(3, '0')}.xlsx`);
    writeFileSync(f, await workbookBytes(wb));
    files.push(f);
  }
  return files;
}

// ---------------------------------------------------------------- child processes

type Mode = 'exceljs' | 'consolidate' | 'core';

interface Measure {
  mode: Mode;
  ms: number;
  /** For consolidate: reading + consolidating, and building + writing the output. */
  readMs?: number;
  writeMs?: number;
  /** Peak RSS when the files are read and consolidated, before the output is built. */
  readPeakRssMb?: number;
  peakRssMb: number;
  startRssMb: number;
  outBytes?: number;
  check?: string;
}

async function child(mode: Mode, n: number, dir: string): Promise<Measure> {
  const files = Array.from({ length: n }, (_, i) => join(dir, `huyen-${String(i + 1).padStart(3, '0')}.xlsx`));
  const startRssMb = process.memoryUsage().rss / 1048576;
  const t0 = performance.now();
  if (mode === 'exceljs') {
    let sheets = 0;
    for (const f of files) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(readFileSync(f) as unknown as ExcelJS.Buffer);
      sheets += wb.worksheets.length;
    }
    const ms = performance.now() - t0;
    return { mode, ms, peakRssMb: process.resourceUsage().maxRSS / 1024, startRssMb, check: `${sheets} sheets` };
  }
  const units = structure(n);
  if (mode === 'core') {
    const grid = (cells: Scalar[][]) => cells.map((row) => row.map((v) => ({ value: typeof v === 'string' && v.startsWith('=') ? null : v })));
    const sources: ConsolidationSource[] = units.districts.map((_, i) => {
      const plans = districtPlans(units, i);
      return {
        label: `huyen-${i + 1}.xlsx`,
        table: findIndicatorTable(plans.indicators.name, grid(plans.indicators.cells)),
        communes: findCommuneTable(plans.communes.name, grid(plans.communes.cells)).entries,
      };
    });
    const t1 = performance.now();
    const r = consolidate({ catalogue, units, districts: sources });
    const ms = performance.now() - t1;
    return { mode, ms, peakRssMb: process.resourceUsage().maxRSS / 1024, startRssMb, check: checkOf(r) };
  }
  const result = await consolidateFiles(
    files.map((f) => ({ name: f, load: async () => new Uint8Array(readFileSync(f)) })),
    { catalogue, units },
  );
  const readMs = performance.now() - t0;
  const readPeakRssMb = process.resourceUsage().maxRSS / 1024;
  const out = join(dir, `out-${n}.xlsx`);
  const bytes = await workbookBytes(buildConsolidatedWorkbook(catalogue, result));
  writeFileSync(out, bytes);
  const ms = performance.now() - t0;
  return { mode, ms, readMs, writeMs: ms - readMs, readPeakRssMb, peakRssMb: process.resourceUsage().maxRSS / 1024, startRssMb, outBytes: statSync(out).size, check: checkOf(result) };
}

function checkOf(r: ReturnType<typeof consolidate>): string {
  const computed = r.figures.filter((f) => f.value !== null).length;
  return `${computed}/${r.figures.length} figures, ${r.problems.filter((p) => p.severity !== 'info').length} problems`;
}

function measure(mode: Mode, n: number, dir: string): Promise<Measure> {
  return new Promise((resolve, reject) => {
    const p = fork(__filename, ['--child', mode, String(n), dir], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let got: Measure | undefined;
    p.on('message', (m) => (got = m as Measure));
    p.on('error', reject);
    p.on('exit', (code) => (got && code === 0 ? resolve(got) : reject(new Error(`bench child ${mode} ${n} exited with ${code}`))));
  });
}

const median = (xs: number[]) => {
  const s = xs.slice().sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

export async function bench(): Promise<BenchTable[]> {
  const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
  const sizes = (process.env.BENCH_SIZES ?? '8,700').split(',').map(Number).filter((x) => x > 0);
  const root = mkdtempSync(join(tmpdir(), 'chitieu-bench-consolidate-'));
  const rows: (string | number)[][] = [];
  const checks: string[] = [];
  try {
    for (const n of sizes) {
      const dir = join(root, String(n));
      const g0 = performance.now();
      const files = await generate(dir, n);
      const genMs = performance.now() - g0;
      const totalBytes = files.reduce((a, f) => a + statSync(f).size, 0);
      const m: Record<Mode, Measure[]> = { exceljs: [], consolidate: [], core: [] };
      for (let r = 0; r < runs; r++) {
        for (const mode of ['exceljs', 'consolidate', 'core'] as Mode[]) m[mode].push(await measure(mode, n, dir));
      }
      const t = (mode: Mode) => median(m[mode].map((x) => x.ms));
      const peak = (mode: Mode) => Math.max(...m[mode].map((x) => x.peakRssMb));
      const base = (mode: Mode) => Math.min(...m[mode].map((x) => x.startRssMb));
      const c = m.consolidate;
      rows.push([
        n,
        Math.round(totalBytes / 1024),
        t('exceljs'),
        t('consolidate'),
        median(c.map((x) => x.readMs!)),
        median(c.map((x) => x.writeMs!)),
        t('core'),
        Math.round((t('consolidate') / t('exceljs')) * 100) / 100,
        `${Math.round(peak('exceljs'))} (${Math.round(base('exceljs'))})`,
        `${Math.round(Math.max(...c.map((x) => x.readPeakRssMb!)))} / ${Math.round(peak('consolidate'))} (${Math.round(base('consolidate'))})`,
        Math.round((c[0].outBytes ?? 0) / 1024),
      ]);
      checks.push(`${n} files (generated in ${Math.round(genMs)} ms): ${c[0].check}; ExcelJS read ${m.exceljs[0].check}`);
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  return [
    {
      title: 'Consolidation of district files (chitieu consolidate path) vs ExcelJS reading the same files',
      columns: [
        'files',
        'input KB',
        'ExcelJS only ms',
        'consolidate ms',
        '  read+core ms',
        '  write ms',
        'core only ms',
        'ratio',
        'peak RSS MB ExcelJS (start)',
        'peak RSS MB consolidate: read / with output (start)',
        'output KB',
      ],
      rows,
      notes: [
        `median of ${runs} run(s) each, every run in a fresh node ${process.version} process; ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}`,
        'ratio = consolidate ms / ExcelJS only ms (same files, read from disk in both); peak RSS = process.resourceUsage().maxRSS, start = RSS before the work',
        'files: the district template as chitieu template writes it (indicator sheet + commune sheet), every row filled; 8 = Lai Châu (106 communes), 700 = generated (15 xã each)',
        ...checks,
      ],
    },
  ];
}

if (require.main === module && process.argv[2] === '--child') {
  const [, , , mode, n, dir] = process.argv;
  child(mode as Mode, Number(n), dir).then(
    (m) => process.send!(m, () => process.exit(0)),
    (e) => {
      process.stderr.write(`${(e as Error).stack}\n`);
      process.exit(1);
    },
  );
}
