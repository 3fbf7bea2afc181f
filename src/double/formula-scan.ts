/**
 * Formula text as references and the text between them: the scanner that formulas.ts (evaluation)
 * and references.ts (renames, deletions) work on. String literals ("...") stay text, so text inside
 * quotes is never taken for a reference.
 */
import { quotedName, quoteSheetName } from "./address";

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

/** What the scanner read at one position: a reference token, or text; `end` is where it stops. */
type Step = { token: Token; end: number } | { text: string; end: number };

/** Splits formula text into references and the text between them (string literals stay text). */
export function scanFormula(formula: string): Token[] {
  const tokens: Token[] = [];
  let text = "";
  let i = 0;
  while (i < formula.length) {
    const step = stepAt(formula, i);
    if ("token" in step) {
      if (text) tokens.push({ kind: "text", text });
      text = "";
      tokens.push(step.token);
    } else text += step.text;
    i = step.end;
  }
  if (text) tokens.push({ kind: "text", text });
  return tokens;
}

function stepAt(formula: string, i: number): Step {
  const ch = formula[i];
  const prev = i > 0 ? formula[i - 1] : "";
  if (ch === '"') return stringLiteral(formula, i);
  if (ch === "'") return quotedSheetRef(formula, i);
  if (formula.startsWith("#REF!", i)) {
    const local = addressAt(formula, i + 5) ?? "";
    return { token: { kind: "sheetRef", sheet: null, local }, end: i + 5 + local.length };
  }
  if (ch === "$" && !IDENT_CHAR.test(prev)) {
    const local = addressAt(formula, i);
    if (local !== undefined) return { token: { kind: "localRef", local }, end: i + local.length };
  }
  if (IDENT_START.test(ch) && !IDENT_CHAR.test(prev) && prev !== "$") return identifier(formula, i);
  return { text: ch, end: i + 1 };
}

/** The A1 reference starting at `i` ("B5", "$B$2:$C$9", "A:C", "2:5"), unless more name follows. */
function addressAt(formula: string, i: number): string | undefined {
  const m = ADDRESS_AT.exec(formula.slice(i));
  if (!m) return undefined;
  const next = formula[i + m[0].length];
  if (next !== undefined && (IDENT_CHAR.test(next) || next === "(" || next === "!"))
    return undefined;
  return m[0];
}

/** A "..." literal ("" inside is an escaped quote), kept as text. */
function stringLiteral(formula: string, i: number): Step {
  let j = i + 1;
  while (j < formula.length && !(formula[j] === '"' && formula[j + 1] !== '"')) {
    j += formula[j] === '"' ? 2 : 1;
  }
  return { text: formula.slice(i, j + 1), end: j + 1 };
}

/** 'Sheet name'!A1 ('' inside is an escaped apostrophe); otherwise the apostrophe is text. */
function quotedSheetRef(formula: string, i: number): Step {
  const { name, end: j } = quotedName(formula, i);
  const local = formula[j + 1] === "!" ? addressAt(formula, j + 2) : undefined;
  if (local !== undefined)
    return { token: { kind: "sheetRef", sheet: name, local }, end: j + 2 + local.length };
  return { text: formula[i], end: i + 1 };
}

/**
 * An identifier: a sheet (Sales!B5), a table (Table1[Revenue]), a cell or range (B5, A:C), a
 * defined name, or text (a function name before "(", TRUE, FALSE).
 */
function identifier(formula: string, i: number): Step {
  let j = i + 1;
  while (j < formula.length && IDENT_CHAR.test(formula[j])) j++;
  const ident = formula.slice(i, j);
  const next = formula[j];
  if (next === "!") {
    const local = addressAt(formula, j + 1);
    if (local !== undefined)
      return { token: { kind: "sheetRef", sheet: ident, local }, end: j + 1 + local.length };
  } else if (next === "[") {
    const end = bracketEnd(formula, j);
    if (end > j)
      return {
        token: { kind: "structRef", table: ident, spec: formula.slice(j, end + 1) },
        end: end + 1,
      };
  } else if (next !== "(") {
    const local = addressAt(formula, i);
    if (local !== undefined) return { token: { kind: "localRef", local }, end: i + local.length };
    if (!CELL.test(ident) && !/^(TRUE|FALSE)$/i.test(ident))
      return { token: { kind: "name", name: ident }, end: j };
  }
  return { text: ident, end: j };
}

/** Index of the "]" closing the "[" at `start` (an apostrophe escapes the next character). */
export function bracketEnd(text: string, start: number): number {
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

/** True when the formula holds a #REF! reference outside string literals. */
export function hasRefError(formula: string): boolean {
  if (!formula.includes("#REF!")) return false;
  return scanFormula(formula).some((t) => t.kind === "sheetRef" && t.sheet === null);
}
