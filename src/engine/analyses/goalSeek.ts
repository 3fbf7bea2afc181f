import { summaryBaseline, whatIfMigration, type TierBaseline } from "./whatIf";
import type { TierMove, TierSummary, WhatIfResult } from "../types";

// The worked case's goal ("+50% profit with no extra marketing or sales spend"): how many customers must
// move up one tier, by the per-customer averages the what-if uses (whatIf.ts), to reach a target change.

export interface GoalSeekOptions {
  target: "profit" | "revenue";
  /** Target change as a share of the baseline (0.5 = +50%). */
  change: number;
  /**
   * The order moves are taken in. "lowestFirst" (default): Small → Medium first, then Medium → Large, and
   * so on up, as the method moves the bottom of the pyramid (observations 4 and 5). "largestGain": the
   * move worth most per customer first, which gives the fewest customers overall (our addition).
   */
  order?: "lowestFirst" | "largestGain";
}

export type GoalSeekStatus =
  | "reached"
  /** Every move up with a gain together falls short: `moves` and `achievedChange` are the best reachable. */
  | "notReachableByMoves"
  /** A profit target on a run without profit. */
  | "noProfit"
  /** The baseline is 0, so a change relative to it has no value. */
  | "noBaseline"
  | "badTarget";

export interface GoalSeekResult {
  target: GoalSeekOptions["target"];
  change: number;
  status: GoalSeekStatus;
  /** One-tier moves up, as counts (the what-if's TierMove; from = to + 1), in the order taken. */
  moves: TierMove[];
  movedCustomers: number;
  /** The what-if's change of the target with these moves; null when it has none. */
  achievedChange: number | null;
  whatIf: WhatIfResult | null;
}

/** Changes within this of the target count as reaching it (float noise in the what-if's sums). */
export const GOAL_SEEK_TOLERANCE = 1e-9;

const changeOf = (w: WhatIfResult, target: GoalSeekOptions["target"]): number | null =>
  target === "profit" ? w.profitChange : w.revenueChange;

/** Per-customer value of tier t for the target, as the what-if values it (null counts as 0). */
function perCustomer(base: TierBaseline, target: GoalSeekOptions["target"], t: number): number {
  const values = target === "profit" ? base.profitPerCustomer : base.revenuePerCustomer;
  return values?.[t] ?? 0;
}

/** The ranked tiers' moves up one tier that gain something, in the order asked. */
function candidateMoves(
  base: TierBaseline,
  ranked: number,
  options: GoalSeekOptions
): { from: number; gain: number }[] {
  const out: { from: number; gain: number }[] = [];
  for (let from = ranked - 1; from >= 1; from--) {
    const gain =
      perCustomer(base, options.target, from - 1) - perCustomer(base, options.target, from);
    if (base.counts[from] > 0 && gain > 0) out.push({ from, gain });
  }
  if (options.order === "largestGain") out.sort((a, b) => b.gain - a.gain || b.from - a.from);
  return out;
}

/**
 * Goal seek over one-tier moves: the moves are taken in order, each tier's customers up to its baseline
 * count, and the last tier used moves the fewest customers that reach the target (found by bisection on
 * the what-if itself, so the answer is exactly what the what-if then shows). Accepts a run or its summary.
 */
export function goalSeek(
  source: TierSummary | { summary: TierSummary },
  options: GoalSeekOptions
): GoalSeekResult {
  const summary = "summary" in source ? source.summary : source;
  const { target, change } = options;
  const base = summaryBaseline(summary);
  const answer = (status: GoalSeekStatus, moves: TierMove[]): GoalSeekResult => {
    const whatIf = whatIfMigration(base, moves);
    const movedCustomers = moves.reduce((sum, m) => sum + (m.count ?? 0), 0);
    return {
      target,
      change,
      status,
      moves,
      movedCustomers,
      achievedChange: changeOf(whatIf, target),
      whatIf,
    };
  };
  if (!Number.isFinite(change)) return { ...answer("badTarget", []), whatIf: null };
  if (target === "profit" && base.profitPerCustomer === null)
    return { ...answer("noProfit", []), achievedChange: null, whatIf: null };
  const reaches = (moves: TierMove[]): boolean => {
    const achieved = changeOf(whatIfMigration(base, moves), target);
    return achieved !== null && achieved >= change - GOAL_SEEK_TOLERANCE;
  };
  if (changeOf(whatIfMigration(base, []), target) === null) return answer("noBaseline", []);
  if (reaches([])) return answer("reached", []);
  const ranked = summary.rows.filter((r) => r.group === "ranked").length;
  const moves: TierMove[] = [];
  for (const { from } of candidateMoves(base, ranked, options)) {
    const capacity = base.counts[from];
    const withCount = (count: number): TierMove[] => [...moves, { from, to: from - 1, count }];
    if (reaches(withCount(capacity)))
      return answer("reached", withCount(fewest(capacity, withCount, reaches)));
    moves.push({ from, to: from - 1, count: capacity });
  }
  return answer("notReachableByMoves", moves);
}

/** The smallest count in 1..capacity whose moves reach the target (capacity does). */
function fewest(
  capacity: number,
  withCount: (count: number) => TierMove[],
  reaches: (moves: TierMove[]) => boolean
): number {
  let lo = 1;
  let hi = capacity;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (reaches(withCount(mid))) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
