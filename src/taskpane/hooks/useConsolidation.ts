// The Consolidate panel's state: two ways in, one engine (core's consolidation), one way out (new
// sheets through the Excel adapter).
//   (a) the district sheets already in the open workbook: excel/consolidate reads them all at once.
//   (b) district .xlsx files picked in the pane: read one at a time with the .xlsx adapter, which
//       brings ExcelJS and is loaded only here, on the first use (`import()`), never with the pane.
// Between two files the pane gets the event loop back, so the progress bar moves and clicks answer.
// A file that cannot be read (corrupt, too large, not .xlsx) is refused with the reason, never a crash.

import * as React from 'react';
import { ConsolidateOptions, ConsolidationResult, SourceReading, finishConsolidation, unreadableSource } from '../../core/consolidate';
import type { Catalogue, CellRef, Lang } from '../../core/types';
import { WrittenConsolidation, consolidateWorkbook, writeConsolidation } from '../../excel/consolidate';
import { assertExcelHost } from '../../excel/errors';
import { selectCell } from '../../excel/read';
import { missingFeatures } from '../../excel/requirements';
import { STRINGS } from '../i18n';
import type { Notice } from './notice';
import { useAction } from './useAction';
import { useSettings } from './useSettings';

export type ConsolidationProgress =
  | { phase: 'workbook' }
  | { phase: 'loader' }
  | { phase: 'file'; index: number; total: number; name: string }
  | { phase: 'writing' };

export interface ConsolidationRun {
  mode: 'workbook' | 'files';
  /** What it was made with: names and targets are shown from it even if the settings change. */
  catalogue: Catalogue;
  /** The label of this workbook's sheets in the result (mode 'workbook'). */
  label: string;
  result: ConsolidationResult;
  /** Null when nothing was written (no usable district). */
  written: WrittenConsolidation | null;
  /** Way (a): the province sheets whose province-only figures differ, none used. */
  provinceConflict: string[];
  /** Way (a): how many district sheets the workbook holds. */
  districtSheets: number;
}

export interface Consolidation {
  fromWorkbook(): Promise<void>;
  fromFiles(files: File[]): Promise<void>;
  busy: boolean;
  progress: ConsolidationProgress | null;
  run: ConsolidationRun | null;
  /** What this Excel could not do on the new sheets, in the pane's language. */
  missingFeatures: string[];
  errorNotice: Notice | null;
  dismissError(): void;
  dismissResult(): void;
  select(ref: CellRef): Promise<void>;
  selectErrorNotice: Notice | null;
  dismissSelectError(): void;
}

/** Lets the browser paint and answer input before the next file (a macrotask, not a microtask). */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function readBytes(file: Blob): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer().then((b) => new Uint8Array(b));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('FileReader failed'));
    reader.readAsArrayBuffer(file);
  });
}

function detailOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * Reads the picked files one at a time and consolidates them (core's finishConsolidation). A file
 * whose sheet is the province's (province level) gives the province-only figures. Exported for tests.
 */
export async function consolidatePickedFiles(
  files: File[],
  opts: ConsolidateOptions,
  onProgress: (p: ConsolidationProgress) => void = () => {},
): Promise<ConsolidationResult> {
  const lang = opts.lang ?? 'vi';
  onProgress({ phase: 'loader' });
  // One named chunk for both (ExcelJS with the .xlsx adapter), fetched on the first pick.
  const [{ readConsolidationFile }, { MAX_WORKBOOK_BYTES }] = await Promise.all([
    import(/* webpackChunkName: "xlsx-reader" */ '../../xlsx/consolidate'),
    import(/* webpackChunkName: "xlsx-reader" */ '../../xlsx/files'),
  ]);
  const refuse = (name: string, why: { vi: string; en: string }) => [unreadableSource(name, 'district', 'unreadable_file', why, lang)];
  const readings: SourceReading[] = [];
  for (let i = 0; i < files.length; i++) {
    const file = files[i];
    onProgress({ phase: 'file', index: i + 1, total: files.length, name: file.name });
    await nextTask();
    if (file.size > MAX_WORKBOOK_BYTES) {
      const mb = Math.round(file.size / 1048576);
      const max = Math.round(MAX_WORKBOOK_BYTES / 1048576);
      readings.push(...refuse(file.name, { vi: STRINGS.vi.consolidate.tooLarge(file.name, mb, max), en: STRINGS.en.consolidate.tooLarge(file.name, mb, max) }));
      continue;
    }
    try {
      const named = { name: file.name, bytes: await readBytes(file) };
      const asDistrict = await readConsolidationFile(named, 'district', opts);
      // A province-level sheet among the files: the province's own entry (GRDP ...), read as such.
      if (asDistrict.some((r) => r.problems.some((p) => p.kind === 'wrong_level'))) {
        const asProvince = await readConsolidationFile(named, 'province', opts);
        readings.push(
          ...asDistrict.map((r) =>
            r.problems.some((p) => p.kind === 'wrong_level') ? (asProvince.find((p) => p.sheet === r.sheet && p.accepted) ?? r) : r,
          ),
        );
      } else {
        readings.push(...asDistrict);
      }
    } catch (e) {
      // Whatever a damaged file makes the reader throw: this file is refused, the others go on.
      const detail = detailOf(e);
      readings.push(...refuse(file.name, { vi: STRINGS.vi.consolidate.unreadable(file.name, detail), en: STRINGS.en.consolidate.unreadable(file.name, detail) }));
    }
  }
  return finishConsolidation(readings, opts);
}

interface Job {
  mode: 'workbook' | 'files';
  files: File[];
  catalogue: Catalogue;
  opts: ConsolidateOptions & { lang: Lang };
}

export function useConsolidation(): Consolidation {
  const { catalogue, units, locale, lang } = useSettings();
  const [progress, setProgress] = React.useState<ConsolidationProgress | null>(null);

  const action = useAction(async (job: Job): Promise<ConsolidationRun> => {
    const label = STRINGS[job.opts.lang].consolidate.thisWorkbook;
    try {
      if (job.mode === 'workbook') {
        setProgress({ phase: 'workbook' });
        const r = await consolidateWorkbook({ ...job.opts, label, onWriting: () => setProgress({ phase: 'writing' }) });
        return {
          mode: 'workbook',
          catalogue: job.catalogue,
          label,
          result: r.result,
          written: r.written,
          provinceConflict: r.sources.provinceCandidates,
          districtSheets: r.sources.districts.length,
        };
      }
      // Outside Excel nothing could be written: said before any file is read.
      assertExcelHost();
      const result = await consolidatePickedFiles(job.files, job.opts, setProgress);
      let written: WrittenConsolidation | null = null;
      if (result.consolidated) {
        setProgress({ phase: 'writing' });
        await nextTask();
        written = await writeConsolidation(job.catalogue, result, job.opts.lang);
      }
      return { mode: 'files', catalogue: job.catalogue, label, result, written, provinceConflict: [], districtSheets: 0 };
    } finally {
      setProgress(null);
    }
  });
  const selecting = useAction((ref: CellRef) => selectCell(ref.sheet, ref.cell));

  const opts = { catalogue, units, locale, lang };
  const run = action.result;
  return {
    fromWorkbook: () => action.run({ mode: 'workbook', files: [], catalogue, opts }),
    fromFiles: (files: File[]) => action.run({ mode: 'files', files, catalogue, opts }),
    busy: action.busy,
    progress,
    run,
    missingFeatures: run?.written ? missingFeatures(run.written.capabilities).map((m) => m[lang]) : [],
    errorNotice: action.errorNotice,
    dismissError: action.dismissError,
    dismissResult: action.clear,
    select: selecting.run,
    selectErrorNotice: selecting.errorNotice,
    dismissSelectError: selecting.dismissError,
  };
}
