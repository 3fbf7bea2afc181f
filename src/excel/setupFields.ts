/**
 * The set-up schema's building blocks (setupSchema.ts): bounded text and numbers, shares, column
 * numbers, sheet addresses and names, tiers and tier lists, and the tiering schemes.
 */
import * as v from "valibot";
import { parseSheetAddress } from "./a1";
import { SETUP_LIMITS } from "./setupLimits";

const L = SETUP_LIMITS;

export const text = (max: number, what: string, min = 0) => {
  const message = `should be ${what} (text of ${min > 0 ? `${min} to ` : "at most "}${max} characters)`;
  return v.pipe(v.string(message), v.minLength(min, message), v.maxLength(max, message));
};

export const wholeNumber = (min: number, max: number, what: string) => {
  const message = `should be ${what} (a whole number from ${min} to ${max.toLocaleString("en-US")})`;
  return v.pipe(
    v.number(message),
    v.integer(message),
    v.minValue(min, message),
    v.maxValue(max, message)
  );
};

export const SHARE_MESSAGE = "should be a share (a number from 0 to 1)";
export const share = v.pipe(
  v.number(SHARE_MESSAGE),
  v.finite(SHARE_MESSAGE),
  v.minValue(0, SHARE_MESSAGE),
  v.maxValue(1, SHARE_MESSAGE)
);

export const FINITE_MESSAGE = "should be a number";
export const finiteNumber = v.pipe(v.number(FINITE_MESSAGE), v.finite(FINITE_MESSAGE));

export const flag = v.boolean("should be true or false");

export const columnIndex = wholeNumber(0, L.columns - 1, "a column number");

export const sheetAddressText = (what: string) =>
  v.pipe(
    text(L.nameChars, what, 1),
    v.check((address) => {
      const rect = parseSheetAddress(address);
      return (
        rect !== undefined &&
        rect.sheet.length <= L.sheetNameChars &&
        rect.row + rect.rowCount <= L.rows &&
        rect.col + rect.colCount <= L.columns
      );
    }, `should be ${what} (a sheet address such as Sales!A1:F2000)`)
  );

export const sheetName = text(L.sheetNameChars, "a sheet name", 1);

export const basis = v.optional(
  v.picklist(["revenue", "profit"], 'should be "revenue" or "profit"')
);

export const tierFields = {
  key: text(64, "a tier key", 1),
  label: text(L.nameChars, "a tier label"),
};
export const tierObject = "should be a tier (an object with a key and a label)";
export const plainTier = v.object(tierFields, tierObject);
export const rankTier = v.object({ ...tierFields, share }, tierObject);
export const thresholdTier = v.object({ ...tierFields, min: v.optional(finiteNumber) }, tierObject);

export const tierList = <T extends v.GenericSchema>(tier: T, min: number) => {
  const message = `should be a list of ${min > 0 ? `${min} to ` : "at most "}${L.tiers} tiers`;
  return v.pipe(v.array(tier, message), v.minLength(min, message), v.maxLength(L.tiers, message));
};

export const SCHEME_KINDS = "pyramid, key, thresholds, abc, valueMatrix, rfm or custom";

export const schemeSchema = v.variant(
  "kind",
  [
    v.object({ kind: v.literal("pyramid"), tiers: tierList(rankTier, 1), basis }),
    v.object({ kind: v.literal("key"), tiers: tierList(rankTier, 1), basis }),
    v.object({ kind: v.literal("thresholds"), tiers: tierList(thresholdTier, 1), basis }),
    v.object({
      kind: v.literal("abc"),
      mode: v.picklist(["count", "value", "growth"], 'should be "count", "value" or "growth"'),
      tiers: tierList(plainTier, 0),
      cutoffs: v.optional(
        v.pipe(
          v.array(share, "should be a list of shares"),
          v.maxLength(10, "should be a list of at most 10 shares")
        )
      ),
      minGrowth: v.optional(finiteNumber),
      topShare: v.optional(share),
    }),
    v.object({
      kind: v.literal("valueMatrix"),
      tiers: tierList(plainTier, 0),
      scoreSplit: v.optional(finiteNumber),
      clvSplit: v.optional(finiteNumber),
      clv: v.optional(
        v.object(
          {
            retention: share,
            discount: v.pipe(
              finiteNumber,
              v.minValue(0, "should be a discount rate of 0 or more"),
              v.maxValue(100, "should be a discount rate of at most 100")
            ),
            periods: v.optional(wholeNumber(1, 1000, "a number of periods")),
            margin: v.optional(
              v.picklist(["profit", "revenue"], 'should be "profit" or "revenue"')
            ),
          },
          "should be the CLV inputs (an object)"
        )
      ),
    }),
    v.object({ kind: v.literal("rfm"), tiers: tierList(plainTier, 0) }),
    v.variant(
      "mode",
      [
        v.object({
          kind: v.literal("custom"),
          mode: v.literal("shares"),
          tiers: tierList(rankTier, 1),
          basis,
        }),
        v.object({
          kind: v.literal("custom"),
          mode: v.literal("thresholds"),
          tiers: tierList(thresholdTier, 1),
          basis,
        }),
      ],
      'should be "shares" or "thresholds"'
    ),
  ],
  `should be one of the tiering schemes (${SCHEME_KINDS})`
);
