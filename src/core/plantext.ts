// Reading a plan's own words (a People's Council resolution, a news article about it) into a
// proposed catalogue. Pure TypeScript: no Office, no DOM, no Node.
//
// The reader is deliberately conservative: it proposes a target only where a number stands with a
// unit (or after a rule word such as "đạt") in a sentence that is not about past results, and it
// says why a reading is doubtful instead of guessing quietly. A person confirms every row.
//
// How a text is read:
// 1. The text is NFC-normalised (offsets reported are still those of the text passed in), cut into
//    sentences (. ! ? … and line breaks) and clauses (; and :, and before "riêng"/"trong đó", which
//    start sub-targets: "..., riêng các huyện nghèo giảm 5,1%").
// 2. A running mode follows the text: "năm 2022" (before the plan year), "ước đạt", "đã đạt",
//    "cùng kỳ", "kết quả" switch to past results (nothing is proposed there); "năm 2023" (the plan
//    year or later), "mục tiêu", "chỉ tiêu", "phấn đấu", "dự kiến" switch back to targets.
// 3. In a clause, every number is looked at: dates and fractions ("9/12", "9/15"), document numbers
//    ("45/NQ-HĐND", "số 12"), years ("năm 2025", "giai đoạn 2021 - 2025"), ages and durations
//    ("5 tuổi", "5 năm") and shares of the plan itself ("100% chỉ tiêu", "102% dự toán") are not
//    targets. A number with a unit from the unit list is a target; a number without a unit is one
//    only after a rule word and an indicator's name ("Tỷ lệ ... đạt 52,3"), and is then doubtful.
// 4. The indicator is the text before the number ("Tỷ lệ che phủ rừng đạt 52,3%") or, when there
//    is none, the text after the unit ("99,1% thôn, bản có đường ..."); the rule comes from the
//    words next to the number. With no rule word, a level where less is better ("Tỷ lệ hộ nghèo
//    9,2%") is a ceiling; anything else is a floor.
// 5. Tables pasted from Word or PDF (cells separated by tabs or "|") are read by their header: the
//    "Kế hoạch"/"KH" column, never "Ước thực hiện"/"Thực hiện".
// 6. Rows are matched to the known catalogue by their words (diacritics and word order do not
//    matter) and a compatible unit; a matched row keeps the known indicator's definition (code,
//    names, components, consolidation, decimals) with the text's target and rule. A target said
//    twice (a headline, then the list) is proposed once.

import { CatalogueError, catalogueToJson, CODE_PATTERN, parseCatalogue } from './catalogue/catalogue';
import { formatNumber, readNumber } from './numbers';
import type { Bilingual, Catalogue, Consolidation, Group, Indicator, Lang, Target, ValueKind } from './types';

// ================================================================== public API

/** The rules a plan's wording can give. */
export type PlanRule = 'about' | 'at_least' | 'at_most' | 'range' | 'maintain';

/** Why a reading needs a person's eye. `code` is stable, for a UI that wants its own wording. */
export type DoubtCode =
  | 'english_number' // "2,450.5": written English-style
  | 'ambiguous_number' // "2,450" in a Vietnamese text: 2,45 or 2450?
  | 'no_unit' // no unit after the number
  | 'unit_mismatch' // the unit differs from the known indicator's
  | 'unclear_name' // the indicator's name could not be read from the words around the number
  | 'weak_match' // matched to a known code by partly similar words
  | 'duplicate' // the same indicator was already proposed from an earlier sentence
  | 'other_year' // the sentence names another year (e.g. a 2025 target)
  | 'range_order'; // a range written high to low

export interface Doubt {
  code: DoubtCode;
  message: Bilingual;
}

/** Offsets in the text that was passed in (UTF-16 code units, end exclusive), for highlighting. */
export interface TextSpan {
  start: number;
  end: number;
}

export interface Proposal {
  /** Position in the proposal list, stable for one reading (0, 1, 2...). */
  index: number;
  /** The known catalogue's code when matched, otherwise a new UPPER_SNAKE code from the words. */
  code: string;
  /** Whether `code` is a code of the known catalogue. */
  matched: boolean;
  /** How well the words matched the known indicator (0..1); absent when not matched. */
  matchScore?: number;
  /** The indicator as the text names it ("Tổng lượt khách du lịch", "thôn, bản có đường ..."). */
  indicator: string;
  /** The name for the catalogue: the known indicator's name when matched, else built from the words. */
  name: string;
  /** A number, [lo, hi] for a range, or 'pass' for a maintain target. */
  value: Target;
  /** The value as written ("2.450", "15-18", "Giữ vững"); it is `text.slice(valueSpan.start, valueSpan.end)`. */
  valueText: string;
  /** Digits after the decimal separator as written ("9,0" → 1). */
  decimals: number;
  /** The unit as written ("%", "tỷ đồng", "bác sỹ/1 vạn dân"); "Đạt/Không đạt" for maintain; "" if none. */
  unit: string;
  rule: PlanRule;
  /** The words the rule was read from ("khoảng", "đạt", "không quá", "giảm"); "" when none (then at least). */
  ruleWords: string;
  /** "giảm 3,6%" of a rate: the value is the reduction to reach (in percentage points for a rate). */
  reduction?: boolean;
  /** "tăng 7,6%": the value is a growth rate. */
  growth?: boolean;
  /** The plan year the target belongs to. */
  year: number;
  /** The sentence the target was read from. */
  source: string;
  sourceSpan: TextSpan;
  /** The clause within the sentence that holds the target (shorter; for display beside the row). */
  clause: string;
  clauseSpan: TextSpan;
  valueSpan: TextSpan;
  /** For a sub-target ("riêng các huyện nghèo giảm 5,1%"): the code of the target it belongs to. */
  parent?: string;
  /** The catalogue group the row goes in. */
  group: string;
  /** Why the reading is doubtful (Vietnamese, reasons joined by "; "); absent when it is not. */
  doubtful?: string;
  doubts: Doubt[];
}

export interface ProposeOptions {
  /** The plan year; default: read from the text ("Kế hoạch năm 2023"). */
  year?: number;
  /** The province; default: read from the text ("tỉnh Lai Châu"), else the known catalogue's. */
  province?: string;
  /** The catalogue whose codes and definitions are reused when an indicator is recognised. */
  known?: Catalogue;
}

export interface PlanReading {
  /** The proposed catalogue (all proposals, with the known rows' components). Its indicator list is empty when nothing was found. */
  catalogue: Catalogue;
  proposals: Proposal[];
  year: number;
  /** Where the year came from. */
  yearFrom: 'option' | 'text' | 'known' | 'default';
  province: string;
  /** Codes of the known catalogue's target rows that the text did not mention. */
  unmatchedKnown: string[];
  /** Set only if the reader failed on this text (a bug): then nothing is proposed. */
  internalError?: string;
}

/**
 * Reads plan text and proposes a catalogue. Never throws: anything unreadable is simply not
 * proposed. Offsets in the proposals refer to `text` as passed in.
 */
export function proposeCatalogue(text: string, opts: ProposeOptions = {}): PlanReading {
  const o: ProposeOptions = opts && typeof opts === 'object' ? opts : {};
  const known = isCatalogue(o.known) ? o.known : undefined;
  const input = typeof text === 'string' ? text : '';
  try {
    return readPlan(input, { ...o, known });
  } catch (e) {
    // A bug must not take the pane down: nothing proposed, the user can still build by hand.
    const year = validYear(o.year) ?? known?.year ?? DEFAULT_YEAR;
    const province = cleanName(o.province) || known?.province || UNKNOWN_PROVINCE;
    return {
      catalogue: emptyCatalogue(year, province, known),
      proposals: [],
      year,
      yearFrom: validYear(o.year) ? 'option' : known ? 'known' : 'default',
      province,
      unmatchedKnown: known ? known.indicators.filter(isTargetRow).map((i) => i.code) : [],
      internalError: e instanceof Error ? e.message : String(e),
    };
  }
}

export interface BuildOptions {
  year: number;
  province: string;
  known?: Catalogue;
}

/**
 * Builds a catalogue from (possibly edited) proposals: a proposal whose code is a target row of
 * `known` takes that row's definition with the proposal's value and rule; any other becomes a new
 * row from its name, unit, value and rule. Rows appear in the known catalogue's order (with their
 * component rows), new rows after the last row of their group. To drop a row, leave it out.
 *
 * The result is checked as `parseCatalogue` checks a file: throws a `CatalogueError` (Vietnamese
 * `message`, English `messageEn`, the `code` at fault) when two rows share a code, a code is not
 * UPPER_SNAKE, a range is reversed, and so on. For the pane's confirm button.
 */
export function buildCatalogue(proposals: readonly Proposal[], opts: BuildOptions): Catalogue {
  const seen = new Map<string, number>();
  proposals.forEach((p, i) => {
    const prev = seen.get(p.code);
    if (prev !== undefined) {
      throw new CatalogueError(
        `indicators[${i}].code`,
        `mã "${p.code}" dùng cho hai chỉ tiêu ("${proposals[prev].name}" và "${p.name}"); mỗi chỉ tiêu cần một mã riêng`,
        `code "${p.code}" is used by two indicators ("${proposals[prev].name}" and "${p.name}"); each needs its own code`,
        p.code,
      );
    }
    seen.set(p.code, i);
  });
  const c = assembleCatalogue(proposals, opts);
  if (!c.indicators.length) {
    throw new CatalogueError('indicators', 'chưa có chỉ tiêu nào; hãy giữ lại ít nhất một dòng', 'no indicator left; keep at least one row');
  }
  return parseCatalogue(catalogueToJson(c));
}

/** As buildCatalogue, unchecked: what proposeCatalogue returns (its rows are valid by construction; a property test holds it). */
function assembleCatalogue(proposals: readonly Proposal[], opts: BuildOptions): Catalogue {
  const known = isCatalogue(opts.known) ? opts.known : undefined;
  const year = validYear(opts.year) ?? known?.year ?? DEFAULT_YEAR;
  const province = cleanName(opts.province) || known?.province || UNKNOWN_PROVINCE;
  const base = emptyCatalogue(year, province, known);
  const groups: Group[] = base.groups.map((g) => ({ code: g.code, name: { ...g.name } }));
  const knownRows = new Map((known?.indicators ?? []).filter(isTargetRow).map((i) => [i.code, i] as const));

  const made = new Map<string, Indicator>(); // code → indicator from a proposal (first wins)
  for (const p of proposals) {
    if (made.has(p.code)) continue;
    const k = knownRows.get(p.code);
    made.set(p.code, k ? fromKnown(k, p) : fromProposal(p));
    const g = made.get(p.code)!.group;
    if (!groups.some((x) => x.code === g)) {
      const def = DEFAULT_GROUPS.find((x) => x.code === g) ?? OTHER_GROUP;
      groups.push({ code: def.code, name: { ...def.name } });
      made.get(p.code)!.group = def.code;
    }
  }

  // Known rows first, in the known order, each with the components it needs.
  const out: Indicator[] = [];
  const included = new Set<string>();
  if (known) {
    const needed = new Map<string, string>(); // component code → the first included indicator that needs it
    for (const ind of known.indicators) {
      if (!made.has(ind.code) || !knownRows.has(ind.code)) continue;
      for (const ref of refsOf(made.get(ind.code)!.consolidation)) if (!needed.has(ref)) needed.set(ref, ind.code);
      for (const c of known.indicators) if (c.parentCode === ind.code && !needed.has(c.code)) needed.set(c.code, ind.code);
    }
    for (const ind of known.indicators) {
      if (made.has(ind.code) && knownRows.has(ind.code)) {
        out.push(made.get(ind.code)!);
        included.add(ind.code);
      } else if (needed.has(ind.code) && !made.has(ind.code)) {
        const copy = cloneIndicator(ind);
        if (copy.parentCode !== undefined && !made.has(copy.parentCode)) copy.parentCode = needed.get(ind.code);
        out.push(copy);
        included.add(ind.code);
      }
    }
  }
  // New rows: after the last row of their group, else at the end.
  for (const p of proposals) {
    const ind = made.get(p.code);
    if (!ind || included.has(ind.code)) continue;
    let at = -1;
    for (let i = 0; i < out.length; i++) if (out[i].group === ind.group) at = i;
    if (at < 0) out.push(ind);
    else out.splice(at + 1, 0, ind);
    included.add(ind.code);
  }
  const used = new Set(out.map((i) => i.group));
  const keep = known ? groups : groups.filter((g) => used.has(g.code));
  return { ...base, groups: keep.length ? keep : groups.slice(0, 1), indicators: out };
}

/**
 * The catalogue JSON that `--catalogue` accepts, each target row also carrying `source` (the
 * sentence it was read from) and `doubtful` (false, or why).
 */
export function planCatalogueJson(catalogue: Catalogue, proposals: readonly Proposal[]): string {
  const doc = JSON.parse(catalogueToJson(catalogue)) as { indicators: Record<string, unknown>[] };
  const byCode = new Map<string, Proposal>();
  for (const p of proposals) if (!byCode.has(p.code)) byCode.set(p.code, p);
  for (const row of doc.indicators) {
    const p = byCode.get(String(row.code));
    if (!p) continue;
    row.source = p.source;
    row.doubtful = p.doubtful ?? false;
  }
  return JSON.stringify(doc, null, 2) + '\n';
}

const RULE_WORD: Record<PlanRule, Bilingual> = {
  about: { vi: 'khoảng', en: 'about' },
  at_least: { vi: '≥', en: '≥' },
  at_most: { vi: '≤', en: '≤' },
  range: { vi: 'từ', en: 'from' },
  maintain: { vi: 'giữ vững', en: 'maintain' },
};

/** A target in words: "khoảng 9,0 %", "≥ 2.450 tỷ đồng", "từ 8 đến 10 %", "giữ vững". */
export function formatTarget(p: Pick<Proposal, 'value' | 'rule' | 'unit' | 'decimals'>, lang: Lang = 'vi'): string {
  const locale = lang === 'en' ? 'en-US' : 'vi-VN';
  const n = (x: number) => formatNumber(x, locale, p.decimals);
  if (p.rule === 'maintain' || p.value === 'pass') return RULE_WORD.maintain[lang];
  const unit = p.unit ? ` ${p.unit}` : '';
  if (Array.isArray(p.value)) {
    return lang === 'en' ? `from ${n(p.value[0])} to ${n(p.value[1])}${unit}` : `từ ${n(p.value[0])} đến ${n(p.value[1])}${unit}`;
  }
  return `${RULE_WORD[p.rule][lang]} ${n(p.value)}${unit}`;
}

/** One line per proposal, for the command line and logs. */
export function formatProposal(p: Proposal, lang: Lang = 'vi'): string {
  const doubt = p.doubts.length
    ? lang === 'en'
      ? `  [doubtful: ${p.doubts.map((d) => d.message.en).join('; ')}]`
      : `  [nghi vấn: ${p.doubtful}]`
    : '';
  const mark = p.matched ? '' : lang === 'en' ? ' (new)' : ' (mới)';
  return `${p.code}${mark}: ${formatTarget(p, lang)} — ${p.name}${doubt}`;
}

// ================================================================== constants

const DEFAULT_YEAR = 2023;
const UNKNOWN_PROVINCE = 'Chưa rõ tỉnh';

const DEFAULT_GROUPS: Group[] = [
  { code: 'economy', name: { vi: 'Kinh tế', en: 'Economy' } },
  { code: 'new_rural', name: { vi: 'Nông thôn mới', en: 'New rural areas' } },
  { code: 'culture_social', name: { vi: 'Văn hóa – Xã hội', en: 'Culture and society' } },
  { code: 'environment', name: { vi: 'Môi trường', en: 'Environment' } },
];
const OTHER_GROUP: Group = { code: 'other', name: { vi: 'Chỉ tiêu khác', en: 'Other indicators' } };

const PASS_UNIT: Bilingual = { vi: 'Đạt/Không đạt', en: 'Met/Not met' };

// ================================================================== text preparation

/** The text in three aligned forms (same length) plus the way back to the caller's offsets. */
interface Prepared {
  original: string;
  /** NFC. */
  text: string;
  /** NFC, lower case, one code unit per code unit of `text`. */
  low: string;
  /** Lower case without diacritics (đ → d), aligned with `text`. */
  fold: string;
  /** `text` offset → original offset; length text.length + 1. */
  map: number[];
}

function lowerChar(c: string): string {
  const l = c.toLowerCase();
  return l.length === c.length ? l : c;
}

function foldChar(c: string): string {
  const l = lowerChar(c);
  if (l === 'đ') return 'd';
  const f = l.normalize('NFD').replace(/\p{M}/gu, '');
  return f.length === l.length ? f : l;
}

function mapChars(s: string, f: (c: string) => string): string {
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < s.length) {
      out.push(s[i], s[i + 1]); // astral: kept as is, two code units
      i++;
    } else out.push(f(s[i]));
  }
  return out.join('');
}

function prepare(original: string): Prepared {
  const parts: string[] = [];
  const map: number[] = [];
  const re = /[^\p{M}][\p{M}]*|\p{M}+/gsu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(original))) {
    const n = m[0].normalize('NFC');
    for (let i = 0; i < n.length; i++) map.push(m.index);
    parts.push(n);
  }
  map.push(original.length);
  const text = parts.join('');
  return { original, text, low: mapChars(text, lowerChar), fold: mapChars(text, foldChar), map };
}

/** A string folded for comparison: lower case, no diacritics, đ → d. */
export function foldText(s: string): string {
  return mapChars(String(s).normalize('NFC'), foldChar);
}

const L = '\\p{L}\\p{N}';
/** A regex matching `src` as whole words (JS \b does not know Vietnamese letters). */
function words(src: string, flags = 'gu'): RegExp {
  return new RegExp(`(?<![${L}])(?:${src})(?![${L}])`, flags);
}

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

// ================================================================== segmentation

interface Sentence {
  start: number;
  end: number;
  index: number;
}

interface Clause {
  start: number;
  end: number;
  sentence: Sentence;
  /** The clause before a ":" in the same sentence ("Tỷ lệ che phủ rừng: 52,3%"). */
  lead?: { start: number; end: number };
  /** Starts with "riêng" / "trong đó": a sub-target of the sentence's previous target. */
  sub: boolean;
}

function sentencesOf(p: Prepared): Sentence[] {
  const out: Sentence[] = [];
  const t = p.text;
  const re = /[^\n\r]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(t))) {
    const lineStart = m.index;
    const line = m[0];
    const cut = /[.!?…]+(?=\s|$)/g;
    let from = 0;
    let c: RegExpExecArray | null;
    while ((c = cut.exec(line))) {
      const end = c.index + c[0].length;
      push(lineStart + from, lineStart + end);
      from = end;
    }
    push(lineStart + from, lineStart + line.length);
  }
  function push(s: number, e: number) {
    while (s < e && /\s/.test(t[s])) s++;
    while (e > s && /\s/.test(t[e - 1])) e--;
    if (e > s) out.push({ start: s, end: e, index: out.length });
  }
  return out;
}

const SUB_START = words('riêng|trong đó', 'yu');

function clausesOf(p: Prepared, s: Sentence): Clause[] {
  const out: Clause[] = [];
  const low = p.low;
  const cuts: { at: number; skip: number; colon: boolean }[] = [];
  for (let i = s.start; i < s.end; i++) {
    const ch = low[i];
    if (ch === ';') cuts.push({ at: i, skip: 1, colon: false });
    else if (ch === ':' && !(/\d/.test(low[i - 1] ?? '') && /\d/.test(low[i + 1] ?? ''))) cuts.push({ at: i, skip: 1, colon: true });
    else if (ch === ',' || ch === '(') {
      let j = i + 1;
      while (j < s.end && /\s/.test(low[j])) j++;
      SUB_START.lastIndex = j;
      if (SUB_START.test(low)) cuts.push({ at: i, skip: 1, colon: false });
    }
  }
  let from = s.start;
  let prevColon = false;
  let prev: { start: number; end: number } | undefined;
  for (const c of [...cuts, { at: s.end, skip: 0, colon: false }]) {
    let a = from;
    let b = c.at;
    while (a < b && /\s/.test(low[a])) a++;
    while (b > a && /[\s.!?…]/.test(low[b - 1])) b--;
    if (b > a) {
      SUB_START.lastIndex = a;
      const clause: Clause = { start: a, end: b, sentence: s, sub: SUB_START.test(low) };
      if (prevColon && prev) clause.lead = prev;
      out.push(clause);
      prev = { start: a, end: b };
    }
    prevColon = c.colon;
    from = c.at + c.skip;
  }
  return out;
}

/** List markers at the start of a clause: "-", "•", "a)", "(1)", "1.", "1.2.", "II.". */
const LIST_MARKER = /^(?:[\s\-–—•+*·]+|\(?(?:\d{1,2}|[a-zđ]|[ivx]{1,4})\)\s*|(?:\d{1,2}\.)+\s+|[ivx]{1,4}\.\s+)+/u;

// ================================================================== numbers in the text

interface NumberToken {
  start: number;
  end: number;
  text: string;
  value: number;
  decimals: number;
  doubts: Doubt[];
}

type DocLocale = 'vi-VN' | 'en-US';

/** Which style a text writes its numbers in: the style of its unambiguous numbers (default Vietnamese). */
function docLocaleOf(p: Prepared): DocLocale {
  let vi = 0;
  let en = 0;
  const re = /\d(?:[\d.,]*\d)?/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(p.text))) {
    const r = readNumber({ value: m[0] }, { locale: 'vi-VN', valueKind: 'number' });
    if (r.kind !== 'number') continue;
    if (r.otherLocale) en++;
    else if (!r.ambiguous && /[.,]/.test(m[0])) vi++;
  }
  return en > vi ? 'en-US' : 'vi-VN';
}

function decimalsIn(tok: string, locale: DocLocale): number {
  const sep = locale === 'vi-VN' ? ',' : '.';
  const i = tok.lastIndexOf(sep);
  return i < 0 ? 0 : tok.length - i - 1;
}

/** Reads the number written at [start, end) of the text; null when it is not one number. */
function readToken(p: Prepared, start: number, end: number, locale: DocLocale): NumberToken | null {
  const tok = p.text.slice(start, end);
  const vi = readNumber({ value: tok }, { locale: 'vi-VN', valueKind: 'number' });
  if (vi.kind !== 'number' || !Number.isFinite(vi.value)) return null;
  const doubts: Doubt[] = [];
  let value = vi.value;
  let decimals: number;
  if (vi.otherLocale) {
    // Only English style reads it ("2,450.5", "60.5"): read so, and say so.
    decimals = decimalsIn(tok, 'en-US');
    doubts.push(
      doubt(
        'english_number',
        `"${tok}" viết theo kiểu tiếng Anh; đã đọc là ${formatNumber(value, 'vi-VN')}`,
        `"${tok}" is written English-style; read as ${formatNumber(value, 'en-US')}`,
      ),
    );
  } else if (vi.ambiguous) {
    const theirs = vi.ambiguous.readings.find((x) => x.locale === 'en-US')!.value;
    value = locale === 'vi-VN' ? vi.value : theirs;
    const other = locale === 'vi-VN' ? theirs : vi.value;
    decimals = decimalsIn(tok, locale);
    // "2.450" in a Vietnamese text is two thousand four hundred fifty, as the text means it. A
    // Vietnamese decimal with exactly three decimals ("2,450") is what English writes for thousands.
    if (locale === 'en-US' || /^\d{1,3},\d{3}$/.test(tok)) {
      doubts.push(
        doubt(
          'ambiguous_number',
          `"${tok}" có hai cách đọc: ${formatNumber(value, 'vi-VN')} hoặc ${formatNumber(other, 'vi-VN')}; đã đọc là ${formatNumber(value, 'vi-VN')}`,
          `"${tok}" reads two ways: ${formatNumber(value, 'en-US')} or ${formatNumber(other, 'en-US')}; read as ${formatNumber(value, 'en-US')}`,
        ),
      );
    }
  } else {
    decimals = decimalsIn(tok, 'vi-VN');
    if (locale === 'en-US' && /[.,]/.test(tok)) {
      doubts.push(
        doubt(
          'ambiguous_number',
          `"${tok}" viết theo kiểu Việt Nam trong một văn bản viết số kiểu tiếng Anh; đã đọc là ${formatNumber(value, 'vi-VN')}`,
          `"${tok}" is written Vietnamese-style in a text that writes numbers English-style; read as ${formatNumber(value, 'en-US')}`,
        ),
      );
    }
  }
  return { start, end, text: tok, value: value === 0 ? 0 : value, decimals: Math.min(decimals, 10), doubts };
}

function doubt(code: DoubtCode, vi: string, en: string): Doubt {
  return { code, message: { vi, en } };
}

// ================================================================== units

type UnitCat =
  | 'percent'
  | 'permille'
  | 'vnd'
  | 'usd'
  | 'mass'
  | 'area'
  | 'length'
  | 'visits'
  | 'people'
  | 'households'
  | 'communes'
  | 'criteria'
  | 'criteria_per_commune'
  | 'doctors'
  | 'beds'
  | 'pass'
  | string;

interface UnitDef {
  re: string;
  cat: UnitCat;
  en: string;
  /** Same category but not interchangeable when written differently (triệu vs tỷ đồng). */
  scaled?: boolean;
  /** Counts of things (xã, hộ): "7 xã đạt ..." names the indicator after the unit. */
  noun?: boolean;
  /** A rate per something: never summed. */
  per?: boolean;
}

// Longest first within each alternative; matched on the lower-cased text right after the number.
const UNITS: UnitDef[] = [
  { re: 'điểm\\s*%|điểm phần trăm', cat: 'percent', en: 'percentage points' },
  { re: '%(?:\\s*/\\s*năm)?', cat: 'percent', en: '%' },
  { re: '‰', cat: 'permille', en: '‰' },
  { re: 'bác (?:sỹ|sĩ)\\s*/\\s*(?:1\\s*)?vạn dân|bác (?:sỹ|sĩ)\\s*/\\s*10[.,]?000 dân', cat: 'doctors', en: 'doctors per 10,000 people', per: true },
  { re: 'giường bệnh\\s*/\\s*(?:1\\s*)?vạn dân|giường\\s*/\\s*(?:1\\s*)?vạn dân', cat: 'beds', en: 'hospital beds per 10,000 people', per: true },
  { re: 'tiêu chí\\s*/\\s*xã', cat: 'criteria_per_commune', en: 'criteria per commune', per: true },
  { re: 'tiêu chí', cat: 'criteria', en: 'criteria', noun: true },
  { re: 'nghìn tỷ đồng|nghìn tỉ đồng|ngàn tỷ đồng|ngàn tỉ đồng', cat: 'vnd', en: 'trillion VND', scaled: true },
  { re: 'tỷ đồng|tỉ đồng', cat: 'vnd', en: 'billion VND', scaled: true },
  { re: 'triệu đồng\\s*/\\s*người(?:\\s*/\\s*năm)?', cat: 'vnd', en: 'million VND per person', scaled: true, per: true },
  { re: 'triệu đồng', cat: 'vnd', en: 'million VND', scaled: true },
  { re: 'nghìn đồng|ngàn đồng', cat: 'vnd', en: 'thousand VND', scaled: true },
  { re: 'triệu usd|triệu đô la(?: mỹ)?', cat: 'usd', en: 'million USD', scaled: true },
  { re: 'tỷ usd|tỉ usd', cat: 'usd', en: 'billion USD', scaled: true },
  { re: 'nghìn usd|ngàn usd', cat: 'usd', en: 'thousand USD', scaled: true },
  { re: 'usd', cat: 'usd', en: 'USD', scaled: true },
  { re: 'triệu tấn', cat: 'mass', en: 'million tonnes', scaled: true },
  { re: 'nghìn tấn|ngàn tấn', cat: 'mass', en: 'thousand tonnes', scaled: true },
  { re: 'tấn', cat: 'mass', en: 'tonnes', scaled: true },
  { re: 'nghìn ha|ngàn ha', cat: 'area', en: 'thousand ha', scaled: true },
  { re: 'ha|héc ta|hecta', cat: 'area', en: 'ha', scaled: true },
  { re: 'km', cat: 'length', en: 'km', scaled: true },
  { re: 'triệu lượt khách|triệu lượt', cat: 'visits', en: 'million visits', scaled: true },
  { re: 'nghìn lượt khách|ngàn lượt khách|nghìn lượt|ngàn lượt', cat: 'visits', en: 'thousand visits', scaled: true },
  { re: 'lượt khách|lượt người|lượt', cat: 'visits', en: 'visits', scaled: true },
  { re: 'lao động', cat: 'people', en: 'workers', noun: true },
  { re: 'người', cat: 'people', en: 'people', noun: true },
  { re: 'hộ', cat: 'households', en: 'households', noun: true },
  { re: 'hợp tác xã', cat: 'cooperatives', en: 'cooperatives', noun: true },
  { re: 'xã', cat: 'communes', en: 'communes', noun: true },
  { re: 'huyện', cat: 'districts', en: 'districts', noun: true },
  { re: 'thôn, bản|thôn|bản', cat: 'villages', en: 'villages', noun: true },
  { re: 'trường', cat: 'schools', en: 'schools', noun: true },
  { re: 'doanh nghiệp', cat: 'enterprises', en: 'enterprises', noun: true },
  { re: 'sản phẩm', cat: 'products', en: 'products', noun: true },
  { re: 'dự án', cat: 'projects', en: 'projects', noun: true },
  { re: 'công trình', cat: 'works', en: 'works', noun: true },
  { re: 'bác (?:sỹ|sĩ)', cat: 'doctors', en: 'doctors', noun: true },
  { re: 'giường bệnh|giường', cat: 'beds', en: 'hospital beds', noun: true },
];
const UNIT_RES = UNITS.map((u) => new RegExp(`(?:${u.re})(?![${L}])`, 'yu'));
const UNIT_FULL = UNITS.map((u) => new RegExp(`^(?:${u.re})$`, 'u'));

/** Words after a number that make it something other than a target (an age, a duration, a rank). */
const NOT_TARGET_AFTER = words('tuổi|năm|tháng|ngày|giờ|phút|tuần|quý|lần thứ|kỳ|khóa|khoá|đỉnh|nhiệm kỳ', 'yu');

interface UnitHit {
  def: UnitDef;
  start: number;
  end: number;
  text: string;
}

function unitAt(p: Prepared, at: number): UnitHit | null {
  let i = at;
  while (i < p.low.length && (p.low[i] === ' ' || p.low[i] === '\u00a0')) i++;
  if (i - at > 2) return null;
  for (let k = 0; k < UNITS.length; k++) {
    const re = UNIT_RES[k];
    re.lastIndex = i;
    const m = re.exec(p.low);
    if (m && m.index === i) {
      const raw = collapse(p.text.slice(i, i + m[0].length));
      const text = UNITS[k].cat === 'percent' && raw.startsWith('%') ? '%' : raw;
      return { def: UNITS[k], start: i, end: i + m[0].length, text };
    }
  }
  return null;
}

/** The unit list's entry for a unit string (a known indicator's unit), if any. */
function unitDefOf(unit: string): UnitDef | undefined {
  const u = collapse(unit.normalize('NFC').toLowerCase());
  for (let k = 0; k < UNITS.length; k++) if (UNIT_FULL[k].test(u)) return UNITS[k];
  return undefined;
}

function unitCat(unit: string): UnitCat {
  if (foldText(unit) === foldText(PASS_UNIT.vi)) return 'pass';
  return unitDefOf(unit)?.cat ?? `other:${foldText(collapse(unit))}`;
}

function unitEn(unit: string): string {
  if (unit === PASS_UNIT.vi) return PASS_UNIT.en;
  return unitDefOf(unit)?.en ?? unit;
}

// ================================================================== words around a number

/** Rule words that may stand right before the number, longest first. */
const TAIL_WORDS: { w: string; kind: 'at_most' | 'about' | 'at_least' | 'reduce' | 'grow' | 'from' | 'filler' | 'modifier' }[] = [
  { w: 'không vượt quá', kind: 'at_most' },
  { w: 'không quá', kind: 'at_most' },
  { w: 'tối đa', kind: 'at_most' },
  { w: 'giảm xuống dưới', kind: 'at_most' },
  { w: 'giảm xuống còn', kind: 'at_most' },
  { w: 'giảm xuống', kind: 'at_most' },
  { w: 'giảm còn', kind: 'at_most' },
  { w: 'xuống dưới', kind: 'at_most' },
  { w: 'xuống còn', kind: 'at_most' },
  { w: 'thấp hơn', kind: 'at_most' },
  { w: 'dưới', kind: 'at_most' },
  { w: 'còn', kind: 'at_most' },
  { w: 'xuống', kind: 'at_most' },
  { w: 'đạt khoảng', kind: 'about' },
  { w: 'khoảng', kind: 'about' },
  { w: 'xấp xỉ', kind: 'about' },
  { w: 'không dưới', kind: 'at_least' },
  { w: 'không thấp hơn', kind: 'at_least' },
  { w: 'tối thiểu', kind: 'at_least' },
  { w: 'ít nhất', kind: 'at_least' },
  { w: 'đạt trên', kind: 'at_least' },
  { w: 'trên', kind: 'at_least' },
  { w: 'đạt mức', kind: 'at_least' },
  { w: 'vượt', kind: 'at_least' },
  { w: 'đạt', kind: 'at_least' },
  { w: 'giảm thêm', kind: 'reduce' },
  { w: 'giảm', kind: 'reduce' },
  { w: 'tăng thêm', kind: 'grow' },
  { w: 'tăng lên', kind: 'grow' },
  { w: 'tăng', kind: 'grow' },
  { w: 'lên', kind: 'at_least' },
  { w: 'có thêm', kind: 'filler' },
  { w: 'thêm', kind: 'filler' },
  { w: 'duy trì ổn định', kind: 'filler' },
  { w: 'duy trì', kind: 'filler' },
  { w: 'ổn định', kind: 'filler' },
  { w: 'từ', kind: 'from' },
  { w: 'ở mức', kind: 'filler' },
  { w: 'mức', kind: 'filler' },
  { w: 'là', kind: 'filler' },
  { w: 'bằng', kind: 'filler' },
  { w: 'cho', kind: 'filler' },
  { w: 'có', kind: 'filler' },
  { w: 'được', kind: 'filler' },
  { w: 'với', kind: 'filler' },
  { w: 'phấn đấu', kind: 'filler' },
  { w: 'bình quân', kind: 'modifier' },
  { w: 'hằng năm', kind: 'modifier' },
  { w: 'hàng năm', kind: 'modifier' },
  { w: 'mỗi năm', kind: 'modifier' },
];

/** Longest first: "không dưới" (at least) must win over "dưới" (at most). */
const TAIL_BY_LENGTH = [...TAIL_WORDS].sort((a, b) => b.w.length - a.w.length);

/** Words that open a name but are not part of it. */
const LEAD_FILLERS = words(
  'phấn đấu|trong đó|riêng|toàn tỉnh|tỉnh đặt mục tiêu|đặt mục tiêu|mục tiêu|đồng thời|tiếp tục|và|đạt|có|là|cho|với|để|đến năm \\d{4}|năm \\d{4}|trong năm \\d{4}',
  'yu',
);

/** Words that start a new indicator's name after a comma. */
const START_WORDS = words(
  'tỷ lệ|tỉ lệ|tốc độ|số|tổng|mức|thu|chi|giá trị|sản lượng|diện tích|bình quân|giải quyết|đào tạo|tạo việc làm|trồng|kim ngạch|vốn|thu nhập|grdp|cơ cấu|toàn tỉnh|phấn đấu|trong đó|riêng|đồng thời|duy trì|giữ vững|huy động|năng suất|dân số|tuổi thọ|có|đạt|tăng|giảm',
  'yu',
);

/** After a number + unit: the number is a share of the plan itself, not a target. */
const META_AFTER = words('(?:so với )?(?:các )?(?:kế hoạch|kh|dự toán|chỉ tiêu|nhiệm vụ|mục tiêu|cùng kỳ)', 'yu');

/** Before a number: an identifier, a date or a period, not a quantity. */
const ID_BEFORE = new RegExp(
  `(?<![${L}])(?:số|thứ|điều|khoản|mục|khóa|khoá|kỳ họp|ngày|tháng|năm|quý|lần|giai đoạn|đợt|phiên|chương|phụ lục|bảng|covid|tiêu chí số)\\s*[-:(]?\\s*$`,
  'u',
);

const AFTER_TAIL = words('trở lên|trở xuống', 'yu');

/** "xã đạt (chuẩn) (từ)" right before a number of criteria: the criteria say which communes are counted. */
const COMMUNES_REACHING = /xã\s+(?:đạt|có)(?:\s+chuẩn)?(?:\s+từ)?\s*$/u;

/** A short phrase after the unit that still belongs to the name ("Trồng mới 1.500 ha mắc ca"). */
const NOT_NAME_AFTER = words('so với|so|trở|và|tăng|giảm|bằng|vượt|trong đó|riêng|theo|tính|gấp', 'yu');

// ================================================================== the running mode (targets or past results)

type Mode = 'target' | 'past' | 'neutral';

interface Marker {
  at: number;
  mode: Mode;
}

const PAST_WORDS = words(
  'ước (?:đạt|tăng|giảm|thực hiện|tính|cả năm|khoảng)|đã đạt|chưa đạt|thực hiện được|cùng kỳ|kết quả|năm qua|năm trước|đánh giá tình hình',
);
const TARGET_WORDS = words('mục tiêu|chỉ tiêu|phấn đấu|dự kiến|kế hoạch năm|nhiệm vụ năm');
const YEAR_WORD = words('năm (\\d{4})');
const YEAR_REF_BEFORE = /(?:so với|so|trước|từ|sau|giai đoạn|cùng kỳ|đầu|cuối|hết|gốc|giá)\s*$/u;

function markersOf(p: Prepared, year: number): Marker[] {
  const out: Marker[] = [];
  const low = p.low;
  let m: RegExpExecArray | null;
  PAST_WORDS.lastIndex = 0;
  while ((m = PAST_WORDS.exec(low))) out.push({ at: m.index, mode: 'past' });
  TARGET_WORDS.lastIndex = 0;
  while ((m = TARGET_WORDS.exec(low))) out.push({ at: m.index, mode: 'target' });
  YEAR_WORD.lastIndex = 0;
  while ((m = YEAR_WORD.exec(low))) {
    const y = Number(m[1]);
    if (y < 1900 || y > 2200) continue;
    if (YEAR_REF_BEFORE.test(low.slice(Math.max(0, m.index - 12), m.index))) continue;
    out.push({ at: m.index, mode: y < year ? 'past' : 'target' });
  }
  return out.sort((a, b) => a.at - b.at);
}

function modeAt(markers: Marker[], at: number): Mode {
  let mode: Mode = 'neutral';
  for (const mk of markers) {
    if (mk.at >= at) break;
    mode = mk.mode;
  }
  return mode;
}

// ================================================================== year, province, groups

function validYear(y: unknown): number | undefined {
  return typeof y === 'number' && Number.isInteger(y) && y >= 1900 && y <= 2200 ? y : undefined;
}

/**
 * The plan year: the year the text's plan words name ("Kế hoạch năm 2023", "các mục tiêu cụ thể năm
 * 2023", "chỉ tiêu chủ yếu năm 2024"), the most often; a tie goes to the later year. A text that
 * names years but never with a plan word reports results, so its plan is the year after.
 */
function detectYear(p: Prepared): number | undefined {
  const strong = new Map<number, number>();
  let latestWeak: number | undefined;
  const low = p.low;
  let m: RegExpExecArray | null;
  const re = words('(?:năm|kế hoạch) (\\d{4})');
  while ((m = re.exec(low))) {
    const y = Number(m[1]);
    if (y < 1990 || y > 2200) continue;
    const before = low.slice(Math.max(0, m.index - 120), m.index);
    if (/(?:đến|trước|so với|từ|giai đoạn|sau|tháng \d{1,2})\s*$/u.test(before)) continue; // horizons, references, dates
    if (/^[^\n]{0,12}\s:\s*[\d.]+\s*$/mu.test(low.slice(m.index, low.indexOf('\n', m.index) < 0 ? low.length : low.indexOf('\n', m.index)))) continue; // "Năm 2023 : 962.961"
    const after = low.slice(m.index + m[0].length, m.index + m[0].length + 80).split(/[.;\n]/)[0] ?? '';
    if (/^\s*[-–]\s*\d{4}/.test(after)) continue; // "Kế hoạch 5 năm 2021 - 2025": a period, not a plan year
    let sentence = before.split(/[.;\n]/).pop() ?? '';
    // A title on two lines: "KẾ HOẠCH\nPhát triển kinh tế - xã hội năm 2025".
    const lines = before.split('\n');
    if (lines.length > 1 && sentence === lines[lines.length - 1] && /^\s*(?:kế hoạch|nghị quyết|chương trình|mục tiêu)\s*$/u.test(lines[lines.length - 2])) {
      sentence = `${lines[lines.length - 2]} ${sentence}`;
    }
    const around = `${sentence} ${after}`;
    const results = /chưa đạt|đã đạt|ước (?:đạt|tăng|thực hiện)|kết quả|đạt được|thực hiện được/u.test(around);
    if (!results && (m[0].startsWith('kế hoạch') || /kế hoạch|mục tiêu|chỉ tiêu|dự toán|nghị quyết|nhiệm vụ|phấn đấu/u.test(around))) {
      strong.set(y, (strong.get(y) ?? 0) + 1);
    } else if (latestWeak === undefined || y > latestWeak) latestWeak = y;
  }
  let best: number | undefined;
  let bestScore = 0;
  for (const [y, n] of strong) if (n > bestScore || (n === bestScore && best !== undefined && y > best)) [best, bestScore] = [y, n];
  if (best !== undefined) return best;
  return latestWeak !== undefined ? latestWeak + 1 : undefined;
}

function cleanName(s: unknown): string {
  return typeof s === 'string' ? collapse(s.normalize('NFC')) : '';
}

function detectProvince(p: Prepared, known?: Catalogue): string | undefined {
  if (known && known.province && p.fold.includes(foldText(known.province))) return known.province;
  const counts = new Map<string, number>();
  const re = /(?<![\p{L}])[Tt]ỉnh ((?:[A-ZĐÂĂÊÔƠƯ\p{Lu}][\p{Ll}]*)(?:[ -]+[\p{Lu}][\p{Ll}]*){0,2})/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(p.text))) {
    if (/(?:chủ tịch|bí thư|giám đốc|đồng chí)[\p{L}\s]*$/iu.test(p.text.slice(Math.max(0, m.index - 40), m.index))) continue;
    const name = m[1].replace(/\s*-\s*/g, ' - ');
    counts.set(name, 0);
  }
  for (const name of counts.keys()) counts.set(name, p.text.split(name).length - 1);
  let best: string | undefined;
  let n = 0;
  for (const [name, c] of counts) if (c > n) [best, n] = [name, c];
  return best;
}

function slug(s: string): string {
  return foldText(s).replace(/[^a-z0-9]+/g, '');
}

function emptyCatalogue(year: number, province: string, known?: Catalogue): Catalogue {
  const sameAsKnown = known && known.year === year && foldText(known.province) === foldText(province);
  const groups = known && known.groups.length ? known.groups : DEFAULT_GROUPS;
  return {
    id: sameAsKnown ? known.id : `${slug(province) || 'plan'}-${year}`,
    version: sameAsKnown ? known.version : 1,
    province,
    year,
    title: sameAsKnown
      ? { ...known.title }
      : {
          vi: `Các chỉ tiêu chủ yếu kế hoạch phát triển kinh tế - xã hội năm ${year} tỉnh ${province}`,
          en: `Main indicators of the ${year} socio-economic development plan, ${province} province`,
        },
    groups: groups.map((g) => ({ code: g.code, name: { ...g.name } })),
    indicators: [],
  };
}

const GROUP_HEADER = words('chỉ tiêu (?:chủ yếu )?(?:về |lĩnh vực )?(kinh tế|xã hội|văn hóa|văn hoá|môi trường|nông thôn mới)');

function groupMarkersOf(p: Prepared): { at: number; group: string }[] {
  const out: { at: number; group: string }[] = [];
  let m: RegExpExecArray | null;
  GROUP_HEADER.lastIndex = 0;
  while ((m = GROUP_HEADER.exec(p.low))) out.push({ at: m.index, group: groupOfWord(m[1]) });
  return out;
}

function groupOfWord(w: string): string {
  const f = foldText(w);
  if (f === 'kinh te') return 'economy';
  if (f === 'moi truong') return 'environment';
  if (f === 'nong thon moi') return 'new_rural';
  return 'culture_social';
}

function guessGroup(name: string, unit: string): string {
  const f = foldText(`${name} ${unit}`);
  if (/\b(rung|moi truong|rac|chat thai|nuoc sach|nuoc sinh hoat|hop ve sinh)\b/.test(f)) return 'environment';
  if (/\b(nong thon moi|tieu chi)\b/.test(f)) return 'new_rural';
  if (/\b(grdp|tang truong|ngan sach|san luong|xuat khau|nhap khau|xuat nhap khau|du lich|dau tu|von|doanh nghiep|dien luoi|gia tri|san xuat|cong nghiep|nong nghiep|thu nhap|kim ngach|trong moi|dien tich)\b/.test(f))
    return 'economy';
  return 'culture_social';
}

// ================================================================== matching names

/**
 * Words that say nothing about which indicator it is, compared with their diacritics (folded, "trong"
 * would also drop "trồng" and "bàn" would drop "bản"). "trên địa bàn" means "in the province".
 */
const STOP_WORDS = new Set(
  ['các', 'của', 'và', 'cho', 'được', 'là', 'những', 'với', 'tại', 'trong', 'đó', 'riêng', 'toàn', 'đạt', 'từ', 'hoặc', 'một', 'theo', 'trên', 'địa', 'bàn', 'có'].map(
    (w) => w.normalize('NFC'),
  ),
);

/** Phrases that stand for an acronym the catalogue may use instead. */
const SYNONYMS: [RegExp, string][] = [
  [/(^| )tong san pham( |$)/, 'grdp'],
  [/(^| )tang truong kinh te( |$)/, 'grdp'],
  [/(^| )chi so gia tieu dung( |$)/, 'cpi'],
];

/** The content words of a name, folded (diacritics and i/y spelling do not matter). */
function contentWords(s: string): string[] {
  const out: string[] = [];
  for (const w of String(s).normalize('NFC').toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (!w || STOP_WORDS.has(w)) continue;
    const f = foldText(w).replace(/[^a-z0-9]/g, '');
    if (f) out.push(f.replace(/^(qu|[tskmlhd])y$/, '$1i')); // tỷ/tỉ, sỹ/sĩ, kỹ/kĩ
  }
  return out;
}

function matchTokens(s: string): Set<string> {
  const out = new Set(contentWords(s));
  const joined = ` ${[...contentWords(s)].join(' ')} `;
  for (const [re, t] of SYNONYMS) if (re.test(joined)) out.add(t);
  return out;
}

const ACRONYMS = new Set(['OCOP', 'ODA', 'PAPI', 'SIPAS', 'ICOR']);

/** An all-capital word that is not a Vietnamese word in capitals ("GRDP", "CPI", not "NON" of "MẦM NON"). */
function isAcronym(w: string): boolean {
  if (ACRONYMS.has(w)) return true;
  return /[B-DF-HJ-NP-TV-XZ]{2,}/.test(w.replace(/NGH|CH|GH|KH|NG|NH|PH|TH|TR/g, '-'));
}

/** Acronyms a name uses (GRDP, CPI, OCOP), including those its words stand for. */
function acronyms(s: string): Set<string> {
  const out = new Set<string>();
  for (const m of String(s).matchAll(/(?<![\p{L}\p{N}])[A-Z]{2,6}(?![\p{L}\p{N}])/gu)) if (m[0] !== 'USD' && isAcronym(m[0])) out.add(m[0].toLowerCase());
  const joined = ` ${contentWords(s).join(' ')} `;
  for (const [re, t] of SYNONYMS) if (re.test(joined)) out.add(t);
  return out;
}

/** For "Tỷ lệ X ...": X, the thing counted, which a matching name must mention. */
function shareHead(name: string): string | undefined {
  const w = contentWords(name);
  if (w[0] === 'ti' && w[1] === 'le') return w[2];
  if (w[0] === 'so' || w[0] === 'tong') return w[1]; // "Số bác sỹ/1 vạn dân" is not "Số giường bệnh/vạn dân"
  return undefined;
}

function dice(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let n = 0;
  for (const t of a) if (b.has(t)) n++;
  return (2 * n) / (a.size + b.size);
}

function coverage(of: Set<string>, by: Set<string>): number {
  if (!of.size) return 0;
  let n = 0;
  for (const t of of) if (by.has(t)) n++;
  return n / of.size;
}

function isTargetRow(i: Indicator): boolean {
  return i.parentCode === undefined && i.rule !== 'none';
}

/** A known sub-indicator ("Trong đó: các huyện nghèo") is compared together with the row it belongs to. */
function knownKeys(known: Catalogue): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  let lastMain: Indicator | undefined;
  for (const ind of known.indicators) {
    if (!isTargetRow(ind)) continue;
    const isSub = /^trong do\b/.test(foldText(ind.name.vi).trim());
    const text = `${isSub && lastMain ? lastMain.name.vi + ' ' : ''}${ind.name.vi} ${ind.unit.vi}`;
    out.set(ind.code, matchTokens(text));
    if (!isSub) lastMain = ind;
  }
  return out;
}

function unitsCompatible(proposal: string, rule: PlanRule, knownInd: Indicator): boolean {
  if (rule === 'maintain' || knownInd.rule === 'maintain') return rule === 'maintain' && knownInd.rule === 'maintain';
  if (!proposal) return true;
  return unitCat(proposal) === unitCat(knownInd.unit.vi);
}

function unitsDiffer(proposal: string, knownInd: Indicator): boolean {
  if (!proposal || knownInd.rule === 'maintain') return false;
  const def = unitDefOf(proposal);
  if (!def?.scaled) return false;
  return foldText(collapse(proposal)) !== foldText(collapse(knownInd.unit.vi));
}

// ================================================================== reading

interface Draft {
  indicator: string;
  name: string;
  value: Target;
  valueText: string;
  decimals: number;
  unit: string;
  unitDef?: UnitDef;
  rule: PlanRule;
  ruleWords: string;
  reduction: boolean;
  growth: boolean;
  year: number;
  sentence: Sentence;
  clause: Clause;
  valueStart: number;
  valueEnd: number;
  parentDraft?: Draft;
  group?: string;
  doubts: Doubt[];
  /** Words compared with the known names. */
  key: Set<string>;
  acronyms: Set<string>;
  context: Set<string>;
}

interface Ctx {
  p: Prepared;
  year: number;
  locale: DocLocale;
  markers: Marker[];
  groupMarkers: { at: number; group: string }[];
  contexts: Map<Sentence, Set<string>>;
}

function readPlan(input: string, o: ProposeOptions): PlanReading {
  const known = o.known;
  const p = prepare(input);
  const optionYear = validYear(o.year);
  const textYear = optionYear === undefined ? detectYear(p) : undefined;
  const year = optionYear ?? textYear ?? known?.year ?? DEFAULT_YEAR;
  const yearFrom: PlanReading['yearFrom'] = optionYear ? 'option' : textYear ? 'text' : known ? 'known' : 'default';
  const province = cleanName(o.province) || detectProvince(p, known) || known?.province || UNKNOWN_PROVINCE;
  const ctx: Ctx = { p, year, locale: docLocaleOf(p), markers: markersOf(p, year), groupMarkers: groupMarkersOf(p), contexts: new Map() };

  const tables = readTables(ctx);
  const drafts: Draft[] = [];
  for (const s of sentencesOf(p)) {
    if (tables.rows.some((r) => r.start < s.end && s.start < r.end)) continue; // read as a table row
    const inSentence: Draft[] = [];
    for (const c of clausesOf(p, s)) {
      // "..., riêng các huyện nghèo giảm 5,1%": a sub-target of the sentence's previous target.
      const parent = c.sub ? inSentence[inSentence.length - 1] : undefined;
      inSentence.push(...readClause(ctx, c, parent));
    }
    drafts.push(...inSentence);
  }
  drafts.push(...tables.drafts);
  drafts.sort((a, b) => a.valueStart - b.valueStart);

  const proposals = finish(ctx, drafts, known);
  const catalogue = assembleCatalogue(proposals, { year, province, known });
  const used = new Set(proposals.map((x) => x.code));
  const unmatchedKnown = known ? known.indicators.filter((i) => isTargetRow(i) && !used.has(i.code)).map((i) => i.code) : [];
  return { catalogue, proposals, year, yearFrom, province, unmatchedKnown };
}

// ------------------------------------------------------------------ tables pasted from Word or PDF
//
// "STT | Chỉ tiêu | Đơn vị tính | Ước thực hiện năm 2023 | Kế hoạch năm 2024", cells separated by tabs
// (or "|"). The header names the columns; the plan column is the one that says "Kế hoạch"/"KH"/"Mục
// tiêu" (the latest year if several), never "Ước"/"Thực hiện". Each row below it with a number in
// that column is a target; a row whose plan cell is empty is a heading ("Kinh tế") or skipped.

interface TableLayout {
  name: number;
  unit: number;
  plan: number;
  year?: number;
}

function cellsOf(p: Prepared, start: number, end: number): { start: number; end: number; text: string }[] {
  const line = p.text.slice(start, end);
  const sep = line.includes('\t') ? '\t' : (line.match(/\|/g) ?? []).length >= 2 ? '|' : null;
  if (!sep) return [];
  const out: { start: number; end: number; text: string }[] = [];
  let from = 0;
  for (;;) {
    const i = line.indexOf(sep, from);
    const to = i < 0 ? line.length : i;
    let a = from;
    let b = to;
    while (a < b && /\s/.test(line[a])) a++;
    while (b > a && /\s/.test(line[b - 1])) b--;
    out.push({ start: start + a, end: start + b, text: collapse(line.slice(a, b)) });
    if (i < 0) break;
    from = i + 1;
  }
  if (sep === '|' && out.length && out[0].text === '') out.shift(); // "| a | b |"
  if (sep === '|' && out.length && out[out.length - 1].text === '') out.pop();
  return out;
}

function tableLayout(cells: { text: string }[]): TableLayout | undefined {
  const f = cells.map((c) => foldText(c.text));
  const name = f.findIndex((c) => /^(noi dung|ten chi tieu|chi tieu|cac chi tieu)\b/.test(c) && !/\d{4}/.test(c));
  const unit = f.findIndex((c) => /^(don vi|dvt)\b/.test(c));
  if (name < 0 || unit < 0) return undefined;
  let plan = -1;
  let year: number | undefined;
  f.forEach((c, i) => {
    if (i === name || i === unit || /\b(uoc|thuc hien|th)\b/.test(c)) return;
    if (!/\b(ke hoach|kh|muc tieu|chi tieu)\b/.test(c)) return;
    const y = /(\d{4})/.exec(c);
    const yy = y ? Number(y[1]) : undefined;
    if (plan < 0 || (yy !== undefined && (year === undefined || yy > year))) {
      plan = i;
      year = yy;
    }
  });
  return plan < 0 ? undefined : { name, unit, plan, year };
}

function readTables(ctx: Ctx): { drafts: Draft[]; rows: { start: number; end: number }[] } {
  const { p } = ctx;
  const drafts: Draft[] = [];
  const rows: { start: number; end: number }[] = [];
  const lines: { start: number; end: number }[] = [];
  const re = /[^\n\r]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(p.text))) lines.push({ start: m.index, end: m.index + m[0].length });
  let layout: TableLayout | undefined;
  let group: string | undefined;
  let lastMain: Draft | undefined;
  for (const line of lines) {
    const cells = cellsOf(p, line.start, line.end);
    const head = cells.length >= 3 ? tableLayout(cells) : undefined;
    if (head) {
      layout = head;
      rows.push(line);
      group = undefined;
      lastMain = undefined;
      continue;
    }
    if (!layout) continue;
    if (cells.length <= Math.max(layout.name, layout.unit, layout.plan)) {
      if (cells.length < 2) layout = undefined; // the table has ended
      continue;
    }
    rows.push(line);
    const nameCell = cells[layout.name];
    const planCell = cells[layout.plan];
    const unitText = cells[layout.unit].text;
    const name = nameCell.text.replace(/^[-–+*•]\s*/, '');
    if (!hasWords(name)) continue;
    if (!planCell.text) {
      GROUP_WORD.lastIndex = 0;
      const g = GROUP_WORD.exec(foldText(name));
      if (g) group = groupOfWord(g[1]);
      continue;
    }
    const d = tableDraft(ctx, line, nameCell, planCell, unitText, layout, group);
    if (!d) continue;
    if (/^(trong do|rieng)\b/.test(foldText(name)) && lastMain) {
      d.parentDraft = lastMain;
      d.name = `Trong đó: ${collapse(name.replace(/^(trong đó|riêng)\s*:?\s*/iu, ''))}`;
      inheritSense(d, lastMain);
    } else lastMain = d;
    drafts.push(d);
  }
  return { drafts, rows };
}

/** "Trong đó: các huyện nghèo 4,5%" under "Mức giảm tỷ lệ hộ nghèo": a reduction too. */
function inheritSense(d: Draft, parent: Draft): void {
  if (d.rule === 'maintain' || d.rule === 'at_most') return;
  if (parent.reduction && !d.reduction) {
    d.reduction = true;
    d.key.add('giam');
  }
  if (parent.growth && !d.growth) {
    d.growth = true;
    d.key.add('tang');
  }
}

const GROUP_WORD = /\b(kinh te|xa hoi|van hoa|moi truong|nong thon moi)\b/g;

function tableDraft(
  ctx: Ctx,
  line: { start: number; end: number },
  nameCell: { start: number; end: number; text: string },
  planCell: { start: number; end: number; text: string },
  unitText: string,
  layout: TableLayout,
  group: string | undefined,
): Draft | undefined {
  const { p } = ctx;
  const sentence: Sentence = { start: line.start, end: line.end, index: -1 };
  const clause: Clause = { start: line.start, end: line.end, sentence, sub: false };
  const name = capitalise(nameCell.text.replace(/^[-–+*•]\s*/, ''));
  const fold = foldText(name);
  const unitDef = unitText ? unitDefOf(unitText) : undefined;
  const low = p.low.slice(planCell.start, planCell.end);
  const base = {
    indicator: name,
    name,
    year: layout.year ?? ctx.year,
    sentence,
    clause,
    group: group ?? guessGroup(name, unitText),
    context: contextOf(ctx, sentence),
    acronyms: acronyms(name),
  };
  if (/^(đạt|giữ vững|duy trì)/u.test(low) && !/\d/.test(low)) {
    return {
      ...base,
      value: 'pass',
      valueText: p.text.slice(planCell.start, planCell.end),
      decimals: 0,
      unit: PASS_UNIT.vi,
      rule: 'maintain',
      ruleWords: low,
      reduction: false,
      growth: false,
      valueStart: planCell.start,
      valueEnd: planCell.end,
      doubts: [],
      key: matchTokens(name),
    };
  }
  const cands = scanNumbers(ctx, planCell.start, planCell.end);
  if (cands.length !== 1) return undefined;
  const c = cands[0];
  const { tail } = splitTail(p, planCell.start, c.lo.start);
  AFTER_TAIL.lastIndex = skipSpaces(p, c.end);
  const after = AFTER_TAIL.exec(p.low);
  const tailAfter = after && after.index === skipSpaces(p, c.end) ? after[0] : '';
  const signs = p.text.slice(planCell.start, c.lo.start);
  const kinds = new Set(tail.map((t) => t.kind));
  let rule: PlanRule;
  if (c.hi) rule = 'range';
  else if (kinds.has('at_most') || tailAfter === 'trở xuống' || /[≤<]/.test(signs)) rule = 'at_most';
  else if (kinds.has('about') || /[~≈]/.test(signs)) rule = 'about';
  else rule = 'at_least';
  const reduction = (kinds.has('reduce') || /(^| )giam( |$)/.test(fold)) && rule !== 'at_most';
  const growth = kinds.has('grow') || /(^| )tang( |$)/.test(fold);
  if (rule === 'at_least' && !reduction && !kinds.has('at_least') && !tailAfter && !/[≥>]/.test(signs) && LOWER_IS_BETTER.test(fold)) rule = 'at_most';
  let value: Target = c.lo.value;
  const doubts = [...c.lo.doubts, ...(c.hi?.doubts ?? [])];
  if (c.hi) value = c.lo.value <= c.hi.value ? [c.lo.value, c.hi.value] : [c.hi.value, c.lo.value];
  const unit = /^\p{Lu}\p{Ll}/u.test(unitText) ? lowerFirst(unitText) : unitText; // "Triệu đồng" in a header cell
  return {
    ...base,
    value,
    valueText: p.text.slice(c.lo.start, c.hi ? c.hi.end : c.lo.end),
    decimals: Math.max(c.lo.decimals, c.hi?.decimals ?? 0),
    unit,
    unitDef,
    rule,
    ruleWords: [...tail.filter((t) => t.kind !== 'filler').map((t) => t.w), ...(tailAfter ? [tailAfter] : [])].join(' '),
    reduction,
    growth,
    valueStart: c.lo.start,
    valueEnd: c.hi ? c.hi.end : c.lo.end,
    doubts,
    key: matchTokens(`${name} ${unit} ${growth ? 'tăng' : ''} ${reduction ? 'giảm' : ''}`),
  };
}

interface Cand {
  lo: NumberToken;
  hi?: NumberToken;
  unit?: UnitHit;
  /** Where the number and its unit end. */
  end: number;
  qualifier: boolean;
}

const NUM_RUN = /\d(?:[\d.,]*\d)?/g;
const RANGE_SEP = /\s*(?:-|–|—|÷|đến|tới)\s*/y;

function scanNumbers(ctx: Ctx, from: number, to: number): Cand[] {
  const { p } = ctx;
  const t = p.text;
  const out: Cand[] = [];
  NUM_RUN.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = NUM_RUN.exec(t)) && m.index < to) {
    const s = m.index;
    let e = s + m[0].length;
    if (e > to) break;
    const before = t[s - 1] ?? '';
    const after = t[e] ?? '';
    if (/[\p{L}\p{N}/]/u.test(before) || /[\p{L}]/u.test(after)) continue; // H5N1, m2, /1, 5G
    if (after === '/' && /[\p{L}\p{N}]/u.test(t[e + 1] ?? '')) {
      // 9/12, 9/15, 45/NQ-HĐND: skip the whole thing
      const rest = /\/[\p{L}\p{N}./-]*/uy;
      rest.lastIndex = e;
      const r = rest.exec(t);
      NUM_RUN.lastIndex = r ? e + r[0].length : e + 1;
      continue;
    }
    if (ID_BEFORE.test(p.low.slice(Math.max(from, s - 24), s))) continue;
    const lo = readToken(p, s, e, ctx.locale);
    if (!lo) continue;
    NOT_TARGET_AFTER.lastIndex = skipSpaces(p, e);
    if (NOT_TARGET_AFTER.test(p.low) && NOT_TARGET_AFTER.lastIndex - e <= 14) continue;

    let unit = unitAt(p, e);
    let hi: NumberToken | undefined;
    const afterLo = unit ? unit.end : e;
    RANGE_SEP.lastIndex = afterLo;
    const sep = RANGE_SEP.exec(p.low);
    if (sep && sep.index === afterLo) {
      const hs = afterLo + sep[0].length;
      NUM_RUN.lastIndex = hs;
      const hm = NUM_RUN.exec(t);
      if (hm && hm.index === hs && hs + hm[0].length <= to && !/[\p{L}/]/u.test(t[hs + hm[0].length] ?? '')) {
        const tok = readToken(p, hs, hs + hm[0].length, ctx.locale);
        const hiUnit = tok ? unitAt(p, tok.end) : null;
        const sameUnit = !unit || (hiUnit && hiUnit.def === unit.def);
        if (tok && sameUnit) {
          hi = tok;
          if (hiUnit) unit = hiUnit;
          e = tok.end;
        }
      }
      NUM_RUN.lastIndex = hi ? hi.end : afterLo;
    }
    const end = unit && unit.end > e ? unit.end : e;
    NUM_RUN.lastIndex = Math.max(NUM_RUN.lastIndex, end);
    out.push({ lo, hi, unit: unit ?? undefined, end, qualifier: false });
  }
  // "7 xã đạt từ 15-18 tiêu chí": a count of criteria beside another target only says which communes.
  // So does "Số xã đạt từ 15-18 tiêu chí nông thôn mới: 9 xã".
  const others = out.filter((c) => c.unit && c.unit.def.cat !== 'criteria');
  for (const c of out) {
    if (c.unit?.def.cat !== 'criteria') continue;
    if (others.length || COMMUNES_REACHING.test(p.low.slice(Math.max(from, c.lo.start - 30), c.lo.start))) c.qualifier = true;
  }
  return out;
}

function skipSpaces(p: Prepared, at: number): number {
  while (at < p.low.length && /\s/.test(p.low[at])) at++;
  return at;
}

function trimSpan(p: Prepared, a: number, b: number): [number, number] {
  const t = p.text;
  while (a < b && /[\s,.;:(\-–—]/.test(t[a])) a++;
  while (b > a && /[\s,.;:)\-–—]/.test(t[b - 1])) b--;
  // keep a closing parenthesis that closes one opened inside: "(GRDP)"
  if (b < t.length && t[b] === ')' && t.slice(a, b).includes('(') && !t.slice(a, b).includes(')')) b++;
  return [a, b];
}

/** Strips rule words off the end of [a, b) of the text; returns the name span and the rule words. */
function splitTail(p: Prepared, a: number, b: number): { nameEnd: number; tail: { w: string; kind: string }[]; modifiers: string[] } {
  const low = p.low;
  const tail: { w: string; kind: string }[] = [];
  const modifiers: string[] = [];
  let end = b;
  for (;;) {
    while (end > a && /[\s,:]/.test(low[end - 1])) end--;
    let hit: (typeof TAIL_WORDS)[number] | undefined;
    for (const tw of TAIL_BY_LENGTH) {
      const s = end - tw.w.length;
      if (s < a || low.slice(s, end) !== tw.w) continue;
      if (s > a && /[\p{L}\p{N}]/u.test(low[s - 1])) continue;
      hit = tw;
      break;
    }
    if (!hit) break;
    if (hit.kind === 'modifier') modifiers.unshift(hit.w);
    else tail.unshift(hit);
    end -= hit.w.length;
  }
  return { nameEnd: end, tail, modifiers };
}

function stripLead(p: Prepared, a: number, b: number): number {
  for (;;) {
    const before = a;
    while (a < b && /[\s,.;:(\-–—•+*·]/.test(p.text[a])) a++;
    LIST_MARKER.lastIndex = 0;
    const lm = LIST_MARKER.exec(p.low.slice(a, b));
    if (lm && lm[0].length) a += lm[0].length;
    LEAD_FILLERS.lastIndex = a;
    const m = LEAD_FILLERS.exec(p.low);
    if (m && m.index === a && a + m[0].length <= b) a += m[0].length;
    if (a === before) return a;
  }
}

/** The start of the current indicator's words: after the last comma that opens a new name. */
function nameStart(p: Prepared, from: number, to: number): number {
  let start = from;
  for (let i = from; i < to; i++) {
    if (p.low[i] !== ',') continue;
    const j = skipSpaces(p, i + 1);
    START_WORDS.lastIndex = j;
    if (START_WORDS.test(p.low)) start = i + 1;
  }
  return start;
}

function suffixEnd(p: Prepared, from: number, limit: number): number {
  for (let i = from; i < limit; i++) {
    if (p.low[i] !== ',') continue;
    const j = skipSpaces(p, i + 1);
    START_WORDS.lastIndex = j;
    if (START_WORDS.test(p.low)) return i;
  }
  return limit;
}

function spanText(p: Prepared, a: number, b: number): string {
  const [s, e] = trimSpan(p, a, b);
  return e > s ? collapse(p.text.slice(s, e)) : '';
}

function hasWords(s: string): boolean {
  return /\p{L}{2,}/u.test(s);
}

function capitalise(s: string): string {
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}

/** "Tổng lượt khách" → "tổng lượt khách" inside a longer name; "GRDP ..." stays. */
function lowerFirst(s: string): string {
  return /^\p{Lu}\p{Ll}/u.test(s) ? s[0].toLowerCase() + s.slice(1) : s;
}

/** Levels where less is better: with no rule word, their target is a ceiling. */
const LOWER_IS_BETTER = /\b(ho ngheo|that nghiep|suy dinh duong|ty suat chet|ti suat chet|tu vong|tai nan|chi so gia|lam phat|no xau|sinh con thu ba|o nhiem)\b/;

const MAINTAIN = words('giữ vững|duy trì', 'gu');
const MAINTAIN_OBJECT = words('phổ cập|chuẩn|đạt chuẩn|danh hiệu|công nhận|tỷ lệ|tỉ lệ');

function readClause(ctx: Ctx, c: Clause, parent?: Draft): Draft[] {
  const { p } = ctx;
  const out: Draft[] = [];
  let clauseYear: number | null | undefined; // computed once per clause
  const otherYear = (): number | undefined => {
    if (clauseYear === undefined) {
      clauseYear = null;
      const clauseLow = p.low.slice(c.start, c.end);
      const ym = /(?:đến năm|năm|đến) (\d{4})(?!\d)/u.exec(clauseLow);
      if (ym) {
        const y = Number(ym[1]);
        const refBefore = YEAR_REF_BEFORE.test(clauseLow.slice(Math.max(0, ym.index - 12), ym.index));
        if (y > ctx.year && y <= 2200 && !refBefore) clauseYear = y;
      }
    }
    return clauseYear ?? undefined;
  };
  const begin = stripLead(p, c.start, c.end);
  const cands = scanNumbers(ctx, begin, c.end);
  const real = cands.filter((x) => !x.qualifier);
  let pos = begin;

  for (let k = 0; k < real.length; k++) {
    const cand = real[k];
    const vStart = cand.lo.start;
    if (vStart < pos) continue;
    const next = real[k + 1];
    const numEnd = cand.hi ? cand.hi.end : cand.lo.end;

    if (modeAt(ctx.markers, vStart) === 'past') {
      pos = cand.end;
      continue;
    }
    // What follows: a share of the plan ("100% chỉ tiêu", "102% dự toán") is not a target.
    const afterStart = skipSpaces(p, cand.end);
    META_AFTER.lastIndex = afterStart;
    if (cand.unit?.def.cat === 'percent' && META_AFTER.test(p.low)) {
      pos = cand.end;
      continue;
    }
    AFTER_TAIL.lastIndex = afterStart;
    const afterTail = AFTER_TAIL.exec(p.low);
    const tailAfter = afterTail && afterTail.index === afterStart ? afterTail[0] : '';
    const consumed = tailAfter ? afterStart + tailAfter.length : cand.end;

    // The words before the number.
    const ns = nameStart(p, pos, vStart);
    const { nameEnd, tail, modifiers } = splitTail(p, ns, vStart);
    if (tail.some((t) => t.w === 'bằng') && cand.unit?.def.cat === 'percent') {
      pos = consumed;
      continue;
    }
    const nameFrom = stripLead(p, ns, nameEnd);
    let indicator = spanText(p, nameFrom, nameEnd);
    if (!hasWords(indicator)) indicator = '';
    const doubts: Doubt[] = [...cand.lo.doubts, ...(cand.hi?.doubts ?? [])];
    let pattern: 'before' | 'after' | 'lead' | 'unit' = 'before';
    let end = consumed;

    if (!indicator && modifiers.includes('bình quân')) indicator = cand.unit ? `bình quân ${cand.unit.text}` : 'bình quân';
    if (indicator && pattern === 'before' && !tailAfter) {
      // "Trồng mới 1.500 ha mắc ca": a few words after the unit still name the thing.
      const limit = next ? Math.min(next.lo.start, c.end) : c.end;
      const sEnd = suffixEnd(p, cand.end, limit);
      const after = spanText(p, cand.end, sEnd);
      NOT_NAME_AFTER.lastIndex = skipSpaces(p, cand.end);
      if (hasWords(after) && !/\d/.test(after) && after.split(' ').length <= 5 && !/^[(,]/.test(after) && !NOT_NAME_AFTER.test(p.low)) {
        // "đón 1,5 triệu lượt khách du lịch": the unit names what is counted.
        const counted = cand.unit && (cand.unit.def.noun || cand.unit.def.cat === 'visits') ? cand.unit.text.replace(/^(triệu|nghìn|ngàn|tỷ|tỉ)\s+/u, '') : '';
        indicator = collapse(`${indicator} ${counted} ${after}`);
        end = sEnd;
      }
    }
    if (!indicator) {
      // "99,1% thôn, bản có đường ...", "7 xã đạt từ 15-18 tiêu chí": the name follows.
      const limit = next ? Math.min(next.lo.start, c.end) : c.end;
      const sEnd = suffixEnd(p, consumed, limit);
      const nounStart = cand.unit?.def.noun ? cand.unit.start : consumed;
      const after = spanText(p, nounStart, sEnd);
      if (hasWords(after) && !(cand.unit?.def.noun && after === cand.unit.text && !hasWords(spanText(p, consumed, sEnd)) && c.lead)) {
        indicator = after;
        pattern = 'after';
        end = sEnd;
      } else if (c.lead && out.length === 0) {
        const lead = spanText(p, stripLead(p, c.lead.start, c.lead.end), c.lead.end);
        if (hasWords(lead) && lead.split(' ').length <= 14) {
          indicator = lead;
          pattern = 'lead';
        }
      }
      if (!indicator && cand.unit) {
        indicator = cand.unit.text;
        pattern = 'unit';
      }
    }

    // A number without a unit is a target only after a rule word and an indicator's name.
    if (!cand.unit) {
      const ruleTail = tail.some((t) => t.kind !== 'filler' && t.kind !== 'from');
      START_WORDS.lastIndex = nameFrom;
      const named = pattern === 'before' && indicator !== '' && START_WORDS.test(p.low);
      if (!ruleTail || !named || tail.some((t) => t.w === 'bằng')) {
        pos = Math.max(pos, cand.end);
        continue;
      }
      doubts.push(
        doubt('no_unit', 'không có đơn vị sau số; hãy kiểm tra đơn vị tính', 'no unit after the number; check the unit'),
      );
    }
    if (!indicator) {
      pos = end;
      continue;
    }

    // The rule.
    const kinds = new Set(tail.map((t) => t.kind));
    let rule: PlanRule;
    if (cand.hi) rule = 'range';
    else if (kinds.has('at_most') || tailAfter === 'trở xuống') rule = 'at_most';
    else if (kinds.has('about')) rule = 'about';
    else rule = 'at_least';
    const nameFold = foldText(indicator);
    const reduction = (kinds.has('reduce') || /(^| )giam( |$)/.test(nameFold)) && rule !== 'at_most';
    const growth = kinds.has('grow') || /(^| )tang( |$)/.test(nameFold);
    // "Tỷ lệ hộ nghèo 9,2%" with no rule word: a level where lower is better.
    if (rule === 'at_least' && !reduction && !kinds.has('at_least') && !tailAfter && LOWER_IS_BETTER.test(nameFold)) rule = 'at_most';
    const ruleWords = [...tail.filter((t) => t.kind !== 'filler').map((t) => t.w), ...(tailAfter ? [tailAfter] : [])].join(' ');

    let value: Target;
    let decimals = cand.lo.decimals;
    if (cand.hi) {
      let [a, b] = [cand.lo.value, cand.hi.value];
      if (a > b) {
        [a, b] = [b, a];
        doubts.push(doubt('range_order', 'khoảng viết từ cao xuống thấp; đã đảo lại', 'the range is written high to low; swapped'));
      }
      value = [a, b];
      decimals = Math.max(cand.lo.decimals, cand.hi.decimals);
    } else value = cand.lo.value;

    // The year the clause names, if not the plan's.
    let year = ctx.year;
    const y = otherYear();
    if (y !== undefined) {
      year = y;
      doubts.push(
        doubt('other_year', `câu này nói về mục tiêu năm ${y}, không phải năm kế hoạch ${ctx.year}`, `the sentence is about a ${y} target, not the plan year ${ctx.year}`),
      );
    }
    if (pattern === 'unit' && !cand.unit?.def.per) {
      doubts.push(doubt('unclear_name', 'không rõ tên chỉ tiêu; hãy đặt tên', 'the indicator has no clear name; name it'));
    }
    if (indicator.split(' ').length > 20) {
      doubts.push(doubt('unclear_name', 'tên chỉ tiêu dài bất thường; hãy kiểm tra', 'the indicator name is unusually long; check it'));
    }

    const unit = cand.unit?.text ?? '';
    const isSub = !!parent && out.length === 0;
    const name = draftName(indicator, pattern, cand.unit, { growth, reduction, rule, sub: isSub });
    const valueEnd = numEnd;
    const d: Draft = {
      indicator,
      name,
      value,
      valueText: p.text.slice(vStart, valueEnd),
      decimals,
      unit,
      unitDef: cand.unit?.def,
      rule,
      ruleWords,
      reduction,
      growth,
      year,
      sentence: c.sentence,
      clause: c,
      valueStart: vStart,
      valueEnd,
      group: groupAt(ctx, vStart),
      doubts,
      parentDraft: isSub ? parent : undefined,
      key: matchTokens(`${name} ${indicator} ${unit} ${growth ? 'tăng' : ''} ${reduction ? 'giảm' : ''}`),
      acronyms: acronyms(`${name} ${indicator}`),
      context: contextOf(ctx, c.sentence),
    };
    if (isSub && parent) inheritSense(d, parent);
    out.push(d);
    pos = Math.max(end, consumed);
  }

  // "Giữ vững ... phổ cập giáo dục mầm non cho trẻ 5 tuổi": a maintain target without a number.
  if (!real.length) {
    MAINTAIN.lastIndex = begin;
    const m = MAINTAIN.exec(p.low);
    if (m && m.index < c.end && modeAt(ctx.markers, m.index) !== 'past') {
      MAINTAIN_OBJECT.lastIndex = m.index;
      const obj = MAINTAIN_OBJECT.exec(p.low);
      if (obj && obj.index < c.end) {
        const indicator = spanText(p, m.index, c.end);
        const name = capitalise(indicator);
        out.push({
          indicator,
          name,
          value: 'pass',
          valueText: p.text.slice(m.index, m.index + m[0].length),
          decimals: 0,
          unit: PASS_UNIT.vi,
          rule: 'maintain',
          ruleWords: p.low.slice(m.index, m.index + m[0].length),
          reduction: false,
          growth: false,
          year: ctx.year,
          sentence: c.sentence,
          clause: c,
          valueStart: m.index,
          valueEnd: m.index + m[0].length,
          group: groupAt(ctx, m.index),
          doubts: [],
          key: matchTokens(indicator),
          acronyms: acronyms(indicator),
          context: contextOf(ctx, c.sentence),
        });
      }
    }
  }
  return out;
}

/** The words of a sentence, once per sentence (a sentence may hold thousands of targets). */
function contextOf(ctx: Ctx, s: Sentence): Set<string> {
  let c = ctx.contexts.get(s);
  if (!c) {
    c = matchTokens(ctx.p.text.slice(s.start, s.end));
    ctx.contexts.set(s, c);
  }
  return c;
}

function groupAt(ctx: Ctx, at: number): string | undefined {
  let g: string | undefined;
  for (const m of ctx.groupMarkers) {
    if (m.at >= at) break;
    g = m.group;
  }
  return g;
}

function draftName(
  indicator: string,
  pattern: 'before' | 'after' | 'lead' | 'unit',
  unit: UnitHit | undefined,
  f: { growth: boolean; reduction: boolean; rule: PlanRule; sub: boolean },
): string {
  let name = indicator;
  const fold = foldText(name);
  const cat = unit?.def.cat;
  if (f.sub) return `Trong đó: ${collapse(name.replace(/\s+(tăng|giảm)$/u, ''))}`;
  if (pattern === 'after' || pattern === 'unit') {
    if (cat === 'percent' && !/^(ty le|ti le|toc do|muc)/.test(fold)) name = `Tỷ lệ ${lowerFirst(name)}`;
    else if ((unit?.def.noun || unit?.def.per) && !/^(so|tong|binh quan)/.test(fold)) name = `Số ${lowerFirst(name)}`;
  } else if (cat === 'percent' && f.growth && !/^(toc do|muc tang|ty le tang)/.test(fold)) {
    name = /^tang truong\b/.test(fold) ? `Tốc độ ${lowerFirst(name)}` : `Tốc độ tăng ${lowerFirst(name.replace(/\s+tăng$/u, ''))}`;
  } else if (cat === 'percent' && f.reduction && !/(^| )giam( |$)/.test(fold)) {
    name = `Mức giảm ${lowerFirst(name)}`;
  } else if (fold === 'binh quan' && unit) {
    name = `bình quân ${unit.text}`;
  } else if (unit?.def.noun && pattern === 'before' && !foldText(name).includes(foldText(unit.text))) {
    name = `${name} ${unit.text}`;
  }
  return capitalise(collapse(name.replace(/\s+(tăng|giảm)$/u, '')));
}

// ================================================================== matching, codes, proposals

function finish(ctx: Ctx, all: Draft[], known?: Catalogue): Proposal[] {
  const { p } = ctx;
  const codeOf = new Map<Draft, string>();
  const scoreOf = new Map<Draft, number>();
  const knownRows = known ? known.indicators.filter(isTargetRow) : [];
  const drafts = dropRestatements(all, known);

  if (known) {
    const keys = knownKeys(known);
    const knownAcronyms = new Map(knownRows.map((k) => [k.code, acronyms(k.name.vi)] as const));
    const pairs: { d: Draft; k: Indicator; score: number }[] = [];
    for (const d of drafts) {
      const key = d.parentDraft ? new Set([...d.parentDraft.key, ...d.key]) : d.key;
      const acr = d.parentDraft ? new Set([...d.parentDraft.acronyms, ...d.acronyms]) : d.acronyms;
      for (const k of knownRows) {
        if (!unitsCompatible(d.unit, d.rule, k)) continue;
        const kk = keys.get(k.code)!;
        // A reduction ("giảm 3,6%") and a level ("giảm còn 8%") are different indicators.
        if (kk.has('giam') !== d.reduction) continue;
        let score = 0.85 * dice(key, kk) + 0.15 * coverage(kk, d.context);
        const kAcr = knownAcronyms.get(k.code)!;
        if ((kAcr.size || acr.size) && ![...kAcr].some((a) => acr.has(a))) score *= 0.6; // GRDP vs thu nhập
        const head = shareHead(k.name.vi);
        if (head && !key.has(head)) score *= 0.6; // "Tỷ lệ xã ..." vs "Tỷ lệ chất thải ...", "Số bác sỹ" vs "Số giường"
        if ([...kk].some((t) => /^\d+$/.test(t) && t !== '1' && !key.has(t))) score *= 0.6; // "15-18 tiêu chí" vs "đạt chuẩn"
        if (score >= 0.5) pairs.push({ d, k, score });
      }
    }
    pairs.sort((a, b) => b.score - a.score);
    const taken = new Set<string>();
    for (const { d, k, score } of pairs) {
      if (codeOf.has(d) || taken.has(k.code)) continue;
      codeOf.set(d, k.code);
      scoreOf.set(d, score);
      taken.add(k.code);
    }
  }

  // New codes for the rest; duplicates of a matched row are kept but marked.
  const knownByCode = new Map(knownRows.map((k) => [k.code, k] as const));
  const indexOf = new Map(drafts.map((d, i) => [d, i] as const));
  const used = new Set<string>([...(known?.indicators ?? []).map((i) => i.code), ...codeOf.values()]);
  const out: Proposal[] = [];
  const byKey = new Map<string, Proposal>();
  drafts.forEach((d) => {
    const doubts = [...d.doubts];
    const knownInd = codeOf.has(d) ? knownByCode.get(codeOf.get(d)!) : undefined;
    let code = codeOf.get(d);
    if (!code) {
      const parentCode = d.parentDraft ? out[indexOf.get(d.parentDraft) ?? -1]?.code : undefined;
      code = uniqueCode(newCode(d, parentCode), used);
      used.add(code);
    }
    const score = scoreOf.get(d);
    if (knownInd && score !== undefined && score < 0.62) {
      doubts.push(
        doubt(
          'weak_match',
          `ghép với "${knownInd.name.vi}" (${knownInd.code}) vì tên gần giống; hãy kiểm tra`,
          `matched to "${knownInd.name.en}" (${knownInd.code}) by similar words; check it`,
        ),
      );
    }
    if (knownInd && unitsDiffer(d.unit, knownInd)) {
      doubts.push(
        doubt(
          'unit_mismatch',
          `đơn vị "${d.unit}" khác đơn vị của chỉ tiêu đã biết (${knownInd.unit.vi})`,
          `the unit "${d.unit}" differs from the known indicator's (${knownInd.unit.en})`,
        ),
      );
    }
    const dupKey = `${foldText(d.name)}|${unitCat(d.unit)}`;
    const earlier = byKey.get(dupKey);
    if (earlier && !knownInd) {
      doubts.push(
        doubt('duplicate', `trùng với chỉ tiêu "${earlier.name}" đã đọc ở câu trước`, `repeats "${earlier.name}" read from an earlier sentence`),
      );
    }
    const sourceStart = d.sentence.start;
    const sourceEnd = d.sentence.end;
    const [cs, ce] = [d.clause.start, d.clause.end];
    const parentIndex = d.parentDraft ? indexOf.get(d.parentDraft) ?? -1 : -1;
    const parent = parentIndex >= 0 ? out[parentIndex]?.code : undefined;
    const name = knownInd ? knownInd.name.vi : d.name;
    const group = knownInd ? knownInd.group : d.group ?? guessGroup(d.name, d.unit);
    const prop: Proposal = {
      index: out.length,
      code,
      matched: !!knownInd,
      indicator: d.indicator,
      name,
      value: d.value,
      valueText: p.original.slice(p.map[d.valueStart], p.map[d.valueEnd]),
      decimals: d.decimals,
      unit: d.unit,
      rule: d.rule,
      ruleWords: d.ruleWords,
      year: d.year,
      source: p.original.slice(p.map[sourceStart], p.map[sourceEnd]),
      sourceSpan: { start: p.map[sourceStart], end: p.map[sourceEnd] },
      clause: p.original.slice(p.map[cs], p.map[ce]),
      clauseSpan: { start: p.map[cs], end: p.map[ce] },
      valueSpan: { start: p.map[d.valueStart], end: p.map[d.valueEnd] },
      group,
      doubts,
    };
    if (score !== undefined) prop.matchScore = Math.round(score * 1000) / 1000;
    if (d.reduction) prop.reduction = true;
    if (d.growth) prop.growth = true;
    if (parent) prop.parent = parent;
    if (doubts.length) prop.doubtful = doubts.map((x) => x.message.vi).join('; ');
    out.push(prop);
    if (!byKey.has(dupKey)) byKey.set(dupKey, prop);
  });
  return out;
}

/** Words left out of a new code: they start most names ("Tỷ lệ", "Số", "Mức", "Tốc độ"). */
/**
 * A target said twice (in a headline or a summary, then in the list) is one target: the same value
 * for the same indicator (the same best-matching known row, or the same name and unit) keeps one
 * reading, the one from the sentence that holds the most targets (the list), the later on a tie.
 */
function dropRestatements(drafts: Draft[], known?: Catalogue): Draft[] {
  const perSentence = new Map<number, number>();
  for (const d of drafts) perSentence.set(d.sentence.start, (perSentence.get(d.sentence.start) ?? 0) + 1);
  const keys = known ? knownKeys(known) : undefined;
  const rows = known ? known.indicators.filter(isTargetRow) : [];
  const groupOf = (d: Draft): string => {
    let best: string | undefined;
    let bestScore = 0.6;
    if (keys && !d.parentDraft) {
      for (const k of rows) {
        if (!unitsCompatible(d.unit, d.rule, k)) continue;
        const kk = keys.get(k.code)!;
        if (kk.has('giam') !== d.reduction) continue;
        const sc = dice(d.key, kk);
        if (sc > bestScore) [best, bestScore] = [k.code, sc];
      }
    }
    const what = best ?? `${foldText(d.name)}|${unitCat(d.unit)}|${d.parentDraft ? foldText(d.parentDraft.name) : ''}`;
    return `${what}|${JSON.stringify(d.value)}`;
  };
  const keep = new Map<string, Draft>();
  const replaced = new Map<Draft, Draft>();
  for (const d of drafts) {
    const g = groupOf(d);
    const prev = keep.get(g);
    if (!prev) {
      keep.set(g, d);
      continue;
    }
    const better = (perSentence.get(d.sentence.start) ?? 0) >= (perSentence.get(prev.sentence.start) ?? 0) ? d : prev;
    const worse = better === d ? prev : d;
    keep.set(g, better);
    replaced.set(worse, better);
  }
  const out = drafts.filter((d) => !replaced.has(d));
  for (const d of out) {
    let parent = d.parentDraft;
    while (parent && replaced.has(parent)) parent = replaced.get(parent);
    if (parent) d.parentDraft = parent;
  }
  return out;
}

const CODE_STOP = new Set(['ti', 'le', 'so', 'muc', 'toc', 'do']);

function newCode(d: Draft, parentCode?: string): string {
  const toks = contentWords(d.name.replace(/^Trong đó:\s*/u, '')).filter((t) => !CODE_STOP.has(t));
  const head = (d.reduction ? ['giam'] : d.growth ? ['tang'] : []).filter((t) => !toks.includes(t));
  const body = [...head, ...toks].map((t) => t.toUpperCase()).slice(0, parentCode ? 4 : 6);
  let code = body.join('_');
  if (parentCode) code = `${parentCode}_${code || 'PART'}`;
  if (!code) code = 'CHI_TIEU';
  if (!/^[A-Z]/.test(code)) code = `CT_${code}`;
  return code.slice(0, 60).replace(/_+$/, '');
}

function uniqueCode(code: string, used: Set<string>): string {
  if (!used.has(code) && CODE_PATTERN.test(code)) return code;
  for (let i = 2; ; i++) if (!used.has(`${code}_${i}`)) return `${code}_${i}`;
}

// ================================================================== catalogue rows

function refsOf(c: Consolidation): string[] {
  switch (c.kind) {
    case 'ratio':
      return [c.numerator, c.denominator];
    case 'growth':
      return [c.current, c.previous];
    case 'poverty_reduction':
      return [c.poor, c.households, c.poorPrev, c.householdsPrev];
    default:
      return [];
  }
}

function cloneIndicator(i: Indicator): Indicator {
  const out: Indicator = {
    ...i,
    name: { ...i.name },
    unit: { ...i.unit },
    consolidation: { ...i.consolidation } as Consolidation,
  };
  if (Array.isArray(i.target)) out.target = [i.target[0], i.target[1]];
  if (i.levels) out.levels = [...i.levels];
  return out;
}

function targetDecimals(v: Target, written: number): number {
  if (v === 'pass') return 0;
  return Math.max(0, Math.min(10, written));
}

function fromKnown(k: Indicator, p: Proposal): Indicator {
  const ind = cloneIndicator(k);
  if (p.rule === 'maintain' || k.rule === 'maintain') {
    ind.rule = 'maintain';
    ind.target = 'pass';
    delete ind.tolerance;
    return ind;
  }
  ind.rule = p.rule;
  ind.target = Array.isArray(p.value) ? [p.value[0], p.value[1]] : p.value;
  if (p.rule === 'about') ind.tolerance = k.tolerance ?? 0;
  else delete ind.tolerance;
  ind.decimals = Math.max(k.decimals, targetDecimals(p.value, p.decimals));
  if (unitsDiffer(p.unit, k)) ind.unit = { vi: p.unit, en: unitEn(p.unit) };
  return ind;
}

function fromProposal(p: Proposal): Indicator {
  const name = collapse(p.name) || p.code;
  if (p.rule === 'maintain' || p.value === 'pass') {
    return {
      code: p.code,
      group: p.group,
      name: { vi: name, en: name },
      unit: { ...PASS_UNIT },
      valueKind: 'pass_fail',
      rule: 'maintain',
      target: 'pass',
      decimals: 0,
      consolidation: { kind: 'all_met' },
    };
  }
  const def = unitDefOf(p.unit);
  const isRate = /^(ty le|ti le)/.test(foldText(name)) || /(^| )(ty le|ti le)( |$)/.test(foldText(p.indicator));
  let unit = p.unit;
  if (def?.cat === 'percent' && p.reduction && isRate && unit === '%') unit = 'điểm %';
  const valueKind: ValueKind = def?.cat === 'percent' ? 'percent' : 'number';
  const perLike =
    def?.cat === 'percent' || def?.cat === 'permille' || def?.per || p.growth || p.reduction || /(^| )binh quan( |$)/.test(foldText(name));
  const ind: Indicator = {
    code: p.code,
    group: p.group,
    name: { vi: name, en: name },
    unit: { vi: unit, en: unit ? unitEn(unit) : '' },
    valueKind,
    rule: p.rule,
    target: Array.isArray(p.value) ? [p.value[0], p.value[1]] : p.value,
    decimals: valueKind === 'percent' ? Math.max(1, targetDecimals(p.value, p.decimals)) : targetDecimals(p.value, p.decimals),
    consolidation: perLike ? { kind: 'province_only' } : { kind: 'sum' },
  };
  if (p.rule === 'about') ind.tolerance = 0;
  return ind;
}

function isCatalogue(c: unknown): c is Catalogue {
  return !!c && typeof c === 'object' && Array.isArray((c as Catalogue).indicators) && Array.isArray((c as Catalogue).groups);
}
