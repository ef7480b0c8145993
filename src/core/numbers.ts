// Reading the numbers people type (Vietnamese 2.450 / 52,9 or English 2,450 / 52.9) and writing
// them back. Pure TypeScript: no Office, no DOM, no Node. See DESIGN.md, "Reading numbers people type".

import { Bilingual, CellInput, NumberLocale, ValueKind } from './types';

export type NumberReading =
  | {
      kind: 'number';
      value: number;
      /** text whose meaning differs between vi-VN and en-US ("2.450", "2,450"): read by the chosen locale, both readings given */
      ambiguous?: { readings: { locale: NumberLocale; value: number }[]; message: Bilingual };
      /** text only the other locale can read ("52.9" under vi-VN): read that way, with a warning */
      otherLocale?: { locale: NumberLocale; message: Bilingual };
    }
  | { kind: 'missing' }
  | { kind: 'invalid'; reason: Bilingual };

export interface ReadOptions {
  locale: NumberLocale;
  valueKind: ValueKind;
  unit?: Bilingual;
}

export type PassFailReading = { kind: 'pass' } | { kind: 'fail' } | { kind: 'missing' } | { kind: 'invalid'; reason: Bilingual };

// ---------------------------------------------------------------- word lists

/**
 * Words accepted as "met" for a maintain target, compared trimmed and case-insensitively (Excel's =
 * is case-insensitive too; the Excel formula uses these same lists). Unaccented forms are there
 * because people type without a Vietnamese keyboard.
 */
export const PASS_WORDS: readonly string[] = Object.freeze([
  'Đạt',
  'Đạt chuẩn',
  'Có',
  'Yes',
  'Pass',
  'Met',
  'Dat',
  'Dat chuan',
  'Co',
]);

/** Words accepted as "not met"; "Chưa đạt" (not yet met) is how Vietnamese reports usually say it. */
export const FAIL_WORDS: readonly string[] = Object.freeze([
  'Không đạt',
  'Chưa đạt',
  'Không đạt chuẩn',
  'Chưa đạt chuẩn',
  'Không',
  'No',
  'Fail',
  'Not met',
  'Khong dat',
  'Chua dat',
  'Khong',
]);

/**
 * What people put in a cell that has no figure (compared trimmed, case-insensitive). "-", "..."
 * and "x" follow the statistics office's table conventions (no occurrence / not yet collected /
 * not applicable).
 */
export const MISSING_MARKERS: readonly string[] = Object.freeze([
  '',
  '-',
  '--',
  '–',
  '—',
  '..',
  '...',
  '…',
  'x',
  'N/A',
  'n/a',
  'NA',
  'Chưa có số liệu',
  'Không có số liệu',
]);

// ---------------------------------------------------------------- text clean-up

/**
 * NFC (Vietnamese typed with combining marks must equal the precomposed form), zero-width
 * characters dropped, every run of white space (NBSP, narrow NBSP, thin space, tabs...: JS `\s`
 * covers them) made one plain space, trimmed.
 */
function cleanText(s: string): string {
  return s
    .normalize('NFC')
    .replace(/[\u200B\u2060]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The form words are compared in: clean and lower case. */
function fold(s: string): string {
  return cleanText(s).toLowerCase();
}

const MISSING_SET = new Set(MISSING_MARKERS.map(fold));
const PASS_SET = new Set(PASS_WORDS.map(fold));
const FAIL_SET = new Set(FAIL_WORDS.map(fold));

export function isMissingMarker(text: string): boolean {
  return typeof text === 'string' && MISSING_SET.has(fold(text));
}

/** Excel's error values; Office.js hands them over as strings. */
const EXCEL_ERROR =
  /^#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|PYTHON!|EXTERNAL!)$/i;

/** Long texts are cut in messages so a pasted paragraph does not flood the problem list. */
function quote(text: string): string {
  const chars = Array.from(text);
  return chars.length <= 40 ? text : chars.slice(0, 39).join('') + '…';
}

// ---------------------------------------------------------------- rounding (Excel's ROUND)

const MAX_FREE_DECIMALS = 10;

/** A decimal value ±digits × 10^exp; digits has no leading zeros ("0" for zero). */
interface Decimal {
  negative: boolean;
  digits: string;
  exp: number;
}

/** Integer decimals, NaN as 0, kept within what a double can express. */
function clampDecimals(decimals: number): number {
  const d = Math.trunc(decimals) || 0;
  return Math.max(-400, Math.min(400, d));
}

function normalise(dec: Decimal): Decimal {
  const digits = dec.digits.replace(/^0+/, '');
  if (digits === '') return { negative: false, digits: '0', exp: 0 };
  return { ...dec, digits };
}

/** Adds one to a string of decimal digits ("199" → "200", "99" → "100"). */
function incrementDigits(digits: string): string {
  const out = digits.split('');
  for (let i = out.length - 1; i >= 0; i--) {
    if (out[i] !== '9') {
      out[i] = String(Number(out[i]) + 1);
      return out.join('');
    }
    out[i] = '0';
  }
  return '1' + out.join('');
}

/**
 * x as Excel sees it (15 significant digits), rounded half away from zero to `decimals` places.
 * Working on the digits avoids the float error of x*10**d (1.005*100 = 100.49999999999999).
 */
function roundToDecimal(x: number, decimals: number): Decimal {
  const [mantissa, e] = Math.abs(x).toExponential(14).split('e');
  const digits = mantissa.replace('.', ''); // exactly 15 significant digits
  const pointPos = Number(e) + 1; // how many of them stand before the decimal point
  const keep = pointPos + decimals;
  const negative = x < 0;
  if (keep >= digits.length) return normalise({ negative, digits, exp: pointPos - digits.length });
  if (keep < 0) return normalise({ negative, digits: '0', exp: 0 });
  let kept = digits.slice(0, keep) || '0';
  if (digits[keep] >= '5') kept = incrementDigits(kept);
  return normalise({ negative, digits: kept, exp: -decimals });
}

function decimalToNumber(dec: Decimal): number {
  return Number(`${dec.negative ? '-' : ''}${dec.digits}e${dec.exp}`);
}

/** Excel's ROUND: half away from zero, on the decimal value Excel sees (15 significant digits), so 1.005→1.01, 13.85→13.9, -2.5→-3, 13.86→13.9, 13.84→13.8. Use decimal string arithmetic, not x*10**d. */
export function roundHalfAwayFromZero(x: number, decimals: number): number {
  if (typeof x !== 'number' || !Number.isFinite(x)) return x;
  return decimalToNumber(roundToDecimal(x, clampDecimals(decimals)));
}

// ---------------------------------------------------------------- formatting

interface Separators {
  group: string;
  decimal: string;
}

const SEPARATORS: Record<NumberLocale, Separators> = {
  'vi-VN': { group: '.', decimal: ',' },
  'en-US': { group: ',', decimal: '.' },
};

/** Anything but 'en-US' is read as the default, vi-VN: a bad option must not make reading throw. */
function asLocale(locale: unknown): NumberLocale {
  return locale === 'en-US' ? 'en-US' : 'vi-VN';
}

/** The integer and fraction digits of a decimal, the fraction padded to fracLen. */
function plainDigits(dec: Decimal, fracLen: number): { int: string; frac: string } {
  if (dec.exp >= 0) return { int: dec.digits + '0'.repeat(dec.exp), frac: '0'.repeat(fracLen) };
  const n = -dec.exp;
  const padded = dec.digits.padStart(n + 1, '0');
  return { int: padded.slice(0, -n), frac: padded.slice(-n).padEnd(fracLen, '0') };
}

function groupThousands(int: string, sep: string): string {
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/** vi-VN: 2.450 / 52,9 / -3,6 ; en-US: 2,450 / 52.9. With decimals: exactly that many (rounded with roundHalfAwayFromZero); without: as many as needed (up to 10), no trailing zeros. */
export function formatNumber(n: number, locale: NumberLocale, decimals?: number): string {
  if (typeof n !== 'number' || Number.isNaN(n)) return 'NaN';
  if (!Number.isFinite(n)) return n > 0 ? '∞' : '-∞';
  const free = decimals === undefined;
  const d = free ? MAX_FREE_DECIMALS : clampDecimals(decimals);
  const dec = roundToDecimal(n, d);
  const { int, frac: padded } = plainDigits(dec, Math.max(d, 0));
  const frac = free ? padded.replace(/0+$/, '') : padded;
  const sep = SEPARATORS[asLocale(locale)];
  return (dec.negative ? '-' : '') + groupThousands(int, sep.group) + (frac ? sep.decimal + frac : '');
}

// ---------------------------------------------------------------- number grammar

const OTHER: Record<NumberLocale, NumberLocale> = { 'vi-VN': 'en-US', 'en-US': 'vi-VN' };

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * sign? integer? (decimal-separator digits)?, where the integer is plain digits or groups of exactly
 * three separated consistently by the locale's group separator or by spaces. A grouped number
 * starts with 1-9: "0.500" is 0.5 written English-style, not five hundred.
 */
function grammar(sep: Separators): RegExp {
  const g = escapeRegExp(sep.group);
  const d = escapeRegExp(sep.decimal);
  const int = `\\d+|[1-9]\\d{0,2}(?:${g}\\d{3})+|[1-9]\\d{0,2}(?: \\d{3})+`;
  return new RegExp(`^([+\\-\\u2212])?(${int})?(?:${d}(\\d+))?$`);
}

const GRAMMAR: Record<NumberLocale, RegExp> = {
  'vi-VN': grammar(SEPARATORS['vi-VN']),
  'en-US': grammar(SEPARATORS['en-US']),
};

/** The value of `body` read in one locale, or null when that locale cannot read it (or it overflows). */
function parseIn(body: string, locale: NumberLocale): number | null {
  const m = GRAMMAR[locale].exec(body);
  if (!m || (m[2] === undefined && m[3] === undefined)) return null;
  const int = (m[2] ?? '0').replace(/\D/g, '');
  const value = Number(`${int}.${m[3] ?? '0'}`);
  if (!Number.isFinite(value)) return null;
  const signed = m[1] === '-' || m[1] === '\u2212' ? -value : value;
  return signed === 0 ? 0 : signed; // no -0: it would print as "-0"
}

function readsInEither(body: string): boolean {
  return parseIn(body, 'vi-VN') !== null || parseIn(body, 'en-US') !== null;
}

// ---------------------------------------------------------------- messages

const STYLE: Record<NumberLocale, Bilingual> = {
  'vi-VN': { vi: 'kiểu Việt Nam', en: 'Vietnamese style' },
  'en-US': { vi: 'kiểu tiếng Anh', en: 'English style' },
};

/** Example numbers written the way the reading locale accepts them without a warning. */
function examples(locale: NumberLocale): [string, string] {
  return [formatNumber(52.9, locale), formatNumber(2450, locale)];
}

function unreadableReason(text: string, locale: NumberLocale): Bilingual {
  const [a, b] = examples(locale);
  return {
    vi: `Không đọc được "${quote(text)}" thành số; hãy nhập số như ${a} hoặc ${b}`,
    en: `Cannot read "${quote(text)}" as a number; type a number such as ${a} or ${b}`,
  };
}

function trailingWordReason(text: string, rest: string, unit: Bilingual | undefined, locale: NumberLocale): Bilingual {
  const [a] = examples(locale);
  const q = quote(text);
  const r = quote(rest);
  if (unit && unit.vi.trim() !== '') {
    return {
      vi: `Không đọc được "${q}": sau số là "${r}", không phải đơn vị của chỉ tiêu (${unit.vi}); hãy chỉ nhập số, ví dụ ${a}`,
      en: `Cannot read "${q}": the number is followed by "${r}", which is not this indicator's unit (${unit.en}); type just the number, e.g. ${a}`,
    };
  }
  return {
    vi: `Không đọc được "${q}": sau số có thêm "${r}"; hãy chỉ nhập số, ví dụ ${a}`,
    en: `Cannot read "${q}": the number is followed by "${r}"; type just the number, e.g. ${a}`,
  };
}

function percentReason(text: string): Bilingual {
  return {
    vi: `"${quote(text)}" có dấu %, nhưng chỉ tiêu này không tính bằng phần trăm; hãy nhập số không kèm %`,
    en: `"${quote(text)}" has a % sign, but this indicator is not a percentage; type the number without %`,
  };
}

function excelErrorReason(error: string): Bilingual {
  const e = error.toUpperCase();
  return {
    vi: `Ô đang báo lỗi Excel ${e}; hãy sửa công thức hoặc nhập số`,
    en: `The cell shows the Excel error ${e}; fix the formula or type a number`,
  };
}

function booleanReason(value: boolean, locale: NumberLocale): Bilingual {
  const v = value ? 'TRUE' : 'FALSE';
  const [a] = examples(locale);
  return {
    vi: `Ô chứa giá trị logic ${v}, không phải số; hãy nhập số, ví dụ ${a}`,
    en: `The cell holds the logical value ${v}, not a number; type a number such as ${a}`,
  };
}

function nonFiniteReason(value: number): Bilingual {
  return {
    vi: `Ô chứa giá trị không phải số hữu hạn (${String(value)}); hãy nhập số`,
    en: `The cell holds a value that is not a finite number (${String(value)}); type a number`,
  };
}

const UNSUPPORTED_REASON: Bilingual = {
  vi: 'Ô chứa dữ liệu không phải số cũng không phải chữ; hãy nhập số',
  en: 'The cell holds data that is neither a number nor text; type a number',
};

/** Returned only if a bug made reading throw: one odd cell must not stop a whole check. */
const INTERNAL_REASON: Bilingual = {
  vi: 'Không đọc được giá trị của ô (lỗi nội bộ của phần mềm); hãy nhập lại số',
  en: "Could not read the cell's value (an internal error of the program); type the number again",
};

function ambiguousMessage(text: string, chosen: NumberLocale, readings: Record<NumberLocale, number>): Bilingual {
  const q = quote(text);
  const vi = (n: number) => formatNumber(n, 'vi-VN');
  const en = (n: number) => formatNumber(n, 'en-US');
  return {
    vi:
      `"${q}" đọc theo kiểu Việt Nam là ${vi(readings['vi-VN'])}, theo kiểu tiếng Anh là ${vi(readings['en-US'])}; ` +
      `đang dùng ${vi(readings[chosen])} (${STYLE[chosen].vi}). Hãy kiểm tra lại.`,
    en:
      `"${q}" reads as ${en(readings['vi-VN'])} in Vietnamese style but ${en(readings['en-US'])} in English style; ` +
      `taken as ${en(readings[chosen])} (${STYLE[chosen].en}). Please check.`,
  };
}

function otherLocaleMessage(text: string, chosen: NumberLocale, value: number): Bilingual {
  const used = OTHER[chosen];
  const q = quote(text);
  return {
    vi: `"${q}" không phải cách viết số ${STYLE[chosen].vi}; đã đọc theo ${STYLE[used].vi} là ${formatNumber(value, 'vi-VN')}. Hãy kiểm tra lại.`,
    en: `"${q}" is not written in ${STYLE[chosen].en}; read it in ${STYLE[used].en} as ${formatNumber(value, 'en-US')}. Please check.`,
  };
}

// ---------------------------------------------------------------- reading numbers

/** Shared, so frozen: a caller cannot change what every other missing reading says. */
const MISSING: { kind: 'missing' } = Object.freeze({ kind: 'missing' });

function invalid(reason: Bilingual): { kind: 'invalid'; reason: Bilingual } {
  return { kind: 'invalid', reason };
}

/** A usable unit (both texts strings), or undefined. */
function asUnit(unit: unknown): Bilingual | undefined {
  if (!unit || typeof unit !== 'object') return undefined;
  const { vi, en } = unit as Partial<Bilingual>;
  return typeof vi === 'string' && typeof en === 'string' ? { vi, en } : undefined;
}

/** The unit's spellings as they may end a folded text, longest first, also written without spaces ("điểm%"). */
function unitSuffixes(unit: Bilingual | undefined): string[] {
  if (!unit) return [];
  const forms = [unit.vi, unit.en].map(fold).flatMap((u) => [u, u.replace(/ /g, '')]);
  // A unit made only of digits and separators could eat the number's own last digits.
  const usable = (u: string) => /[^\d.,\s+\-\u2212]/.test(u);
  return [...new Set(forms)].filter(usable).sort((a, b) => b.length - a.length);
}

/**
 * Strips the indicator's unit or a trailing '%' from a folded text. The unit is tried first, so a
 * unit that itself ends in % ("điểm %") is taken whole, and an indicator whose own unit is "%"
 * accepts it whatever its value kind.
 */
function stripSuffix(folded: string, unit: Bilingual | undefined): { body: string; percent: boolean } {
  for (const u of unitSuffixes(unit)) {
    if (folded.endsWith(u)) return { body: folded.slice(0, -u.length).trimEnd(), percent: false };
  }
  if (folded.endsWith('%')) return { body: folded.slice(0, -1).trimEnd(), percent: true };
  return { body: folded, percent: false };
}

/** Why text is unreadable: a readable number followed by a word that is not the unit, or nothing readable at all. */
function explainUnreadable(text: string, unit: Bilingual | undefined, locale: NumberLocale): Bilingual {
  const m = /^([+\-\u2212]?\d[\d., ]*)(.+)$/.exec(text);
  if (m && readsInEither(m[1].trim()) && /^\D/.test(m[2].trim())) {
    return trailingWordReason(text, m[2].trim(), unit, locale);
  }
  return unreadableReason(text, locale);
}

/** A number read from text, with the locale notes: ambiguous, or read in the other locale. */
function numberFromText(text: string, body: string, locale: NumberLocale): NumberReading | null {
  const other = OTHER[locale];
  const mine = parseIn(body, locale);
  const theirs = parseIn(body, other);
  if (mine !== null && theirs !== null && mine !== theirs) {
    const values = { [locale]: mine, [other]: theirs } as Record<NumberLocale, number>;
    return {
      kind: 'number',
      value: mine,
      ambiguous: {
        readings: [
          { locale, value: mine },
          { locale: other, value: theirs },
        ],
        message: ambiguousMessage(text, locale, values),
      },
    };
  }
  if (mine !== null) return { kind: 'number', value: mine };
  if (theirs !== null) {
    return { kind: 'number', value: theirs, otherLocale: { locale: other, message: otherLocaleMessage(text, locale, theirs) } };
  }
  return null;
}

function readText(raw: string, opts: ReadOptions): NumberReading {
  const locale = asLocale(opts.locale);
  const unit = asUnit(opts.unit);
  const text = cleanText(raw);
  if (MISSING_SET.has(text.toLowerCase())) return MISSING;
  if (EXCEL_ERROR.test(text)) return invalid(excelErrorReason(text));
  const { body, percent } = stripSuffix(text.toLowerCase(), unit);
  const reading = numberFromText(text, body, locale);
  if (!reading) return invalid(explainUnreadable(text, unit, locale));
  if (percent && opts.valueKind !== 'percent') return invalid(percentReason(text));
  return reading;
}

/**
 * Whether an Excel number format shows the value as a percentage: a '%' that is not inside
 * quotes, escaped with '\', the character after '_' (a space as wide as it) or '*' (a fill), or
 * inside [...] (colours, conditions, locale codes).
 */
function isPercentFormat(format: unknown): boolean {
  if (typeof format !== 'string') return false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '"') {
      const end = format.indexOf('"', i + 1);
      if (end < 0) return false;
      i = end;
    } else if (ch === '[') {
      const end = format.indexOf(']', i + 1);
      if (end < 0) return false;
      i = end;
    } else if (ch === '\\' || ch === '_' || ch === '*') {
      i++;
    } else if (ch === '%') {
      return true;
    }
  }
  return false;
}

function readNumberValue(value: number, numberFormat: unknown, valueKind: ValueKind): NumberReading {
  if (!Number.isFinite(value)) return invalid(nonFiniteReason(value));
  if (valueKind === 'percent' && isPercentFormat(numberFormat)) {
    // 0.523 shown as 52,3%; toPrecision(15) drops the float noise of ×100 (52.300000000000004).
    const pct = Number((value * 100).toPrecision(15));
    if (!Number.isFinite(pct)) return invalid(nonFiniteReason(pct));
    return { kind: 'number', value: pct === 0 ? 0 : pct };
  }
  return { kind: 'number', value: value === 0 ? 0 : value };
}

function readNumberUnchecked(cell: CellInput, opts: ReadOptions): NumberReading {
  const value: unknown = cell?.value;
  if (value === null || value === undefined) return MISSING;
  if (typeof value === 'number') return readNumberValue(value, cell.numberFormat, opts.valueKind);
  if (typeof value === 'string') return readText(value, opts);
  if (typeof value === 'boolean') return invalid(booleanReason(value, asLocale(opts.locale)));
  return invalid(UNSUPPORTED_REASON);
}

/** Reads a cell of a number or percent indicator. Never throws: whatever is wrong becomes `invalid`. */
export function readNumber(cell: CellInput, opts: ReadOptions): NumberReading {
  try {
    return readNumberUnchecked(cell, opts ?? { locale: 'vi-VN', valueKind: 'number' });
  } catch {
    return invalid(INTERNAL_REASON);
  }
}

// ---------------------------------------------------------------- reading pass / fail

function passFailWordReason(text: string): Bilingual {
  return {
    vi: `Không hiểu "${quote(text)}"; hãy nhập Đạt hoặc Không đạt`,
    en: `Cannot read "${quote(text)}" as met or not met; type Đạt (met) or Không đạt (not met)`,
  };
}

function passFailValueReason(shown: Bilingual): Bilingual {
  return {
    vi: `Ô chứa ${shown.vi}; chỉ tiêu này cần nhập Đạt hoặc Không đạt`,
    en: `The cell holds ${shown.en}; this indicator needs Đạt (met) or Không đạt (not met)`,
  };
}

/**
 * Reads a cell of a maintain (pass_fail) indicator. TRUE/FALSE and numbers are invalid, not
 * guessed: the workbook's formula only knows the word lists, and the two must agree.
 */
function readPassFailUnchecked(cell: CellInput): PassFailReading {
  const value: unknown = cell?.value;
  if (value === null || value === undefined) return MISSING;
  if (typeof value === 'string') {
    const text = cleanText(value);
    const folded = text.toLowerCase();
    if (MISSING_SET.has(folded)) return MISSING;
    if (PASS_SET.has(folded)) return { kind: 'pass' };
    if (FAIL_SET.has(folded)) return { kind: 'fail' };
    if (EXCEL_ERROR.test(text)) return invalid(excelErrorReason(text));
    return invalid(passFailWordReason(text));
  }
  if (typeof value === 'number') {
    const shown = Number.isFinite(value)
      ? { vi: `số ${formatNumber(value, 'vi-VN')}`, en: `the number ${formatNumber(value, 'en-US')}` }
      : { vi: `giá trị ${String(value)}`, en: `the value ${String(value)}` };
    return invalid(passFailValueReason(shown));
  }
  if (typeof value === 'boolean') {
    const v = value ? 'TRUE' : 'FALSE';
    return invalid(passFailValueReason({ vi: `giá trị logic ${v}`, en: `the logical value ${v}` }));
  }
  return invalid(passFailValueReason({ vi: 'dữ liệu không phải chữ', en: 'data that is not text' }));
}

export function readPassFail(cell: CellInput): PassFailReading {
  try {
    return readPassFailUnchecked(cell);
  } catch {
    return invalid(INTERNAL_REASON);
  }
}
