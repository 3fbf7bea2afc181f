/**
 * Formula-injection protection. Excel reads a string written through Range.values as a formula when
 * it starts with "=", "+" or "-" ("If the returned value starts with a plus ("+"), minus ("-"), or
 * equal sign ("="), Excel interprets this value as a formula." —
 * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member),
 * and "@" is the implicit-intersection operator. OWASP's CSV-injection guidance adds tab and
 * carriage return (https://owasp.org/www-community/attacks/CSV_Injection).
 * The adapter writes every text cell into cells formatted as Text ("@") first, which Excel keeps as
 * typed; cells formatted "@" are set BEFORE the values, in the same request.
 */

export const TEXT_FORMAT = "@";

/** Whether Excel would take this string as (the start of) a formula. */
export function looksLikeFormula(value: unknown): boolean {
  return typeof value === "string" && /^[=+\-@\t\r\n]/.test(value);
}

/** Number format to set before writing `value`: "@" for any string, else `numberFormat`. */
export function formatFor(value: unknown, numberFormat = "General"): string {
  return typeof value === "string" ? TEXT_FORMAT : numberFormat;
}
