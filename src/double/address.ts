/**
 * A1 addresses: parsing ("Sheet1!A1:C10", "'Q1 Sales'!$A$1", "A:C", "2:5") and formatting the way
 * Range.address returns them ("Sheet1!A1:C10", sheet names quoted when they contain anything but
 * letters, digits, underscores and dots).
 * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-address-member
 */
import { columnIndex, columnLetters, quotedName, quoteSheet as quoteSheetName } from "../excel/a1";
import { ExcelDoubleError } from "./errors";

/**
 * Column letters and indexes, sheet-name quoting and unquoting: the add-in's one A1 helper
 * (src/excel/a1.ts), which is pure; the double adds Excel's refusals (InvalidArgument) around it.
 */
export { columnIndex, columnLetters, quotedName, quoteSheetName };

/** Excel's grid limits (https://support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3). */
export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

/** A rectangle of cells, zero-based, as rowIndex/columnIndex/rowCount/columnCount in the API. */
export interface Rect {
  row: number;
  col: number;
  rowCount: number;
  colCount: number;
}

export interface ParsedAddress {
  sheet?: string;
  rect: Rect;
}

/** Splits "Sheet!A1" / "'My sheet'!A1" into sheet name and local part; the sheet is undefined without "!". */
export function splitSheet(address: string): { sheet?: string; local: string } {
  const trimmed = address.trim();
  if (trimmed.startsWith("'")) {
    const { name, end: i } = quotedName(trimmed, 0);
    if (trimmed[i] !== "'" || trimmed[i + 1] !== "!") throw invalid(address);
    return { sheet: name, local: trimmed.slice(i + 2) };
  }
  const bang = trimmed.lastIndexOf("!");
  if (bang < 0) return { local: trimmed };
  return { sheet: trimmed.slice(0, bang), local: trimmed.slice(bang + 1) };
}

interface Ref {
  row?: number;
  col?: number;
}

function parseRef(text: string): Ref | undefined {
  const m = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/.exec(text);
  if (!m || (!m[1] && !m[2])) return undefined;
  const ref: Ref = {};
  if (m[1]) ref.col = columnIndex(m[1]);
  if (m[2]) ref.row = Number(m[2]) - 1;
  if (
    (ref.col !== undefined && ref.col >= MAX_COLUMNS) ||
    (ref.row !== undefined && (ref.row < 0 || ref.row >= MAX_ROWS))
  )
    return undefined;
  return ref;
}

function invalid(address: string): ExcelDoubleError {
  return new ExcelDoubleError(
    "InvalidArgument",
    "address",
    `not a valid A1 address: ${JSON.stringify(address)}`
  );
}

/** Parses an A1 reference; returns undefined when the text is not an A1 reference (it may be a name). */
export function tryParseAddress(address: string): ParsedAddress | undefined {
  let split: { sheet?: string; local: string };
  try {
    split = splitSheet(address);
  } catch {
    return undefined;
  }
  const parts = split.local.split(":");
  if (parts.length > 2) return undefined;
  const a = parseRef(parts[0]);
  const b = parts.length === 2 ? parseRef(parts[1]) : a;
  if (!a || !b) return undefined;
  const aKind = kindOf(a);
  if (aKind !== kindOf(b)) return undefined;
  // A lone "A" or "5" is not a reference; whole columns/rows need the ":" form.
  if (aKind !== "cell" && parts.length === 1) return undefined;
  let rect: Rect;
  if (aKind === "cell") {
    const r0 = Math.min(a.row!, b.row!);
    const c0 = Math.min(a.col!, b.col!);
    rect = {
      row: r0,
      col: c0,
      rowCount: Math.abs(a.row! - b.row!) + 1,
      colCount: Math.abs(a.col! - b.col!) + 1,
    };
  } else if (aKind === "column") {
    const c0 = Math.min(a.col!, b.col!);
    rect = { row: 0, col: c0, rowCount: MAX_ROWS, colCount: Math.abs(a.col! - b.col!) + 1 };
  } else {
    const r0 = Math.min(a.row!, b.row!);
    rect = { row: r0, col: 0, rowCount: Math.abs(a.row! - b.row!) + 1, colCount: MAX_COLUMNS };
  }
  return { sheet: split.sheet, rect };
}

function kindOf(ref: Ref): "cell" | "column" | "row" {
  if (ref.row !== undefined && ref.col !== undefined) return "cell";
  return ref.col !== undefined ? "column" : "row";
}

export function parseAddress(address: string): ParsedAddress {
  const parsed = tryParseAddress(address);
  if (!parsed) throw invalid(address);
  return parsed;
}

/** "A1:C10" (or "A1" for one cell, "A:C" for whole columns, "2:5" for whole rows); `absolute` adds "$". */
export function formatLocal(rect: Rect, absolute = false): string {
  const d = absolute ? "$" : "";
  const lastRow = rect.row + rect.rowCount - 1;
  const lastCol = rect.col + rect.colCount - 1;
  // The whole sheet is "1:1048576", as Excel writes it.
  if (rect.col === 0 && rect.colCount === MAX_COLUMNS)
    return `${d}${rect.row + 1}:${d}${lastRow + 1}`;
  if (rect.row === 0 && rect.rowCount === MAX_ROWS)
    return `${d}${columnLetters(rect.col)}:${d}${columnLetters(lastCol)}`;
  const start = `${d}${columnLetters(rect.col)}${d}${rect.row + 1}`;
  if (rect.rowCount === 1 && rect.colCount === 1) return start;
  return `${start}:${d}${columnLetters(lastCol)}${d}${lastRow + 1}`;
}

export function formatAddress(sheet: string, rect: Rect, absolute = false): string {
  return `${quoteSheetName(sheet)}!${formatLocal(rect, absolute)}`;
}

export function intersectRects(a: Rect, b: Rect): Rect | undefined {
  const row = Math.max(a.row, b.row);
  const col = Math.max(a.col, b.col);
  const lastRow = Math.min(a.row + a.rowCount, b.row + b.rowCount);
  const lastCol = Math.min(a.col + a.colCount, b.col + b.colCount);
  if (lastRow <= row || lastCol <= col) return undefined;
  return { row, col, rowCount: lastRow - row, colCount: lastCol - col };
}

export function boundingRect(a: Rect, b: Rect): Rect {
  const row = Math.min(a.row, b.row);
  const col = Math.min(a.col, b.col);
  const lastRow = Math.max(a.row + a.rowCount, b.row + b.rowCount);
  const lastCol = Math.max(a.col + a.colCount, b.col + b.colCount);
  return { row, col, rowCount: lastRow - row, colCount: lastCol - col };
}

export function containsRect(outer: Rect, inner: Rect): boolean {
  return (
    inner.row >= outer.row &&
    inner.col >= outer.col &&
    inner.row + inner.rowCount <= outer.row + outer.rowCount &&
    inner.col + inner.colCount <= outer.col + outer.colCount
  );
}

export function rectInGrid(rect: Rect): boolean {
  return (
    rect.row >= 0 &&
    rect.col >= 0 &&
    rect.rowCount >= 1 &&
    rect.colCount >= 1 &&
    rect.row + rect.rowCount <= MAX_ROWS &&
    rect.col + rect.colCount <= MAX_COLUMNS
  );
}
