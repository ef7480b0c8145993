// The domain's vocabulary. Pure data shapes: no Office, no DOM, no Node.

export type Lang = 'vi' | 'en';
export type NumberLocale = 'vi-VN' | 'en-US';

/** A text in both languages of the product. */
export interface Bilingual {
  vi: string;
  en: string;
}

/** How a value is judged against its target. */
export type RuleKind = 'at_least' | 'at_most' | 'about' | 'range' | 'maintain' | 'none';

/**
 * What a cell of this indicator holds.
 * - `percent`: a percentage written as 52,3 (a percent-formatted 0,523 is read as 52,3);
 * - `number`: any other quantity;
 * - `pass_fail`: Đạt / Không đạt (a `maintain` target).
 */
export type ValueKind = 'percent' | 'number' | 'pass_fail';

/** A target: one number, an inclusive range, or "keep it met" for `maintain`. */
export type Target = number | [number, number] | 'pass';

/**
 * How a province figure is built from the districts' entries. A rate is never averaged:
 * it is recomputed from its summed parts (Simpson's paradox otherwise).
 */
export type Consolidation =
  | { kind: 'sum' }
  /** GRDP and the like: only the province's own figure counts; never built from districts. */
  | { kind: 'province_only' }
  /** value = Σ numerator / Σ denominator × scale (scale 100 for %, 10 000 for "per 10 000"). */
  | { kind: 'ratio'; numerator: string; denominator: string; scale: number }
  /** value = (Σ current / Σ previous − 1) × 100. */
  | { kind: 'growth'; current: string; previous: string }
  /**
   * value = (Σ poorPrev / Σ householdsPrev − Σ poor / Σ households) × 100, in percentage points;
   * `poorDistrictsOnly` restricts the sums to the units' poor districts.
   */
  | {
      kind: 'poverty_reduction';
      poor: string;
      households: string;
      poorPrev: string;
      householdsPrev: string;
      poorDistrictsOnly: boolean;
    }
  /** `maintain` targets: met only when every unit met. */
  | { kind: 'all_met' }
  /** Computed from the commune list (nông thôn mới). */
  | { kind: 'rural'; measure: 'average_criteria' | 'communes_15_18' };

export type GroupCode = 'economy' | 'new_rural' | 'culture_social' | 'environment';

export interface Group {
  code: GroupCode | string;
  name: Bilingual;
}

export interface Indicator {
  /** Stable code, part of the contract: templates, JSON and tests use it. UPPER_SNAKE. */
  code: string;
  group: string;
  name: Bilingual;
  unit: Bilingual;
  valueKind: ValueKind;
  rule: RuleKind;
  /** Absent for components and for indicators whose target is not yet set. */
  target?: Target;
  /** For `about`: how far below the target still counts as met (default 0). */
  tolerance?: number;
  /** Display precision; the value is rounded to it before it is judged. */
  decimals: number;
  consolidation: Consolidation;
  /** For a component row (a numerator, denominator, last year's total...): the indicator it serves. */
  parentCode?: string;
  /** Which templates show the row; default both. Province-only indicators stay on the district sheet as blanks. */
  levels?: Level[];
}

export interface Catalogue {
  /** e.g. "laichau-2023". */
  id: string;
  version: number;
  province: string;
  year: number;
  title: Bilingual;
  groups: Group[];
  indicators: Indicator[];
}

export type Level = 'province' | 'district';

export type Status = 'met' | 'not_met' | 'missing' | 'invalid' | 'no_target';

// ---------------------------------------------------------------- units

export type UnitType = 'xã' | 'phường' | 'thị trấn';

export interface CommuneUnit {
  /** District-level unit; absent in a structure with no district level (Lai Châu from 1 Jul 2025). */
  district?: string;
  name: string;
  type: UnitType;
  gsoCode: string;
}

export interface UnitStructure {
  id: string;
  province: string;
  /** District-level units in their official order; empty when there is no district level. */
  districts: string[];
  /** Districts whose poverty figures form the "huyện nghèo" sub-indicator. */
  poorDistricts: string[];
  communes: CommuneUnit[];
}

// ---------------------------------------------------------------- cells and readings

/** A cell as an adapter hands it to core: what it holds and how it is formatted. */
export interface CellInput {
  /** A number, a string, a boolean, or null for an empty cell. */
  value: number | string | boolean | null;
  /** Excel number format, e.g. "0.0%"; used to read a percent cell as its percentage. */
  numberFormat?: string;
}

/** A place in a workbook that a message can point to. */
export interface CellRef {
  sheet: string;
  /** A1 address, e.g. "F7". */
  cell: string;
}

export type Severity = 'error' | 'warning' | 'info';

export interface Problem extends CellRef {
  code?: string;
  severity: Severity;
  /** In the language asked for. */
  message: string;
  /** Both languages, where the producer has them (so a caller can switch without recomputing). */
  messages?: Bilingual;
}
