/**
 * Formula-injection protection. Excel reads a string written through Range.values as a formula when
 * it starts with "=", "+" or "-" ("If the returned value starts with a plus ("+"), minus ("-"), or
 * equal sign ("="), Excel interprets this value as a formula." —
 * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member),
 * and "@" is the implicit-intersection operator. OWASP's CSV-injection guidance adds tab and
 * carriage return (https://owasp.org/www-community/attacks/CSV_Injection).
 *
 * Where ExcelApi 1.16 is supported, text is written through Range.valuesAsJson as a typed
 * StringCellValue ({ type: "String", basicValue: text }): "Represents the value of a cell containing
 * a string" (https://learn.microsoft.com/javascript/api/excel/excel.stringcellvalue,
 * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-valuesasjson-member),
 * so the cell holds that string, exactly, and Excel has nothing to parse: no "@" format is needed and
 * the cells keep their formats. (That a typed String is never taken for a formula follows from the
 * type's definition; Microsoft's pages do not say it in so many words.)
 *
 * Below 1.16 (the fallback) every text cell is formatted as Text ("@") before its value is written,
 * in the same request. Microsoft documents that a Text cell keeps what is *typed* as text, not what
 * Range.values writes; the double models the typed behaviour for both. The text is written as it
 * is, a leading tab or line break included (nothing is stripped or prefixed): in a Text cell it is
 * plain text either way, and a prefix such as "'" would change what the user reads back.
 */
import type { ExcelApiLevel } from "./excelRun";

export const TEXT_FORMAT = "@";

/** Whether Excel would take this string as (the start of) a formula. */
export function looksLikeFormula(value: unknown): boolean {
  return typeof value === "string" && /^[=+\-@\t\r\n]/.test(value);
}

/** Number format to set before writing `value`: "@" for any string, else `numberFormat`. */
export function formatFor(value: unknown, numberFormat = "General"): string {
  return typeof value === "string" ? TEXT_FORMAT : numberFormat;
}

/** Whether text can be written as typed values (Range.valuesAsJson, ExcelApi 1.16). */
export function typedTextSupported(api: ExcelApiLevel): boolean {
  return api.atLeast("1.16");
}

/**
 * The typed value for one cell: text as String (exactly), numbers as Double, booleans as Boolean,
 * "" as Empty (a blank cell, as "" through Range.values leaves it).
 */
export function typedCell(value: string | number | boolean): Excel.CellValue {
  if (value === "") return { type: "Empty", basicValue: "" } as Excel.CellValue;
  if (typeof value === "string") return { type: "String", basicValue: value } as Excel.CellValue;
  if (typeof value === "number") return { type: "Double", basicValue: value } as Excel.CellValue;
  return { type: "Boolean", basicValue: value } as Excel.CellValue;
}

/** Bytes a typed value adds to its plain JSON value: `{"type":"String","basicValue":…}`. */
export const TYPED_CELL_BYTES = 32;
