import { buyersOf } from "../buyers";
import { roundHalfUp } from "../roundHalfUp";
import { sortNumbers } from "../sort/sortNumbers";

// THE rank and tie rule, shared by the task pane, the worksheet functions and every rank-based scheme:
//   rank = 1 + number of ranked values strictly greater (Excel RANK.EQ, descending);
//   with N ranked values and cumulative shares s1 < s2 < ..., a value is in tier k when
//   rank ≤ round(s_k × N) (half up) and it is not in an earlier tier; the last tier takes the rest.
// Tied values therefore always share a tier.

/** Running totals of tier shares, e.g. [0.01, 0.04, 0.15, 0.8] → [0.01, 0.05, 0.2, 1]. */
export function cumulativeShares(shares: readonly number[]): number[] {
  const out: number[] = [];
  let sum = 0;
  for (const s of shares) {
    sum += Number.isFinite(s) && s > 0 ? s : 0;
    out.push(Math.round(sum * 1e12) / 1e12);
  }
  return out;
}

/** Rank limits per tier: round(s_k × n) half up, clamped to 0..n and non-decreasing; the last tier's limit is n. */
export function tierCountLimits(n: number, cumulative: readonly number[]): Int32Array {
  const limits = new Int32Array(cumulative.length);
  let previous = 0;
  for (let k = 0; k < cumulative.length; k++) {
    const s = cumulative[k];
    let limit = k === cumulative.length - 1 ? n : roundHalfUp((Number.isFinite(s) ? s : 0) * n);
    limit = Math.min(n, Math.max(previous, limit));
    limits[k] = limit;
    previous = limit;
  }
  return limits;
}

/** Index of the first element > value in an ascending array. */
export function upperBound(sortedAscending: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = sortedAscending.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sortedAscending[mid] <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first element ≥ value in an ascending array. */
export function lowerBound(sortedAscending: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = sortedAscending.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sortedAscending[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The values where include[i] is set, sorted ascending. */
export function sortedValues(
  values: ArrayLike<number>,
  include: (i: number) => boolean
): Float64Array {
  let n = 0;
  for (let i = 0; i < values.length; i++) if (include(i)) n++;
  const sorted = new Float64Array(n);
  let j = 0;
  for (let i = 0; i < values.length; i++) if (include(i)) sorted[j++] = values[i];
  return sortNumbers(sorted);
}

/**
 * RANK.EQ descending of a value whose tie group ends just before index `upper` (its upperBound) in an
 * ascending array of `length` values: 1 + count of strictly greater values. Every rank is made here.
 */
export const rankEqAt = (length: number, upper: number): number => 1 + length - upper;

/** RANK.EQ descending of `value` among `sortedAscending`: 1 + count of strictly greater values. */
export function rankEqDescending(sortedAscending: ArrayLike<number>, value: number): number {
  return rankEqAt(sortedAscending.length, upperBound(sortedAscending, value));
}

/** Smallest value each tier (but the last) admits: the limit-th largest value; +Infinity for an empty limit. */
export function tierCutoffs(sortedAscending: ArrayLike<number>, limits: Int32Array): Float64Array {
  const n = sortedAscending.length;
  const cutoffs = new Float64Array(limits.length);
  for (let k = 0; k < limits.length; k++)
    cutoffs[k] = limits[k] >= 1 ? sortedAscending[n - limits[k]] : Infinity;
  return cutoffs;
}

/** Tier of one value given the cutoffs (rank ≤ limit ⟺ value ≥ limit-th largest value). */
export function tierOfValue(value: number, cutoffs: Float64Array): number {
  const last = cutoffs.length - 1;
  for (let k = 0; k < last; k++) if (value >= cutoffs[k]) return k;
  return last;
}

/**
 * Tier index per value by the rank rule; -1 for values not ranked (by default: non-buyers, buyers.ts). `eligible` overrides which values are ranked.
 */
export function assignRankTiers(
  values: ArrayLike<number>,
  cumulative: readonly number[],
  eligible: (i: number) => boolean = buyersOf(values)
): Int32Array {
  return assignRankTiersSorted(values, cumulative, eligible, null);
}

/** assignRankTiers with the eligible values already sorted ascending (null: sort them here). */
export function assignRankTiersSorted(
  values: ArrayLike<number>,
  cumulative: readonly number[],
  eligible: (i: number) => boolean,
  sortedEligible: Float64Array | null
): Int32Array {
  const tiers = new Int32Array(values.length).fill(-1);
  if (cumulative.length === 0) return tiers;
  const sorted = sortedEligible ?? sortedValues(values, eligible);
  const cutoffs = tierCutoffs(sorted, tierCountLimits(sorted.length, cumulative));
  for (let i = 0; i < values.length; i++)
    if (eligible(i)) tiers[i] = tierOfValue(values[i], cutoffs);
  return tiers;
}

/** RANK.EQ descending per value among the eligible ones; 0 for the others. */
export function rankDescending(
  values: ArrayLike<number>,
  eligible: (i: number) => boolean = buyersOf(values)
): Int32Array {
  const sorted = sortedValues(values, eligible);
  const ranks = new Int32Array(values.length);
  for (let i = 0; i < values.length; i++)
    if (eligible(i)) ranks[i] = rankEqDescending(sorted, values[i]);
  return ranks;
}
