/**
 * How Excel turns what an add-in writes into cell content.
 * - Range.values: "If the returned value starts with a plus ("+"), minus ("-"), or equal sign ("="),
 *   Excel interprets this value as a formula."
 *   https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member
 *   A leading apostrophe makes the rest literal text; numeric and TRUE/FALSE text becomes a number/boolean.
 * - A cell formatted as Text ("@") keeps whatever is typed as text, including a leading "=".
 * - `null` in an input array leaves that cell unchanged.
 */
import { ExcelDoubleError } from "./errors";
import type { Cell } from "./sheet-grid";
import { GENERAL } from "./sheet-grid";

export const TEXT_FORMAT = "@";

const NUMBER_TEXT = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/;
const PERCENT_TEXT = /^\s*[+-]?(\d+\.?\d*|\.\d+)\s*%\s*$/;

export function isErrorValue(text: string): boolean {
  return /^#(N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!|SPILL!|CALC!|GETTING_DATA|BUSY!|FIELD!|CONNECT!|BLOCKED!|UNKNOWN!)$/.test(
    text
  );
}

/** Applies one input value (from Range.values or Range.formulas) to a cell; returns the new cell. */
export function applyInput(cell: Cell, input: unknown, location: string): Cell {
  if (input === null || input === undefined) return cell;
  const base: Cell = { ...cell };
  delete base.formula;
  if (typeof input === "number") {
    if (!Number.isFinite(input))
      throw new ExcelDoubleError("InvalidArgument", location, `non-finite number ${input}`);
    return { ...base, value: input };
  }
  if (typeof input === "boolean") return { ...base, value: input };
  if (typeof input !== "string") {
    throw new ExcelDoubleError(
      "InvalidArgument",
      location,
      `unsupported cell value of type ${typeof input}`
    );
  }
  if ((cell.numberFormat ?? GENERAL) === TEXT_FORMAT) return { ...base, value: input };
  if (input === "") return { ...base, value: "" };
  if (input.startsWith("'")) return { ...base, value: input.slice(1) };
  if (NUMBER_TEXT.test(input)) return { ...base, value: Number(input) };
  if (PERCENT_TEXT.test(input)) {
    const pct = Number(input.replace("%", "").trim()) / 100;
    const keepFormat = cell.numberFormat !== undefined && cell.numberFormat !== GENERAL;
    return { ...base, value: pct, numberFormat: keepFormat ? cell.numberFormat : "0%" };
  }
  if (/^(true|false)$/i.test(input)) return { ...base, value: input.toLowerCase() === "true" };
  if (
    input.length > 1 &&
    (input[0] === "=" || input[0] === "+" || input[0] === "-" || input[0] === "@")
  ) {
    const formula =
      input[0] === "=" ? input : input[0] === "@" ? `=${input.slice(1)}` : `=${input}`;
    // No formula engine: the cached value of a formula cell is its formula text.
    return { ...base, value: formula, formula };
  }
  return { ...base, value: input };
}
