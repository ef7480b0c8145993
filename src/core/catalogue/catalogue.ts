// Reading, checking and writing catalogues (indicator definitions as data). Pure TypeScript.
//
// `parseCatalogue` accepts the full form that `catalogueToJson` writes and a lenient hand-written
// form. Defaults of the lenient form:
// - `name`, `unit`, a group's `name`, `title`: a plain string stands for both languages; an object
//   may omit `en` (then English = Vietnamese). `unit` may be left out (empty).
// - `groups` missing or empty: one group `general` ("Chỉ tiêu" / "Indicators"); an indicator's
//   `group` missing: the first group.
// - `rule` missing: 'none' for a component (has `parentCode`), 'maintain' for a target "Đạt",
//   'range' for a [lo, hi] target, otherwise 'at_least'.
// - `valueKind` missing: 'pass_fail' for `maintain`; 'percent' when the unit is "%" or
//   "điểm %" / "điểm phần trăm"; otherwise 'number'. Percentage points are 'percent' on purpose:
//   the kind only says how a cell is read, and "3,6%" typed into Excel is stored as 0,036 in a
//   percent-formatted cell, which must read as 3,6 points, not 0,036.
// - `decimals` missing: the decimals the target is written with ("9,0" → 1, 2450 → 0), at least 1
//   for a 'percent' indicator; 0 without a target (1 for 'percent').
// - `consolidation` missing: {kind:'all_met'} for pass/fail, otherwise {kind:'sum'}; a plain
//   string names a kind without parameters ("sum", "province_only", "all_met").
// - `target`: a JSON number, or a string with at most one decimal separator and no thousands
//   separators ("52,9", "52.9", "2450"); "2.450" is refused as ambiguous. For `maintain`: "pass",
//   "Đạt", "Có", "Yes".
// - `version` missing: 1; `title` missing: built from province and year.
// Keys that are not part of the format are refused (a typo would otherwise silently drop a target),
// except `note`, `notes`, `comment`, `description` and keys starting with "_" or "$"; an indicator
// may also carry `source` (the plan sentence its target was read from) and `doubtful` (false, or
// why the reading needs checking), as `chitieu catalogue --from-text` writes them. They are ignored.

import type {
  Bilingual,
  Catalogue,
  Consolidation,
  Group,
  Indicator,
  Level,
  RuleKind,
  Target,
  ValueKind,
} from '../types';

/** A catalogue that cannot be used, with the field at fault and what would be accepted. */
export class CatalogueError extends Error {
  /** The same message in English. */
  readonly messageEn: string;
  /** Where in the JSON, e.g. "indicators[3].rule"; "" for the document itself. */
  readonly path: string;

  /** The code of the indicator at fault, when it has a readable one. */
  readonly code?: string;
  private readonly detail: Bilingual;

  constructor(path: string, vi: string, en: string, code?: string) {
    const where = path + (code ? ` (${code})` : '');
    super(where ? `Danh mục chỉ tiêu, ${where}: ${vi}` : `Danh mục chỉ tiêu: ${vi}`);
    this.name = 'CatalogueError';
    this.path = path;
    this.detail = { vi, en };
    if (code) this.code = code;
    this.messageEn = where ? `Catalogue, ${where}: ${en}` : `Catalogue: ${en}`;
  }

  /** The same error naming the indicator's code beside its path. */
  withCode(code: string): CatalogueError {
    return this.code ? this : new CatalogueError(this.path, this.detail.vi, this.detail.en, code);
  }
}

export const RULE_KINDS: readonly RuleKind[] = ['at_least', 'at_most', 'about', 'range', 'maintain', 'none'];
export const VALUE_KINDS: readonly ValueKind[] = ['percent', 'number', 'pass_fail'];
export const CONSOLIDATION_KINDS: readonly Consolidation['kind'][] = [
  'sum',
  'province_only',
  'ratio',
  'growth',
  'poverty_reduction',
  'all_met',
  'rural',
];
export const LEVELS: readonly Level[] = ['province', 'district'];
const RURAL_MEASURES = ['average_criteria', 'communes_15_18'] as const;

/** UPPER_SNAKE: capital letters, digits, underscore; starts with a letter (so Excel never turns it into a number). */
export const CODE_PATTERN = /^[A-Z][A-Z0-9_]*$/;

const DEFAULT_GROUP: Group = { code: 'general', name: { vi: 'Chỉ tiêu', en: 'Indicators' } };
const MAX_DECIMALS = 10;
const PASS_WORDS = ['pass', 'đạt', 'có', 'yes'];
const PERCENT_UNITS = ['%', 'điểm %', 'điểm phần trăm', 'percentage points', 'pp'];

const CATALOGUE_KEYS = ['id', 'version', 'province', 'year', 'title', 'groups', 'indicators'];
const GROUP_KEYS = ['code', 'name'];
const INDICATOR_KEYS = [
  'code',
  'group',
  'name',
  'unit',
  'valueKind',
  'rule',
  'target',
  'tolerance',
  'decimals',
  'consolidation',
  'parentCode',
  'levels',
];
const FREE_KEYS = ['note', 'notes', 'comment', 'description'];
/** Annotations of a catalogue read from plan text (core/plantext): kept in the file, ignored here. */
const INDICATOR_NOTE_KEYS = ['source', 'doubtful'];

// ------------------------------------------------------------------ small helpers

type Obj = Record<string, unknown>;

function fail(path: string, vi: string, en: string): never {
  throw new CatalogueError(path, vi, en);
}

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function describe(v: unknown): string {
  if (v === undefined) return 'undefined';
  if (typeof v === 'string') return JSON.stringify(v);
  try {
    const s = JSON.stringify(v);
    return s.length > 60 ? s.slice(0, 57) + '...' : s;
  } catch {
    return String(v);
  }
}

function join(p: string, key: string | number): string {
  return typeof key === 'number' ? `${p}[${key}]` : p ? `${p}.${key}` : key;
}

function text(v: string): string {
  return v.normalize('NFC').trim();
}

function checkKeys(o: Obj, allowed: string[], path: string): void {
  for (const k of Object.keys(o)) {
    if (allowed.includes(k) || FREE_KEYS.includes(k) || k.startsWith('_') || k.startsWith('$')) continue;
    fail(
      join(path, k),
      `trường "${k}" không thuộc định dạng danh mục; các trường được phép: ${allowed.join(', ')}`,
      `"${k}" is not a catalogue field; allowed fields: ${allowed.join(', ')}`,
    );
  }
}

function requiredString(v: unknown, path: string): string {
  if (typeof v !== 'string' || text(v) === '') {
    fail(path, `cần một chuỗi không rỗng, gặp ${describe(v)}`, `must be a non-empty string, found ${describe(v)}`);
  }
  return text(v);
}

/** A name in both languages; a plain string stands for both. */
function bilingual(v: unknown, path: string, required: boolean): Bilingual {
  if (v === undefined && !required) return { vi: '', en: '' };
  if (typeof v === 'string') {
    const s = text(v);
    if (required && s === '') fail(path, 'không được để trống', 'must not be empty');
    return { vi: s, en: s };
  }
  if (isObj(v)) {
    checkKeys(v, ['vi', 'en'], path);
    const vi = v.vi;
    const en = v.en;
    if (typeof vi !== 'string' || (required && text(vi) === '')) {
      fail(
        join(path, 'vi'),
        `cần tên tiếng Việt (chuỗi không rỗng), gặp ${describe(vi)}`,
        `needs the Vietnamese text (a non-empty string), found ${describe(vi)}`,
      );
    }
    if (en !== undefined && typeof en !== 'string') {
      fail(join(path, 'en'), `cần một chuỗi, gặp ${describe(en)}`, `must be a string, found ${describe(en)}`);
    }
    const viText = text(vi);
    const enText = en === undefined || text(en) === '' ? viText : text(en);
    return { vi: viText, en: enText };
  }
  return fail(
    path,
    `cần một chuỗi hoặc {"vi": "...", "en": "..."}, gặp ${describe(v)}`,
    `must be a string or {"vi": "...", "en": "..."}, found ${describe(v)}`,
  );
}

/** Digits after the decimal point of a number as JavaScript writes it. */
function writtenDecimals(n: number): number {
  const s = String(n);
  const m = /^-?\d+(?:\.(\d+))?(?:e([+-]\d+))?$/i.exec(s);
  if (!m) return 0;
  const frac = m[1] ? m[1].length : 0;
  const exp = m[2] ? Number(m[2]) : 0;
  return Math.min(MAX_DECIMALS, Math.max(0, frac - exp));
}

interface NumberRead {
  value: number;
  decimals: number;
}

/** A target number: a JSON number or a plain decimal string ("52,9", "52.9", "2450"). */
function targetNumber(v: unknown, path: string): NumberRead {
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) fail(path, `cần một số hữu hạn, gặp ${describe(v)}`, `must be a finite number, found ${describe(v)}`);
    return { value: v, decimals: writtenDecimals(v) };
  }
  if (typeof v === 'string') {
    const s = text(v).replace(/\s+/g, '');
    if (/^[+-]?[1-9]\d{0,2}[.,]\d{3}$/.test(s)) {
      fail(
        path,
        `"${s}" có hai cách đọc (nghìn hoặc thập phân); hãy viết số JSON, ví dụ 2450 hoặc 2.45`,
        `"${s}" reads two ways (thousands or decimal); write a JSON number, e.g. 2450 or 2.45`,
      );
    }
    const m = /^([+-]?\d+)(?:[.,](\d+))?$/.exec(s);
    if (m) {
      const value = Number(m[2] ? `${m[1]}.${m[2]}` : m[1]);
      return { value, decimals: Math.min(MAX_DECIMALS, m[2] ? m[2].length : 0) };
    }
  }
  return fail(
    path,
    `cần một số (ví dụ 52.9 hoặc "52,9", không dùng dấu phân cách hàng nghìn), gặp ${describe(v)}`,
    `must be a number (e.g. 52.9 or "52,9", no thousands separators), found ${describe(v)}`,
  );
}

function isPassWord(v: unknown): boolean {
  return typeof v === 'string' && PASS_WORDS.includes(text(v).toLowerCase());
}

// ------------------------------------------------------------------ targets

interface TargetRead {
  target?: Target;
  decimals: number;
}

function readTarget(v: unknown, rule: RuleKind, path: string): TargetRead {
  if (v === undefined || v === null) return { decimals: 0 };
  switch (rule) {
    case 'none':
      return fail(
        path,
        'dòng thành phần (rule "none") không có chỉ tiêu kế hoạch; hãy bỏ trường target',
        'a component row (rule "none") has no target; remove the target field',
      );
    case 'maintain':
      if (isPassWord(v)) return { target: 'pass', decimals: 0 };
      return fail(
        path,
        `rule "maintain" cần target "pass" (hoặc "Đạt"), gặp ${describe(v)}`,
        `rule "maintain" needs target "pass" (or "Đạt"), found ${describe(v)}`,
      );
    case 'range': {
      if (!Array.isArray(v) || v.length !== 2) {
        return fail(
          path,
          `rule "range" cần target dạng [thấp, cao], ví dụ [2, 3], gặp ${describe(v)}`,
          `rule "range" needs a target [low, high], e.g. [2, 3], found ${describe(v)}`,
        );
      }
      const lo = targetNumber(v[0], join(path, 0));
      const hi = targetNumber(v[1], join(path, 1));
      if (lo.value > hi.value) {
        fail(
          path,
          `cận dưới ${lo.value} lớn hơn cận trên ${hi.value}; cần [thấp, cao] với thấp ≤ cao`,
          `low bound ${lo.value} is above high bound ${hi.value}; needs [low, high] with low ≤ high`,
        );
      }
      return { target: [lo.value, hi.value], decimals: Math.max(lo.decimals, hi.decimals) };
    }
    default: {
      if (Array.isArray(v) || isPassWord(v)) {
        fail(
          path,
          `rule "${rule}" cần target là một số, gặp ${describe(v)}; [thấp, cao] dùng với "range", "pass" với "maintain"`,
          `rule "${rule}" needs a single number as target, found ${describe(v)}; [low, high] goes with "range", "pass" with "maintain"`,
        );
      }
      const n = targetNumber(v, path);
      return { target: n.value, decimals: n.decimals };
    }
  }
}

function defaultRule(o: Obj): RuleKind {
  if (o.parentCode !== undefined) return 'none';
  if (isPassWord(o.target)) return 'maintain';
  if (Array.isArray(o.target)) return 'range';
  return 'at_least';
}

// ------------------------------------------------------------------ consolidation

/** The codes a consolidation rule names, with the field that names each. */
export function consolidationRefs(c: Consolidation): { field: string; code: string }[] {
  switch (c.kind) {
    case 'ratio':
      return [
        { field: 'numerator', code: c.numerator },
        { field: 'denominator', code: c.denominator },
      ];
    case 'growth':
      return [
        { field: 'current', code: c.current },
        { field: 'previous', code: c.previous },
      ];
    case 'poverty_reduction':
      return [
        { field: 'poor', code: c.poor },
        { field: 'households', code: c.households },
        { field: 'poorPrev', code: c.poorPrev },
        { field: 'householdsPrev', code: c.householdsPrev },
      ];
    default:
      return [];
  }
}

function refCode(o: Obj, key: string, path: string): string {
  const v = o[key];
  if (typeof v !== 'string' || !CODE_PATTERN.test(text(v))) {
    fail(
      join(path, key),
      `cần mã một dòng trong danh mục (chữ in hoa, số, "_"), gặp ${describe(v)}`,
      `must be the code of a catalogue row (capitals, digits, "_"), found ${describe(v)}`,
    );
  }
  return text(v);
}

function readConsolidation(v: unknown, valueKind: ValueKind, path: string): Consolidation {
  if (v === undefined || v === null) return valueKind === 'pass_fail' ? { kind: 'all_met' } : { kind: 'sum' };
  const o: Obj = typeof v === 'string' ? { kind: text(v) } : isObj(v) ? v : {};
  if (!isObj(v) && typeof v !== 'string') {
    fail(
      path,
      `cần một đối tượng {"kind": ...} hoặc tên cách tổng hợp, gặp ${describe(v)}`,
      `must be an object {"kind": ...} or the name of a consolidation, found ${describe(v)}`,
    );
  }
  const kind = o.kind;
  if (typeof kind !== 'string' || !(CONSOLIDATION_KINDS as readonly string[]).includes(kind)) {
    fail(
      join(path, 'kind'),
      `cách tổng hợp ${describe(kind)} không hợp lệ; cho phép: ${CONSOLIDATION_KINDS.join(', ')}`,
      `consolidation ${describe(kind)} is not allowed; allowed: ${CONSOLIDATION_KINDS.join(', ')}`,
    );
  }
  const k = kind as Consolidation['kind'];
  let c: Consolidation;
  switch (k) {
    case 'sum':
    case 'province_only':
    case 'all_met':
      checkKeys(o, ['kind'], path);
      c = { kind: k };
      break;
    case 'ratio': {
      checkKeys(o, ['kind', 'numerator', 'denominator', 'scale'], path);
      const numerator = refCode(o, 'numerator', path);
      const denominator = refCode(o, 'denominator', path);
      let scale = 100;
      if (o.scale !== undefined) {
        if (typeof o.scale !== 'number' || !Number.isFinite(o.scale) || o.scale <= 0) {
          fail(
            join(path, 'scale'),
            `cần một số dương (100 cho %, 10000 cho "trên 1 vạn dân"), gặp ${describe(o.scale)}`,
            `must be a positive number (100 for %, 10000 for "per 10,000"), found ${describe(o.scale)}`,
          );
        }
        scale = o.scale;
      }
      c = { kind: 'ratio', numerator, denominator, scale };
      break;
    }
    case 'growth':
      checkKeys(o, ['kind', 'current', 'previous'], path);
      c = { kind: 'growth', current: refCode(o, 'current', path), previous: refCode(o, 'previous', path) };
      break;
    case 'poverty_reduction': {
      checkKeys(o, ['kind', 'poor', 'households', 'poorPrev', 'householdsPrev', 'poorDistrictsOnly'], path);
      const only = o.poorDistrictsOnly;
      if (only !== undefined && typeof only !== 'boolean') {
        fail(
          join(path, 'poorDistrictsOnly'),
          `cần true hoặc false, gặp ${describe(only)}`,
          `must be true or false, found ${describe(only)}`,
        );
      }
      c = {
        kind: 'poverty_reduction',
        poor: refCode(o, 'poor', path),
        households: refCode(o, 'households', path),
        poorPrev: refCode(o, 'poorPrev', path),
        householdsPrev: refCode(o, 'householdsPrev', path),
        poorDistrictsOnly: only === true,
      };
      break;
    }
    case 'rural': {
      checkKeys(o, ['kind', 'measure'], path);
      const m = o.measure;
      if (typeof m !== 'string' || !(RURAL_MEASURES as readonly string[]).includes(m)) {
        fail(
          join(path, 'measure'),
          `${describe(m)} không hợp lệ; cho phép: ${RURAL_MEASURES.join(', ')}`,
          `${describe(m)} is not allowed; allowed: ${RURAL_MEASURES.join(', ')}`,
        );
      }
      c = { kind: 'rural', measure: m as (typeof RURAL_MEASURES)[number] };
      break;
    }
  }
  const passFailKinds = ['all_met', 'province_only'];
  if (valueKind === 'pass_fail' && !passFailKinds.includes(c.kind)) {
    fail(
      join(path, 'kind'),
      `chỉ tiêu Đạt/Không đạt chỉ tổng hợp được bằng "all_met" hoặc "province_only", gặp "${c.kind}"`,
      `a pass/fail indicator consolidates only as "all_met" or "province_only", found "${c.kind}"`,
    );
  }
  if (valueKind !== 'pass_fail' && c.kind === 'all_met') {
    fail(
      join(path, 'kind'),
      '"all_met" chỉ dùng cho chỉ tiêu Đạt/Không đạt (valueKind "pass_fail")',
      '"all_met" is only for pass/fail indicators (valueKind "pass_fail")',
    );
  }
  return c;
}

// ------------------------------------------------------------------ indicators

function readDecimals(v: unknown, path: string, fallback: number): number {
  if (v === undefined || v === null) return fallback;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > MAX_DECIMALS) {
    fail(
      path,
      `cần một số nguyên từ 0 đến ${MAX_DECIMALS} (số chữ số thập phân hiển thị), gặp ${describe(v)}`,
      `must be a whole number from 0 to ${MAX_DECIMALS} (decimal places shown), found ${describe(v)}`,
    );
  }
  return v;
}

function readIndicator(v: unknown, path: string, groups: Group[]): Indicator {
  if (!isObj(v)) {
    return fail(path, `cần một đối tượng chỉ tiêu, gặp ${describe(v)}`, `must be an indicator object, found ${describe(v)}`);
  }
  checkKeys(v, [...INDICATOR_KEYS, ...INDICATOR_NOTE_KEYS], path);

  const rawCode = v.code;
  if (typeof rawCode !== 'string' || !CODE_PATTERN.test(text(rawCode))) {
    fail(
      join(path, 'code'),
      `mã ${describe(rawCode)} không hợp lệ; mã gồm chữ in hoa A-Z, số 0-9 và "_", bắt đầu bằng chữ (ví dụ GRDP_GROWTH)`,
      `code ${describe(rawCode)} is not valid; a code has capitals A-Z, digits 0-9 and "_", starting with a letter (e.g. GRDP_GROWTH)`,
    );
  }
  const code = text(rawCode);

  let group = groups[0].code;
  if (v.group !== undefined) {
    const g = typeof v.group === 'string' ? text(v.group) : v.group;
    const found = groups.find((x) => x.code === g || x.name.vi === g);
    if (!found) {
      const codes = groups.map((x) => x.code).join(', ');
      fail(
        join(path, 'group'),
        `nhóm ${describe(v.group)} không có trong "groups"; các nhóm: ${codes}`,
        `group ${describe(v.group)} is not in "groups"; groups: ${codes}`,
      );
    }
    group = found.code;
  }

  const name = bilingual(v.name, join(path, 'name'), true);
  const unit = bilingual(v.unit, join(path, 'unit'), false);

  let rule: RuleKind;
  if (v.rule === undefined || v.rule === null) {
    rule = defaultRule(v);
  } else {
    if (typeof v.rule !== 'string' || !(RULE_KINDS as readonly string[]).includes(v.rule)) {
      fail(
        join(path, 'rule'),
        `quy tắc ${describe(v.rule)} không hợp lệ; cho phép: ${RULE_KINDS.join(', ')}`,
        `rule ${describe(v.rule)} is not allowed; allowed: ${RULE_KINDS.join(', ')}`,
      );
    }
    rule = v.rule as RuleKind;
  }

  let valueKind: ValueKind;
  if (v.valueKind === undefined || v.valueKind === null) {
    const u = unit.vi.toLowerCase();
    valueKind = rule === 'maintain' ? 'pass_fail' : PERCENT_UNITS.includes(u) ? 'percent' : 'number';
  } else {
    if (typeof v.valueKind !== 'string' || !(VALUE_KINDS as readonly string[]).includes(v.valueKind)) {
      fail(
        join(path, 'valueKind'),
        `loại giá trị ${describe(v.valueKind)} không hợp lệ; cho phép: ${VALUE_KINDS.join(', ')}`,
        `value kind ${describe(v.valueKind)} is not allowed; allowed: ${VALUE_KINDS.join(', ')}`,
      );
    }
    valueKind = v.valueKind as ValueKind;
  }
  if (rule === 'maintain' && valueKind !== 'pass_fail') {
    fail(
      join(path, 'valueKind'),
      `rule "maintain" cần valueKind "pass_fail" (Đạt/Không đạt), gặp "${valueKind}"`,
      `rule "maintain" needs valueKind "pass_fail" (met / not met), found "${valueKind}"`,
    );
  }
  if (valueKind === 'pass_fail' && rule !== 'maintain') {
    fail(
      join(path, 'rule'),
      `valueKind "pass_fail" chỉ đi với rule "maintain", gặp "${rule}"`,
      `valueKind "pass_fail" goes only with rule "maintain", found "${rule}"`,
    );
  }

  const t = readTarget(v.target, rule, join(path, 'target'));

  let tolerance: number | undefined;
  if (v.tolerance !== undefined && v.tolerance !== null) {
    if (rule !== 'about') {
      fail(
        join(path, 'tolerance'),
        `dung sai chỉ dùng với rule "about" (khoảng), chỉ tiêu này có rule "${rule}"`,
        `a tolerance only applies to rule "about", this indicator has rule "${rule}"`,
      );
    }
    if (typeof v.tolerance !== 'number' || !Number.isFinite(v.tolerance) || v.tolerance < 0) {
      fail(
        join(path, 'tolerance'),
        `cần một số không âm, gặp ${describe(v.tolerance)}`,
        `must be a number ≥ 0, found ${describe(v.tolerance)}`,
      );
    }
    tolerance = v.tolerance;
  }

  const decimalsDefault = valueKind === 'percent' ? Math.max(1, t.decimals) : valueKind === 'pass_fail' ? 0 : t.decimals;
  const decimals = readDecimals(v.decimals, join(path, 'decimals'), decimalsDefault);

  const consolidation = readConsolidation(v.consolidation, valueKind, join(path, 'consolidation'));

  let parentCode: string | undefined;
  if (v.parentCode !== undefined && v.parentCode !== null) {
    if (typeof v.parentCode !== 'string' || !CODE_PATTERN.test(text(v.parentCode))) {
      fail(
        join(path, 'parentCode'),
        `cần mã của chỉ tiêu mà dòng này phục vụ, gặp ${describe(v.parentCode)}`,
        `must be the code of the indicator this row serves, found ${describe(v.parentCode)}`,
      );
    }
    parentCode = text(v.parentCode);
  }

  let levels: Level[] | undefined;
  if (v.levels !== undefined && v.levels !== null) {
    const lv = v.levels;
    const bad = () =>
      fail(
        join(path, 'levels'),
        `cần một danh sách không rỗng, không trùng lặp gồm ${LEVELS.map((l) => `"${l}"`).join(', ')}, gặp ${describe(lv)}`,
        `must be a non-empty list without repeats of ${LEVELS.map((l) => `"${l}"`).join(', ')}, found ${describe(lv)}`,
      );
    if (!Array.isArray(lv) || lv.length === 0) bad();
    const arr = lv as unknown[];
    if (arr.some((l) => typeof l !== 'string' || !(LEVELS as readonly string[]).includes(l))) bad();
    if (new Set(arr).size !== arr.length) bad();
    levels = arr as Level[];
  }

  const ind: Indicator = { code, group, name, unit, valueKind, rule, decimals, consolidation };
  if (t.target !== undefined) ind.target = t.target;
  if (tolerance !== undefined) ind.tolerance = tolerance;
  if (parentCode !== undefined) ind.parentCode = parentCode;
  if (levels !== undefined) ind.levels = levels;
  return ind;
}

function readGroups(v: unknown): Group[] {
  if (v === undefined || v === null || (Array.isArray(v) && v.length === 0)) {
    return [{ code: DEFAULT_GROUP.code, name: { ...DEFAULT_GROUP.name } }];
  }
  if (!Array.isArray(v)) {
    return fail('groups', `cần một danh sách nhóm, gặp ${describe(v)}`, `must be a list of groups, found ${describe(v)}`);
  }
  const groups: Group[] = [];
  v.forEach((g, i) => {
    const p = join('groups', i);
    if (!isObj(g)) {
      fail(p, `cần {"code": ..., "name": ...}, gặp ${describe(g)}`, `must be {"code": ..., "name": ...}, found ${describe(g)}`);
    }
    checkKeys(g, GROUP_KEYS, p);
    const code = requiredString(g.code, join(p, 'code'));
    const prev = groups.findIndex((x) => x.code === code);
    if (prev >= 0) {
      fail(
        join(p, 'code'),
        `mã nhóm "${code}" trùng với groups[${prev}]; mỗi nhóm cần một mã riêng`,
        `group code "${code}" repeats groups[${prev}]; each group needs its own code`,
      );
    }
    groups.push({ code, name: bilingual(g.name, join(p, 'name'), true) });
  });
  return groups;
}

/**
 * Reads and checks a catalogue (an object from JSON.parse, or the JSON text itself). Throws a
 * `CatalogueError` naming the first field at fault, what is wrong and what is allowed.
 */
export function parseCatalogue(json: unknown): Catalogue {
  let doc = json;
  if (typeof json === 'string') {
    try {
      doc = JSON.parse(json.charCodeAt(0) === 0xfeff ? json.slice(1) : json);
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      fail('', `không đọc được JSON (${why})`, `cannot read the JSON (${why})`);
    }
  }
  if (!isObj(doc)) {
    return fail(
      '',
      `cần một đối tượng JSON {"id", "province", "year", "indicators", ...}, gặp ${describe(doc)}`,
      `must be a JSON object {"id", "province", "year", "indicators", ...}, found ${describe(doc)}`,
    );
  }
  checkKeys(doc, CATALOGUE_KEYS, '');

  const id = requiredString(doc.id, 'id');

  let version = 1;
  if (doc.version !== undefined && doc.version !== null) {
    if (typeof doc.version !== 'number' || !Number.isInteger(doc.version) || doc.version < 1) {
      fail('version', `cần một số nguyên ≥ 1, gặp ${describe(doc.version)}`, `must be a whole number ≥ 1, found ${describe(doc.version)}`);
    }
    version = doc.version;
  }

  const province = requiredString(doc.province, 'province');

  const year = doc.year;
  if (typeof year !== 'number' || !Number.isInteger(year) || year < 1900 || year > 2200) {
    fail(
      'year',
      `năm kế hoạch cần là số nguyên từ 1900 đến 2200, gặp ${describe(year)}`,
      `the plan year must be a whole number from 1900 to 2200, found ${describe(year)}`,
    );
  }

  const title =
    doc.title === undefined || doc.title === null
      ? {
          vi: `Chỉ tiêu kế hoạch phát triển kinh tế - xã hội năm ${year}, ${province}`,
          en: `Socio-economic plan indicators ${year}, ${province}`,
        }
      : bilingual(doc.title, 'title', true);

  const groups = readGroups(doc.groups);

  if (!Array.isArray(doc.indicators) || doc.indicators.length === 0) {
    fail(
      'indicators',
      `cần một danh sách chỉ tiêu không rỗng, gặp ${describe(doc.indicators)}`,
      `must be a non-empty list of indicators, found ${describe(doc.indicators)}`,
    );
  }
  const indicators = doc.indicators.map((x, i) => {
    try {
      return readIndicator(x, join('indicators', i), groups);
    } catch (e) {
      const code = isObj(x) && typeof x.code === 'string' ? text(x.code) : '';
      throw e instanceof CatalogueError && CODE_PATTERN.test(code) ? e.withCode(code) : e;
    }
  });

  // Codes are unique.
  const index = new Map<string, number>();
  indicators.forEach((ind, i) => {
    const prev = index.get(ind.code);
    if (prev !== undefined) {
      throw new CatalogueError(
        `indicators[${i}].code`,
        `mã "${ind.code}" trùng với indicators[${prev}]; mỗi dòng cần một mã riêng`,
        `code "${ind.code}" repeats indicators[${prev}]; each row needs its own code`,
      );
    }
    index.set(ind.code, i);
  });

  // Every code a row names exists, is not the row itself, and holds a number.
  indicators.forEach((ind, i) => {
    const p = `indicators[${i}]`;
    function fail(path: string, vi: string, en: string): never {
      throw new CatalogueError(path, vi, en, ind.code);
    }
    if (ind.parentCode !== undefined) {
      if (!index.has(ind.parentCode)) {
        fail(
          `${p}.parentCode`,
          `mã "${ind.parentCode}" không có trong danh mục`,
          `code "${ind.parentCode}" is not in the catalogue`,
        );
      }
      if (ind.parentCode === ind.code) {
        fail(`${p}.parentCode`, 'một dòng không thể phục vụ chính nó', 'a row cannot serve itself');
      }
    }
    for (const ref of consolidationRefs(ind.consolidation)) {
      const at = `${p}.consolidation.${ref.field}`;
      const j = index.get(ref.code);
      if (j === undefined) {
        fail(
          at,
          `mã "${ref.code}" không có trong danh mục; hãy thêm dòng thành phần "${ref.code}" (parentCode "${ind.code}")`,
          `code "${ref.code}" is not in the catalogue; add a component row "${ref.code}" (parentCode "${ind.code}")`,
        );
      }
      if (ref.code === ind.code) {
        fail(at, `chỉ tiêu "${ind.code}" không thể tính từ chính nó`, `indicator "${ind.code}" cannot be computed from itself`);
      }
      if (indicators[j].valueKind === 'pass_fail') {
        fail(
          at,
          `"${ref.code}" là chỉ tiêu Đạt/Không đạt, không dùng làm số để tính được`,
          `"${ref.code}" is a pass/fail indicator and cannot be used as a number`,
        );
      }
    }
  });

  return { id, version, province, year, title, groups, indicators };
}

/** Pretty JSON in the full form; `parseCatalogue` reads it back equal. */
export function catalogueToJson(c: Catalogue): string {
  const out = {
    id: c.id,
    version: c.version,
    province: c.province,
    year: c.year,
    title: { vi: c.title.vi, en: c.title.en },
    groups: c.groups.map((g) => ({ code: g.code, name: { vi: g.name.vi, en: g.name.en } })),
    indicators: c.indicators.map((i) => {
      const o: Record<string, unknown> = {
        code: i.code,
        group: i.group,
        name: { vi: i.name.vi, en: i.name.en },
        unit: { vi: i.unit.vi, en: i.unit.en },
        valueKind: i.valueKind,
        rule: i.rule,
      };
      if (i.target !== undefined) o.target = Array.isArray(i.target) ? [i.target[0], i.target[1]] : i.target;
      if (i.tolerance !== undefined) o.tolerance = i.tolerance;
      o.decimals = i.decimals;
      o.consolidation = { ...i.consolidation };
      if (i.parentCode !== undefined) o.parentCode = i.parentCode;
      if (i.levels !== undefined) o.levels = [...i.levels];
      return o;
    }),
  };
  return JSON.stringify(out, null, 2) + '\n';
}

/** The row with this code, or undefined. */
export function findIndicator(c: Catalogue, code: string): Indicator | undefined {
  return c.indicators.find((i) => i.code === code);
}

/** The rows a template of this level shows, in catalogue order (`levels` absent = both levels). */
export function indicatorsOf(c: Catalogue, level: Level): Indicator[] {
  return c.indicators.filter((i) => !i.levels || i.levels.includes(level));
}

/** The component rows of an indicator: those whose parentCode is it, then any other row its consolidation names. */
export function componentsOf(c: Catalogue, code: string): Indicator[] {
  const ind = findIndicator(c, code);
  const out = c.indicators.filter((i) => i.parentCode === code);
  if (ind) {
    for (const ref of consolidationRefs(ind.consolidation)) {
      const r = findIndicator(c, ref.code);
      if (r && !out.includes(r)) out.push(r);
    }
  }
  return out;
}
