// Forward-looking customer value: BG/NBD (who is still buying, how often) and Gamma-Gamma (how much).
export {
  customerSummary,
  type CustomerSummary,
  type SummaryOptions,
  type TransactionColumns,
} from "./summary";
export { bgNbdLogLikelihood, fitBgNbd, type BgNbdFit, type BgNbdParams } from "./bgNbd";
export {
  expectedPurchases,
  probabilityAlive,
  probabilityAliveAhead,
  scoreBgNbd,
} from "./bgNbdScores";
export {
  expectedAverageValue,
  fitGammaGamma,
  gammaGammaLogLikelihood,
  type GammaGammaFit,
  type GammaGammaParams,
} from "./gammaGamma";
export { modelClv, type ModelClvOptions, type ModelClvResult } from "./modelClv";
export { customerModelClv, type CustomerClvTerms } from "./customerModelClv";
export { holdoutCheck, type HoldoutCheck, type HoldoutGroup, type HoldoutOptions } from "./holdout";
export type { ClvModelName, ClvModelWarning } from "./warnings";
