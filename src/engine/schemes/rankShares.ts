import { assignRankTiersSorted, cumulativeShares } from "./rankTiers";
import type { RankBasis, RankTierSpec } from "../types";
import { isBuyer, type SchemeContext, type SchemeOutcome } from "./schemeContext";

/** Pyramid, key-customer and custom-share schemes: buyers tiered by the rank rule on revenue (or profit). */
export function rankShares(
  ctx: SchemeContext,
  tiers: RankTierSpec[],
  basis: RankBasis = "revenue",
  /** The buyers' revenues sorted ascending, when the caller has them (revenue basis only). */
  sortedRevenue: Float64Array | null = null
): SchemeOutcome {
  const values = basis === "profit" ? ctx.totals.profit : ctx.totals.revenue;
  const tier = assignRankTiersSorted(
    values,
    cumulativeShares(tiers.map((t) => t.share)),
    isBuyer(ctx.totals),
    basis === "profit" ? null : sortedRevenue
  );
  return { tiers, tier };
}
