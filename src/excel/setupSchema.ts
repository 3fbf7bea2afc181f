/**
 * The schema of the set-up saved in the workbook (RunSetup, see runSetup.ts), checked field by field
 * with valibot before the ribbon's Refresh or the pane replays it. A saved value is read back from
 * the file, which anyone can edit (or damage), so nothing in it is trusted: every field has a type,
 * a range and a size bound, and the first field that fails is named by its path
 * ("tiering.mapping.revenue", "tiering.scheme.tiers[2].share").
 *
 * Before the schema runs, the raw value is walked once (iteratively, so a deep value cannot overflow
 * the stack) for what a schema cannot see cheaply: keys that would pollute prototypes (`__proto__`,
 * `constructor`, `prototype`), nesting deeper than any set-up has, too many values, strings longer
 * than a cell can hold, and values JSON cannot carry (functions, class instances, cycles).
 */
import * as v from "valibot";
import type { RunSetup } from "./runSetup";
import { parseSheetAddress } from "./a1";

/** Size bounds. None of them is reached by a set-up the add-in saves. */
export const SETUP_LIMITS = {
  /**
   * The saved JSON text. Microsoft documents no size limit for a workbook setting (the settings
   * pages are silent on it), so this is our own bound: far above a real set-up (a few KB, plus the
   * last run's header row), far below what would stall the pane.
   */
  jsonChars: 1_000_000,
  /** Any string: Excel's limit for the text of one cell (32,767 characters). */
  textChars: 32_767,
  /** Names, labels, keys, formats, the tier column header. */
  nameChars: 255,
  /** Worksheet names: Excel's limit (the add-in shortens its own sheet names to it too). */
  sheetNameChars: 31,
  /** Tiers of one scheme (the pane's presets have 3 to 11). */
  tiers: 100,
  /** Nesting of objects and arrays (a set-up nests 5 deep). */
  depth: 12,
  /** Values in the whole set-up (a header row may have up to 16,384 cells). */
  values: 50_000,
  /** Excel's grid: 16,384 columns, 1,048,576 rows. */
  columns: 16_384,
  rows: 1_048_576,
  /** The last serial day Excel shows as a date (9999-12-31). */
  lastSerialDay: 2_958_465,
} as const;

const L = SETUP_LIMITS;

/** Keys that must never be copied into an object the add-in uses. */
const UNSAFE_KEYS = new Set(["__proto__", "constructor", "prototype"]);

export type PathSegment = string | number;

/** "tiering.scheme.tiers[2].share"; "$" for the whole value. */
export function formatPath(path: readonly PathSegment[]): string {
  let text = "";
  for (const segment of path) {
    if (typeof segment === "number") text += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) text += text ? `.${segment}` : segment;
    else text += `[${JSON.stringify(segment)}]`;
  }
  return text || "$";
}

export type SetupCheck =
  | { ok: true; setup: RunSetup }
  | {
      ok: false;
      /** Path of the first damaged field ("$" for the whole value). */
      field: string;
      /** What is wrong with it, in English, e.g. "should be a column number (0 or more)". */
      problem: string;
    };

// ---------------------------------------------------------------------------------------------
// The walk before the schema
// ---------------------------------------------------------------------------------------------

/** An object literal or JSON.parse result (of any realm), not a Date, Map or class instance. */
function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value) as object | null;
  return proto === null || Object.getPrototypeOf(proto) === null;
}

/** The first structural problem of a JSON-like value, or undefined. Never throws on plain data. */
export function shapeProblem(root: unknown): { path: PathSegment[]; problem: string } | undefined {
  const stack: { value: unknown; path: PathSegment[] }[] = [{ value: root, path: [] }];
  let count = 0;
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (++count > L.values)
      return { path: [], problem: `holds more than ${L.values.toLocaleString("en-US")} values` };
    switch (typeof value) {
      case "string":
        if (value.length > L.textChars)
          return {
            path,
            problem: `is longer than ${L.textChars.toLocaleString("en-US")} characters`,
          };
        continue;
      case "number":
      case "boolean":
      case "undefined":
        continue;
      case "object":
        break;
      default:
        return { path, problem: "is not a value a saved set-up can hold" };
    }
    if (value === null) continue;
    if (path.length >= L.depth) return { path, problem: "is nested too deeply" };
    if (Array.isArray(value)) {
      if (value.length > L.values)
        return { path, problem: `holds more than ${L.values.toLocaleString("en-US")} values` };
      for (let i = value.length - 1; i >= 0; i--)
        stack.push({ value: value[i], path: [...path, i] });
      continue;
    }
    if (!isPlainObject(value)) return { path, problem: "is not a value a saved set-up can hold" };
    const keys = Object.keys(value);
    if (keys.length > L.values)
      return { path, problem: `holds more than ${L.values.toLocaleString("en-US")} values` };
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i];
      if (UNSAFE_KEYS.has(key))
        return { path: [...path, key], problem: "is a key a saved set-up must not have" };
      stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// The schema
// ---------------------------------------------------------------------------------------------

const text = (max: number, what: string, min = 0) => {
  const message = `should be ${what} (text of ${min > 0 ? `${min} to ` : "at most "}${max} characters)`;
  return v.pipe(v.string(message), v.minLength(min, message), v.maxLength(max, message));
};

const wholeNumber = (min: number, max: number, what: string) => {
  const message = `should be ${what} (a whole number from ${min} to ${max.toLocaleString("en-US")})`;
  return v.pipe(
    v.number(message),
    v.integer(message),
    v.minValue(min, message),
    v.maxValue(max, message)
  );
};

const SHARE_MESSAGE = "should be a share (a number from 0 to 1)";
const share = v.pipe(
  v.number(SHARE_MESSAGE),
  v.finite(SHARE_MESSAGE),
  v.minValue(0, SHARE_MESSAGE),
  v.maxValue(1, SHARE_MESSAGE)
);

const FINITE_MESSAGE = "should be a number";
const finiteNumber = v.pipe(v.number(FINITE_MESSAGE), v.finite(FINITE_MESSAGE));

const flag = v.boolean("should be true or false");

const columnIndex = wholeNumber(0, L.columns - 1, "a column number");

const sheetAddressText = (what: string) =>
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

const sheetName = text(L.sheetNameChars, "a sheet name", 1);

const basis = v.optional(v.picklist(["revenue", "profit"], 'should be "revenue" or "profit"'));

const tierFields = {
  key: text(64, "a tier key", 1),
  label: text(L.nameChars, "a tier label"),
};
const tierObject = "should be a tier (an object with a key and a label)";
const plainTier = v.object(tierFields, tierObject);
const rankTier = v.object({ ...tierFields, share }, tierObject);
const thresholdTier = v.object({ ...tierFields, min: v.optional(finiteNumber) }, tierObject);

const tierList = <T extends v.GenericSchema>(tier: T, min: number) => {
  const message = `should be a list of ${min > 0 ? `${min} to ` : "at most "}${L.tiers} tiers`;
  return v.pipe(v.array(tier, message), v.minLength(min, message), v.maxLength(L.tiers, message));
};

const SCHEME_KINDS = "pyramid, key, thresholds, abc, valueMatrix, rfm or custom";

const schemeSchema = v.variant(
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

/**
 * Customer and revenue are required, in different columns: without them a run tiers no one and
 * blanks the tier column.
 */
const mappingSchema = v.pipe(
  v.object(
    {
      customer: columnIndex,
      name: v.optional(columnIndex),
      revenue: columnIndex,
      cost: v.optional(columnIndex),
      profit: v.optional(columnIndex),
      investment: v.optional(columnIndex),
      date: v.optional(columnIndex),
      status: v.optional(columnIndex),
      segment: v.optional(columnIndex),
      score: v.optional(columnIndex),
      clv: v.optional(columnIndex),
      agent: v.optional(columnIndex),
    },
    "should be the column mapping (an object of column numbers)"
  ),
  v.forward(
    v.check(
      (mapping) => mapping.revenue !== mapping.customer,
      "should be a different column from the customer column"
    ),
    ["revenue"]
  )
);

const days = (what: string) => wholeNumber(1, 36_500, what);

const optionsSchema = v.object(
  {
    period: v.optional(
      v.object(
        {
          end: v.optional(
            v.pipe(
              finiteNumber,
              v.minValue(0, "should be a date (an Excel serial day)"),
              v.maxValue(L.lastSerialDay, "should be a date (an Excel serial day)")
            )
          ),
          months: v.optional(wholeNumber(1, 1200, "a number of months")),
        },
        "should be the period (an object)"
      )
    ),
    idMatching: v.optional(
      v.picklist(["exact", "trim", "normalized"], 'should be "exact", "trim" or "normalized"')
    ),
    whatIf: v.optional(
      v.pipe(
        v.array(
          v.object(
            {
              from: wholeNumber(0, L.tiers + 3, "a tier number"),
              to: wholeNumber(0, L.tiers + 3, "a tier number"),
              share: v.optional(share),
              count: v.optional(wholeNumber(0, L.rows, "a number of customers")),
            },
            "should be a tier move (an object)"
          ),
          "should be a list of tier moves"
        ),
        v.maxLength(L.tiers, `should be a list of at most ${L.tiers} tier moves`)
      )
    ),
    churn: v.optional(
      v.object(
        {
          windowDays: v.optional(days("a number of days")),
          minDrop: v.optional(share),
          maxRecencyDays: v.optional(days("a number of days")),
        },
        "should be the churn options (an object)"
      )
    ),
    rfm: v.optional(flag),
    groupLabels: v.optional(
      v.object(
        {
          inactive: v.optional(text(L.nameChars, "a tier label")),
          prospect: v.optional(text(L.nameChars, "a tier label")),
          suspect: v.optional(text(L.nameChars, "a tier label")),
        },
        "should be the group labels (an object)"
      )
    ),
  },
  "should be the tiering options (an object)"
);

const headerCell = v.union(
  [v.pipe(v.string(), v.maxLength(L.textChars)), finiteNumber, v.boolean(), v.null()],
  "should be a header cell (text, a number, true/false or empty)"
);

/*
 * Objects whose fields the writers may extend (the set-up's top level, its output options and its
 * last run) keep unknown fields (valibot looseObject; the walk above already refused unsafe keys);
 * the tiering parts the engine reads drop them (object).
 */
export const runSetupSchema = v.looseObject(
  {
    version: v.literal(1, "should be 1 (the only set-up version there is)"),
    source: v.variant(
      "kind",
      [
        v.object({ kind: v.literal("table"), tableName: text(L.nameChars, "a table name", 1) }),
        v.object({ kind: v.literal("range"), address: sheetAddressText("the source address") }),
      ],
      'should be "table" or "range"'
    ),
    includeHiddenRows: flag,
    tiering: v.object(
      {
        mapping: mappingSchema,
        scheme: schemeSchema,
        options: v.optional(optionsSchema),
      },
      "should be the tiering set-up (an object)"
    ),
    output: v.looseObject(
      {
        tierColumnName: text(L.nameChars, "a column header", 1),
        summarySheetName: sheetName,
        customersSheetName: sheetName,
        charts: flag,
        language: v.picklist(["en-US", "zh-CN"], 'should be "en-US" or "zh-CN"'),
        currencyFormat: v.optional(text(L.nameChars, "a number format", 1)),
      },
      "should be the output options (an object)"
    ),
    lastRun: v.optional(
      v.looseObject(
        {
          at: text(64, "a time"),
          sourceAddress: sheetAddressText("the source address"),
          header: v.pipe(
            v.array(headerCell, "should be the header row (a list of cells)"),
            v.maxLength(L.columns, `should be a header row of at most ${L.columns} cells`)
          ),
          tierColumnAddress: sheetAddressText("the tier column address"),
          summarySheetName: sheetName,
          customersSheetName: v.optional(sheetName),
          customers: wholeNumber(0, L.rows, "a number of customers"),
        },
        "should be the last run (an object)"
      )
    ),
  },
  "should be a set-up (an object)"
);

function issueText(issue: v.BaseIssue<unknown>): string {
  // A missing key: valibot reports it against the key (with the object's own message).
  return issue.input === undefined && (issue.path?.length ?? 0) > 0 ? "is missing" : issue.message;
}

/** Checks a parsed saved value (already out of JSON). Never throws. */
export function checkSetup(value: unknown): SetupCheck {
  try {
    if (typeof value !== "object" || value === null || Array.isArray(value))
      return { ok: false, field: "$", problem: "should be a set-up (an object)" };
    const shape = shapeProblem(value);
    if (shape) return { ok: false, field: formatPath(shape.path), problem: shape.problem };
    const result = v.safeParse(runSetupSchema, value, { abortEarly: true });
    if (result.success) {
      // No cast: this stops compiling if the schema and RunSetup drift apart.
      const setup: RunSetup = result.output;
      return { ok: true, setup };
    }
    const issue = result.issues[0];
    const path = (issue.path ?? []).map((item) => item.key as PathSegment);
    return { ok: false, field: formatPath(path), problem: issueText(issue) };
  } catch {
    // A hostile object (a getter that throws, a proxy): damaged, whatever it is.
    return { ok: false, field: "$", problem: "could not be read" };
  }
}
