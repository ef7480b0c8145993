// The meeting summary and the dashboard's data, from a checked indicator sheet. Pure: no Office,
// no DOM, no Node, no rendering. The task pane, the .pptx deck and the CLI all read these.
//
// - `meetingSummary`: sentences a person would say at the meeting ("Tỷ lệ che phủ rừng đạt 52,1 %
//   so với kế hoạch 52,3 % (thiếu 0,2 điểm %).") with numbers in the chosen locale.
// - `dashboardData`: per group, each indicator's result as a percentage of its target (for a chart
//   against a 100 % line) with its status, and the table of the indicators not met.
//
// Numbers are the values as the sheet shows and judges them (rounded to the indicator's decimals),
// so a bar coloured "met" never sits below the 100 % line for an `at least` target because of a
// digit the sheet does not show.

import { IndicatorResult, CheckReport } from './check';
import { countStatuses } from './evaluate';
import { formatNumber, roundHalfAwayFromZero } from './numbers';
import { STATUS_LABELS } from './rules';
import { Catalogue, Indicator, Lang, NumberLocale, RuleKind, Status, Target } from './types';

export interface SummaryOptions {
  lang: Lang;
  /** How numbers are written; default: the language's own (vi → vi-VN, en → en-US). */
  locale?: NumberLocale;
}

/** One indicator named in the summary. */
export interface SummaryEntry {
  code: string;
  /** The name as said aloud: a "Trong đó: ..." sub-indicator carries its parent's name. */
  name: string;
}

export interface NotMetSentence extends SummaryEntry {
  sentence: string;
}

export interface MeetingSummary {
  lang: Lang;
  locale: NumberLocale;
  /** Indicators judged (components excluded). */
  total: number;
  counts: Record<Status, number>;
  /** "Có 15/22 chỉ tiêu đạt kế hoạch, 4 chỉ tiêu không đạt, 3 chỉ tiêu chưa có số liệu." */
  headline: string;
  /** One sentence per indicator not met, in catalogue order. */
  notMet: NotMetSentence[];
  met: SummaryEntry[];
  missing: SummaryEntry[];
  invalid: SummaryEntry[];
  noTarget: SummaryEntry[];
  /** "Chưa có số liệu: A; B." — absent when every indicator has data. */
  missingSentence?: string;
  invalidSentence?: string;
  noTargetSentence?: string;
  /** Headline, the not-met sentences, then missing, invalid and no-target: the order they are said. */
  sentences: string[];
  /** The sentences, one per line. */
  text: string;
}

export interface DashboardItem {
  code: string;
  group: string;
  name: string;
  /** For chart labels: at most `shortNameLength` characters, cut at a word, with "…". */
  shortName: string;
  unit: string;
  status: Status;
  /** "Đạt", "Không đạt", "Chưa có số liệu", ... (the words of the sheet's `Đánh giá` column). */
  statusText: string;
  /** The value as shown and judged (rounded to `decimals`); null when there is no number. */
  value: number | null;
  target: Target | null;
  decimals: number;
  /**
   * value ÷ target × 100, one decimal, for a chart against a 100 % line; null where that means
   * nothing: no number, a pass/fail or range target, no target, a target ≤ 0.
   */
  percentOfTarget: number | null;
  /** "52,1 %", "Đạt", "—". */
  valueText: string;
  /** "52,3 %", "khoảng 9,0 %", "Giữ vững", "—". */
  targetText: string;
  /** For a target not met: "thiếu 0,2 điểm %" / "0.2 percentage points short". */
  gapText?: string;
  /** Why the status: the gap for not met, the evaluation's reason otherwise. */
  reason: string;
}

export interface DashboardGroup {
  code: string;
  name: string;
  items: DashboardItem[];
}

export interface NotMetRow {
  code: string;
  group: string;
  name: string;
  value: string;
  target: string;
  reason: string;
}

export interface DashboardData {
  lang: Lang;
  locale: NumberLocale;
  total: number;
  counts: Record<Status, number>;
  /** Catalogue groups in order, each with its indicators in catalogue order; empty groups left out. */
  groups: DashboardGroup[];
  /** The indicators not met, in catalogue order. */
  notMet: NotMetRow[];
}

export interface DashboardOptions extends SummaryOptions {
  /** Longest chart label; default 40 characters. */
  shortNameLength?: number;
}

const DEFAULT_LOCALE: Record<Lang, NumberLocale> = { vi: 'vi-VN', en: 'en-US' };

// ---------------------------------------------------------------- the indicators, as said

interface Judged {
  r: IndicatorResult;
  ind?: Indicator;
  name: string;
  unit: string;
  decimals: number;
  rule: RuleKind;
  /** The value as shown and judged. */
  shown: number | null;
  target: Target | null;
}

const SUB_PREFIX = /^\s*(trong đó|of which)\s*[:,]?\s*/i;

/**
 * The name as said aloud: "Trong đó: các huyện nghèo" alone means nothing at a meeting, so it
 * becomes "Mức giảm tỷ lệ hộ nghèo – các huyện nghèo" (the indicator listed before it).
 */
function spokenNames(catalogue: Catalogue, lang: Lang): Map<string, string> {
  const names = new Map<string, string>();
  let previous: string | undefined;
  for (const ind of catalogue.indicators) {
    if (ind.parentCode !== undefined) continue;
    const own = ind.name[lang] || ind.name.vi;
    const m = SUB_PREFIX.exec(own);
    if (m && previous) {
      names.set(ind.code, `${previous} – ${own.slice(m[0].length)}`);
    } else {
      names.set(ind.code, own);
      previous = own;
    }
  }
  return names;
}

function judged(report: CheckReport, catalogue: Catalogue, lang: Lang): Judged[] {
  const byCode = new Map(catalogue.indicators.map((i) => [i.code, i]));
  const names = spokenNames(catalogue, lang);
  return report.indicators.map((r) => {
    const ind = byCode.get(r.code);
    const decimals = ind?.decimals ?? decimalsOf(r.value ?? 0);
    const shown = r.evaluation?.shown ?? (r.value === null ? null : roundHalfAwayFromZero(r.value, decimals));
    return {
      r,
      ind,
      name: names.get(r.code) ?? r.name,
      unit: ind ? ind.unit[lang] : r.unit,
      decimals,
      rule: ind?.rule ?? 'at_least',
      shown: r.status === 'missing' || r.status === 'invalid' ? null : shown,
      target: r.target,
    };
  });
}

/** Digits after the decimal point of a number as JavaScript writes it (at most 6). */
function decimalsOf(n: number): number {
  const m = /\.(\d+)$/.exec(String(n));
  return m ? Math.min(6, m[1].length) : 0;
}

// ---------------------------------------------------------------- words

const W = {
  vi: {
    about: 'khoảng ',
    maintain: 'Giữ vững',
    dash: '—',
    percentPoints: 'điểm %',
    percentOfPlan: (p: string) => `bằng ${p} % kế hoạch`,
    short: (d: string) => `thiếu ${d}`,
    over: (d: string) => `vượt ${d}`,
    atMost: (t: string) => `tối đa ${t}`,
    reached: (name: string, v: string, about: string, t: string, paren: string) => `${name} đạt ${v} so với kế hoạch ${about}${t}${paren}.`,
    above: (name: string, v: string, t: string, paren: string) => `${name} ở mức ${v}, kế hoạch không quá ${t}${paren}.`,
    outside: (name: string, v: string, span: string, paren: string) => `${name} đạt ${v}, ngoài khoảng kế hoạch ${span}${paren}.`,
    passFailNotMet: (name: string) => `${name}: không đạt (chỉ tiêu yêu cầu giữ vững).`,
    notMetPlain: (name: string, v: string) => `${name}: không đạt (thực hiện ${v}).`,
    missing: (list: string) => `Chưa có số liệu: ${list}.`,
    invalid: (list: string) => `Số liệu chưa đọc được, cần kiểm tra lại: ${list}.`,
    noTarget: (list: string) => `Chưa có chỉ tiêu kế hoạch để so sánh: ${list}.`,
    actual: (v: string) => `thực hiện ${v}`,
    none: 'Không có chỉ tiêu nào để đánh giá.',
    allMet: (n: number) => `Cả ${n} chỉ tiêu đều đạt kế hoạch.`,
    allMissing: (n: number) => `Chưa có số liệu cho cả ${n} chỉ tiêu.`,
    head: (c: Record<Status, number>, total: number) => {
      const parts = [c.met === 0 ? `Chưa có chỉ tiêu nào đạt kế hoạch (0/${total})` : `Có ${c.met}/${total} chỉ tiêu đạt kế hoạch`];
      if (c.not_met) parts.push(`${c.not_met} chỉ tiêu không đạt`);
      if (c.missing) parts.push(`${c.missing} chỉ tiêu chưa có số liệu`);
      if (c.invalid) parts.push(`${c.invalid} chỉ tiêu có số liệu cần kiểm tra`);
      if (c.no_target) parts.push(`${c.no_target} chỉ tiêu chưa có kế hoạch để so sánh`);
      return parts.join(', ') + '.';
    },
  },
  en: {
    about: 'about ',
    maintain: 'Maintain',
    dash: '—',
    percentPoints: 'percentage points',
    percentOfPlan: (p: string) => `${p} % of target`,
    short: (d: string) => `${d} short`,
    over: (d: string) => `${d} over`,
    atMost: (t: string) => `at most ${t}`,
    reached: (name: string, v: string, about: string, t: string, paren: string) => `${name} reached ${v} against a target of ${about}${t}${paren}.`,
    above: (name: string, v: string, t: string, paren: string) => `${name} was ${v}, above the target of at most ${t}${paren}.`,
    outside: (name: string, v: string, span: string, paren: string) => `${name} reached ${v}, outside the target range ${span}${paren}.`,
    passFailNotMet: (name: string) => `${name}: not met (the target is to maintain it).`,
    notMetPlain: (name: string, v: string) => `${name}: not met (actual ${v}).`,
    missing: (list: string) => `No data yet: ${list}.`,
    invalid: (list: string) => `Values that could not be read and need checking: ${list}.`,
    noTarget: (list: string) => `No target to compare with: ${list}.`,
    actual: (v: string) => `actual ${v}`,
    none: 'There are no indicators to assess.',
    allMet: (n: number) => `All ${n} indicators met their targets.`,
    allMissing: (n: number) => `No data yet for any of the ${n} indicators.`,
    head: (c: Record<Status, number>, total: number) => {
      const parts = [`${c.met} of ${total} indicators met ${c.met === 1 ? 'its target' : 'their targets'}`];
      if (c.not_met) parts.push(`${c.not_met} did not`);
      if (c.missing) parts.push(`${c.missing} ${c.missing === 1 ? 'has' : 'have'} no data yet`);
      if (c.invalid) parts.push(`${c.invalid} ${c.invalid === 1 ? 'needs its value' : 'need their values'} checked`);
      if (c.no_target) parts.push(`${c.no_target} ${c.no_target === 1 ? 'has' : 'have'} no target to compare with`);
      return parts.length === 1 ? parts[0] + '.' : parts.slice(0, -1).join(', ') + ' and ' + parts[parts.length - 1] + '.';
    },
  },
} as const;

class Say {
  readonly w: (typeof W)[Lang];
  constructor(
    readonly lang: Lang,
    readonly locale: NumberLocale,
  ) {
    this.w = W[lang];
  }

  num(n: number, decimals: number): string {
    return formatNumber(n, this.locale, decimals);
  }

  /** "52,1 %", "2.450 tỷ đồng". */
  qty(n: number, j: Judged): string {
    return `${this.num(n, j.decimals)} ${j.unit}`.trim();
  }

  /** A target keeps the digits it was written with when it has more than the indicator shows. */
  targetQty(t: number, j: Judged): string {
    return `${this.num(t, Math.max(j.decimals, decimalsOf(t)))} ${j.unit}`.trim();
  }

  /** The unit of a difference: percentage points for a percentage. */
  gapQty(d: number, j: Judged): string {
    const unit = j.unit === '%' ? this.w.percentPoints : j.unit;
    return `${this.num(d, j.decimals)} ${unit}`.trim();
  }

  targetText(j: Judged): string {
    const t = j.target;
    if (t === null) return this.w.dash;
    if (t === 'pass') return this.w.maintain;
    if (Array.isArray(t)) return `${this.num(t[0], j.decimals)}–${this.targetQty(t[1], j)}`;
    if (j.rule === 'about') return this.w.about + this.targetQty(t, j);
    if (j.rule === 'at_most') return this.w.atMost(this.targetQty(t, j));
    return this.targetQty(t, j);
  }

  valueText(j: Judged): string {
    if (j.r.status === 'missing' || j.r.status === 'invalid') return this.w.dash;
    if (j.rule === 'maintain' || j.target === 'pass') return STATUS_LABELS[this.lang][j.r.status];
    return j.shown === null ? this.w.dash : this.qty(j.shown, j);
  }

  /** "thiếu 0,2 điểm %" for a number target not met; undefined when no gap can be said. */
  gap(j: Judged): string | undefined {
    if (j.r.status !== 'not_met' || j.shown === null) return undefined;
    const t = j.target;
    const v = j.shown;
    if (typeof t === 'number') {
      if (j.rule === 'at_most') return v > t ? this.w.over(this.gapQty(v - t, j)) : undefined;
      return v < t ? this.w.short(this.gapQty(t - v, j)) : undefined;
    }
    if (Array.isArray(t)) {
      if (v < t[0]) return this.w.short(this.gapQty(t[0] - v, j));
      if (v > t[1]) return this.w.over(this.gapQty(v - t[1], j));
    }
    return undefined;
  }

  /** The sentence for an indicator not met. */
  notMetSentence(j: Judged, pct: number | null): string {
    const { name } = j;
    if (j.rule === 'maintain' || j.target === 'pass') return this.w.passFailNotMet(name);
    if (j.shown === null) return this.w.notMetPlain(name, this.w.dash);
    const v = this.qty(j.shown, j);
    const gap = this.gap(j);
    const t = j.target;
    if (typeof t === 'number') {
      // Of an amount, the share of the plan says something; of a rate, the points short do.
      const share = j.unit !== '%' && j.ind?.valueKind !== 'percent' && pct !== null && j.rule !== 'at_most' ? this.w.percentOfPlan(this.num(pct, 1)) : undefined;
      const paren = [share, gap].filter(Boolean).join(', ');
      const p = paren ? ` (${paren})` : '';
      if (j.rule === 'at_most') return this.w.above(name, v, this.targetQty(t, j), p);
      return this.w.reached(name, v, j.rule === 'about' ? this.w.about : '', this.targetQty(t, j), p);
    }
    if (Array.isArray(t)) return this.w.outside(name, v, this.targetText(j), gap ? ` (${gap})` : '');
    return this.w.notMetPlain(name, v);
  }
}

/** value ÷ target × 100 where that is a meaningful bar against a 100 % line. */
function percentOfTarget(j: Judged): number | null {
  if (j.shown === null || typeof j.target !== 'number' || !(j.target > 0)) return null;
  if (j.rule === 'maintain' || j.rule === 'range') return null;
  return roundHalfAwayFromZero((j.shown / j.target) * 100, 1);
}

/** "A; B; C": names may hold commas themselves. */
function list(names: string[]): string {
  return names.join('; ');
}

// ---------------------------------------------------------------- the summary

export function meetingSummary(report: CheckReport, catalogue: Catalogue, opts: SummaryOptions): MeetingSummary {
  const lang = opts.lang;
  const locale = opts.locale ?? DEFAULT_LOCALE[lang];
  const say = new Say(lang, locale);
  const all = judged(report, catalogue, lang);
  const counts = countStatuses(report.indicators);
  const total = all.length;
  const entry = (j: Judged): SummaryEntry => ({ code: j.r.code, name: j.name });
  const of = (s: Status) => all.filter((j) => j.r.status === s);

  const headline =
    total === 0 ? say.w.none : counts.met === total ? say.w.allMet(total) : counts.missing === total ? say.w.allMissing(total) : say.w.head(counts, total);
  const notMet = of('not_met').map((j) => ({ ...entry(j), sentence: say.notMetSentence(j, percentOfTarget(j)) }));
  const missing = of('missing').map(entry);
  const invalid = of('invalid').map(entry);
  const noTarget = of('no_target').map(entry);
  // When nothing has data the headline has said it all.
  const missingSentence = missing.length && counts.missing !== total ? say.w.missing(list(missing.map((e) => e.name))) : undefined;
  const invalidSentence = invalid.length ? say.w.invalid(list(invalid.map((e) => e.name))) : undefined;
  const noTargetSentence = noTarget.length
    ? say.w.noTarget(list(of('no_target').map((j) => (j.shown === null ? j.name : `${j.name} (${say.w.actual(say.qty(j.shown, j))})`))))
    : undefined;
  const sentences = [headline, ...notMet.map((n) => n.sentence), missingSentence, invalidSentence, noTargetSentence].filter(
    (s): s is string => s !== undefined,
  );
  return {
    lang,
    locale,
    total,
    counts,
    headline,
    notMet,
    met: of('met').map(entry),
    missing,
    invalid,
    noTarget,
    ...(missingSentence ? { missingSentence } : {}),
    ...(invalidSentence ? { invalidSentence } : {}),
    ...(noTargetSentence ? { noTargetSentence } : {}),
    sentences,
    text: sentences.join('\n'),
  };
}

// ---------------------------------------------------------------- the dashboard

export function dashboardData(report: CheckReport, catalogue: Catalogue, opts: DashboardOptions = { lang: 'vi' }): DashboardData {
  const lang = opts.lang;
  const locale = opts.locale ?? DEFAULT_LOCALE[lang];
  const say = new Say(lang, locale);
  const maxLabel = opts.shortNameLength ?? 40;
  const all = judged(report, catalogue, lang);

  const items = all.map((j): DashboardItem => {
    const gapText = say.gap(j);
    const evalReason = j.r.evaluation?.reason?.[lang] ?? j.r.message;
    return {
      code: j.r.code,
      group: j.ind?.group ?? '',
      name: j.name,
      shortName: shortenName(j.name, maxLabel),
      unit: j.unit,
      status: j.r.status,
      statusText: STATUS_LABELS[lang][j.r.status],
      value: j.shown,
      target: j.target,
      decimals: j.decimals,
      percentOfTarget: percentOfTarget(j),
      valueText: say.valueText(j),
      targetText: say.targetText(j),
      ...(gapText ? { gapText } : {}),
      reason: gapText ?? evalReason,
    };
  });

  const groups: DashboardGroup[] = [];
  const known = new Set(catalogue.groups.map((g) => g.code));
  for (const g of catalogue.groups) {
    const mine = items.filter((i) => i.group === g.code);
    if (mine.length) groups.push({ code: g.code, name: g.name[lang] || g.name.vi, items: mine });
  }
  const stray = items.filter((i) => !known.has(i.group));
  if (stray.length) groups.push({ code: 'other', name: lang === 'vi' ? 'Chỉ tiêu khác' : 'Other indicators', items: stray });

  const notMet = items
    .filter((i) => i.status === 'not_met')
    .map((i) => ({ code: i.code, group: i.group, name: i.name, value: i.valueText, target: i.targetText, reason: i.reason }));
  return { lang, locale, total: items.length, counts: countStatuses(items), groups, notMet };
}

// ---------------------------------------------------------------- small helpers for faces

/**
 * A name cut to at most `max` characters at a word boundary, with "…"; a trailing "(GRDP)" is
 * kept, since it is often the part people know the indicator by.
 */
export function shortenName(name: string, max: number): string {
  const text = name.replace(/\s+/g, ' ').trim();
  if (text.length <= max) return text;
  const tail = /\s*(\([^()]{1,12}\))$/.exec(text);
  const keep = tail && tail[1].length + 8 < max ? ` ${tail[1]}` : '';
  const body = keep ? text.slice(0, tail!.index) : text;
  const room = max - keep.length - 1;
  let cut = body.slice(0, room + 1);
  const space = cut.lastIndexOf(' ');
  cut = space > room / 2 ? cut.slice(0, space) : cut.slice(0, room);
  return cut.replace(/[\s,;:–-]+$/, '') + '…' + keep;
}

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "ngày 5 tháng 3 năm 2024" / "5 March 2024" (the date's calendar day where it is read). */
export function formatMeetingDate(date: Date, lang: Lang): string {
  const d = date.getDate();
  const m = date.getMonth();
  const y = date.getFullYear();
  return lang === 'vi' ? `ngày ${d} tháng ${m + 1} năm ${y}` : `${d} ${MONTHS_EN[m]} ${y}`;
}
