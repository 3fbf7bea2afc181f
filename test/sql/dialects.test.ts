import { Parser } from "node-sql-parser";
import { presets } from "../../src/engine";
import {
  DIALECT_RULES,
  DIALECTS,
  tieringSql,
  tieringSqlWith,
  type DialectRules,
} from "../../src/sql";
import { SOURCE } from "./engines";

// The four texts are one template: the builder takes every dialect-specific word from the dialect table
// (src/sql/dialects.ts). A recording "dialect" writes each table entry as a placeholder; expanding the
// placeholders with a dialect's entries must give exactly that dialect's text. Spark (node-sql-parser has
// no Spark grammar: its Hive grammar, Spark SQL's ancestor, stands in) and BigQuery texts must parse.

type Call = { entry: keyof DialectRules; args: unknown[] };

function recording(): { rules: DialectRules; calls: Call[] } {
  const calls: Call[] = [];
  const mark = (entry: keyof DialectRules, args: unknown[]) =>
    `⟦${calls.push({ entry, args }) - 1}⟧`;
  const rules = {} as Record<string, unknown>;
  for (const entry of Object.keys(DIALECT_RULES.duckdb) as (keyof DialectRules)[]) {
    const sample = DIALECT_RULES.duckdb[entry];
    rules[entry] =
      typeof sample === "function" ? (...args: unknown[]) => mark(entry, args) : mark(entry, []);
  }
  return { rules: rules as unknown as DialectRules, calls };
}

function expand(text: string, calls: Call[], d: DialectRules): string {
  return text.replace(/⟦(\d+)⟧/g, (_, i: string) => {
    const { entry, args } = calls[Number(i)];
    const value = d[entry] as unknown;
    if (typeof value !== "function") return value as string;
    const expanded = args.map((a) => (typeof a === "string" ? expand(a, calls, d) : a));
    return (value as (...xs: unknown[]) => string)(...expanded);
  });
}

const SUPPORTED = presets().filter(
  (p) => tieringSql({ mapping: {}, scheme: p.scheme }, SOURCE, "duckdb").ok
);

describe("tiering SQL dialects", () => {
  it.each(SUPPORTED.map((p) => [p.id, p.scheme]))(
    "%s: one template, the dialect table fills it",
    (_, scheme) => {
      const { rules, calls } = recording();
      const template = tieringSqlWith({ mapping: {}, scheme }, SOURCE, rules);
      if (!template.ok) throw new Error("refused");
      for (const dialect of DIALECTS) {
        const text = tieringSql({ mapping: {}, scheme }, SOURCE, dialect);
        expect(text.ok && text.sql).toBe(expand(template.sql, calls, DIALECT_RULES[dialect]));
      }
    }
  );

  it.each(SUPPORTED.map((p) => [p.id, p.scheme]))(
    "%s: the Spark and BigQuery texts parse",
    (_, scheme) => {
      const parser = new Parser();
      for (const [dialect, database] of [
        ["spark", "hive"],
        ["bigquery", "bigquery"],
      ]) {
        const text = tieringSql(
          { mapping: {}, scheme, options: { idMatching: "normalized" } },
          SOURCE,
          dialect
        );
        if (!text.ok) throw new Error("refused");
        expect(() => parser.astify(text.sql, { database })).not.toThrow();
      }
    }
  );

  it("refuses, with a code, what SQL does not tier as the engine does", () => {
    const refusal = (scheme: unknown, dialect = "duckdb") => {
      const outcome = tieringSql({ mapping: {}, scheme }, SOURCE, dialect);
      return outcome.ok ? null : outcome.refusal;
    };
    const ids = presets()
      .filter((p) => !SUPPORTED.some((s) => s.id === p.id))
      .map((p) => refusal(p.scheme)?.code);
    expect(ids).toEqual(["schemeNotInSql", "schemeNotInSql", "schemeNotInSql", "schemeNotInSql"]);
    expect(refusal({ kind: "abc", mode: "growth" })).toEqual({
      code: "schemeNotInSql",
      params: { scheme: "abc/growth" },
    });
    expect(refusal({ kind: "pyramid" }, "oracle")).toEqual({
      code: "unknownDialect",
      params: { dialect: "oracle", dialects: ["duckdb", "postgres", "spark", "bigquery"] },
    });
    const noRevenue = tieringSql(
      { scheme: { kind: "pyramid" } },
      { table: "t", columns: { customer: "c", revenue: "" } },
      "duckdb"
    );
    expect(noRevenue).toEqual({
      ok: false,
      refusal: { code: "columnMissing", params: { role: "revenue" } },
    });
  });
});
