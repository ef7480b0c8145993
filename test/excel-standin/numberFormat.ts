// Rendering a cell value through its number format, as Range.text shows it (en-US display).
//
// Supported: General, '@', and codes built from 0 # , . % with quoted literals, backslash escapes and
// the characters Excel shows without quotes ($ - + / ( ) : space), up to four ';' sections
// (positive;negative;zero;text). Anything else (dates, times, fractions, scientific, colours,
// conditions, scaling commas, fill and padding characters) throws StandinNotImplementedError:
// the stand-in does not guess what Excel would display.

import { StandinNotImplementedError } from './errors';

export type CellValue = number | string | boolean | null | { error: string };

/** Excel keeps 15 significant digits; round half away from zero at `decimals`, as Excel displays. */
export function roundHalfAwayFromZero(x: number, decimals: number): number {
  if (!Number.isFinite(x)) return x;
  const v = Number(x.toPrecision(15));
  const sign = v < 0 ? -1 : 1;
  const abs = Math.abs(v);
  const r = Number(Math.round(Number(`${abs}e${decimals}`)) + `e-${decimals}`);
  return sign * r;
}

/** Excel's General format for numbers (an approximation: up to 10 significant digits, scientific beyond 1e11). */
export function formatGeneral(n: number): string {
  if (n === 0) return '0';
  const abs = Math.abs(n);
  if (abs >= 1e11 || abs < 1e-9) {
    const [m, e] = n.toExponential(5).split('e');
    const mant = m.replace(/\.?0+$/, '');
    const exp = Number(e);
    return `${mant}E${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  if (Number.isInteger(n)) return String(n);
  const digitsBefore = Math.max(1, Math.floor(Math.log10(abs)) + 1);
  const decimals = Math.max(0, 10 - digitsBefore);
  const r = roundHalfAwayFromZero(n, decimals);
  let s = r.toFixed(decimals);
  if (s.includes('.')) s = s.replace(/0+$/, '').replace(/\.$/, '');
  return s;
}

interface Section {
  prefix: string;
  suffix: string;
  /** Undefined: a section without digit placeholders (only literals, or '@'). */
  intPattern?: string;
  decPattern?: string;
  percent: number;
  text: boolean;
}

const cache = new Map<string, Section[]>();

function parseFormat(code: string): Section[] {
  const hit = cache.get(code);
  if (hit) return hit;
  const sections = splitSections(code).map((s) => parseSection(s, code));
  if (sections.length > 4) throw new StandinNotImplementedError(`number format '${code}' (more than four sections)`);
  cache.set(code, sections);
  return sections;
}

function splitSections(code: string): string[] {
  const out: string[] = [];
  let cur = '';
  let inQuote = false;
  for (let i = 0; i < code.length; i++) {
    const ch = code[i];
    if (ch === '"') inQuote = !inQuote;
    if (ch === '\\' && !inQuote && i + 1 < code.length) {
      cur += ch + code[++i];
      continue;
    }
    if (ch === ';' && !inQuote) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

function parseSection(s: string, whole: string): Section {
  const unsupported = (why: string) => new StandinNotImplementedError(`number format '${whole}' (${why})`);
  let prefix = '';
  let suffix = '';
  let core = '';
  let coreDone = false;
  let percent = 0;
  let text = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    const lit = (t: string) => {
      if (core === '') prefix += t;
      else {
        coreDone = true;
        suffix += t;
      }
    };
    if (ch === '"') {
      const end = s.indexOf('"', i + 1);
      if (end < 0) throw unsupported('unterminated quote');
      lit(s.slice(i + 1, end));
      i = end;
    } else if (ch === '\\') {
      lit(s[i + 1] ?? '');
      i++;
    } else if (ch === '%') {
      percent++;
      lit('%');
    } else if (ch === '@') {
      text = true;
      lit('\u0000');
    } else if ('0#,.'.includes(ch)) {
      if (coreDone) throw unsupported('digits after literal text');
      core += ch;
    } else if ('$-+/():! '.includes(ch)) {
      lit(ch);
    } else if (ch === '[') {
      throw unsupported('colours, conditions or locales in brackets');
    } else if ('?Ee*_'.includes(ch)) {
      throw unsupported(`'${ch}' placeholders`);
    } else if (/[ymdhsAPb]/i.test(ch)) {
      throw unsupported('dates and times');
    } else {
      throw unsupported(`character '${ch}'`);
    }
  }
  if (core === '') return { prefix, suffix, percent, text };
  const dot = core.indexOf('.');
  const intPattern = dot >= 0 ? core.slice(0, dot) : core;
  const decPattern = dot >= 0 ? core.slice(dot + 1) : '';
  if (decPattern.includes(',') || decPattern.includes('.')) throw unsupported('separators after the decimal point');
  if (/,$/.test(intPattern) && intPattern.length > 0) throw unsupported('scaling commas');
  return { prefix, suffix, intPattern, decPattern, percent, text };
}

function withThousands(intDigits: string): string {
  return intDigits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function renderNumber(n: number, sec: Section, negativeSign: boolean): string {
  let x = Math.abs(n) * Math.pow(100, sec.percent);
  if (sec.intPattern === undefined) {
    return (negativeSign && n < 0 ? '-' : '') + (sec.prefix + sec.suffix).replace(/\u0000/g, formatGeneral(n));
  }
  const decPattern = sec.decPattern ?? '';
  const decimals = decPattern.length;
  x = roundHalfAwayFromZero(x, decimals);
  const fixed = x.toFixed(decimals);
  let [intPart, decPart = ''] = fixed.split('.');
  const minInt = (sec.intPattern.match(/0/g) ?? []).length;
  if (intPart === '0' && minInt === 0) intPart = '';
  intPart = intPart.padStart(minInt, '0');
  if (sec.intPattern.includes(',')) intPart = withThousands(intPart);
  // '#' decimals are optional: trim trailing zeros beyond the forced '0' places.
  const forced = decPattern.replace(/#+$/, '').length;
  while (decPart.length > forced && decPart.endsWith('0')) decPart = decPart.slice(0, -1);
  const body = decimals > 0 ? `${intPart}.${decPart}` : intPart;
  const sign = negativeSign && n < 0 ? '-' : '';
  return `${sign}${sec.prefix}${body}${sec.suffix}`;
}

/** The text Excel shows for `value` under `format` (en-US). */
export function renderText(value: CellValue, format: string): string {
  if (value === null || value === '') return '';
  if (typeof value === 'object') return value.error;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  const fmt = format === '' ? 'General' : format;
  if (fmt.toLowerCase() === 'general') {
    return typeof value === 'number' ? formatGeneral(value) : value;
  }
  if (fmt === '@') return typeof value === 'number' ? formatGeneral(value) : value;
  const sections = parseFormat(fmt);
  if (typeof value === 'string') {
    const textSection = sections.length === 4 ? sections[3] : sections.find((s) => s.text && s.intPattern === undefined);
    if (textSection) return (textSection.prefix + textSection.suffix).replace(/\u0000/g, value);
    return value;
  }
  if (!Number.isFinite(value)) return '#NUM!';
  const numeric = sections.filter((s, i) => i < 3 || !s.text);
  if (value > 0 || numeric.length === 1 || (value === 0 && numeric.length < 3)) {
    // one section: negatives get a minus sign; two sections: zero uses the first.
    return renderNumber(value, numeric[0], numeric.length === 1 || value >= 0);
  }
  if (value < 0) return renderNumber(value, numeric[1], false);
  return renderNumber(value, numeric[2], false);
}

/** True when `format` shows numbers as percentages. */
export function isPercentFormat(format: string): boolean {
  let inQuote = false;
  for (const ch of format) {
    if (ch === '"') inQuote = !inQuote;
    else if (ch === '%' && !inQuote) return true;
  }
  return false;
}
