// The judging rules, written once as expressions: core evaluates them, the sheet plan prints them
// as the `Đánh giá` and `So với KH (%)` formulas. A test holds the two readings equal.

import {
  Expr,
  and,
  div,
  evalExpr,
  ge,
  gt,
  iff,
  isBlank,
  isNumber,
  le,
  lt,
  mul,
  ne,
  num,
  oneOf,
  ref,
  round,
  str,
  sub,
  toExcelFormula,
  trim,
} from './expr';
import { FAIL_WORDS, MISSING_MARKERS, PASS_WORDS } from './numbers';
import { Indicator, Lang, Status } from './types';

/** What the `Đánh giá` cell shows for each status, per template language. */
export const STATUS_LABELS: Record<Lang, Record<Status | 'check', string>> = {
  vi: {
    met: 'Đạt',
    not_met: 'Không đạt',
    missing: 'Chưa có số liệu',
    invalid: 'Cần kiểm tra',
    no_target: 'Chưa có chỉ tiêu',
    check: 'Cần kiểm tra',
  },
  en: {
    met: 'Met',
    not_met: 'Not met',
    missing: 'No data',
    invalid: 'Check value',
    no_target: 'No target',
    check: 'Check value',
  },
};

/** The label a formula shows, read back as a status ('check' = amber: the add-in's check decides). */
export type FormulaVerdict = Status | 'check';

export function verdictFromLabel(label: unknown): FormulaVerdict | undefined {
  if (typeof label !== 'string') return undefined;
  const t = label.trim().toLowerCase();
  for (const lang of ['vi', 'en'] as Lang[]) {
    for (const [k, v] of Object.entries(STATUS_LABELS[lang])) {
      if (v.toLowerCase() === t) return k === 'invalid' ? 'check' : (k as FormulaVerdict);
    }
  }
  return undefined;
}

const VALUE = ref('value');
const TARGET = ref('target');

/**
 * True when the rounded value meets the target. Inputs: `value` (a number) and, for rules with
 * one numeric target, `target` (the `Kế hoạch` cell, so a target edited in the sheet counts).
 * A range's bounds and the tolerance of "about" are constants of the catalogue.
 */
export function metPredicate(ind: Indicator): Expr | undefined {
  const v = round(VALUE, ind.decimals);
  switch (ind.rule) {
    case 'at_least':
      return ge(v, TARGET);
    case 'about':
      return ge(v, ind.tolerance ? sub(TARGET, num(ind.tolerance)) : TARGET);
    case 'at_most':
      return le(v, TARGET);
    case 'range': {
      if (!Array.isArray(ind.target)) return undefined;
      return and(ge(v, num(ind.target[0])), le(v, num(ind.target[1])));
    }
    case 'maintain':
    case 'none':
      return undefined;
  }
}

/** Whether the rule reads its target from the `Kế hoạch` cell (one number) or from the catalogue. */
export function targetFromCell(ind: Indicator): boolean {
  return ind.rule === 'at_least' || ind.rule === 'about' || ind.rule === 'at_most';
}

/**
 * A percent indicator whose cell holds 0 < x < 1 against a target ≥ 1 was most likely typed as
 * "52,3%" and stored as 0,523: a formula cannot see the number format, so it asks for a check
 * (amber) rather than show a wrong red.
 */
function looksLikeStoredPercent(ind: Indicator): Expr | undefined {
  if (ind.valueKind !== 'percent') return undefined;
  const small = and(gt(VALUE, num(0)), lt(VALUE, num(1)));
  if (targetFromCell(ind)) return and(small, ge(TARGET, num(1)));
  if (Array.isArray(ind.target) && ind.target[0] >= 1) return small;
  return undefined;
}

/**
 * The whole `Đánh giá` decision for a raw cell as a formula sees it. Components (rule `none`)
 * have no status formula.
 */
export function verdictExpr(ind: Indicator, lang: Lang): Expr | undefined {
  if (ind.rule === 'none') return undefined;
  const L = STATUS_LABELS[lang];
  const missingText = oneOf(trim(VALUE), MISSING_MARKERS.filter((m) => m !== ''));
  if (ind.rule === 'maintain') {
    return iff(
      isBlank(VALUE),
      str(L.missing),
      iff(
        isNumber(VALUE),
        str(L.check),
        iff(
          oneOf(trim(VALUE), PASS_WORDS),
          str(L.met),
          iff(oneOf(trim(VALUE), FAIL_WORDS), str(L.not_met), iff(missingText, str(L.missing), str(L.check))),
        ),
      ),
    );
  }
  const met = metPredicate(ind);
  const suspect = looksLikeStoredPercent(ind);
  const judged = met ? iff(met, str(L.met), str(L.not_met)) : str(L.no_target);
  const numeric = suspect ? iff(suspect, str(L.check), judged) : judged;
  const withTarget = targetFromCell(ind)
    ? iff(isNumber(TARGET), numeric, str(L.no_target))
    : ind.target === undefined
      ? str(L.no_target)
      : numeric;
  return iff(isBlank(VALUE), str(L.missing), iff(isNumber(VALUE), withTarget, iff(missingText, str(L.missing), str(L.check))));
}

/** `So với KH (%)`: the value as a percentage of a one-number target, blank where that means nothing. */
export function ratioToPlanExpr(ind: Indicator): Expr | undefined {
  if (!targetFromCell(ind)) return undefined;
  const suspect = looksLikeStoredPercent(ind);
  const usable = and(isNumber(VALUE), isNumber(TARGET));
  const ratio = round(mul(div(VALUE, TARGET), num(100)), 1);
  const guarded = iff(ne(TARGET, num(0)), suspect ? iff(suspect, str(''), ratio) : ratio, str(''));
  return iff(usable, guarded, str(''));
}

export interface FormulaRefs {
  value: string;
  target: string;
}

/** Excel formula text (with '=') of the `Đánh giá` cell, or undefined for a component row. */
export function verdictFormula(ind: Indicator, lang: Lang, refs: FormulaRefs): string | undefined {
  const e = verdictExpr(ind, lang);
  return e && '=' + toExcelFormula(e, { value: refs.value, target: refs.target });
}

export function ratioToPlanFormula(ind: Indicator, refs: FormulaRefs): string | undefined {
  const e = ratioToPlanExpr(ind);
  return e && '=' + toExcelFormula(e, { value: refs.value, target: refs.target });
}

/** What the formula will show for raw cell contents: the TypeScript reading of the same rule. */
export function formulaVerdict(
  ind: Indicator,
  value: number | string | null,
  target: number | string | null,
): FormulaVerdict | undefined {
  const e = verdictExpr(ind, 'vi');
  if (!e) return undefined;
  return verdictFromLabel(evalExpr(e, { value, target }));
}

/** Met or not, for a value already read as a number: the decision core reports. */
export function isMet(ind: Indicator, value: number, target: number | undefined): boolean | undefined {
  const p = metPredicate(ind);
  if (!p) return undefined;
  if (targetFromCell(ind) && target === undefined) return undefined;
  return evalExpr(p, { value, target: target ?? null }) === true;
}
