import type { CustomerTotals } from "../rollUpCustomers";
import type { RowColumns } from "../parse/readRows";
import type { TierSpec } from "../types";

/** What a scheme sees: the per-customer totals and, for history-based schemes, the rows. */
export interface SchemeContext {
  totals: CustomerTotals;
  rows: RowColumns;
  period: { start: number; end: number } | null;
  warnings: string[];
}

/** A scheme's answer: its tiers (best first) and a tier per customer, -1 for customers it does not tier. */
export interface SchemeOutcome {
  tiers: TierSpec[];
  tier: Int32Array;
}

export const isBuyer =
  (totals: CustomerTotals) =>
  (c: number): boolean =>
    totals.revenue[c] > 0;
