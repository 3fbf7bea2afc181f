import type { RankBasis, ThresholdTierSpec } from "../types";
import { isBuyer, type SchemeContext, type SchemeOutcome } from "./schemeContext";

/**
 * Tier by money thresholds: the first tier whose lower bound (inclusive) the value reaches; the last tier
 * takes the rest. Bounds are read in the order given, best first.
 */
export function assignThresholdTiers(
  values: ArrayLike<number>,
  minimums: readonly (number | undefined)[],
  eligible: (i: number) => boolean = (i) => values[i] > 0
): Int32Array {
  const tier = new Int32Array(values.length).fill(-1);
  const last = minimums.length - 1;
  if (last < 0) return tier;
  for (let i = 0; i < values.length; i++) {
    if (!eligible(i)) continue;
    const v = values[i];
    let k = 0;
    while (k < last && !(minimums[k] !== undefined && v >= (minimums[k] as number))) k++;
    tier[i] = k;
  }
  return tier;
}

export function thresholds(
  ctx: SchemeContext,
  tiers: ThresholdTierSpec[],
  basis: RankBasis = "revenue"
): SchemeOutcome {
  const mins = tiers.map((t) =>
    t.min !== undefined && Number.isFinite(t.min) ? t.min : undefined
  );
  for (let k = 1; k < mins.length - 1; k++) {
    const a = mins[k - 1];
    const b = mins[k];
    if (a !== undefined && b !== undefined && b > a)
      ctx.warnings.push("Thresholds are not in descending order; the first tier reached wins.");
  }
  const values = basis === "profit" ? ctx.totals.profit : ctx.totals.revenue;
  return { tiers, tier: assignThresholdTiers(values, mins, isBuyer(ctx.totals)) };
}
