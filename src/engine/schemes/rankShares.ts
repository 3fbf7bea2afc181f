import { buyersOf } from "../buyers";
import { assignRankTiersSorted, cumulativeShares } from "./rankTiers";
import type { RankBasis, RankTierSpec } from "../types";
import { copyTiers } from "./presets";
import {
  defineScheme,
  type SchemeContext,
  type SchemeDefinition,
  type SchemeOutcome,
} from "./schemeContext";

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

/** A scheme whose buyers are tiered by the rank rule on shares (pyramid, key customers). */
export interface RankShareSpec<K extends string> {
  kind: K;
  tiers: RankTierSpec[];
  basis?: RankBasis;
}

/** The definition of a rank-share scheme of kind `kind` with default tiers `tiers` (one preset, id = kind). */
export function rankShareScheme<K extends string>(
  kind: K,
  tiers: readonly RankTierSpec[]
): SchemeDefinition<RankShareSpec<K>> {
  return defineScheme<RankShareSpec<K>>({
    kind,
    defaultTiers: tiers,
    fixedTierCount: false,
    needs: [],
    presets: [{ id: kind, make: () => ({ kind, tiers: copyTiers(tiers) }) }],
    editing: () => "shares",
    run: (ctx, spec, given) => rankShares(ctx, given, spec.basis),
  });
}
