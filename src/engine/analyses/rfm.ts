import { lowerBound, upperBound } from "../schemes/rankTiers";
import type { TierSpec } from "../types";
import { sortNumbers } from "../sort/sortNumbers";

// RFM: each variable is scored 1–5 on its own (5 best). A customer's score is 1 + floor(5 × share of
// customers strictly worse), so ties share a score; recency is reversed (fewer days since the last
// purchase is better). Segments are the first row of RFM_SEGMENTS whose ranges contain (R, F, M).

export interface RfmSegmentRule extends TierSpec {
  r: [number, number];
  f: [number, number];
  m: [number, number];
}

/** The one segment table. Order matters: the first matching row wins. */
// Ranges follow the widely used RFM segment chart (R, F, M each lo..hi); where ranges overlap, this order
// decides (e.g. Champions before Loyal, Can't Lose Them before At Risk). Hibernating is folded into Lost.
export const RFM_SEGMENTS: RfmSegmentRule[] = [
  { key: "champions", label: "Champions", r: [4, 5], f: [4, 5], m: [4, 5] },
  { key: "cantLose", label: "Can't Lose Them", r: [1, 1], f: [4, 5], m: [4, 5] },
  { key: "loyal", label: "Loyal Customers", r: [2, 5], f: [3, 5], m: [3, 5] },
  { key: "atRisk", label: "At Risk", r: [1, 2], f: [2, 5], m: [2, 5] },
  { key: "newCustomers", label: "New Customers", r: [4, 5], f: [1, 1], m: [1, 1] },
  { key: "promising", label: "Promising", r: [3, 4], f: [1, 1], m: [1, 1] },
  { key: "potentialLoyalist", label: "Potential Loyalist", r: [3, 5], f: [1, 3], m: [1, 3] },
  { key: "needAttention", label: "Need Attention", r: [2, 3], f: [2, 3], m: [2, 3] },
  { key: "aboutToSleep", label: "About To Sleep", r: [2, 3], f: [1, 2], m: [1, 2] },
  { key: "lost", label: "Lost", r: [1, 2], f: [1, 2], m: [1, 2] },
];
export const RFM_OTHERS: TierSpec = { key: "others", label: "Others" };

/** Segment tiers in table order, then "Others". */
export function rfmTiers(): TierSpec[] {
  return [...RFM_SEGMENTS.map(({ key, label }) => ({ key, label })), { ...RFM_OTHERS }];
}

const inRange = (v: number, [lo, hi]: [number, number]): boolean => v >= lo && v <= hi;

/** Index into rfmTiers() for one (R, F, M) triple of 1–5 scores. */
export function rfmSegment(r: number, f: number, m: number): number {
  for (let k = 0; k < RFM_SEGMENTS.length; k++) {
    const rule = RFM_SEGMENTS[k];
    if (inRange(r, rule.r) && inRange(f, rule.f) && inRange(m, rule.m)) return k;
  }
  return RFM_SEGMENTS.length;
}

/**
 * Quintile-style scores 1–5 of the finite values (0 for non-finite): 1 + floor(5 × (number strictly worse) / n).
 * `higherIsBetter` false reverses the order (recency in days).
 */
export function scoreQuintiles(values: ArrayLike<number>, higherIsBetter = true): Int32Array {
  let n = 0;
  for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i])) n++;
  const sorted = new Float64Array(n);
  n = 0;
  for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i])) sorted[n++] = values[i];
  sortNumbers(sorted);
  const scores = new Int32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!Number.isFinite(v)) continue;
    const worse = higherIsBetter ? lowerBound(sorted, v) : n - upperBound(sorted, v);
    scores[i] = 1 + Math.min(4, Math.floor((5 * worse) / n));
  }
  return scores;
}

export interface RfmScores {
  recency: Int32Array;
  frequency: Int32Array;
  monetary: Int32Array;
  /** Index into rfmTiers(); -1 where a variable is missing. */
  segment: Int32Array;
}

/** Score recency (days since last purchase), frequency and monetary arrays and name each customer's segment. */
export function rfmScores(
  recencyDays: ArrayLike<number>,
  frequency: ArrayLike<number>,
  monetary: ArrayLike<number>
): RfmScores {
  const r = scoreQuintiles(recencyDays, false);
  const f = scoreQuintiles(frequency, true);
  const m = scoreQuintiles(monetary, true);
  const segment = new Int32Array(r.length).fill(-1);
  for (let i = 0; i < r.length; i++)
    if (r[i] > 0 && f[i] > 0 && m[i] > 0) segment[i] = rfmSegment(r[i], f[i], m[i]);
  return { recency: r, frequency: f, monetary: m, segment };
}
