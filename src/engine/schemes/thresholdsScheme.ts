import type { RankBasis, ThresholdTierSpec } from "../types";
import { copyTiers, SEED_THRESHOLD_TIERS } from "./presets";
import { defineScheme } from "./schemeContext";
import { thresholds } from "./thresholds";

export interface ThresholdsSpec {
  kind: "thresholds";
  tiers: ThresholdTierSpec[];
  basis?: RankBasis;
}

/** Revenue thresholds: buyers by lower bounds (the seed's bands by default). */
export const thresholdsScheme = defineScheme<ThresholdsSpec>({
  kind: "thresholds",
  defaultTiers: SEED_THRESHOLD_TIERS,
  fixedTierCount: false,
  needs: [],
  presets: [
    {
      id: "thresholds",
      make: () => ({ kind: "thresholds", tiers: copyTiers(SEED_THRESHOLD_TIERS) }),
    },
  ],
  editing: () => "thresholds",
  run: (ctx, spec, tiers) => thresholds(ctx, tiers, spec.basis),
});
