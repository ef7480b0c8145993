// The pane's settings: language, number locale, the active catalogue and unit structure. One
// context for the whole pane, persisted in localStorage (guarded: see settingsStorage.ts).

import * as React from 'react';
import { laiChau2023 } from '../../core/catalogue/laichau2023';
import { laiChauUnits2020 } from '../../core/catalogue/units';
import type { Catalogue, Lang, NumberLocale, UnitStructure } from '../../core/types';
import { loadSettings, saveSettings, StorageIssue } from './settingsStorage';

export const DEFAULT_CATALOGUE: Catalogue = laiChau2023;
export const DEFAULT_UNITS: UnitStructure = laiChauUnits2020;

export interface Settings {
  lang: Lang;
  locale: NumberLocale;
  catalogue: Catalogue;
  units: UnitStructure;
}

export interface SettingsApi extends Settings {
  /** True while the embedded catalogue is in use. */
  isDefaultCatalogue: boolean;
  /** Why saved settings could not be read or written, for the Settings panel to say. */
  storageIssue: StorageIssue | null;
  setLang(lang: Lang): void;
  setLocale(locale: NumberLocale): void;
  setCatalogue(catalogue: Catalogue): void;
  resetCatalogue(): void;
  dismissStorageIssue(): void;
}

const SettingsContext = React.createContext<SettingsApi | null>(null);

export interface SettingsProviderProps {
  children?: React.ReactNode;
  /** Overrides of the stored settings (tests, a host that knows the user's language). */
  initial?: Partial<Settings>;
}

interface State extends Settings {
  issue: StorageIssue | null;
}

function initialState(initial: Partial<Settings> | undefined): State {
  const loaded = loadSettings();
  return {
    lang: initial?.lang ?? loaded.lang ?? 'vi',
    locale: initial?.locale ?? loaded.locale ?? 'vi-VN',
    catalogue: initial?.catalogue ?? loaded.catalogue ?? DEFAULT_CATALOGUE,
    units: initial?.units ?? DEFAULT_UNITS,
    issue: loaded.issue ?? null,
  };
}

export function SettingsProvider({ children, initial }: SettingsProviderProps): React.JSX.Element {
  const [state, setState] = React.useState<State>(() => initialState(initial));
  const firstRender = React.useRef(true);

  const { lang, locale, catalogue } = state;
  React.useEffect(() => {
    // Nothing to save before the person changes something.
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const saved = saveSettings({ lang, locale, catalogue: catalogue === DEFAULT_CATALOGUE ? null : catalogue });
    setState((s) => {
      const issue = saved ? (s.issue?.kind === 'write' ? null : s.issue) : { kind: 'write' as const };
      return issue === s.issue ? s : { ...s, issue };
    });
  }, [lang, locale, catalogue]);

  const api = React.useMemo<SettingsApi>(
    () => ({
      lang: state.lang,
      locale: state.locale,
      catalogue: state.catalogue,
      units: state.units,
      isDefaultCatalogue: state.catalogue === DEFAULT_CATALOGUE,
      storageIssue: state.issue,
      setLang: (l) => setState((s) => ({ ...s, lang: l })),
      setLocale: (l) => setState((s) => ({ ...s, locale: l })),
      setCatalogue: (c) => setState((s) => ({ ...s, catalogue: c, issue: s.issue?.kind === 'catalogue' ? null : s.issue })),
      resetCatalogue: () => setState((s) => ({ ...s, catalogue: DEFAULT_CATALOGUE, issue: s.issue?.kind === 'catalogue' ? null : s.issue })),
      dismissStorageIssue: () => setState((s) => ({ ...s, issue: null })),
    }),
    [state],
  );
  return <SettingsContext.Provider value={api}>{children}</SettingsContext.Provider>;
}

export function useSettings(): SettingsApi {
  const s = React.useContext(SettingsContext);
  if (!s) throw new Error('useSettings() needs a <SettingsProvider> above it');
  return s;
}
