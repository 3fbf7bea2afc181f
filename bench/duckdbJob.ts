import { DOUBLE, DuckDBDataChunk, DuckDBInstance, INTEGER, VARCHAR } from "@duckdb/node-api";
import type { Cell } from "../src/engine";
import type { JobOutput } from "./generate";

const CHUNK = 2048;

/** The same job in DuckDB, counting instance start-up and loading the rows (appender, 2,048-row chunks). */
export async function duckdbJob(rows: Cell[][]): Promise<JobOutput> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    await connection.run("CREATE TABLE sales (row_index INTEGER, id VARCHAR, revenue DOUBLE)");
    const appender = await connection.createAppender("sales");
    for (let start = 0; start < rows.length; start += CHUNK) {
      const size = Math.min(CHUNK, rows.length - start);
      const index = new Array<number>(size);
      const id = new Array<string>(size);
      const revenue = new Array<number>(size);
      for (let j = 0; j < size; j++) {
        const r = rows[start + j];
        index[j] = start + j;
        id[j] = String(r[0]);
        revenue[j] = typeof r[1] === "number" ? r[1] : Number(r[1]);
      }
      const chunk = DuckDBDataChunk.create([INTEGER, VARCHAR, DOUBLE], size);
      chunk.setColumns([index, id, revenue]);
      appender.appendDataChunk(chunk);
    }
    appender.flushSync();
    appender.closeSync();
    await connection.run(`
      CREATE TEMP TABLE tiers AS
      WITH customers AS (
        SELECT lower(trim(id)) AS id, sum(revenue) AS revenue, max(revenue) AS best FROM sales GROUP BY 1
      ),
      n AS (SELECT count(*) AS n FROM customers WHERE revenue > 0),
      limits AS (
        SELECT floor(round(0.01 * n, 9) + 0.5) AS l0, floor(round(0.05 * n, 9) + 0.5) AS l1, floor(round(0.2 * n, 9) + 0.5) AS l2 FROM n
      ),
      ranked AS (
        SELECT id, revenue, rank() OVER (ORDER BY revenue DESC) AS rnk FROM customers WHERE revenue > 0
      )
      SELECT id, revenue, CASE WHEN rnk <= l0 THEN 'VIP' WHEN rnk <= l1 THEN 'Large' WHEN rnk <= l2 THEN 'Medium' ELSE 'Small' END AS tier
      FROM ranked, limits
      UNION ALL
      SELECT id, revenue, CASE WHEN best > 0 THEN 'Inactive' ELSE 'Suspect' END FROM customers WHERE NOT (revenue > 0)`);
    const summary = await connection.runAndReadAll(
      "SELECT tier, count(*)::INTEGER AS customers, sum(revenue) AS revenue, min(revenue), max(revenue) FROM tiers GROUP BY tier"
    );
    const labelReader = await connection.runAndReadAll(
      "SELECT t.tier FROM sales s JOIN tiers t ON lower(trim(s.id)) = t.id ORDER BY s.row_index"
    );
    const labels = labelReader.getColumns()[0] as string[];
    const counts: Record<string, number> = {};
    const revenueByTier: Record<string, number> = {};
    for (const [tier, customers, revenue] of summary.getRows()) {
      counts[String(tier)] = Number(customers);
      revenueByTier[String(tier)] = Number(revenue);
    }
    return { counts, labels, revenueByTier };
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
