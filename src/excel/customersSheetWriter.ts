/**
 * The customers sheet, written when the input is transaction-level (more rows than customers): one
 * row per customer with id, name, revenue, profit, rank, cumulative share of revenue and tier,
 * ranked customers first (by rank), then the rest; as an Excel table with a frozen header.
 */
import type { TieringResult } from "../engine";
import { localAddress, quoteSheet } from "./a1";
import type { BatchWriter, WriteCell } from "./batchWriter";
import type { ExcelApiLevel } from "./excelRun";
import { type OwnedOutputs, queueOwnName } from "./ownedRanges";
import { queueFreshSheet, type SheetPlan } from "./ownedSheets";
import type { SheetText } from "./sheetText";
import { PERCENT, THOUSANDS } from "./summaryLayout";

export const CUSTOMERS_TABLE_NAME = "CRMPyramid_Customers";

export function isTransactionLevel(result: TieringResult): boolean {
  return result.rowsUsed > result.customers.count;
}

export function customerRows(result: TieringResult, text: SheetText): WriteCell[][] {
  const c = result.customers;
  const order = Array.from({ length: c.count }, (_, i) => i);
  const key = (i: number) => (c.rank[i] > 0 ? c.rank[i] : Number.MAX_SAFE_INTEGER);
  order.sort((a, b) => key(a) - key(b) || a - b);
  const header = [
    text.customerId,
    text.customerName,
    text.revenue,
    text.profit,
    text.rank,
    text.cumulativeShare,
    text.tier,
  ];
  return [
    header,
    ...order.map((i): WriteCell[] => [
      c.id[i],
      c.name[i] ?? "",
      c.revenue[i],
      c.profit[i],
      c.rank[i] > 0 ? c.rank[i] : "",
      c.rank[i] > 0 ? c.cumulativeShare[i] : "",
      c.tier[i] >= 0 ? (result.tiers[c.tier[i]]?.label ?? "") : "",
    ]),
  ];
}

export async function writeCustomersSheet(
  context: Excel.RequestContext,
  writer: BatchWriter,
  plan: SheetPlan,
  result: TieringResult,
  text: SheetText,
  currency: string,
  api: ExcelApiLevel,
  owned: OwnedOutputs,
  tableName?: string
): Promise<string> {
  await writer.reserve(200);
  const sheet = queueFreshSheet(context, plan);
  const rows = customerRows(result, text);
  const formats = ["General", "General", currency, currency, THOUSANDS, PERCENT, "General"];
  await writer.writeGrid(sheet, { row: 0, col: 0 }, rows, (_r, c) => formats[c]);
  await writer.reserve(300);
  const whole = localAddress({ row: 0, col: 0, rowCount: rows.length, colCount: formats.length });
  const table = sheet.tables.add(whole, true);
  if (tableName) table.name = tableName;
  table.style = "TableStyleLight9";
  if (api.atLeast("1.7")) sheet.freezePanes.freezeRows(1);
  sheet.getRange("A:G").format.autofitColumns();
  queueOwnName(context, owned, "customersSheet", sheet.getRange("A1"));
  return `${quoteSheet(plan.name)}!${whole}`;
}
