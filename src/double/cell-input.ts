/**
 * How Excel turns what an add-in writes into cell content.
 * - Range.values: "If the returned value starts with a plus ("+"), minus ("-"), or equal sign ("="),
 *   Excel interprets this value as a formula."
 *   https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member
 *   A leading apostrophe makes the rest literal text; numeric and TRUE/FALSE text becomes a number/boolean.
 * - A cell formatted as Text ("@") keeps whatever is typed as text, including a leading "=".
 * - `null` in an input array leaves that cell unchanged.
 * - Range.valuesAsJson (ExcelApi 1.16) takes typed values ("Unlike `Range.values`,
 *   `Range.valuesAsJson` supports all data types which can be in a cell"):
 *   https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-valuesasjson-member
 *   A StringCellValue "Represents the value of a cell containing a string"; its `basicValue` is
 *   "the value that would be returned by `Range.values`"
 *   (https://learn.microsoft.com/javascript/api/excel/excel.stringcellvalue), so the double stores
 *   the text exactly — a leading "=", tab or line break included — and never parses it, whatever the
 *   cell's number format. That Excel does not parse a typed String is the reading of the type's
 *   definition; the pages do not say it in so many words.
 */
import { ExcelDoubleError } from "./errors";
import type { Cell } from "./sheet-grid";
import type { CellValue } from "./workbook-json";
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

/**
 * Applies one typed value written through Range.valuesAsJson. The double models the basic types
 * (String, Double, Boolean, Empty); a value without a known `type` fails as Excel's data-type APIs
 * do ("GeneralException errors with dynamic error messages ... such as: Cell A1 is missing the
 * required property `type`" —
 * https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).
 * The number format is kept: the pages do not say that a typed value changes it.
 */
export function applyJsonInput(cell: Cell, input: unknown, location: string): Cell {
  const base: Cell = { ...cell };
  delete base.formula;
  const typed = (input ?? {}) as { type?: unknown; basicValue?: unknown };
  const wrong = (what: string) => new ExcelDoubleError("GeneralException", location, what);
  if (typeof input !== "object" || input === null || typeof typed.type !== "string")
    throw wrong("the cell value is missing the required property `type`");
  const value = typed.basicValue;
  switch (typed.type) {
    case "String":
      if (typeof value !== "string") throw wrong("a String value needs a string basicValue");
      return { ...base, value };
    case "Double":
      if (typeof value !== "number" || !Number.isFinite(value))
        throw wrong("a Double value needs a finite number basicValue");
      return { ...base, value };
    case "Boolean":
      if (typeof value !== "boolean") throw wrong("a Boolean value needs a boolean basicValue");
      return { ...base, value };
    case "Empty":
      return { ...base, value: "" };
    default:
      throw new ExcelDoubleError(
        "NotImplemented",
        location,
        `cell values of type ${typed.type} are not modelled by the Excel double`
      );
  }
}

/** What Range.valuesAsJson returns for a stored value (basic types only). */
export function jsonValueOf(value: CellValue): Excel.CellValue {
  if (value === "") return { type: "Empty", basicType: "Empty", basicValue: "" } as Excel.CellValue;
  if (typeof value === "number")
    return { type: "Double", basicType: "Double", basicValue: value } as Excel.CellValue;
  if (typeof value === "boolean")
    return { type: "Boolean", basicType: "Boolean", basicValue: value } as Excel.CellValue;
  return { type: "String", basicType: "String", basicValue: value } as Excel.CellValue;
}
