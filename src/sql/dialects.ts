// Every way the four SQL dialects differ, in ONE table: the query builder (tieringSql.ts) writes the same
// query for each and asks this table only for quoting, types, date arithmetic, regular expressions and
// the way a query stops with an error. A test checks that the Spark and BigQuery texts differ from the
// DuckDB text only through these entries.

export type Dialect = "duckdb" | "postgres" | "spark" | "bigquery";

export const DIALECTS: readonly Dialect[] = ["duckdb", "postgres", "spark", "bigquery"];

export interface DialectRules {
  /** A column or table name as the dialect quotes it. */
  ident(name: string): string;
  /** A text literal (quotes, and backslashes where the dialect reads escapes). */
  text(value: string): string;
  double: string;
  varchar: string;
  /** `e` matches the regular expression literal `pattern`. */
  matches(e: string, pattern: string): string;
  /** Every match of `pattern` in `e` replaced by `by`. */
  replaceAll(e: string, pattern: string, by: string): string;
  /** `word` occurs in `e`. */
  contains(e: string, word: string): string;
  /** The day `months` calendar months before day `d` (the day clamped to the month's end), plus one day. */
  monthsBeforePlusDay(d: string, months: number): string;
  /** The day of a date or timestamp value. */
  day(e: string): string;
  /** Stops the query with `message` (an expression of the row, so no engine folds it at planning). */
  fail(message: string): string;
  /** Regular-expression escape of one code point inside a bracket class. */
  codePoint(cp: number): string;
}

const doubled = (quote: string) => (s: string) =>
  quote + s.split(quote).join(quote + quote) + quote;
const escaped = (quote: string) => (s: string) =>
  quote +
  s
    .replace(/\\/g, "\\\\")
    .split(quote)
    .join("\\" + quote) +
  quote;
/** BigQuery: backslashes doubled, and a quote as its code point (its grammar in node-sql-parser reads no \\'). */
const bigQueryText = (s: string) =>
  s
    .split("'")
    .map((part) => `'${part.replace(/\\/g, "\\\\")}'`)
    .join(" || CODE_POINTS_TO_STRING([39]) || ");
const hex = (cp: number, width: number) => cp.toString(16).toUpperCase().padStart(width, "0");
const re2CodePoint = (cp: number) => `\\x{${hex(cp, 4)}}`;
const javaCodePoint = (cp: number) => `\\u${hex(cp, 4)}`;

export const DIALECT_RULES: Record<Dialect, DialectRules> = {
  duckdb: {
    ident: doubled('"'),
    text: doubled("'"),
    double: "DOUBLE",
    varchar: "VARCHAR",
    matches: (e, p) => `regexp_matches(${e}, ${p})`,
    replaceAll: (e, p, by) => `regexp_replace(${e}, ${p}, ${by}, 'g')`,
    contains: (e, w) => `strpos(${e}, ${w}) > 0`,
    monthsBeforePlusDay: (d, m) => `CAST(${d} - INTERVAL ${m} MONTH + INTERVAL 1 DAY AS DATE)`,
    day: (e) => `CAST(${e} AS DATE)`,
    fail: (m) => `error(${m})`,
    codePoint: re2CodePoint,
  },
  postgres: {
    ident: doubled('"'),
    text: doubled("'"),
    double: "DOUBLE PRECISION",
    varchar: "VARCHAR",
    matches: (e, p) => `${e} ~ ${p}`,
    replaceAll: (e, p, by) => `regexp_replace(${e}, ${p}, ${by}, 'g')`,
    contains: (e, w) => `strpos(${e}, ${w}) > 0`,
    monthsBeforePlusDay: (d, m) => `CAST(${d} - INTERVAL '${m} months' + INTERVAL '1 day' AS DATE)`,
    day: (e) => `CAST(${e} AS DATE)`,
    // PostgreSQL has no error function: a cast of the message (with the row's id) to a number fails.
    fail: (m) => `CAST(CAST(${m} AS INTEGER) AS VARCHAR)`,
    codePoint: javaCodePoint,
  },
  spark: {
    ident: (name) => "`" + name.split("`").join("``") + "`",
    text: escaped("'"),
    double: "DOUBLE",
    varchar: "STRING",
    matches: (e, p) => `${e} RLIKE ${p}`,
    replaceAll: (e, p, by) => `regexp_replace(${e}, ${p}, ${by})`,
    contains: (e, w) => `instr(${e}, ${w}) > 0`,
    monthsBeforePlusDay: (d, m) => `date_add(add_months(${d}, -${m}), 1)`,
    day: (e) => `CAST(${e} AS DATE)`,
    fail: (m) => `raise_error(${m})`,
    codePoint: javaCodePoint,
  },
  bigquery: {
    ident: (name) => "`" + name.replace(/\\/g, "\\\\").split("`").join("\\`") + "`",
    text: bigQueryText,
    double: "FLOAT64",
    varchar: "STRING",
    matches: (e, p) => `REGEXP_CONTAINS(${e}, ${p})`,
    replaceAll: (e, p, by) => `REGEXP_REPLACE(${e}, ${p}, ${by})`,
    contains: (e, w) => `STRPOS(${e}, ${w}) > 0`,
    monthsBeforePlusDay: (d, m) => `DATE_ADD(DATE_SUB(${d}, INTERVAL ${m} MONTH), INTERVAL 1 DAY)`,
    day: (e) => `CAST(${e} AS DATE)`,
    fail: (m) => `ERROR(${m})`,
    codePoint: re2CodePoint,
  },
};
