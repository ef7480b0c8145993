// `npm run bench`: compiles bench/ (tsconfig.bench.json → build-bench/) and runs every bench file in
// bench/, i.e. every module that exports `bench()` (see table.ts), printing its tables.
// `npm run bench -- consolidate` runs only the files whose name contains "consolidate".

import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { BenchFn, formatTable } from './table';

async function main(filters: string[]): Promise<number> {
  const files = readdirSync(__dirname)
    .filter((f) => f.endsWith('.js') && f !== 'run.js' && f !== 'table.js')
    .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
    .sort();
  let ran = 0;
  for (const f of files) {
    const mod = require(join(__dirname, f)) as { bench?: BenchFn };
    if (typeof mod.bench !== 'function') continue;
    ran++;
    process.stdout.write(`\n== ${basename(f, '.js')} ==\n`);
    for (const t of await mod.bench()) process.stdout.write(formatTable(t) + '\n\n');
  }
  if (ran === 0) {
    process.stderr.write(`bench: no bench file matched ${filters.join(' ') || '(any)'} in ${__dirname}\n`);
    return 2;
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`bench: ${(e as Error).stack ?? String(e)}\n`);
    process.exitCode = 1;
  },
);
