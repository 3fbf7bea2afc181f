/**
 * References inside formulas, and the little evaluation the double does.
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
import { columnIndex, formatLocal, quoteSheetName, type Rect } from "./address";
import { isErrorValue } from "./cell-input";
import type { CellValue } from "./workbook-json";

export type Token =
  | { kind: "text"; text: string }
  /** A sheet-qualified reference; `sheet` null for a `#REF!` reference. `local` may be "" (plain #REF!). */
  | { kind: "sheetRef"; sheet: string | null; local: string }
  /** An A1 reference without a sheet, on the formula's own sheet. */
  | { kind: "localRef"; local: string }
  /** A structured reference: table name and the bracketed specifier, e.g. "[[#All],[Revenue]]". */
  | { kind: "structRef"; table: string; spec: string }
  /** An identifier that may be a defined name. */
  | { kind: "name"; name: string };

const IDENT_START = /[A-Za-z_\\\u00C0-\uFFFF]/;
const IDENT_CHAR = /[A-Za-z0-9_.\\\u00C0-\uFFFF]/;
const CELL = /^\$?[A-Za-z]{1,3}\$?\d+$/;
const ADDRESS_AT =
  /^(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}|\$?\d+:\$?\d+)/;

/** Splits formula text into references and the text between them (string literals stay text). */
export function scanFormula(formula: string): Token[] {
  const tokens: Token[] = [];
  let text = "";
  const flush = () => {
    if (text) tokens.push({ kind: "text", text });
    text = "";
  };
  const addressAt = (i: number): string | undefined => {
    const m = ADDRESS_AT.exec(formula.slice(i));
    if (!m) return undefined;
    const next = formula[i + m[0].length];
    if (next !== undefined && (IDENT_CHAR.test(next) || next === "(" || next === "!"))
      return undefined;
    return m[0];
  };
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    const prev = i > 0 ? formula[i - 1] : "";
    if (ch === '"') {
      let j = i + 1;
      while (j < formula.length && !(formula[j] === '"' && formula[j + 1] !== '"')) {
        j += formula[j] === '"' ? 2 : 1;
      }
      text += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (ch === "'") {
      let j = i + 1;
      let name = "";
      while (j < formula.length) {
        if (formula[j] === "'") {
          if (formula[j + 1] === "'") {
            name += "'";
            j += 2;
            continue;
          }
          break;
        }
        name += formula[j];
        j++;
      }
      const local = formula[j + 1] === "!" ? addressAt(j + 2) : undefined;
      if (local !== undefined) {
        flush();
        tokens.push({ kind: "sheetRef", sheet: name, local });
        i = j + 2 + local.length;
        continue;
      }
      text += ch;
      i++;
      continue;
    }
    if (formula.startsWith("#REF!", i)) {
      flush();
      const local = addressAt(i + 5) ?? "";
      tokens.push({ kind: "sheetRef", sheet: null, local });
      i += 5 + local.length;
      continue;
    }
    if (ch === "$" && !IDENT_CHAR.test(prev)) {
      const local = addressAt(i);
      if (local !== undefined) {
        flush();
        tokens.push({ kind: "localRef", local });
        i += local.length;
        continue;
      }
    }
    if (IDENT_START.test(ch) && !IDENT_CHAR.test(prev) && prev !== "$") {
      let j = i + 1;
      while (j < formula.length && IDENT_CHAR.test(formula[j])) j++;
      const ident = formula.slice(i, j);
      const next = formula[j];
      if (next === "!") {
        const local = addressAt(j + 1);
        if (local !== undefined) {
          flush();
          tokens.push({ kind: "sheetRef", sheet: ident, local });
          i = j + 1 + local.length;
          continue;
        }
      } else if (next === "[") {
        const end = bracketEnd(formula, j);
        if (end > j) {
          flush();
          tokens.push({ kind: "structRef", table: ident, spec: formula.slice(j, end + 1) });
          i = end + 1;
          continue;
        }
      } else if (next !== "(") {
        const local = addressAt(i);
        if (local !== undefined) {
          flush();
          tokens.push({ kind: "localRef", local });
          i += local.length;
          continue;
        }
        if (!CELL.test(ident) && !/^(TRUE|FALSE)$/i.test(ident)) {
          flush();
          tokens.push({ kind: "name", name: ident });
          i = j;
          continue;
        }
      }
      text += ident;
      i = j;
      continue;
    }
    text += ch;
    i++;
  }
  flush();
  return tokens;
}

/** Index of the "]" closing the "[" at `start` (an apostrophe escapes the next character). */
function bracketEnd(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (ch === "'") {
      i++;
      continue;
    }
    if (ch === "[") depth++;
    else if (ch === "]") {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

export function tokenText(token: Token): string {
  switch (token.kind) {
    case "text":
      return token.text;
    case "sheetRef":
      return `${token.sheet === null ? "#REF!" : `${quoteSheetName(token.sheet)}!`}${token.local}`;
    case "localRef":
      return token.local;
    case "structRef":
      return `${token.table}${token.spec}`;
    case "name":
      return token.name;
  }
}

export function joinTokens(tokens: Token[]): string {
  return tokens.map(tokenText).join("");
}

/** Applies `change` to every reference token; returns the new formula, or undefined when unchanged. */
export function rewriteFormula(
  formula: string,
  change: (token: Token) => Token | undefined
): string | undefined {
  if (!/[![A-Za-z]/.test(formula)) return undefined;
  const tokens = scanFormula(formula);
  let changed = false;
  const next = tokens.map((t) => {
    if (t.kind === "text") return t;
    const replaced = change(t);
    if (replaced === undefined) return t;
    changed = true;
    return replaced;
  });
  if (!changed) return undefined;
  const text = joinTokens(next);
  return text === formula ? undefined : text;
}

export const REF_ERROR: Token = { kind: "sheetRef", sheet: null, local: "" };

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

// ---- structured reference specifiers ----

export type StructArea = "Data" | "All" | "Headers" | "Totals" | "ThisRow";

export interface StructSpec {
  area: StructArea;
  /** First and last column names (same for one column); undefined for all columns. */
  columns?: [string, string];
}

const SPECIALS: Record<string, StructArea> = {
  "#all": "All",
  "#data": "Data",
  "#headers": "Headers",
  "#totals": "Totals",
  "#this row": "ThisRow",
};

function unescapeName(text: string): string {
  return text.replace(/'(.)/g, "$1");
}

export function escapeColumnName(name: string): string {
  return name.replace(/(['#[\]])/g, "'$1");
}

/** Splits "[#All],[A]:[B]" into its bracketed items and the separators between them. */
function splitItems(inner: string): { items: string[]; separators: string[] } | undefined {
  const items: string[] = [];
  const separators: string[] = [];
  let i = 0;
  while (i < inner.length) {
    while (inner[i] === " ") i++;
    if (inner[i] !== "[") return undefined;
    const end = bracketEnd(inner, i);
    if (end < 0) return undefined;
    items.push(inner.slice(i + 1, end));
    i = end + 1;
    while (inner[i] === " ") i++;
    if (i < inner.length) {
      if (inner[i] !== "," && inner[i] !== ":") return undefined;
      separators.push(inner[i]);
      i++;
    }
  }
  return { items, separators };
}

/** Parses a specifier such as "[Revenue]", "[#All]", "[[#Data],[A]:[B]]"; undefined when unsupported. */
export function parseStructSpec(spec: string): StructSpec | undefined {
  const inner = spec.slice(1, -1);
  if (inner.trim() === "") return { area: "Data" };
  if (!inner.includes("[")) {
    if (inner.startsWith("#")) {
      const area = SPECIALS[inner.toLowerCase()];
      return area ? { area } : undefined;
    }
    if (inner.startsWith("@")) {
      const name = unescapeName(inner.slice(1));
      return name ? { area: "ThisRow", columns: [name, name] } : { area: "ThisRow" };
    }
    const name = unescapeName(inner);
    return { area: "Data", columns: [name, name] };
  }
  const split = splitItems(inner);
  if (!split) return undefined;
  let area: StructArea | undefined;
  const columns: string[] = [];
  split.items.forEach((item, k) => {
    if (item.startsWith("#")) {
      const a = SPECIALS[item.toLowerCase()];
      area = area === undefined ? (a ?? ("?" as StructArea)) : ("?" as StructArea);
    } else {
      columns.push(unescapeName(item));
      if (columns.length === 2 && split.separators[k - 1] !== ":") area = "?" as StructArea;
    }
  });
  if ((area as string) === "?" || columns.length > 2) return undefined;
  const result: StructSpec = { area: area ?? "Data" };
  if (columns.length > 0) result.columns = [columns[0], columns[columns.length - 1]];
  return result;
}

/** Writes a specifier back in Excel's usual form. */
export function formatStructSpec(spec: StructSpec): string {
  const special = spec.area === "ThisRow" ? "#This Row" : `#${spec.area}`;
  if (!spec.columns) return spec.area === "Data" ? "[]" : `[${special}]`;
  const [a, b] = spec.columns.map(escapeColumnName);
  const cols = a === b ? `[${a}]` : `[${a}]:[${b}]`;
  if (spec.area === "Data") return a === b ? `[${a}]` : `[${cols}]`;
  if (spec.area === "ThisRow" && a === b) return `[@${a}]`;
  return `[[${special}],${cols}]`;
}

// ---- evaluation ----

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

/** True when the formula holds a #REF! reference outside string literals. */
export function hasRefError(formula: string): boolean {
  if (!formula.includes("#REF!")) return false;
  return scanFormula(formula).some((t) => t.kind === "sheetRef" && t.sheet === null);
}

export { formatLocal };
