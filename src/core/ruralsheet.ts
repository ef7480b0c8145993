// Reading a commune sheet (nông thôn mới) back from a grid of raw cells. Columns are found by header
// text, in either language, so people may move columns, add notes, sort or restyle.

import { a1 } from './a1';
import { laiChauUnits2020, laiChauUnits2025 } from './catalogue/units';
import { AGGREGATE_HEADERS, COMMUNE_COLUMNS, COMMUNE_HEADERS, CommuneColumn, TemplateMeta } from './layout';
import { CommuneEntry } from './rural';
import { Grid, normaliseText, readTemplateMeta, TemplateError } from './sheet';
import { CellInput, UnitStructure } from './types';

export interface CommuneTable {
  sheet: string;
  meta?: TemplateMeta;
  headerRow: number;
  /** 1-based column of each header found. */
  columns: Partial<Record<CommuneColumn, number>>;
  entries: CommuneEntry[];
  /** The district names of the aggregates block (`Địa bàn`, after the whole-list row), if the block is there. */
  blockAreas?: string[];
}

const REQUIRED: CommuneColumn[] = ['name', 'type', 'criteria'];
const HEADER_SCAN_ROWS = 40;

/** Finds the commune list of a sheet; throws a TemplateError naming what is missing. */
export function findCommuneTable(sheet: string, grid: Grid): CommuneTable {
  const forms = COMMUNE_COLUMNS.map((c) => [c, [COMMUNE_HEADERS[c].vi, COMMUNE_HEADERS[c].en].map(normaliseText)] as const);
  const areaForms = [AGGREGATE_HEADERS.area.vi, AGGREGATE_HEADERS.area.en].map(normaliseText);
  for (let r = 0; r < Math.min(grid.length, HEADER_SCAN_ROWS); r++) {
    const columns: Partial<Record<CommuneColumn, number>> = {};
    let areaCol: number | undefined;
    (grid[r] ?? []).forEach((cell, c) => {
      const text = normaliseText(cell?.value);
      if (!text) return;
      for (const [col, f] of forms) if (f.includes(text) && columns[col] === undefined) columns[col] = c + 1;
      if (areaForms.includes(text) && areaCol === undefined) areaCol = c + 1;
    });
    if (REQUIRED.every((c) => columns[c] !== undefined)) {
      const headerRow = r + 1;
      const meta = readTemplateMeta(grid, headerRow);
      return {
        sheet,
        headerRow,
        columns,
        ...(meta ? { meta } : {}),
        entries: readEntries(sheet, grid, headerRow, columns),
        ...(areaCol !== undefined ? { blockAreas: readAreas(grid, headerRow, areaCol) } : {}),
      };
    }
  }
  throw new TemplateError(
    {
      vi: `Trang "${sheet}" không có danh sách xã theo mẫu (cần các cột "Đơn vị", "Loại" và "Số tiêu chí đạt").`,
      en: `Sheet "${sheet}" has no commune list of the template (the "Đơn vị", "Loại" and "Số tiêu chí đạt" columns).`,
    },
    sheet,
  );
}

function text(cell: CellInput | undefined): string | null {
  const v = cell?.value;
  if (v === null || v === undefined) return null;
  const s = typeof v === 'string' ? v : String(v);
  return s === '' ? null : s;
}

function readEntries(sheet: string, grid: Grid, headerRow: number, columns: Partial<Record<CommuneColumn, number>>): CommuneEntry[] {
  const entries: CommuneEntry[] = [];
  const at = (r: number, c: number | undefined) => (c === undefined ? undefined : grid[r]?.[c - 1]);
  for (let r = headerRow; r < grid.length; r++) {
    const district = text(at(r, columns.district));
    const name = text(at(r, columns.name));
    const type = text(at(r, columns.type));
    const criteriaCell = at(r, columns.criteria);
    const criteria = criteriaCell?.value ?? null;
    if (district === null && name === null && type === null && (criteria === null || criteria === '')) continue;
    const row = r + 1;
    const gso = text(at(r, columns.gso));
    entries.push({
      sheet,
      row,
      district,
      name,
      type,
      criteria,
      ...(columns.gso !== undefined ? { gsoCode: gso } : {}),
      cells: {
        ...(columns.district !== undefined ? { district: a1(row, columns.district) } : {}),
        name: a1(row, columns.name!),
        ...(columns.type !== undefined ? { type: a1(row, columns.type) } : {}),
        criteria: a1(row, columns.criteria!),
      },
    });
  }
  return entries;
}

/** The block's area names below its header: the whole-list row first, then the districts. */
function readAreas(grid: Grid, headerRow: number, col: number): string[] {
  const out: string[] = [];
  for (let r = headerRow; r < grid.length; r++) {
    const t = text(grid[r]?.[col - 1]);
    if (t === null) break;
    out.push(t);
  }
  return out.slice(1);
}

/** The unit structures the product embeds, by id. */
export const EMBEDDED_UNITS: readonly UnitStructure[] = [laiChauUnits2020, laiChauUnits2025];

/**
 * The unit structure to check a commune sheet against: the one given (e.g. `--units`), else the
 * embedded one the sheet says it was made from, else the districts its aggregates block lists (so
 * the check counts what the sheet's formulas count); at district level narrowed to that district.
 */
export function unitsForCommuneTable(table: CommuneTable, given?: UnitStructure): { units: UnitStructure; source: 'given' | 'embedded' | 'sheet' } {
  const id = table.meta?.unitsId;
  let units = given;
  let source: 'given' | 'embedded' | 'sheet' = 'given';
  if (!units) {
    units = EMBEDDED_UNITS.find((u) => u.id === id);
    source = 'embedded';
  }
  if (!units) {
    source = 'sheet';
    units = { id: id ?? table.sheet, province: table.meta?.unit ?? '', districts: table.blockAreas ?? [], poorDistricts: [], communes: [] };
  }
  if (table.meta?.level === 'district' && units.districts.length > 0) {
    const d = units.districts.find((x) => x === table.meta!.unit) ?? table.meta.unit;
    units = { ...units, districts: [d], communes: units.communes.filter((c) => c.district === d) };
  }
  return { units, source };
}
