// Public API of the tiering engine: what the faces (excel, functions, commands, taskpane, i18n,
// playground, bench) use. Pure TypeScript: no Office, no DOM, no I/O. Tests may import deeper paths.
export * from "./types";
export type { ProblemReason, ProblemReasonPart } from "./parse/problemReason";
export type { EngineWarning } from "./warnings";

// The pipeline and its result
export { runTiering } from "./runTiering";
export { rowLabel, rowLabels } from "./rowLabels";
export { customerKey, customerKeys } from "./ids/keyRule";
export { compareTierings, type MigrationMatrix, type CustomerMove } from "./analyses/migration";
export { whatIfMigration, whatIfOfSummary, moveUpOneTier, movedCount } from "./analyses/whatIf";

// Cells and headers
export { parseNumber, EXCEL_ERROR_VALUES } from "./parse/parseNumber";
export { parseDate } from "./parse/parseDate";
export { ymdToSerial, serialToYmd, addMonths } from "./parse/excelDate";
export { detectMapping, type DetectedMapping } from "./parse/detectMapping";

// Schemes: the registry, the tier tables, the rules
export * from "./schemes/presets";
export {
  SCHEMES,
  SCHEME_KINDS,
  PRESET_IDS,
  presets,
  presetIdOf,
  schemeDefinition,
  type Preset,
} from "./schemes/registry";
export type { SchemeDefinition, TierEditing } from "./schemes/schemeContext";
export { isBuyer } from "./buyers";
export {
  assignRankTiers,
  cumulativeShares,
  tierCountLimits,
  tierCutoffs,
  tierOfValue,
} from "./schemes/rankTiers";
export { abcByCumulativeValue } from "./analyses/abc";
export { rfmScores, rfmTiers } from "./analyses/rfm";

// Analyses the worksheet functions and the pane call on their own
export { paretoTopShare } from "./analyses/pareto";
export { CHURN_DEFAULTS } from "./analyses/churn";
export { clv } from "./analyses/clv";
export { splitBudget, type BudgetRule } from "./analyses/budget";
export { roi } from "./analyses/roi";
export * from "./clvModels";
export { upgradeCandidates, type UpgradeCandidates } from "./analyses/upgradeCandidates";
export { goalSeek, type GoalSeekOptions, type GoalSeekResult } from "./analyses/goalSeek";
export { existingVsNew, type ExistingVsNew } from "./analyses/existingVsNew";
