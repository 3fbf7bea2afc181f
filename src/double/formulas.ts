/**
 * References inside formulas, and the little evaluation the double does. The scanner is
 * formula-scan.ts, structured-reference specifiers struct-spec.ts, the rewrites references.ts.
 *
 * What Excel does, and the double models:
 * - Structured references name a table and its columns (`Table1[Revenue]`, `Table1[#All]`,
 *   `Table1[[#All],[Revenue]]`, `Table1[[#Data],[A]:[B]]`); "The names in structured references
 *   adjust whenever you add or remove data from the table" —
 *   https://support.microsoft.com/office/using-structured-references-with-excel-tables-f5ed2452-2337-4f71-bed3-c8ae6d2b276e
 *   The same page covers renaming a table or a column header (references follow) and converting a
 *   table to a range (references become regular A1 references); the double does both, converting to
 *   absolute references, sheet-qualified when the formula is on another sheet.
 * - Deleting a worksheet turns references to it into #REF! (`='CRM Summary'!B5` → `=#REF!B5`, value
 *   "#REF!"; a name `=Sales!$B$5` → `=#REF!$B$5`; a chart series on another sheet loses its source).
 *   Renaming a worksheet updates references to it. Deleting a table (Table.delete) or a column
 *   leaving it (Table.resize) turns structured references to it into #REF! (`=SUM(#REF!)`).
 *   No Microsoft page found for this project states these rules in so many words (the Office.js
 *   pages for Worksheet.delete, Worksheet.name and Table.delete are silent); they are how Excel
 *   behaves, and the strict reading for a double: what pointed at a deleted thing is broken.
 *
 * Not modelled (documented in src/double/README.md): A1 references do not move when cells are
 * inserted or deleted around them (table rows added or deleted); 3-D references (Sheet1:Sheet3!A1);
 * `[@Column]` / `[#This Row]` references are rewritten on renames but not evaluated.
 *
 * Evaluation: a formula cell's value, as Range.values reads it, is computed when the formula is a
 * single reference (`=A1`, `='CRM Summary'!B5`, `=MyName`, `=T[[#Data],[X]]` on one cell), `=SUM(...)`
 * of references, ranges, structured references, names and numbers, or a #REF! reference. Any other
 * formula keeps its stored value (the formula text when written through the API; the cached value
 * from the workbook JSON), except that a formula containing #REF! shows "#REF!".
 */
import { columnIndex, type Rect } from "./address";
import { isErrorValue } from "./cell-input";
import { scanFormula, type Token } from "./formula-scan";
import type { CellValue } from "./workbook-json";

/** Parses "$B$2:$C$9" (or "B:B", "2:5") into a rectangle. */
export function parseLocal(local: string): Rect | undefined {
  const parts = local.replace(/\$/g, "").split(":");
  const cell = (p: string) => {
    const m = /^([A-Za-z]{1,3})?(\d+)?$/.exec(p);
    if (!m) return undefined;
    return {
      col: m[1] ? columnIndex(m[1]) : undefined,
      row: m[2] ? Number(m[2]) - 1 : undefined,
    };
  };
  const a = cell(parts[0]);
  const b = parts.length > 1 ? cell(parts[1]) : a;
  if (!a || !b) return undefined;
  if (a.col !== undefined && a.row !== undefined && b.col !== undefined && b.row !== undefined) {
    const row = Math.min(a.row, b.row);
    const col = Math.min(a.col, b.col);
    return {
      row,
      col,
      rowCount: Math.abs(a.row - b.row) + 1,
      colCount: Math.abs(a.col - b.col) + 1,
    };
  }
  if (a.col !== undefined && b.col !== undefined && a.row === undefined && b.row === undefined) {
    const col = Math.min(a.col, b.col);
    return { row: 0, col, rowCount: 1048576, colCount: Math.abs(a.col - b.col) + 1 };
  }
  if (a.row !== undefined && b.row !== undefined && a.col === undefined && b.col === undefined) {
    const row = Math.min(a.row, b.row);
    return { row, col: 0, rowCount: Math.abs(a.row - b.row) + 1, colCount: 16384 };
  }
  return undefined;
}

/** A reference resolved for evaluation: cells on a sheet, an error, or not supported. */
export type Resolved = { sheetId: string; rect: Rect } | { error: string } | undefined;

export interface EvalHost {
  resolve(token: Token, sheetId: string): Resolved;
  value(sheetId: string, row: number, col: number): CellValue;
}

/** Splits "a, b, c" at top-level commas (not inside brackets, parentheses or strings). */
function splitArgs(text: string): string[] {
  const args: string[] = [];
  let depth = 0;
  let start = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') inString = !inString;
    if (inString) continue;
    if (ch === "'") {
      const close = text.indexOf("'", i + 1);
      if (close > i) i = close;
      continue;
    }
    if (ch === "(" || ch === "[") depth++;
    else if (ch === ")" || ch === "]") depth--;
    else if (ch === "," && depth === 0) {
      args.push(text.slice(start, i));
      start = i + 1;
    }
  }
  args.push(text.slice(start));
  return args;
}

function singleReference(text: string): Token | undefined {
  const tokens = scanFormula(text.trim());
  return tokens.length === 1 && tokens[0].kind !== "text" ? tokens[0] : undefined;
}

/**
 * The value of `formula` on `sheetId`, or undefined when the double does not evaluate it.
 * SUM follows Excel: numbers in references are added, text and booleans in references are ignored,
 * an error value in a reference is the result; a reference to an empty cell is 0.
 */
export function evaluateFormula(
  formula: string,
  sheetId: string,
  host: EvalHost
): CellValue | undefined {
  const body = formula.slice(1).trim();
  const single = singleReference(body);
  if (single) {
    const resolved = host.resolve(single, sheetId);
    if (!resolved) return undefined;
    if ("error" in resolved) return resolved.error;
    if (resolved.rect.rowCount !== 1 || resolved.rect.colCount !== 1) return undefined;
    const v = host.value(resolved.sheetId, resolved.rect.row, resolved.rect.col);
    return v === "" ? 0 : v;
  }
  const sum = /^SUM\s*\(([\s\S]*)\)$/i.exec(body);
  if (!sum) return undefined;
  let total = 0;
  for (const raw of splitArgs(sum[1])) {
    const arg = raw.trim();
    if (arg === "") continue;
    if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(arg)) {
      total += Number(arg);
      continue;
    }
    const token = singleReference(arg);
    if (!token) return undefined;
    const resolved = host.resolve(token, sheetId);
    if (!resolved) return undefined;
    if ("error" in resolved) return resolved.error;
    const { rect } = resolved;
    for (let r = rect.row; r < rect.row + rect.rowCount; r++) {
      for (let c = rect.col; c < rect.col + rect.colCount; c++) {
        const v = host.value(resolved.sheetId, r, c);
        if (typeof v === "number") total += v;
        else if (typeof v === "string" && isErrorValue(v)) return v;
      }
    }
  }
  return total;
}
