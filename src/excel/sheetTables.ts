/**
 * The add-in's tables on its own sheets are kept, never deleted and re-added, so structured
 * references to them (=SUM(CRMPyramid_Customers[Revenue])) keep working. A table is found by where
 * the add-in puts it (its header's top-left cell), whatever the user renamed it to.
 * Growing or shrinking uses Table.resize (ExcelApi 1.13,
 * https://learn.microsoft.com/javascript/api/excel/excel.table#excel-excel-table-resize-member(1)).
 * Without it, the table is converted to a range and a table of the same name added over the new
 * cells: Microsoft documents that converting a table turns structured references to it into
 * ordinary cell references (https://support.microsoft.com/office/convert-an-excel-table-to-a-range-of-data-0b3c8a34-c5ea-4a77-848b-5d8e0f72f6db),
 * so the user's formulas keep pointing at the same cells, but no longer grow with the table.
 */
import { type CellRect, localAddress, requireSheetAddress } from "./a1";
import type { ExcelApiLevel } from "./excelRun";

export interface SheetTable {
  name: string;
  /** The table's whole range now (header included). */
  rect: CellRect;
}

/** The table on the sheet whose header starts at (row, col); undefined when none. Two syncs. */
export async function tableAt(
  context: Excel.RequestContext,
  sheetName: string,
  at: { row: number; col: number }
): Promise<SheetTable | undefined> {
  const tables = context.workbook.worksheets.getItem(sheetName).tables;
  tables.load("items/name");
  await context.sync();
  const ranges = tables.items.map((t) => ({ name: t.name, range: t.getRange().load("address") }));
  if (ranges.length === 0) return undefined;
  await context.sync();
  for (const { name, range } of ranges) {
    const rect = requireSheetAddress(range.address);
    if (rect.row === at.row && rect.col === at.col) return { name, rect };
  }
  return undefined;
}

/**
 * Queues making `table.existing` (or a new table, when undefined) cover `table.rect` with a header
 * row, named `table.name` when given. Returns nothing: the table is looked up by name by later writes.
 */
export function queueTableOver(
  ctx: { context: Excel.RequestContext; api: ExcelApiLevel },
  sheetName: string,
  table: { rect: CellRect; existing: SheetTable | undefined; name?: string; style: string }
): void {
  const { context, api } = ctx;
  const { rect, existing, name, style } = table;
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const range = sheet.getRange(localAddress(rect));
  if (existing && api.atLeast("1.13")) {
    // Columns the user added to the table's right stay in it.
    const width = Math.max(rect.colCount, existing.rect.colCount);
    const whole = sheet.getRange(localAddress({ ...rect, colCount: width }));
    context.workbook.tables.getItem(existing.name).resize(whole);
    return;
  }
  if (existing) context.workbook.tables.getItem(existing.name).convertToRange();
  // A Range (not an address) fixes the sheet: an address without a sheet name means the active
  // sheet (https://learn.microsoft.com/javascript/api/excel/excel.tablecollection#excel-excel-tablecollection-add-member(1)).
  const added = sheet.tables.add(range, true);
  const finalName = existing?.name ?? name;
  if (finalName) added.name = finalName;
  added.style = style;
}
