// Importing a catalogue from a JSON file the person chooses. A file that is not JSON, or not a
// catalogue, is refused with a CatalogueError whose message says what to fix; the active
// catalogue stays as it was.

import * as React from 'react';
import { CatalogueError, parseCatalogue } from '../../core/catalogue/catalogue';
import type { Catalogue } from '../../core/types';
import { STRINGS } from '../i18n';
import type { Notice } from './notice';
import { useAction } from './useAction';
import { useSettings } from './useSettings';

function readText(file: Blob): Promise<string> {
  if (typeof file.text === 'function') return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('FileReader failed'));
    reader.readAsText(file);
  });
}

/** Reads and validates a catalogue file; throws CatalogueError for anything that is not a catalogue. */
export async function readCatalogueFile(file: File): Promise<Catalogue> {
  const text = await readText(file);
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    throw new CatalogueError('', STRINGS.vi.settings.notJson(file.name, detail), STRINGS.en.settings.notJson(file.name, detail));
  }
  return parseCatalogue(json);
}

export interface CatalogueImport {
  importFile(file: File): Promise<void>;
  busy: boolean;
  /** The catalogue the last import put in use. */
  imported: Catalogue | null;
  errorNotice: Notice | null;
  dismiss(): void;
}

export function useCatalogueImport(): CatalogueImport {
  const { setCatalogue } = useSettings();
  const action = useAction(async (file: File) => {
    const c = await readCatalogueFile(file);
    setCatalogue(c);
    return c;
  });
  return {
    importFile: action.run,
    busy: action.busy,
    imported: action.result,
    errorNotice: action.errorNotice,
    dismiss: React.useCallback(() => action.clear(), [action.clear]),
  };
}
