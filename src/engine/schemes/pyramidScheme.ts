import type { RankBasis, RankTierSpec } from "../types";
import { copyTiers, PYRAMID_TIERS } from "./presets";
import { rankShares } from "./rankShares";
import { defineScheme } from "./schemeContext";

export interface PyramidSpec {
  kind: "pyramid";
  tiers: RankTierSpec[];
  basis?: RankBasis;
}

/** The customer pyramid: buyers by the rank rule, shares 1/4/15/80 by default. */
export const pyramidScheme = defineScheme<PyramidSpec>({
  kind: "pyramid",
  defaultTiers: PYRAMID_TIERS,
  fixedTierCount: false,
  needs: [],
  presets: [{ id: "pyramid", make: () => ({ kind: "pyramid", tiers: copyTiers(PYRAMID_TIERS) }) }],
  editing: () => "shares",
  run: (ctx, spec, tiers) => rankShares(ctx, tiers, spec.basis),
});
