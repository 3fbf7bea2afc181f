import fc from "fast-check";
import { createExcelDouble } from "../../src/double";
import { createExcelGateway, parseSetup, SETUP_KEY } from "../../src/excel";
import { refreshTiers, type NoticeKind } from "../../src/commands/refreshTiers";
import { adapterMessageText, createFormatter, ribbonNoticesText } from "../../src/i18n";
import { runTiering, PYRAMID_TIERS, SEED_THRESHOLD_TIERS, ABC_TIERS } from "../../src/engine";
import type { AdapterMessage } from "../../src/excel/adapterMessages";
import type { RunSetup } from "../../src/excel/runSetup";
import { formatPath } from "../../src/excel/setupSchema";
import { HEADER, salesRows, setupFor } from "./helpers";

const englishOf = (message: AdapterMessage) =>
  adapterMessageText(message, createFormatter("en-US"));

describe("the saved set-up", () => {
  it("round-trips through workbook settings as versioned JSON", async () => {
    const excel = createExcelDouble();
    const gateway = createExcelGateway(excel.run, excel.requirements);
    expect(await gateway.loadSetup()).toBeNull();
    expect(await gateway.inspectSetup()).toEqual({ status: "none" });
    const setup = setupFor({ kind: "table", tableName: "Sales" });
    await gateway.saveSetup(setup);
    const stored = excel.snapshot().settings![SETUP_KEY];
    expect(typeof stored).toBe("string");
    expect(JSON.parse(stored as string)).toMatchObject({ version: 1 });
    const fresh = createExcelGateway(createExcelDouble(excel.snapshot()).run, excel.requirements);
    expect(await fresh.loadSetup()).toEqual(setup);
  });

  it.each([
    ["not JSON", "{oops", "$"],
    ["wrong version", JSON.stringify({ version: 7 }), "version"],
    ["no source", JSON.stringify({ version: 1, tiering: {}, output: {} }), "source"],
  ])("a damaged value (%s) is tolerated and reported", async (_why, value, field) => {
    const excel = createExcelDouble({ sheets: [{ name: "S" }], settings: { [SETUP_KEY]: value } });
    const gateway = createExcelGateway(excel.run, excel.requirements);
    expect(await gateway.loadSetup()).toBeNull();
    const status = await gateway.inspectSetup();
    expect(status).toMatchObject({ status: "corrupt", code: "setup-damaged", field });
    expect(status.status === "corrupt" && englishOf(status.message)).toMatch(/damaged/);
  });
});

// ------------------------------------------------------------------------------------------------
// Damaged and hostile set-ups
// ------------------------------------------------------------------------------------------------

const REF = { kind: "range" as const, address: "Sales!A1:C11" };

/** A valid set-up of every scheme kind, with options, to damage. */
function validSetups(): RunSetup[] {
  const base = setupFor(REF);
  const rank = PYRAMID_TIERS.map((t) => ({ ...t }));
  return [
    {
      ...base,
      tiering: {
        ...base.tiering,
        options: {
          period: { months: 12 },
          idMatching: "trim",
          whatIf: [{ from: 3, to: 2, share: 0.1 }],
          churn: { windowDays: 90, minDrop: 0.5, maxRecencyDays: 180 },
          groupLabels: { inactive: "Inactive", prospect: "Prospect", suspect: "Suspect" },
        },
      },
      lastRun: {
        at: "2025-01-31T12:00:00.000Z",
        sourceAddress: "Sales!A1:C11",
        header: [...HEADER],
        tierColumnAddress: "Sales!D1:D11",
        summarySheetName: "CRM Summary",
        customers: 5,
      },
    },
    {
      ...base,
      tiering: { ...base.tiering, scheme: { kind: "key", tiers: rank, basis: "profit" } },
    },
    {
      ...base,
      tiering: {
        ...base.tiering,
        scheme: { kind: "thresholds", tiers: SEED_THRESHOLD_TIERS.map((t) => ({ ...t })) },
      },
    },
    {
      ...base,
      tiering: {
        ...base.tiering,
        scheme: { kind: "abc", mode: "value", tiers: ABC_TIERS.map((t) => ({ ...t })) },
      },
    },
    { ...base, tiering: { ...base.tiering, scheme: { kind: "rfm", tiers: [] } } },
    {
      ...base,
      tiering: {
        ...base.tiering,
        scheme: { kind: "custom", mode: "shares", tiers: rank.slice(0, 2) },
      },
    },
    {
      ...base,
      output: { ...base.output, currencyFormat: "¥#,##0", language: "zh-CN" },
      tiering: {
        ...base.tiering,
        scheme: {
          kind: "custom",
          mode: "thresholds",
          tiers: [
            { key: "a", label: "A", min: 5000 },
            { key: "b", label: "B" },
          ],
        },
      },
    },
  ];
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A deep copy of `value` with `path` set to `replacement` (or deleted when it is undefined). */
function withAt(value: unknown, path: readonly (string | number)[], replacement: unknown): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1];
  if (replacement === undefined) delete node[last];
  else node[last] = replacement;
  return copy;
}

/** Every path into a plain JSON value. */
function allPaths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== "object") return [];
  const entries = Array.isArray(value)
    ? value.map((v, i) => [i, v] as const)
    : Object.entries(value as Record<string, unknown>);
  return entries.flatMap(([key, child]) => [
    [...prefix, key],
    ...allPaths(child, [...prefix, key]),
  ]);
}

const valid = setupFor(REF);
const damaged: [string, unknown, string][] = [
  ["the tiering removed", withAt(valid, ["tiering"], undefined), "tiering"],
  ["mapping: null", withAt(valid, ["tiering", "mapping"], null), "tiering.mapping"],
  ["mapping a list", withAt(valid, ["tiering", "mapping"], [0, 1]), "tiering.mapping.customer"],
  [
    "mapping {} (no columns)",
    withAt(valid, ["tiering", "mapping"], {}),
    "tiering.mapping.customer",
  ],
  [
    "revenue column missing",
    withAt(valid, ["tiering", "mapping", "revenue"], undefined),
    "tiering.mapping.revenue",
  ],
  [
    "revenue column as text",
    withAt(valid, ["tiering", "mapping", "revenue"], "1"),
    "tiering.mapping.revenue",
  ],
  [
    "revenue column -1",
    withAt(valid, ["tiering", "mapping", "revenue"], -1),
    "tiering.mapping.revenue",
  ],
  [
    "revenue column 1.5",
    withAt(valid, ["tiering", "mapping", "revenue"], 1.5),
    "tiering.mapping.revenue",
  ],
  [
    "revenue column NaN",
    withAt(valid, ["tiering", "mapping", "revenue"], NaN),
    "tiering.mapping.revenue",
  ],
  [
    "cost column past Excel's last",
    withAt(valid, ["tiering", "mapping", "cost"], 16384),
    "tiering.mapping.cost",
  ],
  ["date column null", withAt(valid, ["tiering", "mapping", "date"], null), "tiering.mapping.date"],
  [
    "scheme kind unknown",
    withAt(valid, ["tiering", "scheme", "kind"], "pentagon"),
    "tiering.scheme.kind",
  ],
  [
    "scheme kind missing",
    withAt(valid, ["tiering", "scheme", "kind"], undefined),
    "tiering.scheme.kind",
  ],
  ["scheme null", withAt(valid, ["tiering", "scheme"], null), "tiering.scheme"],
  [
    "tiers not a list",
    withAt(valid, ["tiering", "scheme", "tiers"], { 0: PYRAMID_TIERS[0] }),
    "tiering.scheme.tiers",
  ],
  ["tiers empty", withAt(valid, ["tiering", "scheme", "tiers"], []), "tiering.scheme.tiers"],
  [
    "a tier that is a number",
    withAt(valid, ["tiering", "scheme", "tiers", 1], 7),
    "tiering.scheme.tiers[1]",
  ],
  [
    "a tier that is null",
    withAt(valid, ["tiering", "scheme", "tiers", 0], null),
    "tiering.scheme.tiers[0]",
  ],
  [
    "share Infinity",
    withAt(valid, ["tiering", "scheme", "tiers", 2, "share"], Infinity),
    "tiering.scheme.tiers[2].share",
  ],
  [
    "share NaN",
    withAt(valid, ["tiering", "scheme", "tiers", 2, "share"], NaN),
    "tiering.scheme.tiers[2].share",
  ],
  [
    "share negative",
    withAt(valid, ["tiering", "scheme", "tiers", 2, "share"], -0.1),
    "tiering.scheme.tiers[2].share",
  ],
  [
    "share as text",
    withAt(valid, ["tiering", "scheme", "tiers", 2, "share"], "15%"),
    "tiering.scheme.tiers[2].share",
  ],
  [
    "label a number",
    withAt(valid, ["tiering", "scheme", "tiers", 0, "label"], 1),
    "tiering.scheme.tiers[0].label",
  ],
  [
    "label an object",
    withAt(valid, ["tiering", "scheme", "tiers", 3, "label"], { en: "x" }),
    "tiering.scheme.tiers[3].label",
  ],
  [
    "label of 10 MB",
    withAt(valid, ["tiering", "scheme", "tiers", 0, "label"], "x".repeat(10_000_000)),
    "tiering.scheme.tiers[0].label",
  ],
  [
    "a 300-character label",
    withAt(valid, ["tiering", "scheme", "tiers", 0, "label"], "x".repeat(300)),
    "tiering.scheme.tiers[0].label",
  ],
  [
    "10,000 tiers",
    withAt(
      valid,
      ["tiering", "scheme", "tiers"],
      Array.from({ length: 10_000 }, (_, i) => ({ key: `t${i}`, label: `T${i}`, share: 0 }))
    ),
    "tiering.scheme.tiers",
  ],
  ["address not a sheet address", withAt(valid, ["source", "address"], "A1:C11"), "source.address"],
  ["address garbage", withAt(valid, ["source", "address"], "Sales!hello"), "source.address"],
  [
    "address past Excel's last row",
    withAt(valid, ["source", "address"], "Sales!A1:C2000000"),
    "source.address",
  ],
  ["address a number", withAt(valid, ["source", "address"], 42), "source.address"],
  ["source kind unknown", withAt(valid, ["source", "kind"], "file"), "source.kind"],
  ["table name empty", { ...valid, source: { kind: "table", tableName: "" } }, "source.tableName"],
  ["hidden rows as text", withAt(valid, ["includeHiddenRows"], "yes"), "includeHiddenRows"],
  ["output missing", withAt(valid, ["output"], undefined), "output"],
  [
    "summary sheet name of 40 characters",
    withAt(valid, ["output", "summarySheetName"], "S".repeat(40)),
    "output.summarySheetName",
  ],
  [
    "tier column header empty",
    withAt(valid, ["output", "tierColumnName"], ""),
    "output.tierColumnName",
  ],
  ["language unknown", withAt(valid, ["output", "language"], "fr-FR"), "output.language"],
  [
    "what-if move from a fraction",
    withAt(valid, ["tiering", "options"], { whatIf: [{ from: 0.5, to: 0 }] }),
    "tiering.options.whatIf[0].from",
  ],
  [
    "period months 0",
    withAt(valid, ["tiering", "options"], { period: { months: 0 } }),
    "tiering.options.period.months",
  ],
  [
    "id matching unknown",
    withAt(valid, ["tiering", "options"], { idMatching: "fuzzy" }),
    "tiering.options.idMatching",
  ],
  [
    "last run header of objects",
    withAt(valid, ["lastRun"], { ...validSetups()[0].lastRun, header: [{}] }),
    "lastRun.header[0]",
  ],
  [
    "__proto__ in the mapping",
    JSON.parse(
      JSON.stringify(valid).replace('"mapping":{', '"mapping":{"__proto__":{"polluted":1},')
    ),
    "tiering.mapping.__proto__",
  ],
  [
    "constructor at the top",
    JSON.parse(JSON.stringify(valid).replace("{", '{"constructor":{"prototype":{"x":1}},')),
    "constructor",
  ],
  ["nested 100,000 deep", `${"[".repeat(100_000)}${"]".repeat(100_000)}`, "$"],
  ["the whole value a list", "[]", "$"],
  ["the whole value null", "null", "$"],
  ["the whole value a number", "42", "$"],
];

describe("a damaged or hostile saved set-up", () => {
  it.each(damaged)("%s: damaged, naming the field", (_why, value, field) => {
    const status = parseSetup(value);
    expect(status).toMatchObject({ status: "corrupt", code: "setup-damaged", field });
    if (status.status !== "corrupt") return;
    expect(status.message).toEqual({
      code: "setupDamaged",
      params: { field, problem: expect.anything() },
    });
    const english = englishOf(status.message);
    expect(english).toMatch(/^The CRM Pyramid set-up saved in this workbook is damaged: /);
    if (field !== "$") expect(english).toContain(field);
    // Never a technical message.
    expect(english).not.toMatch(/Cannot read|undefined|TypeError|\[object/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("the same set-ups saved as JSON text give the same field", () => {
    for (const [why, value, field] of damaged) {
      if (typeof value === "string" || field === "$") continue;
      const text = JSON.stringify(value);
      if (text.length > 1_000_000) {
        expect(parseSetup(text)).toMatchObject({ status: "corrupt", field: "$" });
        continue;
      }
      // JSON has no NaN or Infinity: they are saved as null, still damaged at the same field.
      expect([why, parseSetup(text)]).toMatchObject([why, { status: "corrupt", field }]);
    }
  });

  // (Values whose JSON is over the size bound are left out: the double, like Excel, refuses to
  // load a 10 MB setting in one request, and parseSetup refuses such text whole, as tested above.)
  it.each(
    damaged.filter(([, value]) => {
      const text = typeof value === "string" ? value : JSON.stringify(value);
      return text.length < 1000 || (typeof value !== "string" && text.length < 1_000_000);
    })
  )("Refresh with %s writes nothing and reports the field", async (_why, value, field) => {
    const text = typeof value === "string" ? value : JSON.stringify(value);
    const excel = createExcelDouble({
      sheets: [
        {
          name: "Sales",
          values: [[...HEADER, "Tier"], ...salesRows(10, 5).map((r) => [...r, "Old"])],
        },
      ],
      settings: { [SETUP_KEY]: text },
    });
    const before = excel.snapshot();
    const notices: { message: string; kind: NoticeKind }[] = [];
    const outcome = await refreshTiers({
      gateway: createExcelGateway(excel.run, excel.requirements),
      runEngine: runTiering,
      notify: (notice, kind) =>
        void notices.push({ message: ribbonNoticesText(notice, createFormatter("en-US")), kind }),
      showPane: () => Promise.resolve(),
    });
    // NaN and Infinity become null in JSON; the field is the same.
    expect(outcome).toMatchObject({ status: "corrupt-setup", field });
    expect(notices).toHaveLength(1);
    expect(notices[0].kind).toBe("error");
    expect(notices[0].message).toMatch(/damaged/);
    expect(excel.snapshot()).toEqual(before);
  });

  it("every valid set-up of every scheme kind is accepted as saved", () => {
    for (const setup of validSetups()) {
      expect(parseSetup(JSON.stringify(setup))).toEqual({ status: "ok", setup });
    }
  });
});

// ------------------------------------------------------------------------------------------------
// Property: never throws; ok means it runs, corrupt names a field
// ------------------------------------------------------------------------------------------------

/** Rows wide enough for any column the set-up maps, 6 rows over 3 customers with revenue. */
function rowsFor(setup: RunSetup): (string | number)[][] {
  const columns = Object.values(setup.tiering.mapping) as number[];
  const width = Math.max(...columns) + 1;
  return Array.from({ length: 6 }, (_, r) =>
    Array.from({ length: width }, (_, c) =>
      c === setup.tiering.mapping.customer ? `C${r % 3}` : 100 + r
    )
  );
}

function expectRuns(setup: RunSetup): void {
  const result = runTiering(rowsFor(setup), setup.tiering);
  expect(result.warnings.filter((w) => w.code === "engineFailed")).toEqual([]);
  expect(result.customers.count).toBe(3);
  for (const tier of result.tiers) expect(typeof tier.label).toBe("string");
}

function expectOutcome(status: ReturnType<typeof parseSetup>): void {
  expect(status.status).not.toBe("none");
  if (status.status === "ok") expectRuns(status.setup);
  else if (status.status === "corrupt") {
    expect(status.code).toBe("setup-damaged");
    expect(typeof status.field).toBe("string");
    expect(status.field.length).toBeGreaterThan(0);
    expect(englishOf(status.message)).toContain("damaged");
  }
}

describe("parseSetup, for any value", () => {
  it("never throws: any JSON value (as text or parsed) is ok and runs, or damaged with a field", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expectOutcome(parseSetup(value));
        expectOutcome(parseSetup(JSON.stringify(value)));
      }),
      { numRuns: 300 }
    );
  });

  it("a valid set-up with any one field replaced or removed is ok and runs, or damaged at that field or above", () => {
    const setups = validSetups();
    const cases = setups.flatMap((setup) => allPaths(setup).map((path) => ({ setup, path })));
    fc.assert(
      fc.property(
        fc.constantFrom(...cases),
        fc.option(
          fc.oneof(
            fc.jsonValue() as fc.Arbitrary<Json>,
            fc.constantFrom(NaN, Infinity, -1, 1.5, "", "__proto__")
          ),
          { nil: undefined }
        ),
        ({ setup, path }, replacement) => {
          const value = withAt(setup, path, replacement);
          const status = parseSetup(value);
          expectOutcome(status);
          if (status.status === "corrupt" && status.field !== "$") {
            // The field named is in the object whose field was changed (or above it).
            const parent = formatPath(path.slice(0, -1));
            expect(
              parent === "$" || status.field.startsWith(parent) || parent.startsWith(status.field)
            ).toBe(true);
          }
        }
      ),
      { numRuns: 600 }
    );
  });
});
