// Settings kept in the browser's localStorage between sessions. Every access is guarded: storage
// may be missing, blocked (privacy settings, some Office hosts) or full, and none of that may stop
// the pane. What went wrong is returned, so the Settings panel can say it.

import { catalogueToJson, parseCatalogue } from '../../core/catalogue/catalogue';
import type { Catalogue, Lang, NumberLocale } from '../../core/types';

export const STORAGE_KEY = 'chitieu-kh.settings.v1';

export interface StoredSettings {
  lang?: Lang;
  locale?: NumberLocale;
  /** An imported catalogue, as catalogueToJson writes it; absent for the embedded one. */
  catalogue?: string;
}

export type StorageIssue = { kind: 'read' } | { kind: 'write' } | { kind: 'catalogue'; detail: { vi: string; en: string } };

export interface LoadedSettings {
  lang?: Lang;
  locale?: NumberLocale;
  catalogue?: Catalogue;
  issue?: StorageIssue;
}

function storage(): Storage | null {
  try {
    return typeof window !== 'undefined' && window.localStorage ? window.localStorage : null;
  } catch {
    // Accessing localStorage itself throws when the host blocks it: treated as "no storage".
    return null;
  }
}

export function loadSettings(): LoadedSettings {
  const store = storage();
  if (!store) return {};
  let raw: string | null;
  let stored: StoredSettings;
  try {
    raw = store.getItem(STORAGE_KEY);
    if (raw === null) return {};
    stored = JSON.parse(raw) as StoredSettings;
    if (typeof stored !== 'object' || stored === null) return { issue: { kind: 'read' } };
  } catch {
    return { issue: { kind: 'read' } };
  }
  const out: LoadedSettings = {};
  if (stored.lang === 'vi' || stored.lang === 'en') out.lang = stored.lang;
  if (stored.locale === 'vi-VN' || stored.locale === 'en-US') out.locale = stored.locale;
  if (typeof stored.catalogue === 'string') {
    try {
      out.catalogue = parseCatalogue(JSON.parse(stored.catalogue));
    } catch (e) {
      const vi = e instanceof Error ? e.message : String(e);
      const en = e && typeof e === 'object' && 'messageEn' in e ? String((e as { messageEn: unknown }).messageEn) : vi;
      out.issue = { kind: 'catalogue', detail: { vi, en } };
    }
  }
  return out;
}

/** Saves the settings; false when they could not be saved. */
export function saveSettings(s: { lang: Lang; locale: NumberLocale; catalogue: Catalogue | null }): boolean {
  const store = storage();
  if (!store) return false;
  const stored: StoredSettings = { lang: s.lang, locale: s.locale, ...(s.catalogue ? { catalogue: catalogueToJson(s.catalogue) } : {}) };
  try {
    store.setItem(STORAGE_KEY, JSON.stringify(stored));
    return true;
  } catch {
    return false;
  }
}
