/**
 * How a table gets the tier column as a new column on its right (tierColumnWriter.ts).
 */
import { localAddress, requireSheetAddress, type SheetRect, sheetAddress } from "./a1";
import type { ExcelApiLevel } from "./excelRun";

/**
 * How the table gets its tier column: "resize" grows it over the empty column on its right
 * (`range`: the table's new range); "add" inserts a column (TableColumnCollection.add), moving the
 * cells right of the table in its rows one column right (`shifts`: their bounding address, when any).
 */
export type TableGrowth =
  { table: string; by: "resize"; range: SheetRect } | { table: string; by: "add"; shifts?: string };

/** Columns on a sheet (A to XFD). */
const SHEET_COLUMNS = 16384;

/**
 * How `tableName` (whose range is `whole`) gets a new column on its right: by Table.resize when
 * ExcelApi 1.13 is there and the column right of it, over the table's rows, is empty (no value, no
 * format: Range.getUsedRangeOrNullObject(false), ExcelApi 1.4) and in no other table
 * (Range.getTables, ExcelApi 1.9); else by TableColumnCollection.add. One sync.
 */
export async function tableGrowth(
  context: Excel.RequestContext,
  api: ExcelApiLevel,
  tableName: string,
  whole: SheetRect,
  showTotals: boolean
): Promise<TableGrowth> {
  const next = whole.col + whole.colCount;
  if (next >= SHEET_COLUMNS) return { table: tableName, by: "add" };
  const sheet = context.workbook.worksheets.getItem(whole.sheet);
  const rightOf = { ...whole, col: next, colCount: SHEET_COLUMNS - next };
  // The used part of everything right of the table, in its rows: its left edge holds a used cell,
  // so the column next to the table is empty exactly when that edge lies further right.
  const used = sheet
    .getRange(localAddress(rightOf))
    .getUsedRangeOrNullObject(false)
    .load("address");
  const tables = sheet
    .getRange(localAddress({ ...whole, col: next, colCount: 1 }))
    .getTables(false)
    .load("items/name");
  await context.sync();
  const moved = used.isNullObject ? undefined : requireSheetAddress(used.address);
  const free = (!moved || moved.col > next) && tables.items.length === 0;
  if (free && !showTotals && api.atLeast("1.13"))
    return { table: tableName, by: "resize", range: { ...whole, colCount: whole.colCount + 1 } };
  return { table: tableName, by: "add", shifts: moved ? sheetAddress(moved) : undefined };
}
