/**
 * Why a cell or a row is a problem, as a code with plain-data params (never a sentence): the pane and the
 * summary sheet render them with the `problemReasons` family (src/i18n/codes/problemReasons.ts).
 */

type NoParams = Record<string, never>;
const NONE: NoParams = Object.freeze({}) as NoParams;

/** An Excel error value as range.values gives it ("#N/A", "#DIV/0!"), trimmed, its case kept. */
export type ExcelErrorFault = { code: "excelError"; params: { error: string } };

/** Why a cell is not a number (parseNumber). */
export type NumberFault =
  | { code: "notANumber"; params: NoParams }
  | { code: "numberManySigns"; params: NoParams }
  | { code: "numberTwoCurrencies"; params: NoParams }
  | { code: "numberSpaceInside"; params: NoParams }
  | { code: "notFiniteNumber"; params: NoParams }
  | ExcelErrorFault;

/** Why a cell is not a date (parseDate). */
export type DateFault =
  | { code: "notADate"; params: NoParams }
  | { code: "dateOutOfRange"; params: NoParams }
  | { code: "invalidDate"; params: NoParams }
  | { code: "invalidTime"; params: NoParams }
  | ExcelErrorFault;

/** Why a score or CLV cell was not used: not a number, or beyond the sums the engine can represent. */
export type MeasureFault = NumberFault | { code: "numberTooLarge"; params: NoParams };

/** The measures whose bad cells are listed but do not skip their row. */
export type Measure = "score" | "clv";

export type ProblemReason =
  // A money cell (revenue, cost, profit, investment) that is not a number skips its row.
  | MeasureFault
  | { code: "negativeInvestment"; params: NoParams }
  | { code: "sumTooLarge"; params: NoParams }
  // The date column.
  | { code: "missingDate"; params: NoParams }
  | { code: "unparseableDate"; params: { fault: DateFault } }
  // A score or CLV cell: listed, the row still used.
  | { code: "measureIgnored"; params: { measure: Measure; fault: MeasureFault } }
  // The customer id.
  | { code: "missingId"; params: NoParams }
  | { code: "excelErrorInId"; params: { error: string } }
  | { code: "idNotTextOrNumber"; params: NoParams }
  // The row itself.
  | { code: "notARow"; params: NoParams };

/** What a reason's text is made of: the reasons, and the date faults nested in "unparseable date: …". */
export type ProblemReasonPart = ProblemReason | DateFault;

/** A parse either gives a value or says why not (BLANK for a blank cell); parsers never throw. */
export type ParsedAs<F> = { ok: true; value: number } | { ok: false; reason: F | typeof BLANK };

/** The reason a parser gives for a blank cell: not a problem in itself (the caller decides). */
export const BLANK = "blank";

// The reasons without params, made once: parsers and the row reader return these very objects, so a bad
// cell costs no allocation beyond its problem entry.
const plain = <C extends string>(code: C): { code: C; params: NoParams } =>
  Object.freeze({ code, params: NONE });

export const NOT_A_NUMBER = plain("notANumber");
export const NUMBER_MANY_SIGNS = plain("numberManySigns");
export const NUMBER_TWO_CURRENCIES = plain("numberTwoCurrencies");
/** Number text with a space between its digits ("5 7"). */
export const SPACE_INSIDE_NUMBER = plain("numberSpaceInside");
export const NOT_FINITE_NUMBER = plain("notFiniteNumber");
/** A score or CLV cell beyond MAX_AMOUNT_SUM (its mean could not be represented). */
export const NUMBER_TOO_LARGE = plain("numberTooLarge");
export const NOT_A_DATE = plain("notADate");
export const DATE_OUT_OF_RANGE = plain("dateOutOfRange");
export const INVALID_DATE = plain("invalidDate");
export const INVALID_TIME = plain("invalidTime");
export const NEGATIVE_INVESTMENT = plain("negativeInvestment");
/** Each cell of a customer whose sum in a column exceeds MAX_AMOUNT_SUM (its rows skipped). */
export const SUM_TOO_LARGE = plain("sumTooLarge");
export const MISSING_DATE = plain("missingDate");
export const MISSING_ID = plain("missingId");
export const ID_NOT_TEXT_OR_NUMBER = plain("idNotTextOrNumber");
export const NOT_A_ROW = plain("notARow");

export function excelError(error: string): ExcelErrorFault {
  return { code: "excelError", params: { error } };
}

export function unparseableDate(fault: DateFault): ProblemReason {
  return { code: "unparseableDate", params: { fault } };
}

export function measureIgnored(measure: Measure, fault: MeasureFault): ProblemReason {
  return { code: "measureIgnored", params: { measure, fault } };
}

export function excelErrorInId(error: string): ProblemReason {
  return { code: "excelErrorInId", params: { error } };
}
