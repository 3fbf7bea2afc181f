/**
 * The set-up schema's building blocks (setupSchema.ts, setupSchemes.ts): bounded text and numbers,
 * shares, column numbers, sheet addresses and names, tiers and tier lists. Each check's message is
 * a coded problem (setupProblem.ts).
 */
import * as v from "valibot";
import { parseSheetAddress } from "./a1";
import { SETUP_LIMITS } from "./setupLimits";
import {
  type NumberField,
  says,
  setupProblem,
  type SetupList,
  type SetupPart,
  type TextField,
} from "./setupProblem";

const L = SETUP_LIMITS;

/** The message of a set-up object that is not one. */
export const objectOf = (what: SetupPart) => says(setupProblem("object", { what }));

/** The message of a field that is not one of `options`. */
export const oneOf = (...options: string[]) => says(setupProblem("oneOf", { options }));

export const text = (max: number, what: TextField, min = 0) => {
  const message = says(setupProblem("text", { what, min, max }));
  return v.pipe(v.string(message), v.minLength(min, message), v.maxLength(max, message));
};

export const wholeNumber = (min: number, max: number, what: NumberField) => {
  const message = says(setupProblem("wholeNumber", { what, min, max }));
  return v.pipe(
    v.number(message),
    v.integer(message),
    v.minValue(min, message),
    v.maxValue(max, message)
  );
};

const SHARE = says(setupProblem("share"));
export const share = v.pipe(
  v.number(SHARE),
  v.finite(SHARE),
  v.minValue(0, SHARE),
  v.maxValue(1, SHARE)
);

const NUMBER = says(setupProblem("number"));
export const finiteNumber = v.pipe(v.number(NUMBER), v.finite(NUMBER));

export const flag = v.boolean(says(setupProblem("flag")));

export const columnIndex = wholeNumber(0, L.columns - 1, "columnNumber");

export const sheetAddressText = (what: TextField) =>
  v.pipe(
    text(L.nameChars, what, 1),
    v.check(
      (address) => {
        const rect = parseSheetAddress(address);
        return (
          rect !== undefined &&
          rect.sheet.length <= L.sheetNameChars &&
          rect.row + rect.rowCount <= L.rows &&
          rect.col + rect.colCount <= L.columns
        );
      },
      says(setupProblem("sheetAddress", { what }))
    )
  );

export const sheetName = text(L.sheetNameChars, "sheetName", 1);

/** An ISO 4217 code's shape (src/i18n/currency.ts isCurrencyCode): Intl formats any such code. */
const CURRENCY = says(setupProblem("currencyCode"));
export const currencyCode = v.pipe(v.string(CURRENCY), v.regex(/^[A-Z]{3}$/, CURRENCY));

/**
 * A list of at most `max` items (and at least `min`, when above 0), each an `item`. Not a list at
 * all: the same message, or (`typeNamesSize` false) one without the bounds.
 */
export const listOf = <T extends v.GenericSchema>(
  item: T,
  of: SetupList,
  min: number,
  max: number,
  typeNamesSize = true
) => {
  const sized = says(setupProblem("list", min > 0 ? { of, min, max } : { of, max }));
  const typed = typeNamesSize ? sized : says(setupProblem("list", { of }));
  return v.pipe(v.array(item, typed), v.minLength(min, sized), v.maxLength(max, sized));
};
