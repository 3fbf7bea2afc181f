import {
  ABC_TIERS,
  KEY_CUSTOMER_TIERS,
  PYRAMID_TIERS,
  SEED_THRESHOLD_TIERS,
  VALUE_MATRIX_TIERS,
} from "./presets";
import { rfmTiers } from "../analyses/rfm";
import type { SchemeSpec, TierSpec } from "../types";

/** A scheme's buyer tiers, falling back to the preset when the set-up gives none (or too few). */
export function schemeTiers(scheme: SchemeSpec): TierSpec[] {
  const given = Array.isArray(scheme.tiers) ? (scheme.tiers as TierSpec[]) : [];
  switch (scheme.kind) {
    case "pyramid":
      return given.length ? given : PYRAMID_TIERS;
    case "key":
      return given.length ? given : KEY_CUSTOMER_TIERS;
    case "thresholds":
      return given.length ? given : SEED_THRESHOLD_TIERS;
    case "custom":
      return given.length ? given : PYRAMID_TIERS;
    case "abc":
      return given.length === 3 ? given : ABC_TIERS;
    case "valueMatrix":
      return given.length === VALUE_MATRIX_TIERS.length ? given : VALUE_MATRIX_TIERS;
    case "rfm": {
      const defaults = rfmTiers();
      return given.length === defaults.length ? given : defaults;
    }
    default:
      return PYRAMID_TIERS;
  }
}
