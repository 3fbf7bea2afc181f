/**
 * The schema of the set-up saved in the workbook (RunSetup, see runSetup.ts), checked field by field
 * with valibot before the ribbon's Refresh or the pane replays it. A saved value is read back from
 * the file, which anyone can edit (or damage), so nothing in it is trusted: every field has a type,
 * a range and a size bound, and the first field that fails is named by its path
 * ("tiering.mapping.revenue", "tiering.scheme.tiers[2].share").
 *
 * Before the schema runs, the raw value is walked once (setupShape.ts).
 */
import * as v from "valibot";
import type { RunSetup } from "./runSetup";
import { SETUP_LIMITS } from "./setupLimits";
import { formatPath, type PathSegment, shapeProblem } from "./setupShape";
import {
  text,
  wholeNumber,
  share,
  finiteNumber,
  flag,
  columnIndex,
  sheetAddressText,
  sheetName,
  schemeSchema,
} from "./setupFields";

export { SETUP_LIMITS } from "./setupLimits";
export { formatPath, type PathSegment, shapeProblem } from "./setupShape";

const L = SETUP_LIMITS;

export type SetupCheck =
  | { ok: true; setup: RunSetup }
  | {
      ok: false;
      /** Path of the first damaged field ("$" for the whole value). */
      field: string;
      /** What is wrong with it, in English, e.g. "should be a column number (0 or more)". */
      problem: string;
    };

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
