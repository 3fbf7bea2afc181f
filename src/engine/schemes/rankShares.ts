import { buyersOf } from "../buyers";
import { assignRankTiersSorted, cumulativeShares } from "./rankTiers";
import type { RankBasis, RankTierSpec } from "../types";
import type { SchemeContext, SchemeOutcome } from "./schemeContext";

/** Pyramid, key-customer and custom-share schemes: buyers tiered by the rank rule on revenue (or profit). */
export function rankShares(
  ctx: SchemeContext,
  tiers: RankTierSpec[],
  basis: RankBasis = "revenue"
): SchemeOutcome {
  const { customers } = ctx;
  const values = basis === "profit" ? customers.profit : customers.revenue;
  const tier = assignRankTiersSorted(
    values,
    cumulativeShares(tiers.map((t) => t.share)),
    buyersOf(customers.revenue),
    basis === "profit" ? null : ctx.sortedRevenue
  );
  return { tiers, tier };
}
