/**
 * What is wrong with a field of a damaged saved set-up, as data (SavedSetupStatus "corrupt", the
 * adapter's "setupDamaged" message): a code from this closed set with its bounds and names as
 * params. src/i18n/codes/setupProblems.ts puts them into words.
 *
 * valibot's messages are strings, so the schema (setupFields.ts, setupSchema.ts) gives each check
 * the key `says(problem)` and checkSetup reads the problem back with `problemOf(message)`.
 */

/** Text fields, by what they hold. */
export type TextField =
  | "tierLabel"
  | "tierKey"
  | "tableName"
  | "sourceAddress"
  | "tierColumnAddress"
  | "columnHeader"
  | "sheetName"
  | "numberFormat"
  | "time";

/** Whole-number fields, by what they count. */
export type NumberField =
  "columnNumber" | "months" | "tierNumber" | "customers" | "days" | "periods";

/** The set-up's objects. */
export type SetupPart =
  | "setup"
  | "mapping"
  | "tiering"
  | "options"
  | "period"
  | "tierMove"
  | "churn"
  | "groupLabels"
  | "output"
  | "lastRun"
  | "clv"
  | "tier";

/** The set-up's lists. */
export type SetupList = "tiers" | "tierMoves" | "shares" | "headerCells";

type None = Record<string, never>;

export type SetupProblem =
  /** The saved text is not JSON. */
  | { code: "notJson"; params: None }
  /** The value could not be walked (a getter that throws, a proxy). */
  | { code: "unreadable"; params: None }
  | { code: "missing"; params: None }
  | { code: "tooManyValues"; params: { max: number } }
  | { code: "tooLong"; params: { max: number } }
  /** A function, a class instance, a cycle: nothing JSON could hold. */
  | { code: "notData"; params: None }
  | { code: "tooDeep"; params: None }
  /** `__proto__`, `constructor` or `prototype`. */
  | { code: "unsafeKey"; params: None }
  | { code: "text"; params: { what: TextField; min: number; max: number } }
  | { code: "wholeNumber"; params: { what: NumberField; min: number; max: number } }
  | { code: "share"; params: None }
  | { code: "number"; params: None }
  | { code: "flag"; params: None }
  | { code: "sheetAddress"; params: { what: TextField } }
  /** One of these literal values (picklists). */
  | { code: "oneOf"; params: { options: string[] } }
  /** One of the scheme registry's kinds. */
  | { code: "schemeKind"; params: { kinds: string[] } }
  | { code: "object"; params: { what: SetupPart } }
  /** A list (of at least `min` and at most `max` items, when given). */
  | { code: "list"; params: { of: SetupList; min?: number; max?: number } }
  | { code: "version"; params: { version: number } }
  /** The revenue column is the customer column. */
  | { code: "sameColumn"; params: None }
  | { code: "serialDay"; params: None }
  | { code: "headerCell"; params: None }
  /** Not an ISO 4217 code (three capital letters). */
  | { code: "currencyCode"; params: None }
  | { code: "discountAtLeast"; params: { min: number } }
  | { code: "discountAtMost"; params: { max: number } };

export type SetupProblemCode = SetupProblem["code"];

/** A problem of the family with code `C`. */
export function setupProblem<C extends SetupProblemCode>(
  code: C,
  ...params: Extract<SetupProblem, { code: C }>["params"] extends None
    ? []
    : [Extract<SetupProblem, { code: C }>["params"]]
): SetupProblem {
  return { code, params: params[0] ?? {} } as SetupProblem;
}

const KEYS = new Set<string>();

/** The schema message standing for `problem` (a key that `problemOf` reads back). */
export function says(problem: SetupProblem): string {
  const key = JSON.stringify(problem);
  KEYS.add(key);
  return key;
}

/** The problem a schema message stands for, a fresh copy ("unreadable" for a message the schema never gave). */
export function problemOf(message: string): SetupProblem {
  return KEYS.has(message)
    ? (JSON.parse(message) as SetupProblem)
    : { code: "unreadable", params: {} };
}
