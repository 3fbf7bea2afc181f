import { parsePlainNumber } from "./parsePlainNumber";
import {
  BLANK,
  excelError,
  NOT_A_NUMBER,
  NOT_FINITE_NUMBER,
  NUMBER_MANY_SIGNS,
  NUMBER_TWO_CURRENCIES,
  SPACE_INSIDE_NUMBER,
  type NumberFault,
  type ParsedAs,
} from "./problemReason";
import type { Cell } from "../types";

export { BLANK, SPACE_INSIDE_NUMBER };

/** A number, or why the cell is not one (BLANK for a blank cell). */
export type ParsedNumber = ParsedAs<NumberFault>;

// Money text we accept: optional sign or accounting parentheses, one currency symbol, thousands commas in
// groups of three, a decimal point, an exponent, then % or 万/亿 and an optional 元, or a trailing minus.
// Anything else (e.g. "1.234,56", "12abc") is ambiguous and therefore a bad cell.
const NUMBER_TEXT =
  /^([+-])?([¥$€£])?([+-])?(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d+))?(?:[eE]([+-]?\d+))?([¥$€£])?(%|万|亿)?(元)?(-)?$/;

const FULL_WIDTH = /[\uFF01-\uFF5E\u3000\uFFE5]/g;

// Spaces may stand beside a sign, a currency symbol, a unit or a parenthesis ("$ 99.90", "12 %", "5 万"),
// never inside the digits: "5 7" and "1 2%" are bad cells, not 57 and 0.12 ("1 234" is a thousands
// separator in some locales and a typo in others, so it is ambiguous like "1.234,56").
const SPACE_IN_DIGITS = /[\d.,eE][+-]?\s+[+-]?[\d.,eE]/;

/** Full-width digits and punctuation (０-９，．－（）％￥) to their ASCII forms. */
export function toHalfWidth(text: string): string {
  return text.replace(FULL_WIDTH, (ch) => {
    const code = ch.charCodeAt(0);
    if (code === 0x3000) return " ";
    if (code === 0xffe5) return "¥";
    return String.fromCharCode(code - 0xfee0);
  });
}

/** True for "", null, undefined and whitespace-only text. */
export function isBlank(cell: Cell): boolean {
  return (
    cell === null ||
    cell === undefined ||
    cell === "" ||
    (typeof cell === "string" && cell.trim() === "")
  );
}

/**
 * Excel's error values as range.values gives them, one per Excel.ErrorCellValueType
 * (https://learn.microsoft.com/javascript/api/excel/excel.errorcellvaluetype; the page lists the types,
 * not their texts, which are Excel's own: Div0 is "#DIV/0!", NotAvailable "#N/A", and so on).
 */
export const EXCEL_ERROR_VALUES: ReadonlySet<string> = new Set([
  "#BLOCKED!",
  "#BUSY!",
  "#CALC!",
  "#CONNECT!",
  "#DIV/0!",
  "#EXTERNAL!",
  "#FIELD!",
  "#GETTING_DATA",
  "#NAME?",
  "#N/A",
  "#NULL!",
  "#NUM!",
  "#PYTHON!",
  "#REF!",
  "#SPILL!",
  "#TIMEOUT!",
  "#UNKNOWN!",
  "#VALUE!",
]);

/**
 * True for Excel error values as range.values gives them ("#N/A", "#DIV/0!", "#VALUE!" ...), in any case and
 * with spaces around. Only these: text such as "#1001" or "#tag" is text (an order number can be an id).
 */
export function isExcelError(cell: Cell): boolean {
  if (typeof cell !== "string") return false;
  const text = cell.trim();
  return text.charCodeAt(0) === 35 && EXCEL_ERROR_VALUES.has(text.toUpperCase());
}

/** Parse a cell as a number. Numbers pass if finite; text is read per the accepted formats; never throws. */
export function parseNumber(cell: Cell): ParsedNumber {
  if (typeof cell === "number") {
    return Number.isFinite(cell)
      ? { ok: true, value: cell }
      : { ok: false, reason: NOT_FINITE_NUMBER };
  }
  if (typeof cell === "string") {
    // Most money text is plain ("1,234.50", "-$99.90"): read without the general pattern when it is.
    const plain = parsePlainNumber(cell);
    return plain === plain ? { ok: true, value: plain } : parseNumberText(cell);
  }
  if (cell === null || cell === undefined) return { ok: false, reason: BLANK };
  return { ok: false, reason: NOT_A_NUMBER };
}

/** Text read by the general pattern (every accepted format); parseNumber tries parsePlainNumber first. */
export function parseNumberText(raw: string): ParsedNumber {
  let text = raw.trim();
  if (text === "") return { ok: false, reason: BLANK };
  if (isExcelError(text)) return { ok: false, reason: excelError(text) };
  text = toHalfWidth(text);
  const spaced = SPACE_IN_DIGITS.test(text);
  text = text.replace(/\s+/g, "");
  let negative = false;
  if (text.length > 2 && text[0] === "(" && text[text.length - 1] === ")") {
    negative = true;
    text = text.slice(1, -1);
  }
  const m = NUMBER_TEXT.exec(text);
  if (m === null) return { ok: false, reason: NOT_A_NUMBER };
  const [, sign1, cur1, sign2, intPart, fracPart, exp, cur2, unit, yuan, trailingMinus] = m;
  if (intPart === undefined && fracPart === undefined) return { ok: false, reason: NOT_A_NUMBER };
  if (spaced) return { ok: false, reason: SPACE_INSIDE_NUMBER };
  const signs = (sign1 ? 1 : 0) + (sign2 ? 1 : 0) + (trailingMinus ? 1 : 0) + (negative ? 1 : 0);
  if (signs > 1) return { ok: false, reason: NUMBER_MANY_SIGNS };
  if (cur1 && cur2) return { ok: false, reason: NUMBER_TWO_CURRENCIES };
  if (yuan && unit === "%") return { ok: false, reason: NOT_A_NUMBER };
  if (sign1 === "-" || sign2 === "-" || trailingMinus) negative = true;
  // Shift the decimal exponent rather than multiply, so "1.2345万" is exactly 12345.
  const shift = unit === "%" ? -2 : unit === "万" ? 4 : unit === "亿" ? 8 : 0;
  const digits = (intPart ?? "0").replace(/,/g, "") + (fracPart ? "." + fracPart : "");
  const value = Number(digits + "e" + ((exp ? Number(exp) : 0) + shift));
  if (!Number.isFinite(value)) return { ok: false, reason: NOT_FINITE_NUMBER };
  return { ok: true, value: negative && value !== 0 ? -value : value };
}
