import { isBuyer } from "../buyers";
import { PARETO_TARGET, PARETO_TOPS } from "../schemes/presets";
import { safeDivide } from "./roi";
import { roundHalfUp } from "../roundHalfUp";
import { lowerBound, upperBound } from "../schemes/rankTiers";
import type { CurvePoint, ParetoResult } from "../types";
import { sortNumbers } from "../sort/sortNumbers";

// Concentration is measured over buyers only (net revenue > 0): customers with zero or negative net revenue
// are left out of the top shares, the Lorenz curve and the Gini coefficient, so Gini stays within 0..1.

/**
 * A power of two that keeps the sum of `n` values, each a finite double, finite once every value is
 * multiplied by it: 1 when `sum` (their plain sum) is finite, else 2^-ceil(log2 n). Multiplying by a power
 * of two is exact (short of underflow), so shares computed from scaled values are the unscaled ones:
 * CRM.PARETO({9E+307;9E+307}) is 0.5, not a division by Infinity.
 */
export function sumScale(sum: number, n: number): number {
  return Number.isFinite(sum) ? 1 : 2 ** -Math.ceil(Math.log2(Math.max(2, n)));
}

/** How many customers "the top p" means: round(p × n) half up, at least 1 (0 when n is 0). */
export function topCount(n: number, share: number): number {
  if (n <= 0) return 0;
  return Math.min(n, Math.max(1, roundHalfUp(share * n)));
}

/** Share of the positive total held by the top `share` of the positive values (ties at the edge count at their value). */
export function paretoTopShare(values: ArrayLike<number>, share: number): number | null {
  const sorted = positiveSorted(values);
  let total = 0;
  for (let i = 0; i < sorted.length; i++) total += sorted[i];
  const scale = sumScale(total, sorted.length);
  if (scale !== 1) {
    total = 0;
    for (let i = 0; i < sorted.length; i++) total += sorted[i] * scale;
  }
  const count = topCount(sorted.length, share);
  let top = 0;
  for (let i = sorted.length - count; i < sorted.length; i++) top += sorted[i] * scale;
  return safeDivide(top, total);
}

export function positiveSorted(values: ArrayLike<number>): Float64Array {
  let n = 0;
  for (let i = 0; i < values.length; i++) if (isBuyer(values[i])) n++;
  const out = new Float64Array(n);
  n = 0;
  for (let i = 0; i < values.length; i++) if (isBuyer(values[i])) out[n++] = values[i];
  return sortNumbers(out);
}

/** Gini of ascending positive values: Σ (2i − n − 1)·x_i / (n·Σx), i from 1. Null for no values. */
export function giniOfSorted(sortedAscending: Float64Array): number | null {
  const n = sortedAscending.length;
  let total = 0;
  let weighted = 0;
  for (let i = 0; i < n; i++) {
    total += sortedAscending[i];
    weighted += (2 * (i + 1) - n - 1) * sortedAscending[i];
  }
  if (n === 0 || total <= 0) return null;
  const g = weighted / (n * total);
  if (Number.isFinite(g)) return g;
  // Values so large that n·Σx overflows: the same formula on values scaled by an exact power of two.
  const scale = sumScale(Infinity, n) ** 2;
  total = 0;
  weighted = 0;
  for (let i = 0; i < n; i++) {
    total += sortedAscending[i] * scale;
    weighted += (2 * (i + 1) - n - 1) * sortedAscending[i] * scale;
  }
  return safeDivide(weighted, n * total);
}

export function gini(values: ArrayLike<number>): number | null {
  return giniOfSorted(positiveSorted(values));
}

/** Lorenz curve (customers poorest first) sampled at about `points` evenly spaced customer counts, plus (0,0). */
export function lorenzOfSorted(sortedAscending: Float64Array, points = 100): CurvePoint[] {
  const n = sortedAscending.length;
  const total = sumRange(sortedAscending, 0, n);
  const out: CurvePoint[] = [{ x: 0, y: 0 }];
  if (n === 0 || total <= 0) return out;
  const step = Math.max(1, Math.ceil(n / points));
  let cum = 0;
  for (let i = 0; i < n; i++) {
    cum += sortedAscending[i];
    if ((i + 1) % step === 0 || i === n - 1) out.push({ x: (i + 1) / n, y: cum / total });
  }
  return out;
}

/**
 * Pareto figures over buyers ranked by revenue. Profit of the top customers: when the top count cuts through
 * a group of tied revenues, the tied customers contribute their average profit (so the figure does not
 * depend on row order).
 */
export function pareto(revenue: Float64Array, profit: Float64Array | null): ParetoResult {
  return paretoOfSorted(positiveSorted(revenue), revenue, profit);
}

/** pareto() with `sorted` = positiveSorted(revenue) already at hand. */
export function paretoOfSorted(
  sorted: Float64Array,
  revenue: Float64Array,
  profit: Float64Array | null
): ParetoResult {
  const n = sorted.length;
  const total = sumRange(sorted, 0, n);
  const totalProfit = profit ? profitAbove(revenue, profit, 0) : 0;
  const topShares: ParetoResult["topShares"] = [];
  for (const top of PARETO_TOPS) {
    const customers = topCount(n, top);
    const topRevenue = sumRange(sorted, n - customers, n);
    let profitShare: number | null = null;
    if (profit && customers > 0) {
      const edge = sorted[n - customers];
      const strictlyAbove = n - upperBound(sorted, edge);
      const tied = upperBound(sorted, edge) - lowerBound(sorted, edge);
      const takeTied = customers - strictlyAbove;
      const above = profitAbove(revenue, profit, edge);
      const tiedProfit = profitAt(revenue, profit, edge);
      profitShare = safeDivide(above + (tiedProfit * takeTied) / tied, totalProfit);
    }
    topShares.push({ top, customers, revenueShare: safeDivide(topRevenue, total), profitShare });
  }
  const customersFor80 = n > 0 && total > 0 ? shareToReach(sorted, total) : null;
  return {
    buyers: n,
    topShares,
    customersFor80,
    lorenz: lorenzOfSorted(sorted),
    gini: giniOfSorted(sorted),
  };
}

/** Share of the buyers (largest first) whose revenue first reaches PARETO_TARGET of `total` (> 0). */
function shareToReach(sorted: Float64Array, total: number): number | null {
  const n = sorted.length;
  let cum = 0;
  for (let i = n - 1; i >= 0; i--) {
    cum += sorted[i];
    if (cum >= PARETO_TARGET * total * (1 - 1e-12)) return (n - i) / n;
  }
  return null;
}

/** Σ values[from..to), left to right. */
function sumRange(values: Float64Array, from: number, to: number): number {
  let sum = 0;
  for (let i = from; i < to; i++) sum += values[i];
  return sum;
}

/** Profit of the buyers (positive finite revenue) whose revenue is above `edge`, in customer order. */
function profitAbove(revenue: Float64Array, profit: Float64Array, edge: number): number {
  let sum = 0;
  for (let c = 0; c < revenue.length; c++) {
    const r = revenue[c];
    if (isBuyer(r) && r > edge) sum += profit[c];
  }
  return sum;
}

/** Profit of the buyers whose revenue is exactly `edge` (the tied group at a cut), in customer order. */
function profitAt(revenue: Float64Array, profit: Float64Array, edge: number): number {
  let sum = 0;
  for (let c = 0; c < revenue.length; c++) {
    const r = revenue[c];
    if (isBuyer(r) && r === edge) sum += profit[c];
  }
  return sum;
}
