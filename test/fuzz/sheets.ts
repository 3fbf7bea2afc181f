// Generators for the fuzz suite: sheets of what Excel's range.values can deliver, and set-ups, valid and
// malformed. Amounts are whole numbers, cents and the extremes (±9.99e307, −0, the smallest double), so
// that a sum's value cannot depend on the order of its terms except through the engine itself.
import fc from "fast-check";
import { presets } from "../../src/engine";
import type { Cell, ColumnMapping, Role, SchemeSpec, TieringSetup } from "../../src/engine";

export const EXCEL_ERRORS = [
  "#N/A",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#NULL!",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
];
/** Excel's largest number (a cell clamps to ±9.99e307). */
export const EXCEL_MAX = 9.99e307;

const blank = fc.constantFrom<Cell>("", "", null, " ", "\u3000");
const excelError = fc.constantFrom<Cell>(...EXCEL_ERRORS, " #N/A ");
const bool = fc.boolean();
const whole = fc.integer({ min: -1_000_000, max: 1_000_000 });
const cents = fc.integer({ min: -100_000_000, max: 100_000_000 }).map((n) => n / 100);
const extreme = fc.constantFrom<Cell>(EXCEL_MAX, -EXCEL_MAX, -0, 5e-324, 1e300, NaN, Infinity);
const moneyText = fc.constantFrom<Cell>(
  "1,234.50",
  "-$99.90",
  "$ 99.90",
  "¥1,234",
  "(1,234)",
  "1,234-",
  "12.5%",
  "１２３４",
  "3万",
  "1.2345万",
  "2.5亿",
  "5万元",
  " 42 ",
  "1e3",
  "9e307",
  "-9.99e307",
  "1e400",
  "5 7",
  "1 2%",
  "1 234",
  "1.234,56",
  "12abc",
  "--5",
  "$€5",
  "0x10"
);
const wholeText = whole.map((n) => String(n));
const junkText = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: "grapheme", maxLength: 8 }),
  fc.constantFrom(
    "客户",
    "需置疑",
    "prospect",
    "lead",
    "suspect",
    "=1+1",
    "é",
    "🙂",
    "TRUE",
    "yes"
  ),
  fc.string({ minLength: 200, maxLength: 400 })
);
const serial = fc.integer({ min: 44_000, max: 45_700 });
const dateText = fc.constantFrom<Cell>(
  "2024-03-15",
  "2024/3/5",
  "2023.12.31",
  "2024年3月15日",
  "Mar 15, 2024",
  "15 March 2024",
  "03/04/2024",
  "0024-03-15",
  "2024-02-30",
  "2024-03-15T10:30:00Z"
);

/** An amount cell: mostly numbers and money text, sometimes anything at all. */
export const amountCell: fc.Arbitrary<Cell> = fc.oneof(
  { weight: 8, arbitrary: whole },
  { weight: 4, arbitrary: cents },
  { weight: 2, arbitrary: wholeText },
  { weight: 3, arbitrary: moneyText },
  { weight: 1, arbitrary: extreme },
  { weight: 2, arbitrary: blank },
  { weight: 1, arbitrary: excelError },
  { weight: 1, arbitrary: bool },
  { weight: 1, arbitrary: junkText }
);

export const dateCell: fc.Arbitrary<Cell> = fc.oneof(
  { weight: 8, arbitrary: serial },
  { weight: 2, arbitrary: dateText },
  { weight: 1, arbitrary: blank },
  { weight: 1, arbitrary: excelError },
  { weight: 1, arbitrary: fc.constantFrom<Cell>(0, 60, 61, 2958466, -1, 45000.5, true) },
  { weight: 1, arbitrary: junkText }
);

/** Ids from a small pool, so customers repeat (case, spaces, full width, numbers and their text). */
export const idCell: fc.Arbitrary<Cell> = fc.oneof(
  {
    weight: 10,
    arbitrary: fc.constantFrom<Cell>(
      "A",
      "a",
      " A ",
      "Ａ",
      "B",
      "C001",
      "c001",
      "Acme  Ltd",
      "acme ltd",
      "客户0001贸易有限公司",
      "Müller GmbH",
      1001,
      "1001",
      1234567890123456,
      "x".repeat(40)
    ),
  },
  { weight: 1, arbitrary: blank },
  { weight: 1, arbitrary: excelError },
  { weight: 1, arbitrary: fc.constantFrom<Cell>(true, false, NaN, Infinity) },
  { weight: 1, arbitrary: junkText }
);

const anyCell = fc.oneof(amountCell, dateCell, idCell, junkText);

/** The roles a sheet's columns play (the set-up's mapping), columns 0.. in this order. */
export const SHEET_ROLES: Role[] = [
  "customer",
  "revenue",
  "date",
  "cost",
  "profit",
  "investment",
  "status",
  "name",
  "score",
  "clv",
  "agent",
];

function cellFor(role: Role): fc.Arbitrary<Cell> {
  switch (role) {
    case "customer":
      return idCell;
    case "date":
      return dateCell;
    case "status":
      return fc.oneof(fc.constantFrom<Cell>("prospect", "Lead", "suspect", "潜在", ""), junkText);
    case "name":
      return fc.oneof(junkText, blank, excelError);
    case "agent":
      return fc.oneof(bool, fc.constantFrom<Cell>("yes", "Y", "是", 1, 0, ""));
    case "investment":
      return fc.oneof(amountCell, fc.nat({ max: 10_000 }));
    default:
      return amountCell;
  }
}

/** One row: usually one cell per column, sometimes ragged (short or long), blank, or not an array. */
const rowOf = (width: number): fc.Arbitrary<Cell[]> =>
  fc.oneof(
    { weight: 20, arbitrary: fc.tuple(...SHEET_ROLES.slice(0, width).map(cellFor)) },
    { weight: 2, arbitrary: fc.array(anyCell, { maxLength: width + 2 }) },
    { weight: 1, arbitrary: fc.constant(new Array<Cell>(width).fill("")) },
    // A header row repeated inside the data, with duplicate names.
    {
      weight: 1,
      arbitrary: fc.constant<Cell[]>(["Customer", "Revenue", "Date", "Revenue", "Cost"]),
    }
  );

export interface FuzzSheet {
  rows: Cell[][];
  /** How many leading SHEET_ROLES columns the sheet has. */
  width: number;
}

export const sheet = (maxRows: number): fc.Arbitrary<FuzzSheet> =>
  fc
    .integer({ min: 2, max: SHEET_ROLES.length })
    .chain((width) =>
      fc
        .array(rowOf(width), { maxLength: maxRows })
        .map((rows) => ({ rows: rows as Cell[][], width }))
    );

const share = fc.oneof(
  fc.double({ min: 0, max: 1, noNaN: true }),
  fc.constantFrom(0.01, 0.04, 0.15, 0.8)
);

export const validScheme: fc.Arbitrary<SchemeSpec> = fc.oneof(
  fc.constant<SchemeSpec>({ kind: "pyramid", tiers: [] }),
  fc.constant<SchemeSpec>({ kind: "key", tiers: [] }),
  fc.constant<SchemeSpec>({ kind: "thresholds", tiers: [] }),
  fc.constantFrom<SchemeSpec>(
    { kind: "abc", mode: "count", tiers: [] },
    { kind: "abc", mode: "value", tiers: [] },
    { kind: "abc", mode: "growth", tiers: [] },
    { kind: "valueMatrix", tiers: [] },
    { kind: "rfm", tiers: [] }
  ),
  // Every preset of the scheme registry with its own tiers, so a new scheme is fuzzed from its first line.
  fc.constantFrom<SchemeSpec>(...presets().map((p) => p.scheme)),
  fc.array(share, { minLength: 1, maxLength: 5 }).map<SchemeSpec>((shares) => ({
    kind: "custom",
    mode: "shares",
    tiers: shares.map((s, k) => ({ key: `t${k}`, label: `T${k}`, share: s })),
  })),
  fc
    .array(fc.integer({ min: -1000, max: 100_000 }), { minLength: 1, maxLength: 5 })
    .map<SchemeSpec>((mins) => ({
      kind: "custom",
      mode: "thresholds",
      tiers: mins.map((min, k) => ({ key: `t${k}`, label: `T${k}`, min })),
    }))
);

/** A valid set-up for a sheet of `width` columns: customer and revenue always mapped. */
export const validSetup = (width: number): fc.Arbitrary<TieringSetup> =>
  fc
    .tuple(
      fc.subarray(
        SHEET_ROLES.slice(2, width).map((_, k) => k + 2),
        { minLength: 0 }
      ),
      validScheme,
      fc.constantFrom<"normalized" | "trim" | "exact">("normalized", "trim", "exact"),
      fc.boolean(),
      fc.boolean()
    )
    .map(([columns, scheme, idMatching, whatIf, churn]) => {
      const mapping: ColumnMapping = { customer: 0, revenue: 1 };
      for (const c of columns) mapping[SHEET_ROLES[c]] = c;
      return {
        mapping,
        scheme,
        options: {
          idMatching,
          rfm: true,
          ...(whatIf
            ? {
                whatIf: [
                  { from: 3, to: 2, share: 0.5 },
                  { from: 1, to: 0, count: 2 },
                ],
              }
            : {}),
          ...(churn ? { churn: {} } : {}),
        },
      };
    });

/** Anything at all where a set-up's parts go: nulls, holes, wrong types, NaN, huge numbers. */
const junk: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    null,
    undefined,
    NaN,
    Infinity,
    -1,
    0,
    1.5,
    1e308,
    "",
    "0",
    "pyramid",
    true,
    [],
    {}
  ),
  fc.string({ maxLength: 5 })
);
const maybe = <T>(a: fc.Arbitrary<T>): fc.Arbitrary<T | unknown> => fc.oneof(a, junk);

const looseTier = fc.oneof(
  junk,
  fc.record(
    {
      key: maybe(fc.string()),
      label: maybe(fc.string()),
      share: maybe(share),
      min: maybe(fc.integer()),
    },
    { requiredKeys: [] }
  )
);

export const malformedSetup: fc.Arbitrary<unknown> = fc.oneof(
  junk,
  fc.record(
    {
      mapping: maybe(
        fc.record(
          {
            customer: maybe(fc.constantFrom(0, 1, 5)),
            revenue: maybe(fc.constantFrom(0, 1, 5)),
            date: maybe(fc.constantFrom(2, 9)),
            cost: maybe(fc.constant(3)),
            score: maybe(fc.constant(8)),
          },
          { requiredKeys: [] }
        )
      ),
      scheme: maybe(
        fc.record(
          {
            kind: maybe(
              fc.constantFrom(
                "pyramid",
                "key",
                "thresholds",
                "abc",
                "valueMatrix",
                "rfm",
                "custom",
                "x"
              )
            ),
            mode: maybe(fc.constantFrom("count", "value", "growth", "shares", "thresholds")),
            tiers: maybe(fc.array(looseTier, { maxLength: 6 })),
            cutoffs: maybe(fc.array(maybe(share), { maxLength: 3 })),
            basis: maybe(fc.constantFrom("revenue", "profit")),
            minGrowth: junk,
            topShare: junk,
            scoreSplit: junk,
            clvSplit: junk,
            clv: maybe(fc.record({ retention: junk, discount: junk, periods: junk, margin: junk })),
          },
          { requiredKeys: [] }
        )
      ),
      options: maybe(
        fc.record(
          {
            period: maybe(fc.record({ end: junk, months: junk }, { requiredKeys: [] })),
            idMatching: junk,
            whatIf: maybe(
              fc.array(
                maybe(
                  fc.record(
                    { from: junk, to: junk, share: junk, count: junk },
                    { requiredKeys: [] }
                  )
                ),
                { maxLength: 4 }
              )
            ),
            churn: maybe(fc.record({ windowDays: junk, minDrop: junk, maxRecencyDays: junk })),
            rfm: junk,
            groupLabels: maybe(fc.record({ inactive: junk, prospect: junk, suspect: junk })),
          },
          { requiredKeys: [] }
        )
      ),
    },
    { requiredKeys: [] }
  )
);
