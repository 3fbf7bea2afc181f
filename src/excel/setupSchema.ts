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
  objectOf,
  oneOf,
  listOf,
  currencyCode,
} from "./setupFields";
import { problemOf, says, setupProblem, type SetupProblem } from "./setupProblem";
import { schemeSchema } from "./setupSchemes";

export { SETUP_LIMITS } from "./setupLimits";
export { formatPath, type PathSegment, shapeProblem } from "./setupShape";

const L = SETUP_LIMITS;

export type SetupCheck =
  | { ok: true; setup: RunSetup }
  | {
      ok: false;
      /** Path of the first damaged field ("$" for the whole value). */
      field: string;
      /** What is wrong with it, as a code (setupProblem.ts). */
      problem: SetupProblem;
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
    objectOf("mapping")
  ),
  v.forward(
    v.check((mapping) => mapping.revenue !== mapping.customer, says(setupProblem("sameColumn"))),
    ["revenue"]
  )
);

const days = wholeNumber(1, 36_500, "days");
const SERIAL_DAY = says(setupProblem("serialDay"));

const optionsSchema = v.object(
  {
    period: v.optional(
      v.object(
        {
          end: v.optional(
            v.pipe(finiteNumber, v.minValue(0, SERIAL_DAY), v.maxValue(L.lastSerialDay, SERIAL_DAY))
          ),
          months: v.optional(wholeNumber(1, 1200, "months")),
        },
        objectOf("period")
      )
    ),
    idMatching: v.optional(
      v.picklist(["exact", "trim", "normalized"], oneOf("exact", "trim", "normalized"))
    ),
    whatIf: v.optional(
      listOf(
        v.object(
          {
            from: wholeNumber(0, L.tiers + 3, "tierNumber"),
            to: wholeNumber(0, L.tiers + 3, "tierNumber"),
            share: v.optional(share),
            count: v.optional(wholeNumber(0, L.rows, "customers")),
          },
          objectOf("tierMove")
        ),
        "tierMoves",
        0,
        L.tiers,
        false
      )
    ),
    churn: v.optional(
      v.object(
        {
          windowDays: v.optional(days),
          minDrop: v.optional(share),
          maxRecencyDays: v.optional(days),
        },
        objectOf("churn")
      )
    ),
    rfm: v.optional(flag),
    groupLabels: v.optional(
      v.object(
        {
          inactive: v.optional(text(L.nameChars, "tierLabel")),
          prospect: v.optional(text(L.nameChars, "tierLabel")),
          suspect: v.optional(text(L.nameChars, "tierLabel")),
        },
        objectOf("groupLabels")
      )
    ),
  },
  objectOf("options")
);

const headerCell = v.union(
  [v.pipe(v.string(), v.maxLength(L.textChars)), finiteNumber, v.boolean(), v.null()],
  says(setupProblem("headerCell"))
);

/*
 * Objects whose fields the writers may extend (the set-up's top level, its output options and its
 * last run) keep unknown fields (valibot looseObject; the walk above already refused unsafe keys);
 * the tiering parts the engine reads drop them (object).
 */
export const runSetupSchema = v.looseObject(
  {
    version: v.literal(1, says(setupProblem("version", { version: 1 }))),
    source: v.variant(
      "kind",
      [
        v.object({ kind: v.literal("table"), tableName: text(L.nameChars, "tableName", 1) }),
        v.object({ kind: v.literal("range"), address: sheetAddressText("sourceAddress") }),
      ],
      oneOf("table", "range")
    ),
    includeHiddenRows: flag,
    tiering: v.object(
      {
        mapping: mappingSchema,
        scheme: schemeSchema,
        options: v.optional(optionsSchema),
      },
      objectOf("tiering")
    ),
    output: v.looseObject(
      {
        tierColumnName: text(L.nameChars, "columnHeader", 1),
        summarySheetName: sheetName,
        customersSheetName: sheetName,
        charts: flag,
        language: v.picklist(["en-US", "zh-CN"], oneOf("en-US", "zh-CN")),
        currency: v.optional(currencyCode),
        currencyFormat: v.optional(text(L.nameChars, "numberFormat", 1)),
      },
      objectOf("output")
    ),
    lastRun: v.optional(
      v.looseObject(
        {
          at: text(64, "time"),
          sourceAddress: sheetAddressText("sourceAddress"),
          header: listOf(headerCell, "headerCells", 0, L.columns, false),
          tierColumnAddress: sheetAddressText("tierColumnAddress"),
          summarySheetName: sheetName,
          customersSheetName: v.optional(sheetName),
          customers: wholeNumber(0, L.rows, "customers"),
        },
        objectOf("lastRun")
      )
    ),
  },
  objectOf("setup")
);

function issueProblem(issue: v.BaseIssue<unknown>): SetupProblem {
  // A missing key: valibot reports it against the key (with the object's own message).
  return issue.input === undefined && (issue.path?.length ?? 0) > 0
    ? setupProblem("missing")
    : problemOf(issue.message);
}

/** Checks a parsed saved value (already out of JSON). Never throws. */
export function checkSetup(value: unknown): SetupCheck {
  try {
    if (typeof value !== "object" || value === null || Array.isArray(value))
      return { ok: false, field: "$", problem: setupProblem("object", { what: "setup" }) };
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
    return { ok: false, field: formatPath(path), problem: issueProblem(issue) };
  } catch {
    // A hostile object (a getter that throws, a proxy): damaged, whatever it is.
    return { ok: false, field: "$", problem: setupProblem("unreadable") };
  }
}
