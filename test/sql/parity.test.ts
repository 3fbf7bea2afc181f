import {
  presets,
  runTiering,
  customerKeys,
  type Cell,
  type TieringOptions,
} from "../../src/engine";
import { idKey } from "../../src/engine/ids/idKey";
import { tieringSql } from "../../src/sql";
import { duckdb, MAPPING, postgresAll, SOURCE, type RunSql } from "./engines";
import { randomRows, seedRows } from "./parityCases";

// The query's tier equals the engine's for every customer, on real DuckDB and real PostgreSQL (PGlite).
const SUPPORTED = presets().filter(
  (p) => tieringSql({ mapping: {}, scheme: p.scheme }, SOURCE, "duckdb").ok
);

/** Every supported preset as it is, then set-ups with the options the SQL takes. */
/** Without a date or a status column: every row counts, and a non-buyer without purchases is a Suspect. */
const UNDATED = ["date", "status"] as const;

const SETUPS: {
  name: string;
  scheme: unknown;
  options?: TieringOptions;
  drop?: readonly string[];
}[] = [
  { name: "pyramid without date and status columns", scheme: { kind: "pyramid" }, drop: UNDATED },
  ...SUPPORTED.map((p) => ({ name: p.id, scheme: p.scheme })),
  { name: "trim ids", scheme: SUPPORTED[0].scheme, options: { idMatching: "trim" } },
  { name: "exact ids", scheme: SUPPORTED[1].scheme, options: { idMatching: "exact" } },
  {
    name: "6 months to a given end",
    scheme: SUPPORTED[0].scheme,
    options: { period: { end: 45500.7, months: 6 } },
  },
  {
    name: "custom shares by profit, own group labels",
    scheme: {
      kind: "custom",
      mode: "shares",
      basis: "profit",
      tiers: [
        { key: "a", label: "A", share: 0.3 },
        { key: "b", label: "B", share: 0.7 },
      ],
    },
    options: { groupLabels: { inactive: "Dormant", suspect: "Cold" } },
  },
  {
    name: "custom thresholds with a gap",
    scheme: {
      kind: "custom",
      mode: "thresholds",
      tiers: [
        { key: "a", label: "A", min: 100 },
        { key: "b", label: "B" },
        { key: "c", label: "C", min: 20 },
        { key: "d", label: "D" },
      ],
    },
  },
];

function engineTiers(
  rows: Cell[][],
  scheme: unknown,
  options?: TieringOptions,
  drop: readonly string[] = []
): Map<string, string> {
  const mapping = Object.fromEntries(Object.entries(MAPPING).filter(([r]) => !drop.includes(r)));
  const result = runTiering(rows, { mapping, scheme, options } as never);
  const out = new Map<string, string>();
  const { customers, tiers } = result;
  const keys = customerKeys(customers);
  for (let c = 0; c < customers.count; c++) out.set(keys[c], tiers[customers.tier[c]].label);
  return out;
}

function sqlOf(setup: (typeof SETUPS)[number], dialect: string): string {
  const outcome = tieringSql(
    { mapping: {}, scheme: setup.scheme, options: setup.options },
    {
      ...SOURCE,
      columns: Object.fromEntries(
        Object.entries(SOURCE.columns).filter(([r]) => !(setup.drop ?? []).includes(r))
      ) as typeof SOURCE.columns,
    },
    dialect
  );
  if (!outcome.ok) throw new Error(outcome.refusal.code);
  return outcome.sql;
}

async function expectParity(run: RunSql, rows: Cell[][], dialect: string): Promise<void> {
  for (const setup of SETUPS) {
    const preset = { id: setup.name };
    const matching = setup.options?.idMatching ?? "normalized";
    const got = new Map(
      (await run(sqlOf(setup, dialect))).map((r) => [idKey(r.customer_id, matching), r.tier])
    );
    const want = engineTiers(rows, setup.scheme, setup.options, setup.drop);
    expect({ preset: preset.id, size: got.size }).toEqual({ preset: preset.id, size: want.size });
    const wrong = [...want].filter(([k, tier]) => got.get(k) !== tier).slice(0, 5);
    expect({ preset: preset.id, wrong }).toEqual({ preset: preset.id, wrong: [] });
  }
}

const CASES: [string, () => Cell[][]][] = [
  ["the seed sample", seedRows],
  ["random ties, returns, messy ids (seed 1)", () => randomRows(1, 400)],
  ["random ties, returns, messy ids (seed 2)", () => randomRows(2, 1500)],
];

describe("tiering SQL parity", () => {
  it("supports the rank-share, threshold and ABC-by-count presets", () => {
    expect(SUPPORTED.map((p) => p.id)).toEqual([
      "pyramid",
      "key",
      "thresholds",
      "abcCount",
      "custom",
    ]);
  });
  for (const [name, make] of CASES) {
    it(`DuckDB: ${name}`, async () => {
      const rows = make();
      const db = await duckdb(rows);
      try {
        await expectParity(db.run, rows, "duckdb");
      } finally {
        db.close();
      }
    }, 60000);
    it(`PostgreSQL: ${name}`, async () => {
      const rows = make();
      const queries = SETUPS.map((setup) => sqlOf(setup, "postgres"));
      const results = postgresAll(rows, queries);
      const answers = new Map(queries.map((q, i) => [q, results[i]]));
      const run: RunSql = async (sql) => {
        const r = answers.get(sql);
        if (!Array.isArray(r)) throw new Error(r?.error ?? "not run");
        return r;
      };
      await expectParity(run, rows, "postgres");
    }, 60000);
  }
});
