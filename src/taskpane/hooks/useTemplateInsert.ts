// The Template panel's state: level, district, and the insert action through the Excel adapter.

import * as React from 'react';
import type { Catalogue, Level, UnitStructure } from '../../core/types';
import { missingFeatures } from '../../excel/requirements';
import type { TemplateOptions } from '../../excel/template';
import type { Notice } from './notice';
import { useAction } from './useAction';
import { useSettings } from './useSettings';

export interface TemplateInsert {
  level: Level;
  setLevel(level: Level): void;
  /** The chosen district, or undefined. */
  unit: string | undefined;
  setUnit(unit: string | undefined): void;
  districts: string[];
  /** A district template needs a district; a structure without districts only has the province one. */
  canInsert: boolean;
  insert(): Promise<void>;
  busy: boolean;
  /** The sheets created by the last insert, and what this Excel could not do (in the pane's language). */
  inserted: { sheets: string[]; missing: string[] } | null;
  errorNotice: Notice | null;
  dismissError(): void;
  dismissResult(): void;
}

/** The adapter and the sheet layout load on the first insert, not with the pane. */
async function insertLazily(catalogue: Catalogue, units: UnitStructure, opts: TemplateOptions) {
  const { insertTemplate } = await import('../../excel/template');
  return insertTemplate(catalogue, units, opts);
}

export function useTemplateInsert(): TemplateInsert {
  const { catalogue, units, lang } = useSettings();
  const [chosenLevel, setLevel] = React.useState<Level>('province');
  // A structure without districts (Lai Châu from July 2025) only has the province template.
  const level: Level = units.districts.length === 0 ? 'province' : chosenLevel;
  const [chosen, setUnit] = React.useState<string | undefined>(undefined);
  const unit = chosen !== undefined && units.districts.includes(chosen) ? chosen : undefined;
  const action = useAction(insertLazily);
  const canInsert = level === 'province' || unit !== undefined;
  const insert = React.useCallback(
    () => action.run(catalogue, units, { level, lang, ...(level === 'district' && unit ? { unit } : {}) }),
    [action.run, catalogue, units, level, unit, lang],
  );
  const r = action.result;
  return {
    level,
    setLevel,
    unit,
    setUnit,
    districts: units.districts,
    canInsert,
    insert,
    busy: action.busy,
    inserted: r ? { sheets: r.sheets, missing: missingFeatures(r.capabilities).map((m) => m[lang]) } : null,
    errorNotice: action.errorNotice,
    dismissError: action.dismissError,
    dismissResult: action.clear,
  };
}
