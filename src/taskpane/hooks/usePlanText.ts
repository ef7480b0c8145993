// Settings → catalogue → "Đọc chỉ tiêu từ văn bản": the state of reading a plan's text into a
// catalogue. The text is read by core/plantext; each proposed row can be edited (value, unit, rule)
// or dropped; "Xác nhận" builds the catalogue with core's buildCatalogue and only then makes it the
// active one; the confirmed catalogue can be saved as JSON (planCatalogueJson).
//
// Values a person types are read with core's readNumber in the pane's number locale, never ad hoc.
// Rows nobody touched keep the value the reader found (shown in the pane's locale). Everything
// shown is derived at render time, so a language or locale switch needs no new reading.

import * as React from 'react';
import { CatalogueError } from '../../core/catalogue/catalogue';
import { formatNumber, readNumber } from '../../core/numbers';
import { buildCatalogue, planCatalogueJson, proposeCatalogue, type PlanReading, type PlanRule, type Proposal } from '../../core/plantext';
import type { Bilingual, Catalogue, Lang, NumberLocale, Target } from '../../core/types';
import type { Strings } from '../i18n';
import { Notice, noticeFromError } from './notice';
import { useSettings } from './useSettings';
import { useStrings } from './useStrings';

/** The rules a row can be given, in the order the pane lists them. */
export const PLAN_RULES: readonly PlanRule[] = ['at_least', 'about', 'at_most', 'range', 'maintain'];

/** One proposed row as the pane shows it. */
export interface PlanRowView {
  index: number;
  code: string;
  name: string;
  /** The code is a new one (the indicator is not in the catalogue the text was compared with). */
  isNew: boolean;
  /** For a sub-target: the name of the row it belongs to. */
  parentName?: string;
  /** The source sentence cut around the value, for highlighting it. */
  source: { before: string; value: string; after: string };
  valueText: string;
  unit: string;
  rule: PlanRule;
  dropped: boolean;
  /** A maintain row has no value to type. */
  valueEditable: boolean;
  /** A known maintain indicator stays maintain whatever is chosen (buildCatalogue keeps it so). */
  ruleEditable: boolean;
  /** Why the reader doubts this row, in the pane's language. */
  doubts: string[];
  /** The typed value cannot be used: what to type instead. */
  valueError: string | null;
  /** The typed value was read, but could be meant otherwise (e.g. "2,450" under vi-VN). */
  valueNote: string | null;
}

export interface PlanTextState {
  text: string;
  setText(text: string): void;
  canRead: boolean;
  read(): void;
  /** After a reading that found targets. */
  rows: PlanRowView[] | null;
  keptCount: number;
  year: string;
  setYear(year: string): void;
  /** The year was not in the text: the reader assumed it. */
  yearGuessed: boolean;
  yearError: string | null;
  province: string;
  setProvince(province: string): void;
  /** Indicators of the catalogue the text was compared with that it did not mention. */
  unmentioned: { code: string; name: string }[];
  setValue(index: number, text: string): void;
  setUnit(index: number, unit: string): void;
  setRule(index: number, rule: PlanRule): void;
  setDropped(index: number, dropped: boolean): void;
  /** Why the last reading gave nothing, in the pane's language. */
  readNotice: Notice | null;
  dismissReadNotice(): void;
  confirm(): void;
  /** Why the last confirm did not change the catalogue. */
  confirmNotice: Notice | null;
  dismissConfirmNotice(): void;
  /** The confirmed catalogue while it is the active one. */
  confirmedNotice: Notice | null;
  /** Rows were edited after the last confirm. */
  changedSinceConfirm: boolean;
  /** The confirmed catalogue as a file to save, or null before a confirm. */
  download: { href: string; fileName: string } | null;
}

interface Edit {
  valueText?: string;
  unit?: string;
  rule?: PlanRule;
  dropped?: boolean;
}

interface Reading {
  reading: PlanReading;
  /** The catalogue the text was compared with (the active one when it was read). */
  known: Catalogue;
}

type ConfirmProblem = { kind: 'rows'; names: string[] } | { kind: 'year' } | { kind: 'build'; error: unknown };

interface Confirmed {
  catalogue: Catalogue;
  proposals: Proposal[];
}

/** "15 – 18", "15-18", "15 đến 18", "15 to 18". */
const RANGE_SEPARATOR = /\s*[-–—]\s*|\s+(?:đến|to)\s+/iu;

/** Digits after the decimal separator in the shortest writing of n (core's formatting). */
function shortestDecimals(n: number): number {
  const t = formatNumber(n, 'en-US');
  const i = t.indexOf('.');
  return i < 0 ? 0 : t.length - i - 1;
}

/** A target as text in the pane's locale: "2.450", "15 – 18"; "" for maintain. */
function targetText(value: Target, decimals: number, locale: NumberLocale): string {
  if (value === 'pass') return '';
  if (Array.isArray(value)) return `${formatNumber(value[0], locale, decimals)} – ${formatNumber(value[1], locale, decimals)}`;
  return formatNumber(value, locale, decimals);
}

type Parsed = { ok: true; value: number; note?: Bilingual } | { ok: false; reason: Bilingual | 'missing' };

function parseOne(text: string, unit: string, locale: NumberLocale): Parsed {
  const r = readNumber({ value: text }, { locale, valueKind: 'number', unit: { vi: unit, en: unit } });
  if (r.kind === 'missing') return { ok: false, reason: 'missing' };
  if (r.kind === 'invalid') return { ok: false, reason: r.reason };
  const note = r.ambiguous?.message ?? r.otherLocale?.message;
  return note ? { ok: true, value: r.value, note } : { ok: true, value: r.value };
}

type RowTarget =
  | { ok: true; value: Target; decimals: number; note?: Bilingual }
  | { ok: false; error: Bilingual | 'missing' | 'range' };

/** The target a row stands for: the reader's when untouched, else what was typed, read by core. */
function rowTarget(p: Proposal, edit: Edit, locale: NumberLocale): RowTarget {
  const rule = edit.rule ?? p.rule;
  if (rule === 'maintain') return { ok: true, value: 'pass', decimals: 0 };
  const ruleWas = p.rule;
  if (edit.valueText === undefined) {
    // Untouched, and the rule still takes the same kind of value: the reader's value as it is.
    if ((rule === 'range') === Array.isArray(p.value) && p.value !== 'pass') return { ok: true, value: p.value, decimals: p.decimals };
    if (ruleWas === 'maintain' || p.value === 'pass') return { ok: false, error: 'missing' };
  }
  const text = edit.valueText ?? targetText(p.value, p.decimals, locale);
  const unit = edit.unit ?? p.unit;
  if (rule === 'range') {
    const parts = text.trim().split(RANGE_SEPARATOR);
    if (parts.length !== 2 || !parts[0] || !parts[1]) return { ok: false, error: text.trim() ? 'range' : 'missing' };
    const lo = parseOne(parts[0], unit, locale);
    const hi = parseOne(parts[1], unit, locale);
    if (!lo.ok) return { ok: false, error: lo.reason };
    if (!hi.ok) return { ok: false, error: hi.reason };
    const decimals = Math.max(p.decimals, shortestDecimals(lo.value), shortestDecimals(hi.value));
    const note = lo.note ?? hi.note;
    return note ? { ok: true, value: [lo.value, hi.value], decimals, note } : { ok: true, value: [lo.value, hi.value], decimals };
  }
  const one = parseOne(text, unit, locale);
  if (!one.ok) return { ok: false, error: one.reason };
  const decimals = Math.max(p.decimals, shortestDecimals(one.value));
  return one.note ? { ok: true, value: one.value, decimals, note: one.note } : { ok: true, value: one.value, decimals };
}

function valueErrorText(error: Bilingual | 'missing' | 'range', lang: Lang, locale: NumberLocale, s: Strings): string {
  if (error === 'missing') return s.planText.valueMissing;
  if (error === 'range') return s.planText.rangeNeedsTwo(`${formatNumber(15, locale)} – ${formatNumber(18, locale)}`);
  return error[lang];
}

/** The year as typed, if it is one the catalogue accepts. */
function parseYear(text: string): number | null {
  const t = text.trim();
  if (!/^\d{4}$/.test(t)) return null;
  const y = Number(t);
  return y >= 1900 && y <= 2200 ? y : null;
}

function sourceParts(p: Proposal): PlanRowView['source'] {
  const start = p.valueSpan.start - p.sourceSpan.start;
  const end = p.valueSpan.end - p.sourceSpan.start;
  if (start < 0 || end > p.source.length || start > end) return { before: p.source, value: '', after: '' };
  return { before: p.source.slice(0, start), value: p.source.slice(start, end), after: p.source.slice(end) };
}

/** A matched row is named as the known catalogue names it, in the pane's language. */
function nameOf(p: Proposal, known: Catalogue, lang: Lang): string {
  const k = p.matched ? known.indicators.find((i) => i.code === p.code) : undefined;
  return k ? k.name[lang] : p.name;
}

function headlineCount(c: Catalogue): number {
  return c.indicators.filter((i) => i.parentCode === undefined).length;
}

function jsonHref(json: string): { href: string; revoke?: () => void } {
  const u = typeof URL !== 'undefined' ? URL : undefined;
  if (u && typeof u.createObjectURL === 'function' && typeof Blob !== 'undefined') {
    const href = u.createObjectURL(new Blob([json], { type: 'application/json;charset=utf-8' }));
    return { href, revoke: () => u.revokeObjectURL?.(href) };
  }
  // A host without object URLs still gets a link that saves the same text.
  return { href: `data:application/json;charset=utf-8,${encodeURIComponent(json)}` };
}

export function usePlanText(): PlanTextState {
  const s = useStrings();
  const { catalogue: active, setCatalogue, lang, locale } = useSettings();
  const [text, setText] = React.useState('');
  const [current, setCurrent] = React.useState<Reading | null>(null);
  const [nothing, setNothing] = React.useState<{ internal?: string } | null>(null);
  const [edits, setEdits] = React.useState<Record<number, Edit>>({});
  const [year, setYear] = React.useState('');
  const [province, setProvince] = React.useState('');
  const [problem, setProblem] = React.useState<ConfirmProblem | null>(null);
  const [confirmed, setConfirmed] = React.useState<Confirmed | null>(null);
  const [changedSinceConfirm, setChanged] = React.useState(false);

  const read = React.useCallback(() => {
    const known = active;
    const reading = proposeCatalogue(text, { known });
    setEdits({});
    setProblem(null);
    setConfirmed(null);
    setChanged(false);
    if (reading.internalError || reading.proposals.length === 0) {
      setCurrent(null);
      setNothing(reading.internalError ? { internal: reading.internalError } : {});
      return;
    }
    setNothing(null);
    setCurrent({ reading, known });
    setYear(String(reading.year));
    setProvince(reading.province);
  }, [text, active]);

  const edit = React.useCallback((index: number, change: Edit) => {
    setEdits((e) => ({ ...e, [index]: { ...e[index], ...change } }));
    setChanged(true);
    setProblem(null);
  }, []);

  const proposals = current?.reading.proposals ?? null;
  const targets = React.useMemo(
    () => (proposals ? proposals.map((p) => rowTarget(p, edits[p.index] ?? {}, locale)) : null),
    [proposals, edits, locale],
  );

  const rows: PlanRowView[] | null =
    proposals && targets && current
      ? proposals.map((p, i) => {
          const e = edits[p.index] ?? {};
          const rule = e.rule ?? p.rule;
          const t = targets[i];
          const knownRow = p.matched ? current.known.indicators.find((k) => k.code === p.code) : undefined;
          const parent = p.parent ? proposals.find((x) => x.code === p.parent) : undefined;
          const shownValue =
            rule === 'maintain'
              ? s.planText.maintainValue
              : (e.valueText ?? (p.value === 'pass' ? '' : targetText(p.value, p.decimals, locale)));
          return {
            index: p.index,
            code: p.code,
            name: nameOf(p, current.known, lang),
            isNew: !p.matched,
            ...(parent ? { parentName: nameOf(parent, current.known, lang) } : {}),
            source: sourceParts(p),
            valueText: shownValue,
            unit: e.unit ?? p.unit,
            rule,
            dropped: !!e.dropped,
            valueEditable: rule !== 'maintain',
            ruleEditable: knownRow?.rule !== 'maintain',
            doubts: p.doubts.map((d) => d.message[lang]),
            valueError: t.ok ? null : valueErrorText(t.error, lang, locale, s),
            valueNote: t.ok && t.note ? t.note[lang] : null,
          };
        })
      : null;

  const confirm = React.useCallback(() => {
    if (!current || !proposals || !targets) return;
    const kept: Proposal[] = [];
    const bad: string[] = [];
    proposals.forEach((p, i) => {
      const e = edits[p.index] ?? {};
      if (e.dropped) return;
      const t = targets[i];
      if (!t.ok) {
        bad.push(p.name);
        return;
      }
      kept.push({ ...p, value: t.value, decimals: t.decimals, rule: e.rule ?? p.rule, unit: e.unit ?? p.unit });
    });
    if (bad.length) return setProblem({ kind: 'rows', names: bad });
    const y = parseYear(year);
    if (y === null) return setProblem({ kind: 'year' });
    try {
      const c = buildCatalogue(kept, { year: y, province, known: current.known });
      setCatalogue(c);
      setConfirmed({ catalogue: c, proposals: kept });
      setChanged(false);
      setProblem(null);
    } catch (e) {
      setProblem({ kind: 'build', error: e });
    }
  }, [current, proposals, targets, edits, year, province, setCatalogue]);

  // The saved file: an object URL made once per confirm, released when replaced or unmounted.
  const [download, setDownload] = React.useState<{ href: string; fileName: string } | null>(null);
  React.useEffect(() => {
    if (!confirmed) {
      setDownload(null);
      return;
    }
    const link = jsonHref(planCatalogueJson(confirmed.catalogue, confirmed.proposals));
    setDownload({ href: link.href, fileName: `${confirmed.catalogue.id}.json` });
    return link.revoke;
  }, [confirmed]);

  const readNotice: Notice | null = nothing
    ? nothing.internal !== undefined
      ? { intent: 'error', title: s.planText.readFailedTitle, lines: [s.planText.readFailed(nothing.internal)] }
      : { intent: 'warning', title: s.planText.noneFoundTitle, lines: [s.planText.noneFound, s.planText.noneFoundNext] }
    : null;

  let confirmNotice: Notice | null = null;
  if (problem?.kind === 'rows') {
    confirmNotice = { intent: 'error', title: s.planText.notConfirmedTitle, lines: [s.planText.rowsInvalid(problem.names), s.planText.unchanged] };
  } else if (problem?.kind === 'year') {
    confirmNotice = { intent: 'error', title: s.planText.notConfirmedTitle, lines: [s.planText.yearInvalid, s.planText.unchanged] };
  } else if (problem?.kind === 'build') {
    const e = problem.error;
    confirmNotice =
      e instanceof CatalogueError
        ? { intent: 'error', title: s.planText.notConfirmedTitle, lines: [lang === 'vi' ? e.message : e.messageEn, s.planText.buildFailedNext, s.planText.unchanged] }
        : noticeFromError(e, lang, s);
  }

  const confirmedNotice: Notice | null =
    confirmed && confirmed.catalogue === active
      ? {
          intent: 'success',
          title: s.planText.confirmedTitle,
          lines: [s.planText.confirmed(active.id, active.year, headlineCount(active))],
        }
      : null;

  const unmentioned = current
    ? current.reading.unmatchedKnown.map((code) => ({
        code,
        name: current.known.indicators.find((k) => k.code === code)?.name[lang] ?? code,
      }))
    : [];

  return {
    text,
    setText,
    canRead: text.trim().length > 0,
    read,
    rows,
    keptCount: rows ? rows.filter((r) => !r.dropped).length : 0,
    year,
    setYear: React.useCallback((y: string) => {
      setYear(y);
      setChanged(true);
      setProblem(null);
    }, []),
    yearGuessed: !!current && current.reading.yearFrom !== 'text' && current.reading.yearFrom !== 'option',
    yearError: current && parseYear(year) === null ? s.planText.yearInvalid : null,
    province,
    setProvince: React.useCallback((p: string) => {
      setProvince(p);
      setChanged(true);
      setProblem(null);
    }, []),
    unmentioned,
    setValue: React.useCallback((i: number, valueText: string) => edit(i, { valueText }), [edit]),
    setUnit: React.useCallback((i: number, unit: string) => edit(i, { unit }), [edit]),
    setRule: React.useCallback(
      (i: number, rule: PlanRule) => {
        const p = proposals?.find((x) => x.index === i);
        const prev = edits[i] ?? {};
        // Leaving maintain: there is no number yet, so the value starts empty.
        const leavingMaintain = (prev.rule ?? p?.rule) === 'maintain' && rule !== 'maintain' && prev.valueText === undefined;
        edit(i, leavingMaintain ? { rule, valueText: '' } : { rule });
      },
      [proposals, edits, edit],
    ),
    setDropped: React.useCallback((i: number, dropped: boolean) => edit(i, { dropped }), [edit]),
    readNotice,
    dismissReadNotice: React.useCallback(() => setNothing(null), []),
    confirm,
    confirmNotice,
    dismissConfirmNotice: React.useCallback(() => setProblem(null), []),
    confirmedNotice,
    changedSinceConfirm: !!confirmed && changedSinceConfirm,
    download,
  };
}
