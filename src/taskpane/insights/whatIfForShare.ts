import {
  movedCount,
  moveUpOneTier,
  whatIfOfSummary,
  type TieringResult,
  type WhatIfResult,
} from "../../engine";

export interface WhatIfView {
  /** Tier indices: the lowest ranked tier and the one above it. */
  from: number;
  to: number;
  moved: number;
  result: WhatIfResult;
}

/**
 * "Move x% of the lowest ranked tier (Small) up one tier", from the tier summary's per-customer averages
 * (the engine's own what-if, without re-running the tiering). Null with fewer than two ranked tiers.
 */
export function whatIfForShare(result: TieringResult, share: number): WhatIfView | null {
  const ranked = result.tiers.filter((t) => t.group === "ranked").length;
  if (ranked < 2) return null;
  const move = moveUpOneTier(ranked - 1, share);
  return {
    from: move.from,
    to: move.to,
    moved: movedCount(move, result.summary.rows[move.from].customers),
    result: whatIfOfSummary(result.summary, [move]),
  };
}

/** The result with the what-if the summary sheet shows (same computation as the engine's options.whatIf). */
export function withWhatIf(result: TieringResult, share: number): TieringResult {
  const view = share > 0 ? whatIfForShare(result, share) : null;
  return view ? { ...result, whatIf: view.result } : result;
}
