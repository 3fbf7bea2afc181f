import { customerRanks } from "./customerRanks";
import type { RowColumns } from "./parse/readRows";
import type { CustomerTotals } from "./rollUpCustomers";
import type { SortedBuyers } from "./sort/sortBuyers";
import type { CustomerTable } from "./types";

/** The result's per-customer columns: totals, ranks and shares, tiers, and the scheme's extra columns. */
export function customerTable(
  rowsIn: RowColumns,
  totals: CustomerTotals,
  customerTier: Int32Array,
  sortedBuyers: SortedBuyers | null,
  rfm: CustomerTable["rfm"],
  clv: CustomerTable["clv"]
): CustomerTable {
  const n = totals.count;
  const { rank, share, cumulativeShare } = customerRanks(totals.revenue, sortedBuyers);
  const table: CustomerTable = {
    count: n,
    id: rowsIn.customers.ids,
    keyOf: rowsIn.customers.keyOf,
    foldCase: rowsIn.customers.foldCase,
    name: rowsIn.customers.names ?? new Array<string>(n).fill(""),
    revenue: totals.revenue,
    profit: totals.profit,
    cost: totals.cost,
    investment: totals.investment,
    orders: totals.orders,
    firstDate: totals.firstDate,
    lastDate: totals.lastDate,
    rank,
    share,
    cumulativeShare,
    tier: customerTier,
    score: totals.score,
    everBought: totals.everBought,
    agent: rowsIn.customers.agent,
  };
  if (rfm) table.rfm = rfm;
  if (clv) table.clv = clv;
  if (totals.periodRows) table.periodRows = totals.periodRows;
  return table;
}
