// Reading a template sheet back from a grid of raw cells. Rows are found by `Mã số`, columns by
// header text, so people may insert rows, add notes, sort or restyle without breaking anything.
// Both adapters hand core the same grid (values and number formats), so both read alike.

import { a1 } from './a1';
import {
  INDICATOR_COLUMNS,
  INDICATOR_HEADERS,
  IndicatorColumn,
  LEVEL_LABELS,
  META_LABELS,
  SheetKind,
  TEMPLATE_MARKER,
  TemplateMeta,
} from './layout';
import { Bilingual, CellInput, Lang, Level } from './types';

export type Grid = CellInput[][];

/** A template that cannot be read: the message says what is missing and what to do. */
export class TemplateError extends Error {
  constructor(
    readonly messages: Bilingual,
    readonly sheet?: string,
  ) {
    super(messages.vi);
    this.name = 'TemplateError';
  }
}

export interface IndicatorEntry {
  code: string;
  /** 1-based sheet row. */
  row: number;
  target: CellInput;
  actual: CellInput;
  /** Where the value lives, for messages and for "select this cell". */
  actualAddress: string;
  targetAddress?: string;
}

export interface IndicatorTable {
  sheet: string;
  meta?: TemplateMeta;
  headerRow: number;
  /** 1-based column of each header found. */
  columns: Partial<Record<IndicatorColumn, number>>;
  /** The plan year written in the `Thực hiện <year>` header, if any. */
  year?: number;
  entries: IndicatorEntry[];
}

export function normaliseText(v: unknown): string {
  return typeof v === 'string' ? v.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase() : '';
}

function headerMatcher(col: IndicatorColumn): (text: string) => number | true | undefined {
  const forms = [INDICATOR_HEADERS[col].vi, INDICATOR_HEADERS[col].en].map((f) => normaliseText(f));
  return (text) => {
    for (const f of forms) {
      if (!f.includes('{year}')) {
        if (text === f) return true;
        continue;
      }
      const [pre] = f.split('{year}');
      if (text === pre.trim()) return true;
      if (text.startsWith(pre)) {
        const y = Number(text.slice(pre.length).trim());
        if (Number.isInteger(y) && y > 1900 && y < 2200) return y;
      }
    }
    return undefined;
  };
}

const HEADER_SCAN_ROWS = 40;

/** Finds the indicator table of a sheet; throws a TemplateError naming what is missing. */
export function findIndicatorTable(sheet: string, grid: Grid): IndicatorTable {
  const matchers = INDICATOR_COLUMNS.map((c) => [c, headerMatcher(c)] as const);
  for (let r = 0; r < Math.min(grid.length, HEADER_SCAN_ROWS); r++) {
    const columns: Partial<Record<IndicatorColumn, number>> = {};
    let year: number | undefined;
    (grid[r] ?? []).forEach((cell, c) => {
      const text = normaliseText(cell?.value);
      if (!text) return;
      for (const [col, match] of matchers) {
        const m = match(text);
        if (m !== undefined && columns[col] === undefined) {
          columns[col] = c + 1;
          if (typeof m === 'number' && col === 'actual') year = m;
        }
      }
    });
    if (columns.code !== undefined && columns.actual !== undefined) {
      const headerRow = r + 1;
      return { sheet, headerRow, columns, year, meta: readTemplateMeta(grid, headerRow), entries: readEntries(grid, headerRow, columns) };
    }
  }
  throw new TemplateError(
    {
      vi: `Trang "${sheet}" không có dòng tiêu đề của mẫu Chỉ tiêu KH (cần các cột "Mã số" và "Thực hiện"). Hãy chèn mẫu bằng Chỉ tiêu KH hoặc lệnh chitieu template.`,
      en: `Sheet "${sheet}" has no Chỉ tiêu KH header row (the "Mã số"/"Code" and "Thực hiện"/"Actual" columns). Insert the template with Chỉ tiêu KH or chitieu template.`,
    },
    sheet,
  );
}

const CODE_PATTERN = /^[A-Z][A-Z0-9_]*$/;

function readEntries(grid: Grid, headerRow: number, columns: Partial<Record<IndicatorColumn, number>>): IndicatorEntry[] {
  const entries: IndicatorEntry[] = [];
  const codeCol = columns.code! - 1;
  const actualCol = columns.actual! - 1;
  const targetCol = columns.target !== undefined ? columns.target - 1 : undefined;
  for (let r = headerRow; r < grid.length; r++) {
    const raw = grid[r]?.[codeCol]?.value;
    const code = typeof raw === 'string' ? raw.trim() : '';
    if (!CODE_PATTERN.test(code)) continue;
    const row = r + 1;
    entries.push({
      code,
      row,
      actual: grid[r]?.[actualCol] ?? { value: null },
      actualAddress: a1(row, actualCol + 1),
      target: targetCol !== undefined ? (grid[r]?.[targetCol] ?? { value: null }) : { value: null },
      ...(targetCol !== undefined ? { targetAddress: a1(row, targetCol + 1) } : {}),
    });
  }
  return entries;
}

/** The metadata row written by the template: label/value pairs above the header. */
export function readTemplateMeta(grid: Grid, headerRow: number): TemplateMeta | undefined {
  for (let r = 0; r < headerRow - 1; r++) {
    const cells = grid[r] ?? [];
    const pairs = new Map<string, CellInput['value']>();
    for (let c = 0; c + 1 < cells.length; c++) {
      const label = normaliseText(cells[c]?.value);
      if (label) pairs.set(label, cells[c + 1]?.value ?? null);
    }
    const get = (k: keyof typeof META_LABELS) => pairs.get(normaliseText(META_LABELS[k].vi)) ?? pairs.get(normaliseText(META_LABELS[k].en));
    const marker = get('template');
    if (typeof marker !== 'string' || !marker.startsWith(TEMPLATE_MARKER + '/')) continue;
    const [, version, kind] = marker.split('/');
    const levelText = normaliseText(get('level'));
    const level = (Object.keys(LEVEL_LABELS) as Level[]).find((l) => LEVEL_LABELS[l].vi === levelText || LEVEL_LABELS[l].en === levelText);
    const lang: Lang = pairs.has(normaliseText(META_LABELS.template.vi)) ? 'vi' : 'en';
    return {
      templateVersion: Number(version),
      sheetKind: (kind as SheetKind) ?? 'indicators',
      catalogueId: String(get('catalogue') ?? ''),
      catalogueVersion: Number(get('catalogueVersion')),
      year: Number(get('year')),
      level: level ?? 'province',
      unit: String(get('unit') ?? ''),
      lang,
      ...(get('unitsId') !== undefined && get('unitsId') !== null ? { unitsId: String(get('unitsId')) } : {}),
    };
  }
  return undefined;
}
