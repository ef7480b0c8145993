// Every text of the task pane in English. Typed as `Strings` (vi.ts): the same keys, or it does
// not compile.

import type { Strings } from './vi';

export const en: Strings = {
  langName: 'English',
  app: {
    title: 'Chỉ tiêu KH',
    tabsLabel: 'Chỉ tiêu KH functions',
    loadingPanel: 'Loading…',
    retry: 'Try again',
  },
  tabs: {
    template: 'Template',
    check: 'Check',
    settings: 'Settings',
  },
  common: {
    dismiss: 'Dismiss',
    errorTitle: 'Error',
    warningTitle: 'Note',
    unexpected: (detail: string) =>
      `Something unexpected went wrong: ${detail}. Try again; if it persists, close and reopen the Chỉ tiêu KH pane and tell your IT staff.`,
  },
  catalogue: {
    label: 'Indicator catalogue',
    summary: (id: string, year: number, count: number) => `${id} · ${year} · ${count} indicators`,
    embedded: 'Built-in catalogue',
    imported: 'Imported catalogue',
  },
  template: {
    heading: 'Insert the indicator template',
    intro: 'The template goes into a new sheet; no existing sheet is overwritten.',
    levelLabel: 'Level',
    levelProvince: 'Province',
    levelDistrict: 'District',
    unitLabel: 'District',
    unitPlaceholder: 'Choose a district',
    unitRequired: 'Choose a district before inserting a district template.',
    noDistricts: (structure: string) => `The unit structure "${structure}" has no district level: only the province template is available.`,
    sheetLanguage: 'Headers and instructions in the sheet are written in English (change it in Settings).',
    insert: 'Insert template',
    inserting: 'Inserting the template…',
    insertedTitle: 'Template inserted',
    inserted: (sheets: string[]) =>
      `Created ${sheets.length === 1 ? 'sheet' : 'sheets'} ${sheets.map((n) => `"${n}"`).join(', ')}. Type results into the "Actual" column (each xã's new-rural criteria on its own sheet); "Assessment" turns green or red by itself.`,
    olderExcelTitle: 'This Excel lacks some features',
  },
  check: {
    heading: 'Check the figures',
    intro: 'Reads the open sheet, compares every indicator with its target and points to the cells to fix. Writes nothing into the sheet.',
    run: 'Check the open sheet',
    running: 'Checking…',
    sheetChecked: (sheet: string, catalogue: string) => `Sheet "${sheet}", against catalogue ${catalogue}`,
    countsLabel: 'Indicators by result',
    status: {
      met: 'Met',
      not_met: 'Not met',
      missing: 'Missing',
      invalid: 'Unreadable',
      no_target: 'No target',
    },
    problemsHeading: (n: number) => `Problems to look at (${n})`,
    noProblems: 'No problems.',
    notMetHeading: (n: number) => `Indicators not met (${n})`,
    noNotMet: 'No indicator is below its target.',
    severity: { error: 'Error', warning: 'Warning', info: 'Note' },
    goToCell: (ref: string) => `Select cell ${ref}`,
    notTemplateTitle: 'This sheet is not a Chỉ tiêu KH template',
    stale: 'The catalogue or number reading changed after this check. Click "Check the open sheet" again.',
  },
  settings: {
    heading: 'Settings',
    languageLabel: 'Language',
    localeLabel: 'How numbers typed as text are read',
    localeVi: 'Vietnamese: 2.450 is two thousand four hundred fifty, 52,9 is fifty-two point nine',
    localeEn: 'English (US): 2,450 and 52.9',
    catalogueHeading: 'Indicator catalogue',
    importCatalogue: 'Import a catalogue from a JSON file…',
    importing: 'Reading the file…',
    importedTitle: 'Catalogue imported',
    imported: (id: string, year: number, count: number) =>
      `Now using catalogue ${id}, year ${year}, ${count} indicators. Templates and checks from now on follow it.`,
    importFailedTitle: 'The catalogue was not imported',
    notJson: (file: string, detail: string) =>
      `"${file}" is not valid JSON (${detail}). Choose a catalogue .json file, such as one written by chitieu catalogue.`,
    reset: 'Go back to the built-in Lai Châu 2023 catalogue',
    resetDone: (id: string, year: number) => `Back to the built-in catalogue ${id} (${year}).`,
    unitsLabel: 'Administrative units',
    unitsSummary: (id: string, districts: number, communes: number) => `${id} · ${districts} districts · ${communes} communes, wards and towns`,
    storageReadFailed: 'The saved settings could not be read; defaults are in use. Choose the language, number reading and catalogue again if needed.',
    storageWriteFailed:
      'Settings cannot be saved on this computer (browser storage is blocked or full); they last until the pane is closed.',
    storedCatalogueFailed: (detail: string) =>
      `The catalogue imported last time can no longer be read (${detail}); the built-in catalogue is in use. Import the catalogue file again.`,
  },
};
