// Consolidation in the open workbook (issue 5, way in (a)): the district sheets already in the
// workbook are read in one go (readSheetGrids('all'): a fixed number of syncs, whatever the number
// of districts), core consolidates them, and the result goes into NEW sheets (the province sheet
// and "Nguồn số liệu") through the same renderer as the template. Source sheets are only read.
//
// Way in (b), district .xlsx files picked in the pane, reads the files with the .xlsx adapter
// (loaded only then) and writes its result with `writeConsolidation` below: one engine, two ways in.

import { ConsolidateOptions, ConsolidationResult, ConsolidationSource, consolidate } from '../core/consolidate';
import { consolidatedSheetPlan, sourcesSheetPlan } from '../core/consolidate-sheets';
import { safeSheetName } from '../core/layout';
import { CommuneTable, findCommuneTable } from '../core/ruralsheet';
import { IndicatorTable, TemplateError, findIndicatorTable } from '../core/sheet';
import { Bilingual, Catalogue, Lang } from '../core/types';
import { assertExcelHost } from './errors';
import { SheetGrid, readSheetGrids } from './read';
import { InsertResult, insertSheetPlans } from './render';

/** The province sheet's name: what it is, not "Chỉ tiêu 2023" again beside the province's own template. */
export const CONSOLIDATED_SHEET_NAME: Bilingual = { vi: 'Tổng hợp {year}', en: 'Consolidated {year}' };

const WRITING: Bilingual = { vi: 'Không ghi được kết quả tổng hợp', en: 'Could not write the consolidation' };

/** What the open workbook holds for a consolidation. */
export interface WorkbookSources {
  /** District indicator sheets (and indicator tables without template metadata, which core reports), each with its commune list when found. */
  districts: ConsolidationSource[];
  /** The province's own sheet for the province-only indicators (GRDP ...): the one province-level sheet with such a value typed. */
  province?: ConsolidationSource;
  /** Province-level sheets whose province-only values differ: none is used, the pane names them. */
  provinceCandidates: string[];
  /** How many sheets were read. */
  sheetsRead: number;
}

interface Found {
  sheet: string;
  indicators?: IndicatorTable;
  communes?: CommuneTable;
}

function tryTable<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch (e) {
    if (e instanceof TemplateError) return undefined;
    throw e;
  }
}

function unitKey(u: string | undefined): string {
  return (u ?? '').normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

function hasValue(v: unknown): boolean {
  return v !== null && v !== undefined && !(typeof v === 'string' && v.trim() === '');
}

/**
 * Sorts the workbook's sheets into core's sources (pure: the grids are already read). `label` is
 * what the sources sheet shows as the "file" of a sheet of this workbook.
 */
export function workbookSources(grids: SheetGrid[], catalogue: Catalogue, label: string): WorkbookSources {
  const found: Found[] = grids.map(({ sheet, grid }) => {
    const indicators = tryTable(() => findIndicatorTable(sheet, grid));
    if (indicators && (!indicators.meta || indicators.meta.sheetKind === 'indicators')) return { sheet, indicators };
    const communes = tryTable(() => findCommuneTable(sheet, grid));
    if (communes && (!communes.meta || communes.meta.sheetKind === 'communes')) return { sheet, communes };
    return { sheet };
  });
  const districtSheets = found.filter((f) => f.indicators && f.indicators.meta?.level !== 'province');
  const communeSheets = found.filter((f) => f.communes?.meta?.level === 'district');

  // Each district sheet with the commune sheet made for the same district. A district inserted
  // twice has two of each: paired in sheet order, as the template inserts them together.
  const districts: ConsolidationSource[] = districtSheets.map((f) => {
    const table = f.indicators!;
    const unit = unitKey(table.meta?.unit);
    const sameUnit = districtSheets.filter((d) => unitKey(d.indicators!.meta?.unit) === unit);
    const lists = table.meta ? communeSheets.filter((c) => unitKey(c.communes!.meta?.unit) === unit) : [];
    const list = lists.length === 1 ? lists[0] : lists.length === sameUnit.length ? lists[sameUnit.indexOf(f)] : undefined;
    return { label, table, ...(list ? { communes: list.communes!.entries } : {}) };
  });

  // The province's own figures: a province-level sheet where someone typed a province-only value.
  // A consolidation written earlier carries the same figures (it copied them): sheets that agree
  // are one entry, and the first in tab order is used; sheets that disagree are not guessed at.
  const provinceOnly = catalogue.indicators.filter((i) => i.consolidation.kind === 'province_only').map((i) => i.code);
  const signature = (t: IndicatorTable) =>
    JSON.stringify(provinceOnly.map((code) => t.entries.filter((e) => e.code === code).map((e) => (hasValue(e.actual.value) ? e.actual.value : null))));
  const provinceSheets = found.filter(
    (f) =>
      f.indicators?.meta?.level === 'province' &&
      f.indicators.entries.some((e) => provinceOnly.includes(e.code) && hasValue(e.actual.value)),
  );
  const agree = new Set(provinceSheets.map((f) => signature(f.indicators!))).size === 1;
  return {
    districts,
    ...(agree ? { province: { label, table: provinceSheets[0].indicators! } } : {}),
    provinceCandidates: agree ? [] : provinceSheets.map((f) => f.sheet),
    sheetsRead: grids.length,
  };
}

/** Where the result was written. */
export interface WrittenConsolidation {
  /** The province sheet and the sources sheet, as named in the workbook. */
  provinceSheet: string;
  sourcesSheet: string;
  capabilities: InsertResult['capabilities'];
}

export interface WorkbookConsolidation {
  result: ConsolidationResult;
  sources: WorkbookSources;
  /** Null when nothing was written: no district sheet, or none usable (the result says why). */
  written: WrittenConsolidation | null;
}

export interface WorkbookConsolidationOptions extends ConsolidateOptions {
  /** Shown as the "file" of this workbook's sheets, e.g. "(sổ đang mở)". */
  label: string;
  /** Told when reading is over and writing starts (the pane's progress). */
  onWriting?: () => void;
}

/**
 * Consolidates the district sheets of the open workbook into new sheets. Reads every sheet once
 * (readSheetGrids('all')), writes only new sheets, and writes nothing when no district sheet can
 * be used. Excel failures throw ExcelActionError.
 */
export async function consolidateWorkbook(opts: WorkbookConsolidationOptions): Promise<WorkbookConsolidation> {
  assertExcelHost();
  const grids = await readSheetGrids('all');
  const sources = workbookSources(grids, opts.catalogue, opts.label);
  const result = consolidate({
    catalogue: opts.catalogue,
    units: opts.units,
    districts: sources.districts,
    ...(sources.province ? { province: sources.province } : {}),
    ...(opts.locale ? { locale: opts.locale } : {}),
    ...(opts.lang ? { lang: opts.lang } : {}),
  });
  if (!result.consolidated) return { result, sources, written: null };
  opts.onWriting?.();
  const written = await writeConsolidation(opts.catalogue, result, opts.lang ?? 'vi');
  return { result, sources, written };
}

/**
 * Writes a consolidation into two new sheets: the province indicator sheet (the template's live
 * red/green judging the consolidated values) and the sources sheet. Existing sheets are never
 * written to: taken names get " (2)".
 */
export async function writeConsolidation(catalogue: Catalogue, result: ConsolidationResult, lang: Lang): Promise<WrittenConsolidation> {
  assertExcelHost();
  const r = await insertSheetPlans((uniqueName) => {
    const name = uniqueName(safeSheetName(CONSOLIDATED_SHEET_NAME[lang].replace('{year}', String(catalogue.year))));
    const province = consolidatedSheetPlan(catalogue, result, { lang, sheetName: name });
    const sources = sourcesSheetPlan(catalogue, result, lang);
    return [province, { ...sources, name: uniqueName(sources.name) }];
  }, WRITING);
  return { provinceSheet: r.sheets[0], sourcesSheet: r.sheets[1], capabilities: r.capabilities };
}
