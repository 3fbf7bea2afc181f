/**
 * A1 addresses as Range.address gives them ("Sales!A1:F2001", "'Q1 Sales'!$A$1", whole columns
 * "Sales!A:C", whole rows "Sales!1:11") and the zero-based rectangles the adapter computes with.
 * Pure functions: no Excel calls. Where Excel can give a range's position (rowIndex, columnIndex,
 * rowCount, columnCount) the adapter asks it instead of parsing; parsing is for addresses the add-in
 * saved itself.
 *
 * Microsoft documents Range.address only as "the range reference in A1-style ... (e.g.,
 * "Sheet1!A1:B4")" (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-address-member);
 * the whole-column/row forms ("A:C", "1:11", the whole sheet as "1:1048576", with or without "$")
 * are Excel's A1 reference syntax, not shown on that page.
 */

/** Excel's grid (https://support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3). */
export const SHEET_ROWS = 1_048_576;
export const SHEET_COLUMNS = 16_384;

/** A rectangle of cells, zero-based like Range.rowIndex / columnIndex. */
export interface CellRect {
  row: number;
  col: number;
  rowCount: number;
  colCount: number;
}

export interface SheetRect extends CellRect {
  sheet: string;
}

export function columnLetters(col: number): string {
  let n = col + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** 0-based column index of column letters: A → 0, AA → 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Quotes a sheet name for a reference when Excel would ('Q1 Sales'!A1, 'It''s'!A1). */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

/** "A1" or "A1:C10" (no sheet); whole columns "A:C" and whole rows "1:11", as Excel writes them. */
export function localAddress(rect: CellRect): string {
  if (rect.col === 0 && rect.colCount === SHEET_COLUMNS)
    return `${rect.row + 1}:${rect.row + rect.rowCount}`;
  if (rect.row === 0 && rect.rowCount === SHEET_ROWS)
    return `${columnLetters(rect.col)}:${columnLetters(rect.col + rect.colCount - 1)}`;
  const first = `${columnLetters(rect.col)}${rect.row + 1}`;
  if (rect.rowCount === 1 && rect.colCount === 1) return first;
  const last = `${columnLetters(rect.col + rect.colCount - 1)}${rect.row + rect.rowCount}`;
  return `${first}:${last}`;
}

/** "Sales!A1:C10", quoting the sheet name when needed. */
export function sheetAddress(rect: SheetRect): string {
  return `${quoteSheet(rect.sheet)}!${localAddress(rect)}`;
}

/**
 * The sheet name quoted from the apostrophe at `start` ("''" inside is one apostrophe); `end` is the
 * index of the closing apostrophe, or the text's length when there is none.
 */
export function quotedName(text: string, start: number): { name: string; end: number } {
  let i = start + 1;
  let name = "";
  while (i < text.length) {
    if (text[i] === "'") {
      if (text[i + 1] !== "'") break;
      name += "'";
      i += 2;
      continue;
    }
    name += text[i++];
  }
  return { name, end: i };
}

/** Splits "Sheet!A1:B2" / "'My sheet'!A1" into the sheet name (unquoted) and the local part. */
export function splitSheet(address: string): { sheet?: string; local: string } {
  const text = address.trim();
  if (text.startsWith("'")) {
    const { name, end } = quotedName(text, 0);
    return { sheet: name, local: text.slice(end + 2) };
  }
  const bang = text.lastIndexOf("!");
  return bang < 0 ? { local: text } : { sheet: text.slice(0, bang), local: text.slice(bang + 1) };
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d+)$/;

/** "A:C" / "$A:$C" (whole columns) or "1:11" / "$1:$11" (whole rows); undefined otherwise. */
function parseWholeLines(local: string): CellRect | undefined {
  const parts = local.split(":");
  if (parts.length !== 2) return undefined;
  const [c1, c2] = parts.map((p) => COLUMN.exec(p));
  if (c1 && c2) {
    const a = columnIndex(c1[1]);
    const b = columnIndex(c2[1]);
    return { row: 0, col: Math.min(a, b), rowCount: SHEET_ROWS, colCount: Math.abs(b - a) + 1 };
  }
  const [r1, r2] = parts.map((p) => ROW.exec(p));
  if (r1 && r2) {
    const a = Number(r1[1]) - 1;
    const b = Number(r2[1]) - 1;
    if (a < 0 || b < 0) return undefined;
    return { row: Math.min(a, b), col: 0, rowCount: Math.abs(b - a) + 1, colCount: SHEET_COLUMNS };
  }
  return undefined;
}

/**
 * Parses a sheet-qualified A1 address of a cell, a rectangle, whole columns ("Sales!A:C") or whole
 * rows ("Sales!$1:$11"); undefined when it is not one.
 */
export function parseSheetAddress(address: string): SheetRect | undefined {
  const { sheet, local } = splitSheet(address);
  if (sheet === undefined || sheet === "") return undefined;
  const lines = parseWholeLines(local);
  if (lines) return { sheet, ...lines };
  const parts = local.split(":");
  if (parts.length > 2) return undefined;
  const [a, b] = parts;
  const first = CELL.exec(a ?? "");
  const last = CELL.exec(b ?? a ?? "");
  if (!first || !last) return undefined;
  const r1 = Number(first[2]) - 1;
  const r2 = Number(last[2]) - 1;
  const c1 = columnIndex(first[1]);
  const c2 = columnIndex(last[1]);
  return {
    sheet,
    row: Math.min(r1, r2),
    col: Math.min(c1, c2),
    rowCount: Math.abs(r2 - r1) + 1,
    colCount: Math.abs(c2 - c1) + 1,
  };
}

/** Like parseSheetAddress, but throws a readable error. */
export function requireSheetAddress(address: string): SheetRect {
  const rect = parseSheetAddress(address);
  if (!rect) throw new Error(`Not a sheet address: ${address}`);
  return rect;
}

export function sameSheet(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** The parts of `a` outside `b` (same sheet assumed): up to four rectangles. */
export function rectMinus<R extends CellRect>(a: R, b: CellRect | undefined): R[] {
  if (!b) return [a];
  const top = Math.max(a.row, b.row);
  const bottom = Math.min(a.row + a.rowCount, b.row + b.rowCount);
  const left = Math.max(a.col, b.col);
  const right = Math.min(a.col + a.colCount, b.col + b.colCount);
  if (top >= bottom || left >= right) return [a];
  const parts: R[] = [];
  if (a.row < top) parts.push({ ...a, rowCount: top - a.row });
  if (bottom < a.row + a.rowCount)
    parts.push({ ...a, row: bottom, rowCount: a.row + a.rowCount - bottom });
  if (a.col < left) parts.push({ ...a, row: top, rowCount: bottom - top, colCount: left - a.col });
  if (right < a.col + a.colCount)
    parts.push({
      ...a,
      row: top,
      rowCount: bottom - top,
      col: right,
      colCount: a.col + a.colCount - right,
    });
  return parts;
}

/** Bounding box of rectangles; undefined for none. */
export function boundingRect(rects: readonly CellRect[]): CellRect | undefined {
  if (rects.length === 0) return undefined;
  const row = Math.min(...rects.map((r) => r.row));
  const col = Math.min(...rects.map((r) => r.col));
  const end = Math.max(...rects.map((r) => r.row + r.rowCount));
  const right = Math.max(...rects.map((r) => r.col + r.colCount));
  return { row, col, rowCount: end - row, colCount: right - col };
}
