/** The Excel adapter: the only code that calls the Excel API. */
export { createExcelGateway, type ExcelGateway } from "./createExcelGateway";
export {
  adapterMessage,
  type AdapterMessage,
  adapterMessageOf,
  type OutputRef,
} from "./adapterMessages";
export { sourceProblem, type SourceProblem } from "./excelErrors";
export type { ExcelRunLike, RequirementsLike } from "./excelRun";
export type {
  ApplyOutcome,
  ProblemCell,
  ReadOptions,
  SavedSetupStatus,
  SourceData,
  SourceInfo,
  WorkbookGateway,
} from "./gateway";
export { DEFAULT_OUTPUT } from "./runSetup";
export type { LastRun, OutputLanguage, OutputOptions, RunSetup, SourceRef } from "./runSetup";
export { OWNED_NAMES } from "./ownedRanges";
export { SETUP_KEY, parseSetup } from "./setupStore";
export { CHART_NAMES } from "./chartWriter";
export { TIER_TABLE_NAME } from "./summarySheetWriter";
export { CUSTOMERS_TABLE_NAME } from "./customersSheetWriter";
export { blockRowsFor, MAX_BLOCK_ROWS } from "./readInBlocks";
export { looksLikeFormula } from "./safeCellText";
