// Consolidation with .xlsx files: district workbooks (bytes: from disk in the CLI, from picked files
// in the task pane) read into core's sources, and the province workbook written from core's plans.
// No file system here, and the sources' bytes are only ever read.

import {
  ConsolidateOptions,
  ConsolidationResult,
  SourceReading,
  finishConsolidation,
  readSource,
  unreadableSource,
} from '../core/consolidate';
import { consolidatedSheetPlan, sourcesSheetPlan } from '../core/consolidate-sheets';
import { Catalogue, Lang } from '../core/types';
import { communeTables } from './communes';
import { WorkbookFileError, indicatorTables, loadWorkbook } from './files';
import { Workbook, newWorkbook, renderSheetPlan } from './workbook';

export interface WorkbookFile {
  /** What the person sees: the file name (or path, as given on the command line). */
  name: string;
  bytes: Uint8Array;
}

/**
 * Reads one workbook into core's readings: one per indicator sheet (a district file has one; a
 * workbook holding several districts' sheets gives each), with the district's commune list. A file that cannot be opened or has no
 * indicator sheet becomes one refused reading with the reason; nothing throws for bad input.
 */
export async function readConsolidationFile(file: WorkbookFile, role: 'district' | 'province', opts: ConsolidateOptions): Promise<SourceReading[]> {
  const lang = opts.lang ?? 'vi';
  let wb: Workbook;
  try {
    wb = await loadWorkbook(file.bytes, file.name);
  } catch (e) {
    if (e instanceof WorkbookFileError) return [unreadableSource(file.name, role, 'unreadable_file', e.messages, lang)];
    throw e;
  }
  const tables = indicatorTables(wb);
  if (tables.length === 0) {
    return [
      unreadableSource(file.name, role, 'not_template', {
        vi: `Tệp "${file.name}" không có trang chỉ tiêu theo mẫu Chỉ tiêu KH (dòng tiêu đề có "Mã số" và "Thực hiện"); không tổng hợp được.`,
        en: `"${file.name}" has no Chỉ tiêu KH indicator sheet (a header row with "Mã số" and "Thực hiện"); it cannot be consolidated.`,
      }, lang),
    ];
  }
  // Each district sheet with its commune list: the commune sheet made for the same unit, or the
  // file's only commune sheet when it has one indicator sheet.
  const lists = role === 'district' ? communeTables(wb) : [];
  const unitKey = (u: string | undefined) => (u ?? '').normalize('NFC').trim().toLowerCase();
  return tables.map(({ table }) => {
    const own = lists.filter((c) => c.meta && unitKey(c.meta.unit) === unitKey(table.meta?.unit));
    const list = own.length === 1 ? own[0] : lists.length === 1 && tables.length === 1 ? lists[0] : undefined;
    return readSource({ label: file.name, table, ...(list ? { communes: list.entries } : {}) }, role, opts);
  });
}

/** A file read only when its turn comes; `load` may throw WorkbookFileError (too large, not found...). */
export interface LazyWorkbookFile {
  name: string;
  load: () => Promise<Uint8Array>;
}

async function open(f: WorkbookFile | LazyWorkbookFile): Promise<WorkbookFile | WorkbookFileError> {
  if ('bytes' in f) return f;
  try {
    return { name: f.name, bytes: await f.load() };
  } catch (e) {
    if (e instanceof WorkbookFileError) return e;
    throw e;
  }
}

export interface ConsolidateFilesOptions extends ConsolidateOptions {
  /** The province's own workbook, for the province-only indicators. */
  province?: WorkbookFile | LazyWorkbookFile;
  /** Called after each file is read (the pane's progress bar). */
  onProgress?: (done: number, total: number, name: string) => void;
}

/**
 * Reads the files one at a time (only the small readings are kept, so 700 files fit in memory) and
 * consolidates them.
 */
export async function consolidateFiles(files: (WorkbookFile | LazyWorkbookFile)[], opts: ConsolidateFilesOptions): Promise<ConsolidationResult> {
  const readings: SourceReading[] = [];
  const all: { f: WorkbookFile | LazyWorkbookFile; role: 'district' | 'province' }[] = files.map((f) => ({ f, role: 'district' }));
  if (opts.province) all.push({ f: opts.province, role: 'province' });
  let done = 0;
  for (const { f, role } of all) {
    const file = await open(f);
    readings.push(
      ...(file instanceof WorkbookFileError
        ? [unreadableSource(f.name, role, 'unreadable_file', file.messages, opts.lang)]
        : await readConsolidationFile(file, role, opts)),
    );
    opts.onProgress?.(++done, all.length, f.name);
  }
  return finishConsolidation(readings, opts);
}

/** The province workbook: the indicator sheet with the consolidated values (first tab), then "Nguồn số liệu". */
export function buildConsolidatedWorkbook(catalogue: Catalogue, result: ConsolidationResult, lang: Lang = 'vi'): Workbook {
  const wb = newWorkbook();
  renderSheetPlan(wb, consolidatedSheetPlan(catalogue, result, { lang }));
  renderSheetPlan(wb, sourcesSheetPlan(catalogue, result, lang));
  return wb;
}
