// Public API of the tiering engine. Pure TypeScript: no Office, no DOM, no I/O.
export * from "./types";
export type { ProblemReason, ProblemReasonPart } from "./parse/problemReason";
export {
  parseNumber,
  isBlank,
  isExcelError,
  toHalfWidth,
  EXCEL_ERROR_VALUES,
} from "./parse/parseNumber";
export { parseDate } from "./parse/parseDate";
export { ymdToSerial, serialToYmd, addMonths } from "./parse/excelDate";
export {
  detectMapping,
  headerScore,
  normalizeHeader,
  HEADER_WORDS,
  type DetectedMapping,
} from "./parse/detectMapping";
export { idKey, idText } from "./ids/idKey";
export {
  classifyStatus,
  isTruthyFlag,
  STATUS_NONE,
  STATUS_PROSPECT,
  STATUS_SUSPECT,
} from "./parse/classifyStatus";
export { roundHalfUp } from "./roundHalfUp";
export {
  assignRankTiers,
  cumulativeShares,
  rankDescending,
  rankEqDescending,
  tierCountLimits,
  tierCutoffs,
  tierOfValue,
} from "./schemes/rankTiers";
export { assignThresholdTiers } from "./schemes/thresholds";
export { abcByCumulativeValue } from "./analyses/abc";
export * from "./schemes/presets";
export { runTiering } from "./runTiering";
export { rowLabel, rowLabels } from "./rowLabels";
export { tierSummary } from "./analyses/tierSummary";
export { pareto, paretoTopShare, topCount, gini, positiveSorted } from "./analyses/pareto";
export { whaleCurve } from "./analyses/whaleCurve";
export { whatIfMigration, moveUpOneTier, movedCount, type TierBaseline } from "./analyses/whatIf";
export {
  compareTierings,
  type MigrationMatrix,
  type CustomerMove,
  type TieringSnapshot,
} from "./analyses/migration";
export { churnFlag, churnFlags, CHURN_DEFAULTS } from "./analyses/churn";
export { clv, clvInfinite, clvPeriods } from "./analyses/clv";
export { splitBudget, type BudgetRule } from "./analyses/budget";
export { roi, safeDivide } from "./analyses/roi";
export {
  rfmScores,
  rfmSegment,
  rfmTiers,
  scoreQuintiles,
  RFM_SEGMENTS,
  RFM_OTHERS,
  type RfmScores,
} from "./analyses/rfm";
export { valueQuadrant, valueQuadrants } from "./analyses/valueMatrix";
export { median } from "./sort/median";
