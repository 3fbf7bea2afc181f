/**
 * TableColumnCollection.add: a new column inserts cells in the table's rows, shifting what is right
 * of the table, within Excel on the web's OperationCellsExceedLimit.
 */
import type { Rect } from "./address";
import { applyInput } from "./cell-input";
import { ExcelDoubleError } from "./errors";
import { clampToUsed, moveCells, shapeOf } from "./range-operations";
import type { SheetState } from "./sheet-state";
import { columnNames } from "./table-areas";
import type { TableState } from "./workbook-parts";
import type { WorkbookState } from "./workbook-state";

/** Inserts `count` blank cells at column `at` in the table's rows, pushing cells to the right. */
function insertColumnsInRows(
  sheet: SheetState,
  at: number,
  row: number,
  rowCount: number,
  count: number
): void {
  const used = clampToUsed(sheet, { row, col: at, rowCount, colCount: 16384 - at });
  if (used)
    moveCells(sheet, { row, col: at, rowCount, colCount: used.col + used.colCount - at }, 0, count);
}

/**
 * "The attempted operation affects more than the limit of 33554000 cells." — Excel's
 * OperationCellsExceedLimit, which Microsoft's error table ties to TableColumnCollection.add:
 * "(number of table rows) x (16383 - (number of table columns))" cells; "This error only occurs in
 * Excel on the web." Its remedy is to remove data "within the worksheet but outside of the table
 * ... in the right-most columns", so the double raises it only when the insert would move cells
 * (some used cell right of the table, in its rows); that an add with nothing to the right never
 * raises it is the double's reading, not stated on the page.
 * https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling
 */
export const OPERATION_CELL_LIMIT = 33_554_000;

export function columnAddCells(t: TableState): number {
  return t.rect.rowCount * (16383 - t.rect.colCount);
}

/**
 * TableColumnCollection.add(index, values, name): "If null or -1, the addition happens at the end.
 * Columns with a higher index will be shifted to the side."
 * (https://learn.microsoft.com/javascript/api/excel/excel.tablecolumncollection#excel-excel-tablecolumncollection-add-member(1)).
 * The page is silent about the worksheet cells right of the table; the double does what Excel's
 * "Insert Table Columns to the Right" does and what the OperationCellsExceedLimit note implies:
 * the cells right of the table, in the table's rows only, shift one column right (values and
 * formats), so a user's notes there move and no longer line up with the rows above and below.
 */
export function addTableColumn(
  state: WorkbookState,
  t: TableState,
  index: number | undefined | null,
  values: unknown,
  name: string | undefined,
  location: string,
  platform: "desktop" | "web" = "desktop"
): number {
  const position = index === undefined || index === null ? t.rect.colCount : index;
  if (position < 0 || position > t.rect.colCount)
    throw new ExcelDoubleError("InvalidArgument", location, `column index ${index}`);
  const target: Rect = {
    row: t.rect.row,
    col: t.rect.col + position,
    rowCount: t.rect.rowCount,
    colCount: 1,
  };
  // "values: A 2D array of unformatted values of the table column" — header row included.
  const at =
    values === undefined || values === null ? undefined : shapeOf(values, target, location);
  if (at && !Array.isArray(values))
    throw new ExcelDoubleError("InvalidArgument", location, "values must be a 2-D array");
  const sheet = state.sheet(t.sheetId, location);
  const right = t.rect.col + t.rect.colCount;
  const shifted = {
    row: t.rect.row,
    col: right,
    rowCount: t.rect.rowCount,
    colCount: 16384 - right,
  };
  const moves = right < 16384 && sheet.grid.usedRect(false, shifted) !== undefined;
  if (platform === "web" && moves && columnAddCells(t) > OPERATION_CELL_LIMIT)
    throw new ExcelDoubleError(
      "OperationCellsExceedLimit",
      location,
      `${t.rect.rowCount} rows x (16383 - ${t.rect.colCount} columns) = ${columnAddCells(t)} cells > ${OPERATION_CELL_LIMIT}`
    );
  insertColumnsInRows(sheet, target.col, t.rect.row, t.rect.rowCount, 1);
  t.rect = { ...t.rect, colCount: t.rect.colCount + 1 };
  for (let r = 0; r < target.rowCount; r++) {
    const v = at ? at(r, 0) : "";
    sheet.grid.updateCell(target.row + r, target.col, (cell) => applyInput(cell, v, location));
  }
  const existing = new Set(
    columnNames(state, t)
      .filter((_, c) => c !== position)
      .map((n) => n.toLowerCase())
  );
  let header = name ?? String(sheet.grid.getValue(target.row, target.col));
  if (header === "") header = `Column${position + 1}`;
  const base = header;
  for (let k = 2; existing.has(header.toLowerCase()); k++) header = `${base}${k}`;
  sheet.grid.updateCell(target.row, target.col, (cell) => ({
    ...cell,
    value: header,
    formula: undefined,
  }));
  return position;
}
