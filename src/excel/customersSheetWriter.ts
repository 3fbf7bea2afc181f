/**
 * The customers sheet, written when the input is transaction-level (more rows than customers): one
 * row per customer with id, name, revenue, profit, rank, cumulative share of revenue and tier,
 * ranked customers first (by rank), then the rest; as an Excel table with a frozen header. Once the
 * add-in has a customers sheet it keeps it up to date even when the data becomes one row per
 * customer: the user may point formulas at its table.
 */
import type { TieringResult } from "../engine";
import { localAddress, quoteSheet } from "./a1";
import { type ColumnSpec, type SpecGrid, specGrid } from "./columnSpecs";
import { type OwnedSheetPlan, type OwnedSheetSpec, writeOwnedSheet } from "./ownedSheetWriter";
import { typedTextSupported } from "./safeCellText";
import type { SheetText } from "../i18n/sheetText";
import type { WriteContext } from "./writeContext";
import { PERCENT, THOUSANDS } from "./gridBlock";

export const CUSTOMERS_TABLE_NAME = "CRMPyramid_Customers";

export function isTransactionLevel(result: TieringResult): boolean {
  return result.rowsUsed > result.customers.count;
}

/** The customers table's columns, for the customer at index `i`. */
function customerColumns(
  result: TieringResult,
  text: SheetText,
  currency: string
): ColumnSpec<number>[] {
  const c = result.customers;
  const ranked = (i: number) => c.rank[i] > 0;
  return [
    { title: text.customerId, value: (i) => c.id[i], format: "General" },
    { title: text.customerName, value: (i) => c.name[i] ?? "", format: "General" },
    { title: text.revenue, value: (i) => c.revenue[i], format: currency },
    { title: text.profit, value: (i) => c.profit[i], format: currency },
    { title: text.rank, value: (i) => (ranked(i) ? c.rank[i] : ""), format: THOUSANDS },
    {
      title: text.cumulativeShare,
      value: (i) => (ranked(i) ? c.cumulativeShare[i] : ""),
      format: PERCENT,
    },
    {
      title: text.tier,
      value: (i) => (c.tier[i] >= 0 ? (result.tiers[c.tier[i]]?.label ?? "") : ""),
      format: "General",
    },
  ];
}

/** Ranked customers first (by rank), then the rest in input order. */
function customerOrder(result: TieringResult): number[] {
  const c = result.customers;
  const order = Array.from({ length: c.count }, (_, i) => i);
  const key = (i: number) => (c.rank[i] > 0 ? c.rank[i] : Number.MAX_SAFE_INTEGER);
  return order.sort((a, b) => key(a) - key(b) || a - b);
}

/** The customers table: header row, then one row per customer, and each column's format. */
export function customersGrid(result: TieringResult, text: SheetText, currency: string): SpecGrid {
  return specGrid(customerColumns(result, text, currency), customerOrder(result));
}

export function customersSpec(
  result: TieringResult,
  text: SheetText,
  currency: string,
  tableName: string | undefined
): OwnedSheetSpec {
  const grid = customersGrid(result, text, currency);
  const rows = [grid.header, ...grid.rows];
  const rect = { row: 0, col: 0, rowCount: rows.length, colCount: grid.formats.length };
  return {
    anchor: "customersSheet",
    regions: [{ key: "customersData", rect }],
    blocks: [{ row: 0, col: 0, values: rows, columnFormats: grid.formats, boldRows: [] }],
    tables: [{ rect, name: tableName, style: "TableStyleLight9" }],
    unrecordedIsOwn: true,
  };
}

/** Queues the customers sheet's writes; returns the table's address. */
export async function writeCustomersSheet(
  ctx: WriteContext,
  plan: OwnedSheetPlan
): Promise<string> {
  const { context, writer, api } = ctx;
  // Names, ids and labels as typed text where Excel supports it (safeCellText.ts).
  writer.typedText = typedTextSupported(api);
  await writeOwnedSheet(ctx, plan, {
    after: (name) => {
      const sheet = context.workbook.worksheets.getItem(name);
      sheet.freezePanes.freezeRows(1);
      sheet.getRange("A:G").format.autofitColumns();
    },
  });
  return `${quoteSheet(plan.sheet.name)}!${localAddress(plan.spec.tables[0].rect)}`;
}
