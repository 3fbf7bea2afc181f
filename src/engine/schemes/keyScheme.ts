import type { RankBasis, RankTierSpec } from "../types";
import { copyTiers, KEY_CUSTOMER_TIERS } from "./presets";
import { rankShares } from "./rankShares";
import { defineScheme } from "./schemeContext";

export interface KeySpec {
  kind: "key";
  tiers: RankTierSpec[];
  basis?: RankBasis;
}

/** The key-customer pyramid: buyers by the rank rule, shares 1/19/30/50 by default. */
export const keyScheme = defineScheme<KeySpec>({
  kind: "key",
  defaultTiers: KEY_CUSTOMER_TIERS,
  fixedTierCount: false,
  needs: [],
  presets: [{ id: "key", make: () => ({ kind: "key", tiers: copyTiers(KEY_CUSTOMER_TIERS) }) }],
  editing: () => "shares",
  run: (ctx, spec, tiers) => rankShares(ctx, tiers, spec.basis),
});
