import type { RowColumns } from "./parse/readRows";
import type { CustomerTotals } from "./rollUpCustomers";
import type { SchemeContext } from "./schemes/schemeContext";
import type { EngineWarning } from "./warnings";

/**
 * What the schemes see of a run: the per-customer totals (the run's own arrays) and, instead of the rows
 * (scratch memory), the one row question a scheme asks: revenue per customer in date windows.
 */
export function schemeInputs(
  rowsIn: RowColumns,
  totals: CustomerTotals,
  period: { start: number; end: number } | null,
  warnings: EngineWarning[],
  sortedRevenue: Float64Array | null
): SchemeContext {
  const { has } = rowsIn;
  return {
    customers: { ...totals, id: rowsIn.customers.ids, agent: rowsIn.customers.agent },
    has: { profit: has.profit, score: has.score, clv: has.clv, date: has.date },
    period,
    warnings,
    sortedRevenue,
    revenueInWindows: (starts, end) => revenueInWindows(rowsIn, totals.count, starts, end),
  };
}

/** See SchemeContext.revenueInWindows: rows without a customer or not before `end` are left out. */
function revenueInWindows(
  rowsIn: RowColumns,
  count: number,
  starts: readonly number[],
  end: number
): { sums: Float64Array[]; earliest: number } {
  const sums = starts.map(() => new Float64Array(count));
  const { customer, date, revenue } = rowsIn;
  let earliest = Infinity;
  for (let i = 0; i < rowsIn.rowCount; i++) {
    const c = customer[i];
    const d = date[i];
    if (c < 0 || !(d < end)) continue;
    if (d < earliest) earliest = d;
    for (let k = 0; k < starts.length; k++) {
      if (d >= starts[k]) {
        sums[k][c] += revenue[i];
        break;
      }
    }
  }
  return { sums, earliest };
}
