/**
 * Table rows: adding (TableRowCollection.add), deleting (TableRow.delete) and the total row
 * (Table.showTotals). New rows insert cells in the table's columns, shifting what is below down.
 */
import type { Rect } from "./address";
import { applyInput } from "./cell-input";
import { ExcelDoubleError } from "./errors";
import { clampToUsed, moveCells, shapeOf } from "./range-operations";
import type { SheetState } from "./sheet-state";
import { bodyRect, refuseTableOverlap } from "./table-areas";
import type { TableState } from "./workbook-parts";
import type { WorkbookState } from "./workbook-state";

/** Inserts `count` blank cells at row `at` in the table's columns, pushing cells below down. */
function insertRowsInColumns(
  sheet: SheetState,
  at: number,
  col: number,
  colCount: number,
  count: number
): void {
  const used = clampToUsed(sheet, { row: at, col, rowCount: 1048576 - at, colCount });
  if (used)
    moveCells(sheet, { row: at, col, rowCount: used.row + used.rowCount - at, colCount }, count, 0);
}

/**
 * TableRowCollection.add(index, values, alwaysInsert): "If null or -1, the addition happens at the
 * end. Any rows below the inserted row are shifted downwards." alwaysInsert (ExcelApi 1.15): "If
 * `false`, the new rows will be added below the table" — the table grows over the cells below
 * without inserting. Multiple rows need ExcelApi 1.4 ("1.4 allows adding of multiple rows").
 * https://learn.microsoft.com/javascript/api/excel/excel.tablerowcollection#excel-excel-tablerowcollection-add-member(1)
 * Returns the index (in the body) of the first new row.
 */
export function addTableRows(
  state: WorkbookState,
  t: TableState,
  index: number | undefined | null,
  values: unknown,
  location: string,
  alwaysInsert = true
): number {
  const body = bodyRect(t);
  const rows = Array.isArray(values) ? values.length : 1;
  const atEnd = index === undefined || index === null || index === -1;
  const at = atEnd ? body.row + body.rowCount : body.row + index;
  if (!atEnd && (!Number.isInteger(index) || at < body.row || at > body.row + body.rowCount))
    throw new ExcelDoubleError("InvalidArgument", location, `row index ${index}`);
  if (Array.isArray(values) && values.length === 0)
    throw new ExcelDoubleError("InvalidArgument", location, "values has no rows");
  const target: Rect = { row: at, col: t.rect.col, rowCount: rows, colCount: t.rect.colCount };
  if (values !== undefined && values !== null) shapeOf(values, target, location);
  const sheet = state.sheet(t.sheetId, location);
  if (alwaysInsert || !atEnd || t.showTotals) {
    insertRowsInColumns(sheet, at, t.rect.col, t.rect.colCount, rows);
  } else {
    // Added below the table without inserting: the rows must not run into another table.
    refuseTableOverlap(state, t.sheetId, target, location, t.id);
  }
  t.rect = { ...t.rect, rowCount: t.rect.rowCount + rows };
  if (values !== undefined && values !== null) {
    const at2 = shapeOf(values, target, location);
    for (let r = 0; r < rows; r++)
      for (let c = 0; c < target.colCount; c++) {
        const v = at2(r, c);
        sheet.grid.updateCell(target.row + r, target.col + c, (cell) =>
          applyInput(cell, v, location)
        );
      }
  }
  return at - body.row;
}

/**
 * TableRow.delete(): "Deletes the row from the table."
 * (https://learn.microsoft.com/javascript/api/excel/excel.tablerow#excel-excel-tablerow-delete-member(1)).
 * The page does not say what happens to the cells below; the double does what Excel's "Delete Table
 * Rows" does: the row's cells go and the cells below, in the table's columns only, shift up. Deleting
 * the last data row is refused (InvalidOperation): the docs are silent and a table always keeps one
 * data row, so code must clear that row instead.
 */
export function deleteTableRows(
  state: WorkbookState,
  t: TableState,
  index: number,
  count: number,
  location: string
): void {
  const body = bodyRect(t);
  if (!Number.isInteger(index) || index < 0 || index + count > body.rowCount || count < 1)
    throw new ExcelDoubleError("ItemNotFound", location, `table row ${index} does not exist`);
  if (count >= body.rowCount)
    throw new ExcelDoubleError(
      "InvalidOperation",
      location,
      "a table keeps at least one data row (the double refuses to delete the last one)"
    );
  const sheet = state.sheet(t.sheetId, location);
  const from = body.row + index + count;
  const used = clampToUsed(sheet, {
    row: from,
    col: t.rect.col,
    rowCount: 1048576 - from,
    colCount: t.rect.colCount,
  });
  for (let r = 0; r < count; r++)
    for (let c = 0; c < t.rect.colCount; c++)
      sheet.grid.setCell(body.row + index + r, t.rect.col + c, { value: "" });
  if (used) {
    moveCells(
      sheet,
      {
        row: from,
        col: t.rect.col,
        rowCount: used.row + used.rowCount - from,
        colCount: t.rect.colCount,
      },
      -count,
      0
    );
  }
  t.rect = { ...t.rect, rowCount: t.rect.rowCount - count };
}

export function setShowTotals(
  state: WorkbookState,
  t: TableState,
  show: boolean,
  location: string
): void {
  if (show === t.showTotals) return;
  const sheet = state.sheet(t.sheetId, location);
  if (show) {
    const at = t.rect.row + t.rect.rowCount;
    insertRowsInColumns(sheet, at, t.rect.col, t.rect.colCount, 1);
    sheet.grid.setCell(at, t.rect.col, { value: "Total" });
    t.rect = { ...t.rect, rowCount: t.rect.rowCount + 1 };
  } else {
    const last = t.rect.row + t.rect.rowCount - 1;
    for (let c = 0; c < t.rect.colCount; c++)
      sheet.grid.setCell(last, t.rect.col + c, { value: "" });
    t.rect = { ...t.rect, rowCount: t.rect.rowCount - 1 };
  }
  t.showTotals = show;
}
