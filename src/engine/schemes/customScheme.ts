import type { RankBasis, RankTierSpec, ThresholdTierSpec } from "../types";
import { copyTiers, PYRAMID_TIERS } from "./presets";
import { rankShares } from "./rankShares";
import { defineScheme } from "./schemeContext";
import { thresholds } from "./thresholds";

export type CustomSpec =
  | { kind: "custom"; mode: "shares"; tiers: RankTierSpec[]; basis?: RankBasis }
  | { kind: "custom"; mode: "thresholds"; tiers: ThresholdTierSpec[]; basis?: RankBasis };

/** The user's own tiers: by shares (the rank rule) or by thresholds; tiers may be added and removed. */
export const customScheme = defineScheme<CustomSpec>({
  kind: "custom",
  defaultTiers: PYRAMID_TIERS,
  fixedTierCount: false,
  needs: [],
  presets: [
    {
      id: "custom",
      make: () => ({ kind: "custom", mode: "shares", tiers: copyTiers(PYRAMID_TIERS) }),
    },
  ],
  editing: (spec) => spec.mode,
  normalize(given, out) {
    if (given.mode !== "shares" && given.mode !== "thresholds") out.mode = "shares";
  },
  run: (ctx, spec, tiers) =>
    spec.mode === "thresholds"
      ? thresholds(ctx, tiers as ThresholdTierSpec[], spec.basis)
      : rankShares(ctx, tiers as RankTierSpec[], spec.basis),
});
