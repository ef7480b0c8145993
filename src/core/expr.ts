// A small expression language with two readings: `evalExpr` decides in TypeScript, `toExcelFormula`
// prints the same expression as an Excel formula. Rules are written once in it, so the status core
// reports and the status a cell's formula shows cannot drift apart.

import { roundHalfAwayFromZero } from './numbers';

export type Scalar = number | string | boolean | null;

export type Expr =
  | { op: 'num'; value: number }
  | { op: 'str'; value: string }
  /** A named input: the renderer maps it to a cell address, the evaluator to a value. */
  | { op: 'ref'; name: string }
  | { op: 'round'; arg: Expr; decimals: number }
  | { op: 'ge' | 'gt' | 'le' | 'lt' | 'eq' | 'ne'; a: Expr; b: Expr }
  | { op: 'add' | 'sub' | 'mul' | 'div'; a: Expr; b: Expr }
  | { op: 'and' | 'or'; args: Expr[] }
  | { op: 'not'; arg: Expr }
  | { op: 'if'; cond: Expr; then: Expr; else: Expr }
  | { op: 'isblank' | 'isnumber' | 'trim'; arg: Expr };

// ---------------------------------------------------------------- builders

export const num = (value: number): Expr => ({ op: 'num', value });
export const str = (value: string): Expr => ({ op: 'str', value });
export const ref = (name: string): Expr => ({ op: 'ref', name });
export const round = (arg: Expr, decimals: number): Expr => ({ op: 'round', arg, decimals });
export const ge = (a: Expr, b: Expr): Expr => ({ op: 'ge', a, b });
export const le = (a: Expr, b: Expr): Expr => ({ op: 'le', a, b });
export const gt = (a: Expr, b: Expr): Expr => ({ op: 'gt', a, b });
export const lt = (a: Expr, b: Expr): Expr => ({ op: 'lt', a, b });
export const eq = (a: Expr, b: Expr): Expr => ({ op: 'eq', a, b });
export const ne = (a: Expr, b: Expr): Expr => ({ op: 'ne', a, b });
export const sub = (a: Expr, b: Expr): Expr => ({ op: 'sub', a, b });
export const mul = (a: Expr, b: Expr): Expr => ({ op: 'mul', a, b });
export const div = (a: Expr, b: Expr): Expr => ({ op: 'div', a, b });
export const and = (...args: Expr[]): Expr => ({ op: 'and', args });
export const or = (...args: Expr[]): Expr => ({ op: 'or', args });
export const not = (arg: Expr): Expr => ({ op: 'not', arg });
export const iff = (cond: Expr, then: Expr, otherwise: Expr): Expr => ({ op: 'if', cond, then, else: otherwise });
export const isBlank = (arg: Expr): Expr => ({ op: 'isblank', arg });
export const isNumber = (arg: Expr): Expr => ({ op: 'isnumber', arg });
export const trim = (arg: Expr): Expr => ({ op: 'trim', arg });
/** Case-insensitive membership, as Excel's `=` compares text. */
export const oneOf = (arg: Expr, words: readonly string[]): Expr => or(...words.map((w) => eq(arg, str(w))));

// ---------------------------------------------------------------- TypeScript reading

export type Env = Record<string, Scalar>;

export class ExprError extends Error {}

/** Evaluates with Excel's semantics for the operators used (text compares case-insensitively). */
export function evalExpr(e: Expr, env: Env): Scalar {
  switch (e.op) {
    case 'num':
    case 'str':
      return e.value;
    case 'ref':
      if (!(e.name in env)) throw new ExprError(`no value for ${e.name}`);
      return env[e.name];
    case 'round':
      return roundHalfAwayFromZero(toNumber(evalExpr(e.arg, env)), e.decimals);
    case 'ge':
    case 'gt':
    case 'le':
    case 'lt':
    case 'eq':
    case 'ne':
      return compare(e.op, evalExpr(e.a, env), evalExpr(e.b, env));
    case 'add':
      return toNumber(evalExpr(e.a, env)) + toNumber(evalExpr(e.b, env));
    case 'sub':
      return toNumber(evalExpr(e.a, env)) - toNumber(evalExpr(e.b, env));
    case 'mul':
      return toNumber(evalExpr(e.a, env)) * toNumber(evalExpr(e.b, env));
    case 'div': {
      const d = toNumber(evalExpr(e.b, env));
      if (d === 0) throw new ExprError('#DIV/0!');
      return toNumber(evalExpr(e.a, env)) / d;
    }
    case 'and':
      return e.args.every((a) => toBool(evalExpr(a, env)));
    case 'or':
      return e.args.some((a) => toBool(evalExpr(a, env)));
    case 'not':
      return !toBool(evalExpr(e.arg, env));
    case 'if':
      return toBool(evalExpr(e.cond, env)) ? evalExpr(e.then, env) : evalExpr(e.else, env);
    case 'isblank':
      return evalExpr(e.arg, env) === null;
    case 'isnumber':
      return typeof evalExpr(e.arg, env) === 'number';
    case 'trim':
      return toText(evalExpr(e.arg, env)).trim().replace(/ +/g, ' ');
  }
}

function toNumber(v: Scalar): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v === null) return 0;
  throw new ExprError('#VALUE!');
}

function toBool(v: Scalar): boolean {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  if (v === null) return false;
  throw new ExprError('#VALUE!');
}

function toText(v: Scalar): string {
  if (v === null) return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

/** Excel orders numbers < text < booleans; an empty cell compares as 0 or "". */
function compare(op: 'ge' | 'gt' | 'le' | 'lt' | 'eq' | 'ne', a: Scalar, b: Scalar): boolean {
  const rank = (v: Scalar) => (typeof v === 'number' ? 0 : typeof v === 'string' ? 1 : 2);
  let x: Scalar = a;
  let y: Scalar = b;
  if (x === null) x = typeof y === 'string' ? '' : typeof y === 'boolean' ? false : 0;
  if (y === null) y = typeof x === 'string' ? '' : typeof x === 'boolean' ? false : 0;
  let c: number;
  if (rank(x) !== rank(y)) c = rank(x) - rank(y);
  else if (typeof x === 'string') c = x.toLowerCase().localeCompare((y as string).toLowerCase(), 'vi');
  else c = Number(x) - Number(y);
  switch (op) {
    case 'ge':
      return c >= 0;
    case 'gt':
      return c > 0;
    case 'le':
      return c <= 0;
    case 'lt':
      return c < 0;
    case 'eq':
      return c === 0;
    case 'ne':
      return c !== 0;
  }
}

// ---------------------------------------------------------------- Excel reading

const EXCEL_OP: Record<string, string> = { ge: '>=', gt: '>', le: '<=', lt: '<', eq: '=', ne: '<>', add: '+', sub: '-', mul: '*', div: '/' };

/**
 * Prints `e` as an Excel formula (without the leading '='); `refs` maps each input name to an
 * address such as "F7" or "'Nông thôn mới'!$K$5".
 */
export function toExcelFormula(e: Expr, refs: Record<string, string>): string {
  const p = (x: Expr) => toExcelFormula(x, refs);
  switch (e.op) {
    case 'num':
      return excelNumber(e.value);
    case 'str':
      return `"${e.value.replace(/"/g, '""')}"`;
    case 'ref': {
      const a = refs[e.name];
      if (!a) throw new ExprError(`no address for ${e.name}`);
      return a;
    }
    case 'round':
      return `ROUND(${p(e.arg)},${e.decimals})`;
    case 'ge':
    case 'gt':
    case 'le':
    case 'lt':
    case 'eq':
    case 'ne':
    case 'add':
    case 'sub':
    case 'mul':
    case 'div':
      return `(${p(e.a)}${EXCEL_OP[e.op]}${p(e.b)})`;
    case 'and':
      return `AND(${e.args.map(p).join(',')})`;
    case 'or':
      return `OR(${e.args.map(p).join(',')})`;
    case 'not':
      return `NOT(${p(e.arg)})`;
    case 'if':
      return `IF(${p(e.cond)},${p(e.then)},${p(e.else)})`;
    case 'isblank':
      return `ISBLANK(${p(e.arg)})`;
    case 'isnumber':
      return `ISNUMBER(${p(e.arg)})`;
    case 'trim':
      return `TRIM(${p(e.arg)})`;
  }
}

function excelNumber(n: number): string {
  if (!Number.isFinite(n)) throw new ExprError(`not a finite number: ${n}`);
  const s = String(n);
  return n < 0 ? `(${s})` : s;
}
