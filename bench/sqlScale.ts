// The warehouse query at a scale no sheet holds: the SQL `npm run -s sql` generates for the
// customer pyramid, run by DuckDB over 10,000,000 rows (2,000,000 customers, a date column) that
// DuckDB generates itself, against the engine on the first 1,000,000 of the same rows, for
// reference. Both must give the same tier counts on those 1,000,000 rows.
// Run: node --require tsx/cjs bench/sqlScale.ts
import { DuckDBInstance } from "@duckdb/node-api";
import { runTiering, type Cell } from "../src/engine";
import { tieringSql } from "../src/sql";

const ROWS = Number(process.env.SQL_ROWS ?? 10_000_000);
const CUSTOMERS = 2_000_000;
const REFERENCE_ROWS = 1_000_000;
const SETUP = { mapping: {}, scheme: { kind: "pyramid" } };
const SOURCE = {
  table: "sales",
  columns: { customer: "Customer ID", revenue: "Sales", profit: "Profit", date: "Order Date" },
};

/** Sales rows made inside DuckDB from a row number: heavy-tailed amounts, some returns, dates over 2 years. */
const MAKE_SALES = (table: string, rows: number) => `
  CREATE TABLE ${table} AS
  SELECT 'C' || lpad(CAST(hash(i) % ${CUSTOMERS} AS VARCHAR), 7, '0') AS "Customer ID",
    CAST(CASE WHEN i % 37 = 0 THEN -25 ELSE round(10 + 5000 * pow((hash(i * 7) % 1000000) / 1000000.0, 6), 2) END AS DOUBLE) AS "Sales",
    CAST(round(0.2 * (10 + (hash(i * 13) % 500)), 2) AS DOUBLE) AS "Profit",
    DATE '2024-01-01' + CAST(hash(i * 3) % 730 AS INTEGER) AS "Order Date"
  FROM range(${rows}) AS r(i)`;

async function tierCounts(connection: Awaited<ReturnType<DuckDBInstance["connect"]>>, sql: string) {
  const reader = await connection.runAndReadAll(
    `SELECT tier, count(*)::INTEGER FROM (${sql.replace(/;\s*$/, "")}) GROUP BY tier ORDER BY tier`
  );
  return Object.fromEntries(reader.getRows().map(([tier, n]) => [String(tier), Number(n)]));
}

async function main(): Promise<void> {
  const generated = tieringSql(SETUP, SOURCE, "duckdb");
  if (!generated.ok) throw new Error(`refused: ${JSON.stringify(generated.refusal)}`);
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  await connection.run(MAKE_SALES("sales", ROWS));
  let start = performance.now();
  const counts = await tierCounts(connection, generated.sql);
  const sqlMs = performance.now() - start;
  const customers = Object.values(counts).reduce((a, b) => a + b, 0);

  // The reference: the first 1,000,000 rows, tiered by DuckDB and by the engine.
  await connection.run(`CREATE TABLE first_rows AS SELECT * FROM sales LIMIT ${REFERENCE_ROWS}`);
  const firstSql = tieringSql(SETUP, { ...SOURCE, table: "first_rows" }, "duckdb");
  if (!firstSql.ok) throw new Error("refused");
  const sqlCounts = await tierCounts(connection, firstSql.sql);
  const read = await connection.runAndReadAll(
    `SELECT "Customer ID", "Sales", "Profit", CAST("Order Date" - DATE '1899-12-30' AS DOUBLE) FROM first_rows`
  );
  const rows = read
    .getRows()
    .map((r) => r.map((v) => (typeof v === "bigint" ? Number(v) : v)) as Cell[]);
  start = performance.now();
  const result = runTiering(rows, {
    mapping: { customer: 0, revenue: 1, profit: 2, date: 3 },
    scheme: { kind: "pyramid", tiers: [] },
  });
  const engineMs = performance.now() - start;
  const engineCounts = Object.fromEntries(
    result.summary.rows.filter((r) => r.customers > 0).map((r) => [r.label, r.customers])
  );
  const agree = Object.entries(sqlCounts).every(([tier, n]) => engineCounts[tier] === n);
  console.log(
    `Warehouse SQL (DuckDB, pyramid): ${ROWS.toLocaleString("en-US")} rows, ` +
      `${customers.toLocaleString("en-US")} customers in ${sqlMs.toFixed(0)} ms; ` +
      `engine on the first ${REFERENCE_ROWS.toLocaleString("en-US")} rows ${engineMs.toFixed(0)} ms, ` +
      `tier counts ${agree ? "equal" : "DIFFER"} to the SQL's there`
  );
  console.log(
    JSON.stringify({
      sql_rows: ROWS,
      sql_customers: customers,
      sql_ms: Math.round(sqlMs),
      engine_rows: REFERENCE_ROWS,
      engine_ms: Math.round(engineMs),
      counts,
    })
  );
  if (!agree) {
    console.error("SQL", sqlCounts, "engine", engineCounts);
    process.exitCode = 1;
  }
}

void main();
