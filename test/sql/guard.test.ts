import { tieringSql } from "../../src/sql";
import { duckdb, postgresAll, SOURCE } from "./engines";

// An id outside the characters on which SQL and the engine provably match ids the same way stops the
// query with an error naming it, rather than tiering it under a key the engine would not use.
const ROWS = [
  ["Café Müller", 10, 1, 45000, ""],
  ["ACME", 20, 1, 45000, ""],
];

function sql(dialect: string): string {
  const outcome = tieringSql({ mapping: {}, scheme: { kind: "pyramid" } }, SOURCE, dialect);
  if (!outcome.ok) throw new Error("refused");
  return outcome.sql;
}

describe("tiering SQL id guard", () => {
  it("DuckDB stops on an id it cannot match as the engine does", async () => {
    const db = await duckdb(ROWS);
    try {
      await expect(db.run(sql("duckdb"))).rejects.toThrow(
        /crm-pyramid: a customer id .*Café Müller/
      );
    } finally {
      db.close();
    }
  });
  it("PostgreSQL stops on it too", () => {
    const [result] = postgresAll(ROWS, [sql("postgres")]);
    expect(result).toEqual({
      error: expect.stringMatching(/crm-pyramid: a customer id .*Café Müller/),
    });
  });
  it("ids of ASCII, full-width forms and CJK ideographs run", async () => {
    const rows = [
      ["ＡＣＭＥ", 10, 1, 45000, ""],
      ["客户 一", 20, 1, 45000, ""],
      [" acme", 5, 1, 45000, ""],
    ];
    const db = await duckdb(rows);
    try {
      const got = await db.run(sql("duckdb"));
      expect(got.map((r) => [r.customer_id, r.revenue])).toEqual([
        ["客户 一", 20],
        [" acme", 15],
      ]);
    } finally {
      db.close();
    }
  });
});
