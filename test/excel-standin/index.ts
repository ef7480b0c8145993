// The Excel stand-in (DESIGN.md, "Testing without Excel", tier 2). See README.md in this folder.

export { createStandin, installGlobals, uninstall, asExcelContext } from './standin';
export type { Standin, StandinOptions, StandinStats, StandinExcelNamespace, StandinOfficeNamespace } from './standin';
export { StandinOfficeError, StandinNotImplementedError } from './errors';
export { WorkbookState, typeIntoCell, shiftFormula, DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT } from './workbookState';
export type { CellInfo, ConditionalFormatInfo, DataValidationInfo, ChartState, ChartSeriesInfo, ExcelScalar } from './workbookState';
export { renderText, formatGeneral, isPercentFormat } from './numberFormat';
export { PLACEHOLDER_PNG_BASE64 } from './objects';
export type { SyncRecord, ActionInfo, FailOn, Limits } from './runtime';
export * as ExcelEnums from './enums';
export { gridFromState } from './grid';
