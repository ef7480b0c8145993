// The Slides panel's state: make the dashboard sheet, export its chart images, build the .pptx
// deck, each from a fresh check of the indicator sheet; keep the summary (both languages, so a
// language switch needs no new read) and the downloads (Blob URLs, revoked when replaced or when
// the panel goes away).
//
// pptxgenjs is not in the pane's first load, nor in this panel's chunk: the deck module is
// imported when a deck is made.

import * as React from 'react';
import type { Catalogue, Lang, NumberLocale } from '../../core/types';
import { DashboardItem, dashboardData, meetingSummary, MeetingSummary } from '../../core/summary';
import type { SheetCheck } from '../../excel/check';
import {
  chartImages,
  checkSource,
  createDashboard,
  dashboardCapabilitiesOrNull,
  dashboardMissingFeatures,
  downloadsMayFail,
  fileSlug,
  reportSubject,
} from '../../excel/dashboard';
import { ExcelActionError } from '../../excel/errors';
import { STRINGS } from '../i18n';
import type { Notice } from './notice';
import { useAction } from './useAction';
import { useSettings } from './useSettings';

export const PPTX_TYPE = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

export type SlidesPhase = 'dashboard' | 'images' | 'reading' | 'loadingDeck' | 'deck';

export interface Download {
  fileName: string;
  /** A blob: URL for <a href download>. */
  url: string;
  bytes: Uint8Array;
}

export interface SlidesState {
  makeDashboard(): Promise<void>;
  exportImages(): Promise<void>;
  makeDeck(): Promise<void>;
  busy: boolean;
  /** What is being done now, for the spinner. */
  phase: SlidesPhase | null;
  /** The last read of the indicator sheet: its summary in the pane's language. */
  summary: MeetingSummary | null;
  sourceSheet: string | null;
  catalogueId: string | null;
  /** The catalogue or locale changed since the last read. */
  stale: boolean;
  /** What the charts leave out, and why. */
  skipped: Notice | null;
  dashboard: { sheet: string; charts: number; missing: string[] } | null;
  dismissDashboard(): void;
  images: Download[] | null;
  deck: (Download & { slides: number; charts: number }) | null;
  /** Why images cannot be exported here (older Excel), or null. */
  imagesUnavailable: string | null;
  /** Excel for Mac's task pane cannot save downloads. */
  macDownloads: boolean;
  errorNotices: { notice: Notice; dismiss(): void }[];
}

interface Made {
  check: SheetCheck;
  catalogue: Catalogue;
  locale: NumberLocale;
}

const MAX_NAMED = 5;

function named(items: { name: string }[], lang: Lang): string {
  const names = items.slice(0, MAX_NAMED).map((i) => i.name);
  if (items.length > MAX_NAMED) names.push(STRINGS[lang].slides.more(items.length - MAX_NAMED));
  return names.join('; ');
}

/** What the charts leave out: no data, unreadable, no target, pass/fail targets; and a sheet without template details. */
function skippedNotice(made: Made, lang: Lang): Notice | null {
  const s = STRINGS[lang].slides;
  const data = dashboardData(made.check.reports[lang], made.catalogue, { lang, locale: made.locale });
  const items = data.groups.flatMap((g) => g.items);
  const of = (pick: (i: DashboardItem) => boolean) => items.filter(pick);
  const missing = of((i) => i.status === 'missing');
  const invalid = of((i) => i.status === 'invalid');
  const noTarget = of((i) => i.status === 'no_target');
  const passFail = of((i) => (i.status === 'met' || i.status === 'not_met') && i.percentOfTarget === null);
  const lines: string[] = [];
  if (missing.length) lines.push(s.skippedMissing(missing.length, named(missing, lang)));
  if (invalid.length) lines.push(s.skippedInvalid(invalid.length, named(invalid, lang)));
  if (noTarget.length) lines.push(s.skippedNoTarget(noTarget.length, named(noTarget, lang)));
  if (passFail.length) lines.push(s.skippedPassFail(passFail.length, named(passFail, lang)));
  if (missing.length + invalid.length + noTarget.length > 0) lines.push(s.skippedDeck);
  if (!made.check.meta) lines.push(s.noMeta(made.check.sheet));
  if (!lines.length) return null;
  return { intent: missing.length || invalid.length ? 'warning' : 'info', title: s.skippedTitle, lines };
}

function objectUrl(bytes: Uint8Array, type: string): string {
  if (typeof URL === 'undefined' || typeof URL.createObjectURL !== 'function') {
    throw new ExcelActionError({ vi: STRINGS.vi.slides.noDownloads, en: STRINGS.en.slides.noDownloads }, 'NoDownloads');
  }
  return URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
}

function revoke(urls: string[]): void {
  if (typeof URL !== 'undefined' && typeof URL.revokeObjectURL === 'function') urls.forEach((u) => URL.revokeObjectURL(u));
}

/** Failures of the deck module (its chunk not loading, pptxgenjs throwing), said with what to do. */
function deckError(e: unknown, which: 'deckLoadFailed' | 'deckFailed'): ExcelActionError {
  const detail = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return new ExcelActionError({ vi: STRINGS.vi.slides[which](detail), en: STRINGS.en.slides[which](detail) }, which);
}

export function useSlides(): SlidesState {
  const { catalogue, locale, lang } = useSettings();
  const [made, setMade] = React.useState<Made | null>(null);
  const [phase, setPhase] = React.useState<SlidesPhase | null>(null);
  // The indicator sheet read last: used when the active sheet is the dashboard.
  const lastSheet = React.useRef<string | undefined>(undefined);
  // The dashboard made last: its charts are the ones exported.
  const lastDashboard = React.useRef<string | null>(null);
  const urls = React.useRef<{ images: string[]; deck: string[] }>({ images: [], deck: [] });
  React.useEffect(
    () => () => {
      revoke([...urls.current.images, ...urls.current.deck]);
    },
    [],
  );

  const remember = React.useCallback((check: SheetCheck, c: Catalogue, l: NumberLocale) => {
    lastSheet.current = check.sheet;
    setMade({ check, catalogue: c, locale: l });
  }, []);

  const dashboardAction = useAction(async (c: Catalogue, l: NumberLocale, la: Lang) => {
    setPhase('dashboard');
    try {
      const r = await createDashboard(c, { lang: la, locale: l, fallbackSheet: lastSheet.current });
      remember(r.check, c, l);
      lastDashboard.current = r.sheet;
      return r;
    } finally {
      setPhase(null);
    }
  });

  const imagesAction = useAction(async (sheet: string | null, prefix: string) => {
    setPhase('images');
    try {
      const images = await chartImages(sheet, prefix);
      revoke(urls.current.images);
      const downloads = images.map((i) => ({ fileName: i.fileName, bytes: i.bytes, url: objectUrl(i.bytes, 'image/png') }));
      urls.current.images = downloads.map((d) => d.url);
      return downloads;
    } finally {
      setPhase(null);
    }
  });

  const deckAction = useAction(async (c: Catalogue, l: NumberLocale, la: Lang) => {
    try {
      setPhase('reading');
      const check = await checkSource(c, { lang: la, locale: l }, lastSheet.current);
      remember(check, c, l);
      setPhase('loadingDeck');
      let deckModule: typeof import('../../pptx/deck');
      try {
        deckModule = await import(/* webpackChunkName: "deck" */ '../../pptx/deck');
      } catch (e) {
        throw deckError(e, 'deckLoadFailed');
      }
      setPhase('deck');
      const { unit, year } = reportSubject(check, c);
      let deck: Awaited<ReturnType<typeof deckModule.buildDeckWithContents>>;
      try {
        deck = await deckModule.buildDeckWithContents(check.reports[la], c, { lang: la, locale: l, province: unit, year });
      } catch (e) {
        throw deckError(e, 'deckFailed');
      }
      const url = objectUrl(deck.bytes, PPTX_TYPE);
      revoke(urls.current.deck);
      urls.current.deck = [url];
      return { fileName: `chi-tieu-${year}-${fileSlug(unit)}.pptx`, url, bytes: deck.bytes, slides: deck.slides.length, charts: deck.charts };
    } finally {
      setPhase(null);
    }
  });

  const dash = dashboardAction.result;
  const caps = React.useMemo(() => dashboardCapabilitiesOrNull(), []);
  const summary = React.useMemo(
    () => (made ? meetingSummary(made.check.reports[lang], made.catalogue, { lang, locale: made.locale }) : null),
    [made, lang],
  );
  const skipped = React.useMemo(() => (made ? skippedNotice(made, lang) : null), [made, lang]);
  const prefix = React.useMemo(() => {
    const { unit, year } = made ? reportSubject(made.check, made.catalogue) : { unit: catalogue.province, year: catalogue.year };
    return `chi-tieu-${year}-${fileSlug(unit)}`;
  }, [made, catalogue]);

  const errors = [dashboardAction, imagesAction, deckAction]
    .filter((a) => a.errorNotice !== null)
    .map((a) => ({ notice: a.errorNotice as Notice, dismiss: a.dismissError }));

  return {
    makeDashboard: React.useCallback(() => dashboardAction.run(catalogue, locale, lang), [dashboardAction.run, catalogue, locale, lang]),
    // The dashboard made here, else the open sheet (a dashboard made earlier).
    exportImages: React.useCallback(() => imagesAction.run(lastDashboard.current, prefix), [imagesAction.run, prefix]),
    makeDeck: React.useCallback(() => deckAction.run(catalogue, locale, lang), [deckAction.run, catalogue, locale, lang]),
    busy: dashboardAction.busy || imagesAction.busy || deckAction.busy,
    phase,
    summary,
    sourceSheet: made?.check.sheet ?? null,
    catalogueId: made?.check.catalogueId ?? null,
    stale: made !== null && (made.catalogue !== catalogue || made.locale !== locale),
    skipped,
    dashboard: dash ? { sheet: dash.sheet, charts: dash.charts.length, missing: dashboardMissingFeatures(dash.capabilities).map((m) => m[lang]) } : null,
    dismissDashboard: dashboardAction.clear,
    images: imagesAction.result,
    deck: deckAction.result,
    imagesUnavailable: caps && !caps.chartImages ? STRINGS[lang].slides.imagesUnavailable : null,
    macDownloads: React.useMemo(() => downloadsMayFail(), []),
    errorNotices: errors,
  };
}
