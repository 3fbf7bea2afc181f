import { parsePlainNumber } from "./parsePlainNumber";
import type { RoleColumns } from "./rowRule";
import type { Cell } from "../types";

// The fast path for the commonest sheet, an id and an amount and nothing else: while the ids are looked up a
// block at a time, each row's amount is copied into a column when it is a plain number or plain money text;
// the reading loop then sums the runs of rows whose customer and amount are known without visiting their
// cells again, and hands every other row to the row rule. test/engine/fastPaths.test.ts checks it against
// the general path.

/** Whether the fast path applies: an id and an amount column, no other role mapped. */
export function isAmountsOnly(col: RoleColumns): boolean {
  return (
    col.customer >= 0 &&
    col.revenue >= 0 &&
    col.date < 0 &&
    col.cost < 0 &&
    col.profit < 0 &&
    col.investment < 0 &&
    col.status < 0 &&
    col.name < 0 &&
    col.score < 0 &&
    col.clv < 0 &&
    col.agent < 0
  );
}

/**
 * The block's amounts, start ≤ i < end, into `amounts[i]`, while its rows are still in cache: a finite number,
 * or plain money text ("1,234.50") read by parsePlainNumber (exactly parseNumber's value, so the sums are
 * the same either way); any other cell gives NaN, for the row rule to read or report.
 */
export function readAmounts(
  rows: readonly Cell[][],
  amountCol: number,
  amounts: Float64Array,
  start: number,
  end: number
): void {
  for (let i = start; i < end; i++) {
    const row = rows[i];
    const cell: unknown = Array.isArray(row) ? row[amountCol] : undefined;
    amounts[i] =
      typeof cell === "number"
        ? cell - cell === 0
          ? cell
          : NaN
        : typeof cell === "string"
          ? parsePlainNumber(cell)
          : NaN;
  }
}

/**
 * Sum rows from `from` on whose customer is known and whose amount was a plain number within ±`limit`,
 * stopping at the first row that is not; returns its index (or the row count).
 */
export function sumAmounts(
  customer: Int32Array,
  amounts: Float64Array,
  revenue: Float64Array,
  orders: Int32Array,
  from: number,
  limit: number
): number {
  for (let i = from; i < customer.length; i++) {
    const c = customer[i];
    const amount = amounts[i];
    // NaN (no plain amount) fails both tests.
    if (c < 0 || !(amount <= limit && amount >= -limit)) return i;
    revenue[c] += amount;
    if (amount > 0) orders[c]++;
  }
  return customer.length;
}
