import { buyersOf, isBuyer } from "../buyers";
import type { RankBasis, ThresholdTierSpec } from "../types";
import type { SchemeContext, SchemeOutcome } from "./schemeContext";

/**
 * Tier by money thresholds: the first tier whose lower bound (inclusive) the value reaches; the last tier
 * takes the rest. Bounds are read in the order given, best first.
 */
export function assignThresholdTiers(
  values: ArrayLike<number>,
  minimums: readonly (number | undefined)[],
  eligible: (i: number) => boolean = (i) => isBuyer(values[i])
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

/** The thresholds scheme (and custom thresholds): buyers by the first lower bound their revenue (or profit) reaches. */
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
      ctx.warnings.push({ code: "thresholdsNotDescending", params: {} });
  }
  const { customers } = ctx;
  const values = basis === "profit" ? customers.profit : customers.revenue;
  return { tiers, tier: assignThresholdTiers(values, mins, buyersOf(customers.revenue)) };
}
