import { parseNumber } from "./parseNumber";
import type { ProblemList } from "./problemList";
import { SUM_TOO_LARGE } from "./problemReason";
import type { Cell } from "../types";

/**
 * The most a customer's cells in one money column may add up to, signs ignored. Excel's largest number is
 * 9.99e307 and a double's 1.8e308, so two large cells already overflow to Infinity; with every customer's
 * sum within 1e290, totals, products and ratios over up to ten million customers stay finite.
 */
export const MAX_AMOUNT_SUM = 1e290;

/**
 * A customer's cells can only add up beyond MAX_AMOUNT_SUM when one of them exceeds this share of it (`limit`
 * for `rows` rows): cells beyond it mark their customer for the exact check after reading (dropOversizedSums;
 * a clean sheet has none).
 */
export class SumWatch {
  readonly limit: number;
  readonly watched = new Set<number>();

  constructor(rows: number) {
    this.limit = MAX_AMOUNT_SUM / Math.max(1, rows);
  }

  /** Watch customer `c` when one of a used row's money values is beyond the limit. */
  check(c: number, a: number, b: number, d: number, e: number): void {
    const limit = this.limit;
    if (Math.abs(a) > limit || Math.abs(b) > limit || Math.abs(d) > limit || Math.abs(e) > limit)
      this.watched.add(c);
  }
}

/** A money cell's value as the reading loop takes it (blank and bad cells as 0). */
function amountOf(cell: Cell): number {
  if (typeof cell === "number") return cell - cell === 0 ? cell : 0;
  const parsed = parseNumber(cell);
  return parsed.ok ? parsed.value : 0;
}

/**
 * The exact check behind MAX_AMOUNT_SUM, for the `watched` customers only: a customer whose used rows'
 * cells in one money column (`columns`: -1 when not mapped) add up, signs ignored, beyond MAX_AMOUNT_SUM has
 * every used row skipped, and each of those rows' cells in that column reported. Signs are ignored so
 * that the outcome does not depend on row order (+9e307, −9e307, 5 would otherwise sum to 5 or 0).
 * Returns the number of rows skipped.
 */
export function dropOversizedSums(
  rows: readonly Cell[][],
  customer: Int32Array,
  watched: Set<number>,
  columns: readonly number[],
  problems: ProblemList
): number {
  const magnitude = new Map<number, Float64Array>();
  for (const c of watched) magnitude.set(c, new Float64Array(columns.length));
  for (let i = 0; i < customer.length; i++) {
    const sums = customer[i] >= 0 ? magnitude.get(customer[i]) : undefined;
    if (sums === undefined) continue;
    for (let k = 0; k < columns.length; k++) {
      if (columns[k] >= 0) sums[k] += Math.abs(amountOf(rows[i][columns[k]]));
    }
  }
  const tooLarge = (s: number): boolean => !(s <= MAX_AMOUNT_SUM);
  let dropped = 0;
  for (let i = 0; i < customer.length; i++) {
    const sums = customer[i] >= 0 ? magnitude.get(customer[i]) : undefined;
    if (sums === undefined || !sums.some(tooLarge)) continue;
    for (let k = 0; k < columns.length; k++) {
      if (columns[k] >= 0 && tooLarge(sums[k]))
        problems.add(i, columns[k], rows[i][columns[k]], SUM_TOO_LARGE);
    }
    customer[i] = -1;
    dropped++;
  }
  return dropped;
}
