/**
 * What range reads and writes do to the workbook state, run at sync time.
 * Shapes: writing a 2-D array whose size differs from the range fails with InvalidArgument, as in
 * Excel (a single non-array value is applied to every cell, which Office.js also accepts at runtime).
 */
import { containsRect, MAX_COLUMNS, MAX_ROWS, type Rect, tryParseAddress } from "./address";
import { applyInput, applyJsonInput } from "./cell-input";
import { ExcelDoubleError } from "./errors";
import { formatCellText } from "./number-format-text";
import type { Cell } from "./sheet-grid";
import { GENERAL } from "./sheet-grid";
import type { CellValue } from "./workbook-json";
import type { SheetState } from "./sheet-state";
import type { RangeRef } from "./workbook-parts";
import type { WorkbookState } from "./workbook-state";

export function cellCount(rect: Rect): number {
  return rect.rowCount * rect.colCount;
}

/** Checks the 5,000,000-cell read limit before building a big array. */
export function checkReadable(
  state: WorkbookState,
  ref: RangeRef,
  location: string,
  limit: number
): SheetState {
  if (cellCount(ref.rect) > limit) {
    throw new ExcelDoubleError(
      "RangeExceedsLimit",
      location,
      `${cellCount(ref.rect)} cells > ${limit}`
    );
  }
  return state.sheet(ref.sheetId, location);
}

export function readGrid<V>(sheet: SheetState, rect: Rect, pick: (cell: Cell) => V): V[][] {
  const out: V[][] = [];
  for (let r = 0; r < rect.rowCount; r++) {
    const row: V[] = new Array(rect.colCount);
    for (let c = 0; c < rect.colCount; c++) row[c] = pick(sheet.cellAt(rect.row + r, rect.col + c));
    out.push(row);
  }
  return out;
}

export const pickValue = (cell: Cell): CellValue => cell.value;
export const pickFormula = (cell: Cell): CellValue => cell.formula ?? cell.value;
export const pickNumberFormat = (cell: Cell): string => cell.numberFormat ?? GENERAL;
export const pickText = (cell: Cell): string =>
  formatCellText(cell.value, cell.numberFormat ?? GENERAL);

/** Returns a per-cell accessor for `input`, after checking it fits the rectangle. */
export function shapeOf(
  input: unknown,
  rect: Rect,
  location: string
): (r: number, c: number) => unknown {
  if (!Array.isArray(input)) return () => input;
  const rowsOk = input.length === rect.rowCount;
  const colsOk = input.every((row) => Array.isArray(row) && row.length === rect.colCount);
  if (!rowsOk || !colsOk) {
    const got = `${input.length}x${Array.isArray(input[0]) ? input[0].length : "?"}`;
    throw new ExcelDoubleError(
      "InvalidArgument",
      location,
      `the array is ${got} but the range is ${rect.rowCount}x${rect.colCount}`
    );
  }
  return (r, c) => (input as unknown[][])[r][c];
}

function forEachCell(rect: Rect, visit: (r: number, c: number) => void): void {
  // Whole rows/columns: only cells that exist matter, but the double keeps it simple and bounded.
  const rows = Math.min(rect.rowCount, MAX_ROWS);
  const cols = Math.min(rect.colCount, MAX_COLUMNS);
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) visit(rect.row + r, rect.col + c);
}

/** Writes `input` (already shaped to the range) cell by cell through `apply` (cell-input.ts). */
function writeCells(
  state: WorkbookState,
  ref: RangeRef,
  at: (r: number, c: number) => unknown,
  location: string,
  apply: (cell: Cell, input: unknown, location: string) => Cell
): void {
  const sheet = state.sheet(ref.sheetId, location);
  forEachCell(ref.rect, (r, c) => {
    const value = at(r - ref.rect.row, c - ref.rect.col);
    sheet.grid.updateCell(r, c, (cell) => apply(cell, value, location));
  });
}

export function writeValues(
  state: WorkbookState,
  ref: RangeRef,
  input: unknown,
  location: string
): void {
  state.sheet(ref.sheetId, location);
  writeCells(state, ref, shapeOf(input, ref.rect, location), location, applyInput);
}

/** Range.valuesAsJson = typed values (cell-input.ts): same shape rules as Range.values. */
export function writeValuesAsJson(
  state: WorkbookState,
  ref: RangeRef,
  input: unknown,
  location: string
): void {
  if (!Array.isArray(input))
    throw new ExcelDoubleError("InvalidArgument", location, "valuesAsJson takes a 2-D array");
  state.sheet(ref.sheetId, location);
  const at = shapeOf(input, ref.rect, location);
  // Every value is checked before any cell changes: one malformed value writes nothing.
  forEachCell(ref.rect, (r, c) =>
    applyJsonInput({ value: "" }, at(r - ref.rect.row, c - ref.rect.col), location)
  );
  writeCells(state, ref, at, location, applyJsonInput);
}

export function writeNumberFormat(
  state: WorkbookState,
  ref: RangeRef,
  input: unknown,
  location: string
): void {
  const sheet = state.sheet(ref.sheetId, location);
  const at = shapeOf(input, ref.rect, location);
  forEachCell(ref.rect, (r, c) => {
    const format = at(r - ref.rect.row, c - ref.rect.col);
    if (format === null || format === undefined) return;
    if (typeof format !== "string")
      throw new ExcelDoubleError("InvalidArgument", location, "number formats are strings");
    sheet.grid.updateCell(r, c, (cell) => ({ ...cell, numberFormat: format }));
  });
}

export function updateCells(
  state: WorkbookState,
  ref: RangeRef,
  location: string,
  change: (cell: Cell) => Cell
): void {
  const sheet = state.sheet(ref.sheetId, location);
  forEachCell(ref.rect, (r, c) => sheet.grid.updateCell(r, c, change));
}

/**
 * Range.clear(applyTo) — Excel.ClearApplyTo (https://learn.microsoft.com/javascript/api/excel/excel.clearapplyto):
 * "All" clears everything; "Contents" "Clears the contents of the range, leaving formatting intact";
 * "Formats" "Clears all formatting for the range, leaving values intact"; "Hyperlinks" (ExcelApi 1.7)
 * "Clears all hyperlinks, but leaves all content and formatting intact" — the double has no
 * hyperlinks, so nothing changes; "RemoveHyperlinks" (1.7) "Removes hyperlinks and formatting for
 * the cell but leaves content" — formats go; "ResetContents" (1.18) "Sets all cells in the range to
 * their default state ... Cells without cell controls are set to blank" — the double has no cell
 * controls and reads it as "Contents" (the page does not say formats are reset).
 * Formats the double stores by address (SheetJson.rangeFormats) go when their address lies inside
 * the cleared range; column widths are not formatting of cells and stay.
 */
export function clearRange(
  state: WorkbookState,
  ref: RangeRef,
  applyTo: string,
  location: string
): void {
  const sheet = state.sheet(ref.sheetId, location);
  const contents = applyTo === "All" || applyTo === "Contents" || applyTo === "ResetContents";
  const formats = applyTo === "All" || applyTo === "Formats" || applyTo === "RemoveHyperlinks";
  if (!contents && !formats) return;
  if (formats) {
    for (const address of [...sheet.rangeFormats.keys()]) {
      const parsed = tryParseAddress(address);
      if (parsed && containsRect(ref.rect, parsed.rect)) sheet.rangeFormats.delete(address);
    }
  }
  const rect = clampToUsed(sheet, ref.rect);
  if (!rect) return;
  forEachCell(rect, (r, c) => {
    if (!contents && !sheet.grid.hasFormatting(r, c)) return;
    if (!formats && sheet.grid.isBlank(r, c)) return;
    sheet.grid.updateCell(r, c, (cell) => {
      if (!formats) return { ...cell, value: "", formula: undefined };
      if (!contents) return { value: cell.value, formula: cell.formula };
      return { value: "" };
    });
  });
}

export const CLEAR_APPLY_TO: Record<string, string | undefined> = {
  All: undefined,
  Contents: undefined,
  Formats: undefined,
  Hyperlinks: "1.7",
  RemoveHyperlinks: "1.7",
  ResetContents: "1.18",
};

/** Same value for every cell → that value; mixed → null, as Excel reports mixed formats. */
export function uniformValue<V>(sheet: SheetState, rect: Rect, pick: (cell: Cell) => V): V | null {
  const bounded = clampToUsed(sheet, rect) ?? { ...rect, rowCount: 1, colCount: 1 };
  let first: V | undefined;
  let seen = false;
  const covered = bounded.rowCount * bounded.colCount === rect.rowCount * rect.colCount;
  for (let r = 0; r < bounded.rowCount; r++) {
    for (let c = 0; c < bounded.colCount; c++) {
      const v = pick(sheet.grid.getCell(bounded.row + r, bounded.col + c));
      if (!seen) {
        first = v;
        seen = true;
      } else if (v !== first) return null;
    }
  }
  // Cells outside the used area are default-formatted.
  if (!covered && first !== pick({ value: "" })) return null;
  return first as V;
}

/** Intersection of a (possibly whole-column) rectangle with the sheet's used area. */
export function clampToUsed(sheet: SheetState, rect: Rect): Rect | undefined {
  const used = sheet.grid.usedRect(false);
  if (!used) return undefined;
  const row = Math.max(rect.row, 0);
  const col = Math.max(rect.col, 0);
  const lastRow = Math.min(rect.row + rect.rowCount, used.row + used.rowCount);
  const lastCol = Math.min(rect.col + rect.colCount, used.col + used.colCount);
  if (lastRow <= row || lastCol <= col) return undefined;
  return { row, col, rowCount: lastRow - row, colCount: lastCol - col };
}

/**
 * Range.getSurroundingRegion: "the current region ... bounded by any combination of blank rows and
 * blank columns relative to this range" (Ctrl+A / CurrentRegion in VBA).
 * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getsurroundingregion-member(1)
 */
export function surroundingRegion(sheet: SheetState, rect: Rect): Rect {
  // "the surrounding region for the top-left cell in this range"
  let { row, col } = rect;
  let lastRow = rect.row;
  let lastCol = rect.col;
  const filled = (r: number, c: number) =>
    r >= 0 && c >= 0 && r < MAX_ROWS && c < MAX_COLUMNS && !sheet.grid.isBlank(r, c);
  const rowHas = (r: number, c0: number, c1: number) => {
    for (let c = c0; c <= c1; c++) if (filled(r, c)) return true;
    return false;
  };
  const colHas = (c: number, r0: number, r1: number) => {
    for (let r = r0; r <= r1; r++) if (filled(r, c)) return true;
    return false;
  };
  for (let grew = true; grew;) {
    grew = false;
    if (row > 0 && rowHas(row - 1, col - 1, lastCol + 1)) (row--, (grew = true));
    if (lastRow < MAX_ROWS - 1 && rowHas(lastRow + 1, col - 1, lastCol + 1))
      (lastRow++, (grew = true));
    if (col > 0 && colHas(col - 1, row - 1, lastRow + 1)) (col--, (grew = true));
    if (lastCol < MAX_COLUMNS - 1 && colHas(lastCol + 1, row - 1, lastRow + 1))
      (lastCol++, (grew = true));
  }
  return { row, col, rowCount: lastRow - row + 1, colCount: lastCol - col + 1 };
}

/** true when all rows are hidden, false when none, null when mixed (Range.rowHidden). */
export function hiddenState(hidden: Set<number>, start: number, count: number): boolean | null {
  if (hidden.size === 0) return false;
  let hiddenCount = 0;
  for (let i = start; i < start + count; i++) if (hidden.has(i)) hiddenCount++;
  return hiddenCount === 0 ? false : hiddenCount === count ? true : null;
}

export function setHidden(hidden: Set<number>, start: number, count: number, value: boolean): void {
  for (let i = start; i < start + count; i++) {
    if (value) hidden.add(i);
    else hidden.delete(i);
  }
}

/** Copies cells from one place to another within a sheet, in an order safe for overlaps. */
export function moveCells(sheet: SheetState, from: Rect, rowShift: number, colShift: number): void {
  const rows = [...Array(from.rowCount).keys()];
  const cols = [...Array(from.colCount).keys()];
  if (rowShift > 0) rows.reverse();
  if (colShift > 0) cols.reverse();
  for (const dr of rows) {
    for (const dc of cols) {
      const r = from.row + dr;
      const c = from.col + dc;
      const cell = sheet.grid.getCell(r, c);
      sheet.grid.setCell(r + rowShift, c + colShift, cell);
      sheet.grid.setCell(r, c, { value: "" });
    }
  }
}
