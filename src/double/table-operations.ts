/**
 * What table calls do to the workbook state. Semantics from
 * https://learn.microsoft.com/javascript/api/excel/excel.tablecollection#excel-excel-tablecollection-add-member(1)
 * and https://learn.microsoft.com/javascript/api/excel/excel.tablecolumncollection#excel-excel-tablecolumncollection-add-member(1):
 * header cells become unique column names ("Column1" for blanks), tables cannot overlap, new rows and
 * columns insert cells (shifting what is below/right of the table) rather than overwrite them.
 */
import { intersectRects, type Rect, tryParseAddress } from "./address";
import { applyInput } from "./cell-input";
import { ExcelDoubleError } from "./errors";
import { moveCells, shapeOf, clampToUsed } from "./range-operations";
import type { SheetState } from "./sheet-state";
import type { RangeRef, TableState } from "./workbook-parts";
import type { WorkbookState } from "./workbook-state";

const NAME_PATTERN = /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/;

/** Table and defined names share Excel's naming rules and namespace. */
export function validateWorkbookName(
  state: WorkbookState,
  name: string,
  location: string,
  except?: string
): void {
  if (
    !NAME_PATTERN.test(name) ||
    name.length > 255 ||
    tryParseAddress(name) ||
    /^[RrCc]$/.test(name) ||
    /^R\d*C\d*$/i.test(name)
  ) {
    throw new ExcelDoubleError("InvalidArgument", location, `invalid name ${JSON.stringify(name)}`);
  }
  const lower = name.toLowerCase();
  const clash =
    state.tables.some((t) => t.name.toLowerCase() === lower && t.id !== except) ||
    state.names.some((n) => n.name.toLowerCase() === lower && n.name !== except);
  if (clash)
    throw new ExcelDoubleError("ItemAlreadyExists", location, `name ${name} already exists`);
}

export function addTable(
  state: WorkbookState,
  ref: RangeRef,
  hasHeaders: boolean,
  location: string
): TableState {
  if (!hasHeaders) {
    throw new ExcelDoubleError(
      "NotImplemented",
      location,
      "the double only supports hasHeaders = true (write headers first)"
    );
  }
  const rect: Rect = { ...ref.rect };
  // A table always has at least one data row.
  if (rect.rowCount === 1) rect.rowCount = 2;
  for (const other of state.tables) {
    if (other.sheetId === ref.sheetId && intersectRects(other.rect, rect)) {
      throw new ExcelDoubleError("MergedRangeConflict", location, `overlaps table ${other.name}`);
    }
  }
  const sheet = state.sheet(ref.sheetId, location);
  uniqueHeaders(sheet, rect);
  let n = state.tables.length + 1;
  while (state.findTableByName(`Table${n}`) || state.findName(`Table${n}`)) n++;
  const table: TableState = {
    id: state.newId("table"),
    name: `Table${n}`,
    sheetId: ref.sheetId,
    rect,
    showHeaders: true,
    showTotals: false,
    style: "TableStyleMedium2",
  };
  state.tables.push(table);
  return table;
}

/** Header cells become unique strings: blanks → "ColumnN", duplicates → "Name2". */
function uniqueHeaders(sheet: SheetState, rect: Rect): void {
  const seen = new Set<string>();
  for (let c = 0; c < rect.colCount; c++) {
    const raw = sheet.grid.getValue(rect.row, rect.col + c);
    let name = raw === "" ? `Column${c + 1}` : String(raw);
    const base = name;
    for (let k = 2; seen.has(name.toLowerCase()); k++) name = `${base}${k}`;
    seen.add(name.toLowerCase());
    if (name !== raw)
      sheet.grid.updateCell(rect.row, rect.col + c, (cell) => ({
        ...cell,
        value: name,
        formula: undefined,
      }));
  }
}

export function headerRect(t: TableState): Rect | undefined {
  return t.showHeaders ? { ...t.rect, rowCount: 1 } : undefined;
}

export function bodyRect(t: TableState): Rect {
  const top = t.showHeaders ? 1 : 0;
  const bottom = t.showTotals ? 1 : 0;
  return { ...t.rect, row: t.rect.row + top, rowCount: t.rect.rowCount - top - bottom };
}

export function totalRect(t: TableState): Rect | undefined {
  return t.showTotals
    ? { ...t.rect, row: t.rect.row + t.rect.rowCount - 1, rowCount: 1 }
    : undefined;
}

export function columnNames(state: WorkbookState, t: TableState): string[] {
  const sheet = state.sheet(t.sheetId, "Table.columns");
  return Array.from({ length: t.rect.colCount }, (_, c) =>
    String(sheet.grid.getValue(t.rect.row, t.rect.col + c))
  );
}

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
    for (const other of state.tables)
      if (other.id !== t.id && other.sheetId === t.sheetId && intersectRects(other.rect, target))
        throw new ExcelDoubleError("MergedRangeConflict", location, `overlaps table ${other.name}`);
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

/**
 * Table.resize(newRange) — ExcelApi 1.13: "The new range must overlap with the original table range
 * and the headers (or the top of the table) must be in the same row."
 * https://learn.microsoft.com/javascript/api/excel/excel.table#excel-excel-table-resize-member(1)
 * The page is silent on the rest; the double is strict: the range must be on the table's sheet, keep
 * a header and at least one data row, and not overlap another table (MergedRangeConflict, as for
 * TableCollection.add). Cells are neither inserted nor moved; cells left outside keep their content;
 * header cells the table takes over get unique names like new tables do. Tables with a total row
 * are not modelled (NotImplemented).
 */
export function resizeTable(
  state: WorkbookState,
  t: TableState,
  ref: RangeRef,
  location: string
): void {
  if (ref.sheetId !== t.sheetId)
    throw new ExcelDoubleError("InvalidArgument", location, "the range is on another worksheet");
  if (ref.rect.row !== t.rect.row)
    throw new ExcelDoubleError("InvalidArgument", location, "the header row must stay in place");
  if (!intersectRects(ref.rect, t.rect))
    throw new ExcelDoubleError("InvalidArgument", location, "must overlap the original table");
  if (t.showTotals)
    throw new ExcelDoubleError("NotImplemented", location, "resizing a table with a total row");
  if (ref.rect.rowCount < (t.showHeaders ? 2 : 1))
    throw new ExcelDoubleError("InvalidArgument", location, "a table needs a data row");
  for (const other of state.tables) {
    if (other.id !== t.id && other.sheetId === t.sheetId && intersectRects(other.rect, ref.rect))
      throw new ExcelDoubleError("MergedRangeConflict", location, `overlaps table ${other.name}`);
  }
  t.rect = { ...ref.rect };
  if (t.showHeaders) uniqueHeaders(state.sheet(t.sheetId, location), t.rect);
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

export function deleteTable(
  state: WorkbookState,
  t: TableState,
  keepData: boolean,
  location: string
): void {
  if (!keepData) {
    const sheet = state.sheet(t.sheetId, location);
    for (let r = 0; r < t.rect.rowCount; r++)
      for (let c = 0; c < t.rect.colCount; c++)
        sheet.grid.setCell(t.rect.row + r, t.rect.col + c, { value: "" });
  }
  state.tables = state.tables.filter((x) => x.id !== t.id);
}
