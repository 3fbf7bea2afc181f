import { isBuyer } from "../buyers";
import { customerKey, type KeyRule } from "../ids/keyRule";

/** What growth needs from a run (a TieringResult fits): its customers' ids, key rule and period revenue. */
export interface RevenueSnapshot {
  customers: KeyRule & {
    count: number;
    id: readonly string[];
    revenue: ArrayLike<number>;
    /** Used rows in the run's period; 0 = no row in it (migration.ts's rule). Absent: every customer has one. */
    periodRows?: ArrayLike<number>;
  };
}

/**
 * Each current customer's revenue in the previous run, matched on the id key as compareTierings matches
 * (migration.ts); NaN when the customer has no row in the previous period or was no buyer in it (a growth
 * rate needs a positive base, so new customers have none: our choice, the method gives no rule).
 */
export function previousRevenueOf(
  current: RevenueSnapshot,
  previous: RevenueSnapshot
): Float64Array {
  const before = new Map<string, number>();
  const p = previous.customers;
  for (let c = 0; c < p.count; c++) {
    if (p.periodRows !== undefined && !(p.periodRows[c] > 0)) continue;
    if (isBuyer(p.revenue[c])) before.set(customerKey(p, c), p.revenue[c]);
  }
  const out = new Float64Array(current.customers.count).fill(NaN);
  for (let c = 0; c < out.length; c++) {
    const r = before.get(customerKey(current.customers, c));
    if (r !== undefined) out[c] = r;
  }
  return out;
}

/** Growth rate period over period, (now − before) ÷ before; null without a positive base. */
export function growthRate(now: number, before: number): number | null {
  if (!(before > 0) || !Number.isFinite(before) || !Number.isFinite(now)) return null;
  const rate = (now - before) / before;
  return Number.isFinite(rate) ? rate : null;
}
