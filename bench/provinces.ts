// Provinces of any number of communes, for the round-trip and check benchmarks (not a bench file:
// it exports no bench()). Ten districts, the communes shared out evenly; one unit in twenty is a
// phường (not counted by the new-rural figures). Filled templates are core's own plans with
// deterministic figures typed in.

import { findIndicator } from '../src/core/catalogue/catalogue';
import { laiChau2023 } from '../src/core/catalogue/laichau2023';
import { evalExpr, Scalar } from '../src/core/expr';
import { CommuneSheetPlan, INDICATOR_COLUMNS, SheetPlan, templatePlans, TemplatePlans } from '../src/core/layout';
import { communeVerdictExpr, countedValueExpr, ROW_INPUTS } from '../src/core/rural';
import { Grid } from '../src/core/sheet';
import { Catalogue, Level, UnitStructure } from '../src/core/types';

export const catalogue: Catalogue = laiChau2023;
export const DISTRICTS = 10;

/** `communes` commune-level units in 10 districts (Huyện 01 … Huyện 10); every 20th is a phường. */
export function province(communes: number): UnitStructure {
  const districts = Array.from({ length: DISTRICTS }, (_, i) => `Huyện ${String(i + 1).padStart(2, '0')}`);
  const list = Array.from({ length: communes }, (_, k) => {
    const district = districts[Math.floor((k * DISTRICTS) / communes)];
    const type = k % 20 === 19 ? ('phường' as const) : ('xã' as const);
    return { district, name: `${type === 'xã' ? 'Xã' : 'Phường'} ${k + 1}`, type, gsoCode: String(k + 1).padStart(5, '0') };
  });
  return { id: `bench-${communes}`, province: catalogue.province, districts, poorDistricts: districts.slice(0, 3), communes: list };
}

const ACTUAL = INDICATOR_COLUMNS.indexOf('actual');

/** A number for every indicator and component that is typed (the new-rural ones keep their formulas). */
function fillIndicators(plan: SheetPlan, seed: number): void {
  let s = (seed + 1) * 2654435761;
  const rnd = (lo: number, hi: number) => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return lo + Math.floor((s / 2147483648) * (hi - lo));
  };
  for (const [code, row] of Object.entries(plan.rowOf ?? {})) {
    const ind = findIndicator(catalogue, code);
    if (!ind || ind.consolidation.kind === 'rural') continue;
    plan.cells[row - 1][ACTUAL] = ind.valueKind === 'pass_fail' ? 'Đạt' : ind.valueKind === 'percent' ? rnd(500, 1000) / 10 : rnd(100, 50000);
  }
}

/**
 * Types a count of criteria for every commune, and puts in each list row's two formula cells
 * (`Tính vào tổng hợp`, `Đánh giá`) the value core's expressions give, the very expressions those
 * formulas are printed from. Why: a row's formulas look for an earlier duplicate with COUNTIFS over
 * the rows above it, so evaluating 10,000 rows costs HyperFormula minutes (quadratic); the values
 * read back are the same (no duplicates here), and the aggregate formulas stay.
 */
function fillCommunes(plan: CommuneSheetPlan, seed: number, formulasAsValues: boolean): void {
  const c = plan.columns;
  const verdict = communeVerdictExpr((plan.meta.lang ?? 'vi') as 'vi' | 'en');
  for (let r = plan.listRows.first, k = 0; r <= plan.listRows.last; r++, k++) {
    const row = plan.cells[r - 1];
    if (!row || row[c.name - 1] === null || row[c.name - 1] === undefined) {
      if (formulasAsValues && row) row[c.counted - 1] = row[c.verdict - 1] = null;
      continue;
    }
    const criteria = 8 + ((seed * 7 + k * 3) % 12);
    row[c.criteria - 1] = criteria;
    if (!formulasAsValues) continue;
    const env: Record<string, Scalar> = {
      [ROW_INPUTS.value]: criteria,
      [ROW_INPUTS.type]: row[c.type - 1] as Scalar,
      [ROW_INPUTS.name]: row[c.name - 1] as Scalar,
      [ROW_INPUTS.knownDistrict]: true,
      [ROW_INPUTS.firstOccurrence]: true,
    };
    const counted = evalExpr(countedValueExpr, env);
    row[c.counted - 1] = counted === '' ? null : counted;
    row[c.verdict - 1] = evalExpr(verdict, { ...env, [ROW_INPUTS.counted]: counted === '' ? null : counted });
  }
}

/** The template of `units` at a level, filled as people would fill it. */
export function filledTemplate(
  units: UnitStructure,
  opts: { level: Level; unit?: string; seed?: number; formulasAsValues?: boolean; uniqueName?: (wanted: string) => string },
): TemplatePlans {
  const plans = templatePlans(catalogue, units, { level: opts.level, lang: 'vi', ...(opts.unit ? { unit: opts.unit } : {}), ...(opts.uniqueName ? { uniqueName: opts.uniqueName } : {}) });
  fillIndicators(plans.indicators, opts.seed ?? 0);
  fillCommunes(plans.communes, opts.seed ?? 0, opts.formulasAsValues ?? true);
  return plans;
}

/** A plan's cells as core's grid, as an adapter would read them (remaining formulas read as empty). */
export function planGrid(plan: SheetPlan): Grid {
  return plan.cells.map((row) => row.map((v) => ({ value: typeof v === 'string' && v.startsWith('=') ? null : (v ?? null) })));
}
