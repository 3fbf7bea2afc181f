import { normalizeSetup } from "../engine/normalizeSetup";
import { serialToYmd } from "../engine/parse/excelDate";
import { NON_BUYER_TIERS } from "../engine/schemes/presets";
import type { IdMatching, TieringSetup } from "../engine/types";
import { DIALECT_RULES, DIALECTS, type Dialect, type DialectRules } from "./dialects";
import { blankId, guardedId, idKeySql } from "./idSql";
import type { SqlRefusal } from "./sqlRefusal";
import { statusClassSql, statusTextSql } from "./statusSql";
import { buyerTierSql, doubleLiteral, tierRuleOf, type TierRule } from "./tierSql";

/** The warehouse table: its name and the column name per role (revenue and customer are required). */
export interface SqlSource {
  table: string;
  columns: { customer: string; revenue: string; profit?: string; date?: string; status?: string };
}

export type SqlOutcome = { ok: true; sql: string } | { ok: false; refusal: SqlRefusal };

/** "2024-12-31" for an Excel serial day, by the engine's calendar (serialToYmd). */
const serialToIso = (serial: number): string =>
  serialToYmd(serial)
    .map((part, k) => String(part).padStart(k === 0 ? 4 : 2, "0"))
    .join("-");

/** Money sums snapped to 1e-6 as snapMoney does (Math.round is floor(x + 0.5)). */
function snapped(d: DialectRules, e: string): string {
  const [limit, scale, half] = [9e9, 1e6, 0.5].map((x) => doubleLiteral(d, x));
  return `CASE WHEN ABS(${e}) < ${limit} THEN FLOOR(${e} * ${scale} + ${half}) / ${scale} ELSE ${e} END`;
}

function rowsCte(d: DialectRules, source: SqlSource, matching: IdMatching): string {
  const c = source.columns;
  const q = d.ident;
  const money = (col: string) => `COALESCE(CAST(${q(col)} AS ${d.double}), 0)`;
  const id = `guarded_id`;
  const dated = c.date
    ? ` AND (sale_day >= DATE '1900-03-01' OR (sale_day IS NULL AND revenue = 0))`
    : "";
  return [
    `checked AS (SELECT t.*, ${guardedId(d, `CAST(${q(c.customer)} AS ${d.varchar})`)} AS ${id}`,
    `  FROM ${q(source.table)} AS t),`,
    `source_rows AS (SELECT ${id} AS raw_id, ${idKeySql(d, id, matching)} AS id_key,`,
    `  ${blankId(d, id)} AS blank_id, ${money(c.revenue)} AS revenue,`,
    `  ${c.profit ? money(c.profit) : doubleLiteral(d, 0)} AS profit,`,
    `  ${c.date ? d.day(q(c.date)) : "CAST(NULL AS DATE)"} AS sale_day,`,
    `  ${c.status ? statusTextSql(d, q(c.status)) : "''"} AS status_text`,
    `  FROM checked),`,
    // The engine's used rows: an id, and a date in Excel's range unless the row has no amount.
    `used AS (SELECT source_rows.*, ${statusClassSql(d, "status_text")} AS status_class`,
    `  FROM source_rows WHERE raw_id IS NOT NULL AND NOT blank_id${dated}),`,
  ].join("\n");
}

function periodCte(d: DialectRules, setup: TieringSetup, dated: boolean): string {
  if (!dated)
    return "period AS (SELECT CAST(NULL AS DATE) AS period_start, CAST(NULL AS DATE) AS period_end),";
  const given = setup.options?.period;
  const end =
    given?.end !== undefined && Number.isFinite(given.end)
      ? `DATE '${serialToIso(given.end)}'`
      : `(SELECT MAX(sale_day) FROM used)`;
  const months = given?.months !== undefined && given.months > 0 ? Math.round(given.months) : 12;
  return [
    `period_end AS (SELECT ${end} AS period_end),`,
    `period AS (SELECT ${d.monthsBeforePlusDay("period_end", months)} AS period_start, period_end FROM period_end),`,
  ].join("\n");
}

function customersCte(d: DialectRules, dated: boolean, rule: TierRule): string {
  const inPeriod = dated
    ? "(sale_day IS NULL OR (sale_day >= period_start AND sale_day <= period_end))"
    : "TRUE";
  const toDate = dated ? "(sale_day IS NULL OR sale_day <= period_end)" : "TRUE";
  const sum = (e: string) => `SUM(CASE WHEN in_period THEN ${e} ELSE ${doubleLiteral(d, 0)} END)`;
  return [
    `in_rows AS (SELECT used.*, ${inPeriod} AS in_period, ${toDate} AS up_to_end`,
    `  FROM used CROSS JOIN period),`,
    `sums AS (SELECT MIN(raw_id) AS customer_id, ${sum("revenue")} AS revenue_sum,`,
    `  ${sum("profit")} AS profit_sum,`,
    `  MAX(CASE WHEN revenue > 0 AND up_to_end THEN 1 ELSE 0 END) AS ever_bought,`,
    `  MAX(status_class) AS status_class FROM in_rows GROUP BY id_key),`,
    `customers AS (SELECT customer_id, ${snapped(d, "revenue_sum")} AS revenue,`,
    `  ${snapped(d, "profit_sum")} AS profit, ever_bought, status_class FROM sums),`,
    `ranked AS (SELECT customers.*, ${rule.basis} AS basis_value,`,
    `  CASE WHEN revenue > 0 THEN RANK() OVER (PARTITION BY revenue > 0 ORDER BY ${rule.basis} DESC) END AS rank,`,
    `  SUM(CASE WHEN revenue > 0 THEN 1 ELSE 0 END) OVER () AS buyers`,
    `  FROM customers)`,
  ].join("\n");
}

/**
 * One query that tiers `source` as runTiering tiers the same rows under `setup`: one row per customer
 * (customer_id, revenue, profit when mapped, rank, tier), in rank order. Refused, never approximated, for
 * a scheme or option the SQL cannot express as the engine does.
 */
export function tieringSql(setupIn: unknown, source: SqlSource, dialect: string): SqlOutcome {
  if (!DIALECTS.includes(dialect as Dialect))
    return {
      ok: false,
      refusal: { code: "unknownDialect", params: { dialect, dialects: [...DIALECTS] } },
    };
  return tieringSqlWith(setupIn, source, DIALECT_RULES[dialect as Dialect]);
}

/** tieringSql in the dialect whose differences are `d`: every dialect-specific word comes from `d`. */
export function tieringSqlWith(setupIn: unknown, source: SqlSource, d: DialectRules): SqlOutcome {
  for (const role of ["customer", "revenue"] as const)
    if (!source.columns[role])
      return { ok: false, refusal: { code: "columnMissing", params: { role } } };
  const setup = normalizeSetup(setupIn);
  const rule = tierRuleOf(setup.scheme);
  if ("code" in rule) return { ok: false, refusal: rule };
  const dated = source.columns.date !== undefined;
  const groups = setup.options?.groupLabels ?? {};
  const group = (k: "inactive" | "prospect" | "suspect", i: number) =>
    d.text(groups[k] ?? NON_BUYER_TIERS[i].label);
  const tier = [
    `CASE WHEN rank IS NOT NULL THEN ${buyerTierSql(d, rule)}`,
    `  WHEN ever_bought = 1 THEN ${group("inactive", 0)}`,
    `  WHEN status_class = 2 THEN ${group("prospect", 1)} ELSE ${group("suspect", 2)} END`,
  ].join("\n");
  const sql = [
    "WITH",
    rowsCte(d, source, setup.options?.idMatching ?? "normalized"),
    periodCte(d, setup, dated),
    customersCte(d, dated, rule),
    `SELECT customer_id, revenue,${source.columns.profit ? " profit," : ""} rank,`,
    `${tier} AS tier`,
    "FROM ranked",
    "ORDER BY rank IS NULL, rank, customer_id",
  ].join("\n");
  return { ok: true, sql: sql + ";\n" };
}
