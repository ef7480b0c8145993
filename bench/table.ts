// What a bench file reports, and how run.ts prints it. A bench file is any module in bench/ that
// exports `bench(): Promise<BenchTable[]>`; figures only, no pass/fail thresholds.

export interface BenchTable {
  title: string;
  columns: string[];
  rows: (string | number)[][];
  /** How the figures were taken (machine, runs, what is measured). */
  notes?: string[];
}

export type BenchFn = () => Promise<BenchTable[]>;

function cell(v: string | number): string {
  if (typeof v === 'string') return v;
  if (!Number.isFinite(v)) return String(v);
  return Math.abs(v) >= 100 || Number.isInteger(v) ? Math.round(v).toLocaleString('en-US') : v.toFixed(2);
}

/** A plain-text table: a title, aligned columns (numbers to the right), then notes. */
export function formatTable(t: BenchTable): string {
  const body = t.rows.map((r) => r.map(cell));
  const widths = t.columns.map((c, i) => Math.max(c.length, ...body.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[], numeric: boolean[]) => cells.map((c, i) => (numeric[i] ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ');
  const numeric = t.columns.map((_, i) => t.rows.length > 0 && t.rows.every((r) => typeof r[i] === 'number'));
  return [
    t.title,
    line(t.columns, numeric),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...body.map((r) => line(r, numeric)),
    ...(t.notes ?? []).map((n) => `  ${n}`),
  ].join('\n');
}
