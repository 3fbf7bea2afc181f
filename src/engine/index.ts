// Public API of the tiering engine. Pure TypeScript: no Office, no DOM, no I/O.
export * from "./types";
export { parseNumber, isBlank, isExcelError, toHalfWidth, EXCEL_ERROR_VALUES } from "./parseNumber";
export { parseDate } from "./parseDate";
export { ymdToSerial, serialToYmd, addMonths } from "./excelDate";
export {
  detectMapping,
  headerScore,
  normalizeHeader,
  HEADER_WORDS,
  type DetectedMapping,
} from "./detectMapping";
export { idKey, idText } from "./idKey";
export {
  classifyStatus,
  isTruthyFlag,
  STATUS_NONE,
  STATUS_PROSPECT,
  STATUS_SUSPECT,
} from "./classifyStatus";
export { roundHalfUp } from "./roundHalfUp";
export {
  assignRankTiers,
  cumulativeShares,
  rankDescending,
  rankEqDescending,
  tierCountLimits,
  tierCutoffs,
  tierOfValue,
} from "./rankTiers";
export { assignThresholdTiers } from "./schemes/thresholds";
export { abcByCumulativeValue } from "./abc";
export * from "./presets";
export { runTiering } from "./runTiering";
export { tierSummary } from "./tierSummary";
export { pareto, paretoTopShare, topCount, gini, positiveSorted } from "./pareto";
export { whaleCurve } from "./whaleCurve";
export { whatIfMigration, moveUpOneTier, movedCount, type TierBaseline } from "./whatIf";
export {
  compareTierings,
  type MigrationMatrix,
  type CustomerMove,
  type TieringSnapshot,
} from "./migration";
export { churnFlag, churnFlags, CHURN_DEFAULTS } from "./churn";
export { clv, clvInfinite, clvPeriods } from "./clv";
export { splitBudget, type BudgetRule } from "./budget";
export { roi, safeDivide } from "./roi";
export {
  rfmScores,
  rfmSegment,
  rfmTiers,
  scoreQuintiles,
  RFM_SEGMENTS,
  RFM_OTHERS,
  type RfmScores,
} from "./rfm";
export { valueQuadrant, valueQuadrants } from "./valueMatrix";
export { median } from "./median";
