/** Public API of the strict Excel double (src/double). */
export { createExcelDouble, EMPTY_WORKBOOK } from "./create-excel-double";
export type { ExcelDouble, ExcelDoubleOptions, ExcelRun } from "./create-excel-double";
export { ExcelDoubleError, isExcelDoubleError } from "./errors";
export type { ExcelErrorCode } from "./errors";
export { OFFICE_CLIENT_VERSION, officeClient, registerOfficeClientLoader } from "./office-client";
export { DEFAULT_LIMITS } from "./double-runtime";
export type { DoubleLimits, SyncRecord } from "./double-runtime";
export { createRequirements, installOfficeRequirements } from "./requirements";
export type { RequirementsStub, RequirementSets } from "./requirements";
export { CHART_TYPES, MODERN_CHART_TYPES } from "./chart-operations";
export { columnLetters, columnIndex, formatAddress, parseAddress, quoteSheetName } from "./address";
export type * from "./workbook-json";
