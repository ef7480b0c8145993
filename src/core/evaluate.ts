// Value against target: a status and the reason, in both languages.

import { formatNumber, readNumber, readPassFail, roundHalfAwayFromZero } from './numbers';
import { isMet } from './rules';
import { Bilingual, CellInput, Indicator, NumberLocale, Status, Target } from './types';

export interface Evaluation {
  code: string;
  status: Status;
  /** The value read (a percentage for % indicators), before rounding. */
  value?: number;
  /** The value as the sheet shows and judges it: rounded to the indicator's decimals. */
  shown?: number;
  target?: Target;
  reason: Bilingual;
  /** A reading that a person should confirm (ambiguous "2.450", English-format text...). */
  warning?: Bilingual;
}

export interface EvaluateOptions {
  locale: NumberLocale;
  /** The target in force (the sheet's `Kế hoạch` cell); undefined: the catalogue's; null: none. */
  target?: Target | null;
}

const LOCALE_OF = { vi: 'vi-VN', en: 'en-US' } as const;

/** "52,1 %", "2.450 tỷ đồng", "13,9 tiêu chí/xã" in the language's own number format. */
export function formatQuantity(n: number, ind: Indicator, lang: 'vi' | 'en', decimals = ind.decimals): string {
  return `${formatNumber(n, LOCALE_OF[lang], decimals)} ${ind.unit[lang]}`.trim();
}

function both(f: (lang: 'vi' | 'en') => string): Bilingual {
  return { vi: f('vi'), en: f('en') };
}

export function evaluateIndicator(ind: Indicator, cell: CellInput, opts: EvaluateOptions): Evaluation {
  const target = opts.target === undefined ? ind.target : (opts.target ?? undefined);
  const base = { code: ind.code, target };
  if (ind.rule === 'maintain') return evaluatePassFail(ind, cell, base);

  const reading = readNumber(cell, { locale: opts.locale, valueKind: ind.valueKind, unit: ind.unit });
  if (reading.kind === 'missing') {
    return { ...base, status: 'missing', reason: { vi: 'Chưa nhập số liệu', en: 'No value entered' } };
  }
  if (reading.kind === 'invalid') return { ...base, status: 'invalid', reason: reading.reason };
  const warning = reading.ambiguous?.message ?? reading.otherLocale?.message;
  const value = reading.value;
  const shown = roundHalfAwayFromZero(value, ind.decimals);
  const withValue = { ...base, value, shown, ...(warning ? { warning } : {}) };
  const q = (n: number, lang: 'vi' | 'en') => formatQuantity(n, ind, lang);
  // "13,86 → 13,9": say so when rounding is what decides.
  const showValue = (lang: 'vi' | 'en') =>
    formatNumber(value, LOCALE_OF[lang]) === formatNumber(shown, LOCALE_OF[lang]) ? q(shown, lang) : `${formatNumber(value, LOCALE_OF[lang])} → ${q(shown, lang)}`;

  if (ind.rule === 'none' || target === undefined) {
    return {
      ...withValue,
      status: 'no_target',
      reason: both((l) => (l === 'vi' ? `Chưa có chỉ tiêu kế hoạch; thực hiện ${q(shown, l)}` : `No plan target; actual ${q(shown, l)}`)),
    };
  }
  if (ind.rule === 'range') {
    if (!Array.isArray(target)) return badTarget(withValue, target);
    const met = isMet({ ...ind, target }, value, undefined) === true;
    const span = (l: 'vi' | 'en') => `${formatNumber(target[0], LOCALE_OF[l])}–${q(target[1], l)}`;
    return {
      ...withValue,
      status: met ? 'met' : 'not_met',
      reason: both((l) =>
        l === 'vi'
          ? `${showValue(l)} ${met ? 'trong' : 'ngoài'} khoảng ${span(l)}`
          : `${showValue(l)} is ${met ? 'within' : 'outside'} ${span(l)}`,
      ),
    };
  }
  if (typeof target !== 'number') return badTarget(withValue, target);
  const met = isMet(ind, value, target) === true;
  const sign = ind.rule === 'at_most' ? (met ? '≤' : '>') : met ? '≥' : '<';
  const about = (l: 'vi' | 'en') => (ind.rule === 'about' ? (l === 'vi' ? 'khoảng ' : 'about ') : '');
  return {
    ...withValue,
    status: met ? 'met' : 'not_met',
    reason: both((l) => `${showValue(l)} ${sign} ${about(l)}${q(target, l)}`),
  };
}

function evaluatePassFail(ind: Indicator, cell: CellInput, base: { code: string; target?: Target }): Evaluation {
  const r = readPassFail(cell);
  switch (r.kind) {
    case 'missing':
      return { ...base, status: 'missing', reason: { vi: 'Chưa nhập kết quả (Đạt / Không đạt)', en: 'No result entered (Met / Not met)' } };
    case 'invalid':
      return { ...base, status: 'invalid', reason: r.reason };
    case 'pass':
      return { ...base, status: 'met', reason: { vi: 'Đạt: giữ vững', en: 'Met: maintained' } };
    case 'fail':
      return { ...base, status: 'not_met', reason: { vi: 'Không đạt: chỉ tiêu yêu cầu giữ vững', en: 'Not met: the target is to maintain it' } };
  }
}

function badTarget(e: Omit<Evaluation, 'status' | 'reason'>, target: Target | undefined): Evaluation {
  const t = JSON.stringify(target);
  return {
    ...e,
    status: 'invalid',
    reason: { vi: `Chỉ tiêu kế hoạch không phù hợp với quy tắc: ${t}`, en: `The plan target does not fit the rule: ${t}` },
  };
}

/** How many of each status: the Check panel's counts and the CLI's summary. */
export function countStatuses(evals: { status: Status }[]): Record<Status, number> {
  const c: Record<Status, number> = { met: 0, not_met: 0, missing: 0, invalid: 0, no_target: 0 };
  for (const e of evals) c[e.status]++;
  return c;
}
