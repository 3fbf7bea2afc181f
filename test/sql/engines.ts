import { DuckDBInstance } from "@duckdb/node-api";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import type { Cell } from "../../src/engine";

// The parity tests' sales table in real engines: columns customer, revenue, profit, date (Excel serial in
// the rows, a DATE in SQL), status, loaded with plain INSERTs in batches.
export const SOURCE = {
  table: "sales",
  columns: {
    customer: "Customer ID",
    revenue: "Sales",
    profit: "Profit",
    date: "Order Date",
    status: "Status",
  },
};
export const MAPPING = { customer: 0, revenue: 1, profit: 2, date: 3, status: 4 };

const iso = (serial: number) =>
  new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86400000).toISOString().slice(0, 10);
const lit = (v: Cell, kind: "text" | "num" | "date"): string => {
  if (v === null || v === undefined || v === "") return "NULL";
  if (kind === "num") return String(v);
  if (kind === "date") return `DATE '${iso(v as number)}'`;
  return `'${String(v).split("'").join("''")}'`;
};

function inserts(rows: Cell[][]): string[] {
  const out: string[] = [];
  for (let at = 0; at < rows.length; at += 500) {
    const values = rows
      .slice(at, at + 500)
      .map(
        (r) =>
          `(${lit(r[0], "text")}, ${lit(r[1], "num")}, ${lit(r[2], "num")}, ${lit(r[3], "date")}, ${lit(r[4], "text")})`
      );
    out.push(`INSERT INTO sales VALUES ${values.join(", ")}`);
  }
  return out;
}

const CREATE = `CREATE TABLE sales ("Customer ID" VARCHAR, "Sales" DOUBLE PRECISION, "Profit" DOUBLE PRECISION, "Order Date" DATE, "Status" VARCHAR)`;

export interface SqlRow {
  customer_id: string;
  tier: string;
  rank: number | null;
  revenue: number;
}

const sqlRow = (r: Record<string, unknown>): SqlRow => ({
  customer_id: String(r.customer_id),
  tier: String(r.tier),
  rank: r.rank === null ? null : Number(r.rank),
  revenue: Number(r.revenue),
});

export type RunSql = (sql: string) => Promise<SqlRow[]>;

export async function duckdb(rows: Cell[][]): Promise<{ run: RunSql; close: () => void }> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  await connection.run(CREATE.replace(/DOUBLE PRECISION/g, "DOUBLE"));
  for (const s of inserts(rows)) await connection.run(s);
  return {
    run: async (sql) => {
      const reader = await connection.runAndReadAll(sql);
      return reader.getRowObjectsJS().map(sqlRow);
    },
    close: () => connection.closeSync(),
  };
}

/** Every query of `queries` run in real PostgreSQL (PGlite in a child process) over `rows`. */
export function postgresAll(rows: Cell[][], queries: string[]): (SqlRow[] | { error: string })[] {
  const child = spawnSync(process.execPath, [join(__dirname, "pgliteChild.mjs")], {
    input: JSON.stringify({ setup: [CREATE, ...inserts(rows)], queries }),
    encoding: "utf8",
    maxBuffer: 1 << 28,
  });
  if (child.status !== 0) throw new Error(child.stderr);
  const results = JSON.parse(child.stdout) as (Record<string, unknown>[] | { error: string })[];
  return results.map((r) => (Array.isArray(r) ? r.map(sqlRow) : r));
}
