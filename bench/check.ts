// Core: the time to check a province from sheets already read (what runs after the adapter's read,
// in the pane and in `chitieu check`): find the two tables, the new-rural aggregates of the commune
// list (ruralAggregates), the two NTM indicators taken from them (withRuralValues), and every
// indicator judged (checkIndicatorTable). Pure TypeScript, no Excel, no files.
//
// BENCH_COMMUNES="100,1000,10000" (default) changes the sizes; BENCH_RUNS (default 7) the least
// number of runs per size (small sizes run until a second has passed, at most 60 runs).

import { cpus } from 'node:os';
import { checkIndicatorTable } from '../src/core/check';
import { ruralAggregates, withRuralValues } from '../src/core/rural';
import { findCommuneTable, unitsForCommuneTable } from '../src/core/ruralsheet';
import { findIndicatorTable } from '../src/core/sheet';
import { catalogue, DISTRICTS, filledTemplate, planGrid, province } from './provinces';
import { BenchTable } from './table';

const median = (xs: number[]) => {
  const s = xs.slice().sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

export async function bench(): Promise<BenchTable[]> {
  const sizes = (process.env.BENCH_COMMUNES ?? '100,1000,10000').split(',').map(Number).filter((n) => n > 0);
  const runs = Math.max(5, Number(process.env.BENCH_RUNS ?? 7));
  const rows: (string | number)[][] = [];
  for (const n of sizes) {
    const units = province(n);
    const plans = filledTemplate(units, { level: 'province' });
    const indicatorGrid = planGrid(plans.indicators);
    const communeGrid = planGrid(plans.communes);
    const t: Record<'find' | 'rural' | 'check' | 'total', number[]> = { find: [], rural: [], check: [], total: [] };
    let summary = '';
    const start = performance.now();
    for (let r = 0; r < runs + 1 || (r < 61 && performance.now() - start < 1000); r++) {
      const t0 = performance.now();
      const table = findIndicatorTable(plans.indicators.name, indicatorGrid);
      const list = findCommuneTable(plans.communes.name, communeGrid);
      const t1 = performance.now();
      const agg = ruralAggregates(list.entries, unitsForCommuneTable(list, units).units, { lang: 'vi' });
      const linked = withRuralValues(table, catalogue, agg, list.sheet, 'vi');
      const t2 = performance.now();
      const report = checkIndicatorTable(linked.table, catalogue, { locale: 'vi-VN', lang: 'vi' });
      const t3 = performance.now();
      if (r === 0) {
        // The first run warms the JIT up; it is not counted.
        summary = `${agg.rows} rows, ${agg.province.communes} xã counted, average ${agg.province.averageCriteria?.toFixed(2)}; ${report.counts.met} met, ${report.counts.not_met} not met, ${report.problems.length + agg.problems.length} problems`;
        continue;
      }
      t.find.push(t1 - t0);
      t.rural.push(t2 - t1);
      t.check.push(t3 - t2);
      t.total.push(t3 - t0);
    }
    rows.push([n, t.total.length, median(t.find), median(t.rural), median(t.check), median(t.total), summary]);
  }
  return [
    {
      title: `Core: check a province from its read sheets (${DISTRICTS} districts)`,
      columns: ['communes', 'runs', 'find tables ms', 'ruralAggregates + link ms', 'checkIndicatorTable ms', 'total ms', 'result'],
      rows,
      notes: [
        `medians of the runs after one warm-up (at least ${runs}; each column its own median, so they need not add up), node ${process.version}, ${cpus()[0]?.model ?? 'CPU'}`,
        'input: the province template (core\'s plans) filled in, as core\'s grids; every xã has a count of criteria',
      ],
    },
  ];
}
