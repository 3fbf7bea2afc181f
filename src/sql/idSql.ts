import type { IdMatching } from "../engine/types";
import type { DialectRules } from "./dialects";

// The engine's id rule (src/engine/ids/idKey.ts) in SQL. "normalized" folds full-width forms and applies
// Unicode NFKC and JavaScript's lower-casing; SQL engines have no NFKC (DuckDB) or lower-case by locale
// (PostgreSQL), so the query does not guess: it accepts ids made of the characters on which the SQL
// below and the engine provably agree, and stops with an error on any other id (never a silent mismatch).
// Accepted: tab to carriage return, printable ASCII, the ideographic space U+3000, the CJK ideographs
// U+4E00–U+9FFF (NFKC and lower-casing leave them as they are) and the full-width forms U+FF01–U+FF5E.
const ACCEPTED: readonly [number, number][] = [
  [0x09, 0x0d],
  [0x20, 0x7e],
  [0x3000, 0x3000],
  [0x4e00, 0x9fff],
  [0xff01, 0xff5e],
];

const range = (from: number, to: number): string =>
  Array.from({ length: to - from + 1 }, (_, i) => String.fromCharCode(from + i)).join("");
const FULL_WIDTH = range(0xff01, 0xff5e) + "\u3000";
const HALF_WIDTH = range(0x21, 0x7e) + " ";
const UPPER = range(0x41, 0x5a);
const LOWER = range(0x61, 0x7a);

export const ID_ERROR =
  "crm-pyramid: a customer id holds characters this query cannot match as the engine does: ";

function bracket(d: DialectRules, pairs: readonly [number, number][], negate: boolean): string {
  const parts = pairs.map(([a, b]) =>
    a === b ? d.codePoint(a) : `${d.codePoint(a)}-${d.codePoint(b)}`
  );
  return `[${negate ? "^" : ""}${parts.join("")}]`;
}

/** Full-width forms to ASCII (U+3000 to a space), as toHalfWidth does. */
export const foldWidth = (d: DialectRules, e: string): string =>
  `translate(${e}, ${d.text(FULL_WIDTH)}, ${d.text(HALF_WIDTH)})`;

/** ASCII letters to lower case (every other accepted character has no case). */
export const lowerAscii = (d: DialectRules, e: string): string =>
  `translate(${e}, ${d.text(UPPER)}, ${d.text(LOWER)})`;

/** Runs of whitespace (tab to CR, space, and U+3000 unless folded) to one space, then trimmed. */
function collapsed(d: DialectRules, e: string): string {
  const space = d.text(
    bracket(
      d,
      [
        [0x09, 0x0d],
        [0x20, 0x20],
        [0x3000, 0x3000],
      ],
      false
    ) + "+"
  );
  return `trim(${d.replaceAll(e, space, d.text(" "))})`;
}

/** The raw id checked: itself, or the query stops naming it. */
export function guardedId(d: DialectRules, raw: string): string {
  const other = d.text(bracket(d, ACCEPTED, true));
  return `CASE WHEN ${d.matches(raw, other)} THEN ${d.fail(`${d.text(ID_ERROR)} || ${raw}`)} ELSE ${raw} END`;
}

/** The key ids are matched on, from the guarded raw id `id`. */
export function idKeySql(d: DialectRules, id: string, matching: IdMatching): string {
  if (matching === "exact") return id;
  if (matching === "trim") return collapsed(d, id);
  return lowerAscii(d, collapsed(d, foldWidth(d, id)));
}

/** Whether an id is blank (the engine skips its row): empty once trimmed. */
export const blankId = (d: DialectRules, id: string): string => `${collapsed(d, id)} = ''`;
