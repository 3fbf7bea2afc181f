/**
 * Every warning the engine gives, as a code with plain-data params (never a sentence): the pane renders
 * them with the `engineWarnings` family (src/i18n/codes/engineWarnings.ts).
 */
export type EngineWarning =
  // The row reader (parse/readRows.ts)
  | { code: "blankRowsSkipped"; params: { count: number } }
  | { code: "moreProblems"; params: { count: number } }
  | { code: "longNumericIds"; params: { count: number } }
  // The set-up (runTiering.ts)
  | { code: "mapColumnsFirst"; params: { roles: string[] } }
  | { code: "engineFailed"; params: { error: string } }
  // The tiers (analyses/tierWarnings.ts)
  | { code: "emptyTier"; params: { label: string; ranked: number } }
  | { code: "zeroRevenue"; params: Record<string, never> }
  | { code: "negativeRevenue"; params: Record<string, never> }
  // The schemes (schemes/)
  | { code: "rfmNeedsDates"; params: Record<string, never> }
  | { code: "thresholdsNotDescending"; params: Record<string, never> }
  | { code: "valueMatrixNeedsScore"; params: Record<string, never> }
  | { code: "abcGrowthNeedsDates"; params: Record<string, never> }
  | { code: "abcGrowthShortHistory"; params: Record<string, never> };
