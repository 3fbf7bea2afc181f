import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { tieringSql } from "../../src/sql";
import { presets } from "../../src/engine";

// The command line as a scheduled job runs it: node with tsx, like `npm run sql`.
const ROOT = join(__dirname, "../..");
const run = (...args: string[]) =>
  spawnSync(process.execPath, ["--require", "tsx/cjs", "scripts/sql.ts", ...args], {
    cwd: ROOT,
    encoding: "utf8",
  });

const MAP = ["--map", "customer=Customer ID", "--map", "revenue=Sales", "--map", "profit=Profit"];
const SOURCE = {
  table: "sales",
  columns: { customer: "Customer ID", revenue: "Sales", profit: "Profit", date: "Order Date" },
};

describe("npm run sql", () => {
  it("prints the query of a preset", () => {
    const out = run(
      "--dialect",
      "duckdb",
      "--table",
      "sales",
      ...MAP,
      "--map",
      "date=Order Date",
      "--scheme",
      "pyramid"
    );
    const want = tieringSql({ mapping: {}, scheme: presets()[0].scheme }, SOURCE, "duckdb");
    expect(out.status).toBe(0);
    expect(out.stdout).toBe(want.ok && want.sql);
  }, 30000);

  it("reads a saved set-up, its header naming the columns --map leaves out", () => {
    const dir = mkdtempSync(join(tmpdir(), "crm-sql-"));
    const file = join(dir, "setup.json");
    const tiering = { mapping: { customer: 0, revenue: 3, date: 2 }, scheme: { kind: "key" } };
    const header = ["Customer ID", "Customer Name", "Order Date", "Sales"];
    writeFileSync(file, JSON.stringify({ tiering, lastRun: { header } }));
    const out = run(
      "--dialect",
      "bigquery",
      "--table",
      "sales",
      "--map",
      "profit=Profit",
      "--setup",
      file
    );
    const want = tieringSql(tiering, SOURCE, "bigquery");
    expect(out.status).toBe(0);
    expect(out.stdout).toBe(want.ok && want.sql);
  }, 30000);

  it.each([
    [["--dialect", "duckdb", "--table", "sales", ...MAP, "--scheme", "pyramid", "--bogus", "x"]],
    [["--dialect", "oracle", "--table", "sales", ...MAP, "--scheme", "pyramid"]],
    [["--dialect", "duckdb", ...MAP, "--scheme", "pyramid"]],
    [["--dialect", "duckdb", "--table", "sales", "--map", "customer", "--scheme", "pyramid"]],
    [["--dialect", "duckdb", "--table", "sales", ...MAP, "--scheme", "nope"]],
  ])(
    "a bad flag prints the usage and exits with 2 (%j)",
    (args) => {
      const out = run(...args);
      expect(out.status).toBe(2);
      expect(out.stdout).toBe("");
      expect(out.stderr).toMatch(/^sql: .*\nUsage: npm run -s sql --/);
    },
    30000
  );

  it("a scheme SQL cannot tier exactly is refused with its message and exit code 1", () => {
    const out = run("--dialect", "postgres", "--table", "sales", ...MAP, "--scheme", "rfm");
    expect(out.status).toBe(1);
    expect(out.stderr).toMatch(/The scheme "rfm" cannot be written as SQL/);
  }, 30000);
});
