import {
  movedCount,
  moveUpOneTier,
  whatIfMigration,
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
  const rows = result.summary.rows;
  const hasProfit = rows.some((r) => r.profitPerCustomer !== null);
  const move = moveUpOneTier(ranked - 1, share);
  return {
    from: move.from,
    to: move.to,
    moved: movedCount(move, rows[move.from].customers),
    result: whatIfMigration(
      {
        counts: rows.map((r) => r.customers),
        revenuePerCustomer: rows.map((r) => r.revenuePerCustomer),
        profitPerCustomer: hasProfit ? rows.map((r) => r.profitPerCustomer) : null,
      },
      [move]
    ),
  };
}

/** The result with the what-if the summary sheet shows (same computation as the engine's options.whatIf). */
export function withWhatIf(result: TieringResult, share: number): TieringResult {
  const view = share > 0 ? whatIfForShare(result, share) : null;
  if (!view) return result;
  const copy = Object.create(Object.getPrototypeOf(result)) as TieringResult;
  return Object.assign(copy, result, { whatIf: view.result });
}
