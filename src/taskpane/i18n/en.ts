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
    slides: 'Slides',
    settings: 'Settings',
    consolidate: 'Consolidate',
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
  consolidate: {
    heading: 'Consolidate the districts',
    intro:
      "Computes the province's figures from the districts' by each indicator's rule: sums over the districts; rates recomputed from the summed numerators and denominators (never a mean of rates); growth from this year's and last year's totals. The result goes into two new sheets; the districts' sheets and files are only read, never changed.",
    workbookHeading: 'From the sheets of the open workbook',
    workbookHint: "Uses the district-level template sheets (inserted on the Template tab) and each district's commune sheet in this workbook.",
    fromWorkbook: 'Consolidate the district sheets',
    filesHeading: "From the districts' files",
    filesHint: 'Choose the district-level template .xlsx files the districts sent back, all at once (a province-level file with GRDP may be among them). Files are only read.',
    pickFiles: 'Choose .xlsx files…',
    filesInputLabel: "The districts' .xlsx files",
    progressLabel: 'Consolidation progress',
    readingWorkbook: 'Reading the sheets of the workbook…',
    loadingReader: 'Loading the Excel file reader…',
    readingFile: (index: number, total: number, name: string) => `Reading file ${index}/${total}: ${name}`,
    writing: 'Writing the result into the workbook…',
    thisWorkbook: '(this workbook)',
    doneTitle: 'Consolidated',
    done: (province: string, sources: string, used: number, of: number) =>
      `Consolidated ${used} of ${of} districts into the new sheet "${province}" (the province's indicators, coloured green/red by themselves); where each figure comes from is on the new sheet "${sources}". The districts' sheets and files were not changed.`,
    nothingTitle: 'Nothing was consolidated',
    noDistrictSheets:
      'This workbook has no district-level indicator sheet. Insert a district template for each district on the Template tab and type the figures, or choose the districts\' .xlsx files.',
    noFiles: 'No file was chosen. Click "Choose .xlsx files…" and choose the districts\' files.',
    noneUsable: 'No district sheet or file can be used (reasons below), so nothing was written into the workbook. Fix what is said and consolidate again.',
    refusedTitle: (n: number) => `${n} ${n === 1 ? 'file/sheet was' : 'files/sheets were'} not consolidated`,
    missingTitle: (n: number, of: number) => `${n} of ${of} districts missing`,
    missing: (names: string[]) =>
      `No figures yet from ${names.join(', ')}. Indicators built from every district stay empty (the reason is in the Notes column) until all have reported: add these districts' sheets or files and consolidate again.`,
    provinceFrom: (source: string) => `The province's own figures (GRDP…) are taken from ${source}.`,
    provinceConflict: (sheets: string[]) =>
      `The province-level sheets ${sheets.map((n) => `"${n}"`).join(', ')} hold different province figures (GRDP…); which is right is unknown, so none is used. Make them agree and consolidate again, or type the province's figures into the consolidated sheet.`,
    provinceOnlyWaiting: "The province's own figure, never built from the districts: type it into the new consolidated sheet (see the note above).",
    provinceMissing:
      "No province figures yet (GRDP growth, GRDP per capita): they are not built from the districts. Type them into the \"Actual\" column of the new consolidated sheet.",
    districtsHeading: (n: number, of: number) => `Districts with figures: ${n} of ${of}`,
    present: 'Present',
    absent: 'Missing',
    emptyHeading: (n: number) => `Province figures left empty (${n})`,
    noEmpty: 'Every province figure could be computed.',
    problemsHeading: (n: number) => `Problems by file, sheet and cell (${n})`,
    noProblems: 'No problems.',
    tooLarge: (name: string, mb: number, max: number) =>
      `"${name}" is too large (${mb} MB; at most ${max} MB), so it was not read. Open it, delete the sheets that are not part of the template, save and choose it again.`,
    unreadable: (name: string, detail: string) =>
      `"${name}" could not be read (${detail}). The file may be damaged: open it in Excel, save it as .xlsx and choose it again.`,
    olderExcelTitle: 'This Excel lacks some features',
  },
  /** Slides panel (SlidesPanel.tsx, useSlides.ts). */
  slides: {
    heading: 'Slides for the meeting',
    intro:
      'From the open indicator sheet (a filled Chỉ tiêu KH template): a dashboard sheet with Excel charts, chart images and a PowerPoint deck. The indicator sheet is not changed.',
    makeDashboard: 'Make the dashboard',
    exportImages: 'Download chart images',
    makeDeck: 'Make the deck (.pptx)',
    working: {
      dashboard: 'Reading the indicator sheet and drawing the charts…',
      images: 'Exporting the chart images…',
      reading: 'Reading the indicator sheet…',
      loadingDeck: 'Loading the deck maker…',
      deck: 'Making the deck…',
    },
    imagesUnavailable: 'This Excel cannot export chart images (needs ExcelApi 1.2): select a chart, copy it (Ctrl+C) and paste it into PowerPoint.',
    summaryHeading: 'Summary for the meeting',
    source: (sheet: string, catalogue: string) => `From sheet "${sheet}", catalogue ${catalogue}`,
    stale: 'The catalogue or the number reading changed since this was read. Click one of the buttons above to read the indicator sheet again.',
    dashboardTitle: 'Dashboard made',
    dashboardDone: (sheet: string, charts: number) =>
      charts > 0
        ? `New sheet "${sheet}": ${charts} charts (green met, red not met, against the 100 % target line), tables, the summary and the indicators not met.`
        : `New sheet "${sheet}" with the summary and tables, but no indicator can be charted yet (see why below).`,
    olderExcelTitle: 'This Excel lacks some features',
    imagesTitle: 'Chart images',
    imagesReady: (n: number) => `${n} PNG images drawn by Excel. Click a file name to download it.`,
    imagesLabel: 'Chart image files',
    deckTitle: 'Deck made',
    deckDone: (slides: number, charts: number) =>
      `The deck has ${slides} slides and ${charts} charts you can edit in PowerPoint (Arial, with all Vietnamese diacritics). Click the file name to download it.`,
    downloadLabel: (file: string) => `Download ${file}`,
    macDownloads:
      'Excel for Mac (the installed app) does not let add-ins download files (a Microsoft limitation). If clicking a file name does nothing, open this workbook in Excel on the web and do it there.',
    skippedTitle: 'Left out of the charts',
    skippedMissing: (n: number, list: string) => `No data yet (${n}): ${list}. Type them in the "Actual" column and click again.`,
    skippedInvalid: (n: number, list: string) => `Values that could not be read (${n}): ${list}. Fix them as the Check tab says and click again.`,
    skippedNoTarget: (n: number, list: string) => `No target to compare with (${n}): ${list}.`,
    skippedPassFail: (n: number, list: string) =>
      `Met/not met indicators without a % of target (${n}): ${list}. They are in the tables and the summary, not on the charts.`,
    skippedDeck: 'The deck lists these indicators on a slide of their own.',
    noMeta: (sheet: string) => `Sheet "${sheet}" has no Chỉ tiêu KH template details row; the unit and year are the catalogue's.`,
    more: (n: number) => `and ${n} more`,
    deckLoadFailed: (detail: string) =>
      `Could not load the deck maker (${detail}). Check the network connection and click again; if it persists, close and reopen the Chỉ tiêu KH pane.`,
    deckFailed: (detail: string) =>
      `Could not make the deck (${detail}). The indicator sheet was not changed. Try again; if it persists, report it to IT with the Excel file.`,
    noDownloads: 'This pane cannot make download links (Excel\'s browser lacks them). Use Excel on the web.',
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
  planText: {
    open: 'Read targets from text',
    close: 'Hide reading from text',
    loading: 'Loading the text reader…',
    heading: 'Read targets from text',
    intro:
      'Paste the resolution or an article about the year\'s plan and click "Read". Each target found is shown beside its source sentence; correct or drop any row, then click "Confirm". The catalogue in use changes only when you confirm.',
    textLabel: 'Plan text',
    textPlaceholder: 'Paste the resolution or the article here…',
    read: 'Read',
    yearLabel: 'Plan year',
    yearFromText: 'Read from the text.',
    yearGuessed: (year: string) => `The plan year is not in the text; ${year} is assumed. Type the right year.`,
    yearInvalid: 'The plan year must be a four-digit number, such as 2024.',
    provinceLabel: 'Province',
    rowsHeading: (found: number, kept: number) => `Targets found: ${found} (keeping ${kept})`,
    sourceLabel: 'Source sentence',
    value: 'Value',
    unit: 'Unit',
    rule: 'Rule',
    rules: {
      at_least: 'At least (≥)',
      about: 'About',
      at_most: 'At most (≤)',
      range: 'Range (from – to)',
      maintain: 'Maintain (met)',
    },
    maintainValue: 'Met',
    drop: 'Drop this row',
    newCode: 'New indicator',
    doubtful: 'Check this',
    subTargetOf: (name: string) => `Sub-target of: ${name}`,
    valueMissing: 'Type a value, or drop this row.',
    rangeNeedsTwo: (example: string) => `Type two numbers for a range, such as ${example}.`,
    unmentionedHeading: (n: number) => `Indicators of the catalogue in use that the text does not mention (${n})`,
    unmentionedHint:
      'These will not be in the new catalogue. If the text does state them and they were not read, import a corrected catalogue JSON file instead.',
    confirm: 'Confirm',
    save: 'Save JSON',
    saveHint: 'The JSON file can be used again with "Import a catalogue from a JSON file…" or chitieu template --catalogue.',
    confirmedTitle: 'New catalogue in use',
    confirmed: (id: string, year: number, count: number) =>
      `Now using catalogue ${id}, year ${year}, ${count} indicators. Templates and checks from now on follow it. Click "Save JSON" to keep a file of it.`,
    changedSinceConfirm: 'Rows changed after the last confirm; the catalogue in use does not have these changes. Click "Confirm" to use them.',
    noneFoundTitle: 'No targets found',
    noneFound:
      'The text holds no plan target that could be read: a target is a number with a unit (%, tỷ đồng, lao động…) or after a word such as "đạt", "khoảng", "trên". Last year\'s results, dates and document numbers are not taken as targets.',
    noneFoundNext: 'Paste the "main targets" (các chỉ tiêu chủ yếu) part of the resolution or an article about the year\'s plan, and click "Read" again. The catalogue in use has not changed.',
    readFailedTitle: 'The text could not be read',
    readFailed: (detail: string) =>
      `The text reader hit an internal error (${detail}). The catalogue in use has not changed. Try a shorter part of the text, or import a catalogue JSON file, and tell your IT staff.`,
    notConfirmedTitle: 'This catalogue cannot be used yet',
    rowsInvalid: (names: string[]) =>
      `The value of ${names.length} ${names.length === 1 ? 'row' : 'rows'} cannot be read as a number: ${names.join('; ')}. Correct the value or tick "Drop this row".`,
    buildFailedNext: 'Correct or drop the row named, then click "Confirm" again.',
    unchanged: 'The catalogue in use has not changed.',
  },
};
