// The Check panel's state: check the open sheet through the Excel adapter, keep the report, and
// select a problem's cell on request. The report is kept in both languages, so a language switch
// needs no new read; a change of catalogue or number locale marks it stale.

import * as React from 'react';
import type { CheckReport } from '../../core/check';
import type { Catalogue, CellRef, NumberLocale } from '../../core/types';
import { checkSheet } from '../../excel/check';
import { selectCell } from '../../excel/read';
import type { Notice } from './notice';
import { useAction } from './useAction';
import { useSettings } from './useSettings';

export interface SheetCheckState {
  check(): Promise<void>;
  busy: boolean;
  /** The last report, in the pane's language. */
  report: CheckReport | null;
  /** The catalogue the report was made with. */
  catalogueId: string | null;
  /** The catalogue or locale changed since the report was made. */
  stale: boolean;
  errorNotice: Notice | null;
  dismissError(): void;
  select(ref: CellRef): Promise<void>;
  selectErrorNotice: Notice | null;
  dismissSelectError(): void;
}

async function checkWith(catalogue: Catalogue, locale: NumberLocale, lang: 'vi' | 'en') {
  const result = await checkSheet(catalogue, { locale, lang }, 'active');
  return { result, catalogue, locale };
}

export function useSheetCheck(): SheetCheckState {
  const { catalogue, locale, lang } = useSettings();
  const checking = useAction(checkWith);
  const selecting = useAction((ref: CellRef) => selectCell(ref.sheet, ref.cell));
  const made = checking.result;
  return {
    check: React.useCallback(() => checking.run(catalogue, locale, lang), [checking.run, catalogue, locale, lang]),
    busy: checking.busy,
    report: made ? made.result.reports[lang] : null,
    catalogueId: made ? made.result.catalogueId : null,
    stale: made !== null && (made.catalogue !== catalogue || made.locale !== locale),
    errorNotice: checking.errorNotice,
    dismissError: checking.dismissError,
    select: selecting.run,
    selectErrorNotice: selecting.errorNotice,
    dismissSelectError: selecting.dismissError,
  };
}
