import { buyersOf, isBuyer } from "./buyers";
import { lowerBound, rankEqAt, sortedValues, upperBound } from "./schemes/rankTiers";
import { scratchFloat64 } from "./scratch";
import type { SortedBuyers } from "./sort/sortBuyers";

/** Rank (RANK.EQ descending), share and cumulative share of revenue per customer; 0 for non-buyers. */
export interface CustomerRanks {
  rank: Int32Array;
  share: Float64Array;
  cumulativeShare: Float64Array;
}

/**
 * The buyers' ranks and shares of revenue (tie-invariant: ties share rank and cumulative share). With the
 * run's sorted buyers (`sorted`) one walk over the tie groups; without, the plain definition.
 */
export function customerRanks(revenue: Float64Array, sorted: SortedBuyers | null): CustomerRanks {
  const n = revenue.length;
  const out: CustomerRanks = {
    rank: new Int32Array(n),
    share: new Float64Array(n),
    cumulativeShare: new Float64Array(n),
  };
  if (sorted) ranksOfSorted(sorted, out);
  else ranksBySearch(revenue, out);
  return out;
}

/** held[j] = sum of sorted[j..] (held[n] = 0), summed from the top as both paths sum. */
function tailSums(sorted: Float64Array, held: Float64Array): Float64Array {
  held[sorted.length] = 0;
  for (let j = sorted.length - 1; j >= 0; j--) held[j] = held[j + 1] + sorted[j];
  return held;
}

/** The fast path: the sorted buyers from the top, one tie group [lo, hi] at a time. */
function ranksOfSorted(sortedBuyers: SortedBuyers, out: CustomerRanks): void {
  const { values: sorted, order } = sortedBuyers;
  const { rank, share, cumulativeShare } = out;
  const buyers = sorted.length;
  const held = tailSums(sorted, scratchFloat64("tailSums", buyers + 1));
  const total = held[0];
  let hi = buyers - 1;
  while (hi >= 0) {
    const v = sorted[hi];
    let lo = hi;
    while (lo > 0 && sorted[lo - 1] === v) lo--;
    const r = rankEqAt(buyers, hi + 1); // upperBound(v) = hi + 1
    const s = v / total;
    const cumulative = held[lo] / total; // lowerBound(v) = lo
    for (let j = lo; j <= hi; j++) {
      const c = order[j];
      rank[c] = r;
      share[c] = s;
      cumulativeShare[c] = cumulative;
    }
    hi = lo - 1;
  }
}

/** The plain definition: each buyer's rank and cumulative share by binary search in the sorted buyers. */
function ranksBySearch(revenue: Float64Array, out: CustomerRanks): void {
  const sorted = sortedValues(revenue, buyersOf(revenue));
  const held = tailSums(sorted, new Float64Array(sorted.length + 1));
  const total = held[0];
  for (let c = 0; c < revenue.length; c++) {
    const v = revenue[c];
    if (!isBuyer(v)) continue;
    out.rank[c] = rankEqAt(sorted.length, upperBound(sorted, v));
    out.share[c] = v / total;
    out.cumulativeShare[c] = held[lowerBound(sorted, v)] / total;
  }
}
