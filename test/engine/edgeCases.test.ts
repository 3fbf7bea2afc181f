import fc from "fast-check";
import { createFormatter, engineWarningsText } from "../../src/i18n";
import {
  rowLabel,
  rowLabels,
  detectMapping,
  runTiering,
  type Cell,
  type TieringSetup,
} from "../../src/engine";
import { classifyStatus, STATUS_PROSPECT } from "../../src/engine/parse/classifyStatus";

const pyramid: TieringSetup = {
  mapping: { customer: 0, revenue: 1 },
  scheme: { kind: "pyramid", tiers: [] },
};
const countsOf = (rows: Cell[][], setup: TieringSetup = pyramid): number[] =>
  runTiering(rows, setup).summary.rows.map((r) => r.customers);
const customers = (n: number, revenue: (i: number) => number): Cell[][] =>
  Array.from({ length: n }, (_, i) => ["c" + i, revenue(i)]);

describe("edge cases", () => {
  test("0 customers: empty tiers, no throw, no value for shares", () => {
    const result = runTiering([], pyramid);
    expect(result.summary.rows.every((r) => r.customers === 0)).toBe(true);
    expect(result.summary.rows[0].revenueShare).toBeNull();
    expect(result.pareto.gini).toBeNull();
    expect(result.rowsUsed).toBe(0);
  });

  test("1 customer is Small (1% of 1 rounds to 0)", () => {
    expect(countsOf(customers(1, () => 50))).toEqual([0, 0, 0, 1, 0, 0, 0]);
    expect(
      runTiering(
        customers(1, () => 50),
        pyramid
      ).warnings.some((w) => w.code === "emptyTier")
    ).toBe(true);
  });

  test("2 customers: both Small; 10 customers: round(0.5)=1 Large, round(2)=2 → 1 Medium, 8 Small", () => {
    expect(countsOf(customers(2, (i) => 10 + i))).toEqual([0, 0, 0, 2, 0, 0, 0]);
    expect(countsOf(customers(10, (i) => 100 - i))).toEqual([0, 1, 1, 8, 0, 0, 0]);
  });

  test("all-equal revenue: everyone shares rank 1 and the top tier", () => {
    const result = runTiering(
      customers(50, () => 7),
      pyramid
    );
    expect(result.summary.rows.map((r) => r.customers)).toEqual([50, 0, 0, 0, 0, 0, 0]);
    expect(Array.from(result.customers.rank)).toEqual(new Array(50).fill(1));
    expect(result.pareto.gini).toBe(0);
  });

  test("returns that cancel purchases leave a customer Inactive, not ranked", () => {
    const rows: Cell[][] = [
      ["a", 100],
      ["a", -100],
      ["b", 30],
    ];
    const result = runTiering(rows, pyramid);
    const a = result.customers.id.indexOf("a");
    expect(result.customers.revenue[a]).toBe(0);
    expect(result.tiers[result.customers.tier[a]].key).toBe("inactive");
    expect(result.summary.total.customers).toBe(1);
  });

  test("zero and negative totals: shares have no value or a warning, never Infinity", () => {
    const zero = runTiering(
      [
        ["a", 0],
        ["b", 0],
      ],
      pyramid
    );
    expect(zero.summary.rows.every((r) => r.revenueShare === null)).toBe(true);
    const negative = runTiering(
      [
        ["a", -50],
        ["b", 10],
      ],
      pyramid
    );
    expect(negative.summary.total.customers).toBe(1);
    expect(negative.warnings.some((w) => w.code === "negativeRevenue")).toBe(true);
    for (const row of negative.summary.rows) {
      for (const v of [row.revenueShare, row.revenuePerCustomer, row.roi])
        expect(v === null || Number.isFinite(v)).toBe(true);
    }
  });

  test("ids differing only by case, spaces or width are one customer by default; exact matching keeps them apart", () => {
    const rows: Cell[][] = [
      ["ACME Ltd", 10],
      ["  acme   ltd ", 20],
      ["ＡＣＭＥ Ltd", 5],
      [1001, 7],
      ["1001", 3],
    ];
    const normal = runTiering(rows, pyramid);
    expect(normal.customers.count).toBe(2);
    expect(normal.customers.id[0]).toBe("ACME Ltd");
    expect(normal.customers.revenue[0]).toBe(35);
    expect(normal.customers.revenue[1]).toBe(10);
    expect(runTiering(rows, { ...pyramid, options: { idMatching: "trim" } }).customers.count).toBe(
      4
    );
    expect(runTiering(rows, { ...pyramid, options: { idMatching: "exact" } }).customers.count).toBe(
      4
    );
  });

  test("16-character ids are kept whole; 16-digit numeric ids raise a warning", () => {
    const rows: Cell[][] = [
      ["1234567890123456", 5],
      ["1234567890123457", 6],
      [1234567890123456, 1],
    ];
    const result = runTiering(rows, pyramid);
    expect(result.customers.id.slice(0, 2)).toEqual(["1234567890123456", "1234567890123457"]);
    expect(result.customers.count).toBe(2);
    expect(result.warnings.some((w) => w.code === "longNumericIds")).toBe(true);
  });

  test("bad cells become problems with row, column, value and reason; good rows still count", () => {
    const rows: Cell[][] = [
      ["a", 10, "2024-01-05"],
      ["", 10, "2024-01-05"],
      ["b", "abc", "2024-01-05"],
      ["c", "#N/A", "2024-01-05"],
      ["d", 5, "not a date"],
      ["#REF!", 5, "2024-01-05"],
      ["", "", ""],
      ["e", 8, 45300],
    ];
    const result = runTiering(rows, {
      mapping: { customer: 0, revenue: 1, date: 2 },
      scheme: { kind: "pyramid", tiers: [] },
    });
    expect(result.rowsUsed).toBe(2);
    expect(result.rowsSkipped).toBe(6);
    expect(result.problems.map((p) => [p.row, p.column])).toEqual([
      [1, 0],
      [2, 1],
      [3, 1],
      [4, 2],
      [5, 0],
    ]);
    expect(result.problems[0].reason).toEqual({ code: "missingId", params: {} });
    expect(result.problems[2].value).toBe("#N/A");
    expect(Array.from(result.rowTier)).toEqual([3, -1, -1, -1, -1, -1, -1, 3]);
    expect(rowLabel(result, 1)).toBe("");
  });

  test("missing required mapping: a warning, every row skipped, no throw", () => {
    const result = runTiering([["a", 1]], {
      mapping: { customer: 0 },
      scheme: { kind: "pyramid", tiers: [] },
    });
    expect(result.rowsSkipped).toBe(1);
    expect(engineWarningsText(result.warnings[0], createFormatter("en-US"))).toMatch(/revenue/);
  });

  test("property: garbage rows and set-ups never throw", () => {
    const cell = fc.oneof(
      fc.string(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.constant(undefined),
      fc.constant("#N/A"),
      fc.integer()
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 40, size: "max" }),
        fc.record({
          customer: fc.integer({ min: -1, max: 7 }),
          revenue: fc.integer({ min: 0, max: 7 }),
          date: fc.integer({ min: 0, max: 7 }),
          cost: fc.integer({ min: 0, max: 7 }),
          status: fc.integer({ min: 0, max: 7 }),
          score: fc.integer({ min: 0, max: 7 }),
        }),
        fc.constantFrom("pyramid", "key", "thresholds", "abc", "valueMatrix", "rfm"),
        (rows, mapping, kind) => {
          const scheme = (
            kind === "abc" ? { kind, mode: "growth", tiers: [] } : { kind, tiers: [] }
          ) as TieringSetup["scheme"];
          const result = runTiering(rows as Cell[][], {
            mapping,
            scheme,
            options: { churn: {}, rfm: true, whatIf: [{ from: 3, to: 2, share: 0.5 }] },
          });
          expect(result.rowTier.length).toBe(rows.length);
          expect(result.rowsUsed + result.rowsSkipped).toBe(rows.length);
        }
      ),
      { numRuns: 300 }
    );
  });
});

describe("detectMapping", () => {
  test("English headers", () => {
    const { mapping, confidence } = detectMapping([
      "Customer ID",
      "Name",
      "Order Date",
      "Sales Amount",
      "COGS",
      "Profit",
      "Region",
      "Status",
    ]);
    expect(mapping).toEqual({
      customer: 0,
      name: 1,
      date: 2,
      revenue: 3,
      cost: 4,
      profit: 5,
      status: 7,
    });
    // A region or segment column is no role: nothing in the engine reads one.
    expect(Object.values(mapping)).not.toContain(6);
    expect(confidence.customer).toBe(1);
  });

  test("Chinese headers", () => {
    const { mapping } = detectMapping([
      "客户名称",
      "日期",
      "销售额",
      "成本",
      "利润",
      "状态",
      "满意度",
    ]);
    expect(mapping).toEqual({
      customer: 0,
      date: 1,
      revenue: 2,
      cost: 3,
      profit: 4,
      status: 5,
      score: 6,
    });
    expect(detectMapping(["客户", "成交额"]).mapping).toEqual({ customer: 0, revenue: 1 });
    expect(detectMapping(["客户", "金额（元）"]).mapping).toEqual({ customer: 0, revenue: 1 });
  });

  test("a lone 'Customer name' column becomes the id; unknown headers stay unmapped with no confidence", () => {
    const { mapping, confidence } = detectMapping(["Customer Name", "Revenue (¥)", "Colour"]);
    expect(mapping).toEqual({ customer: 0, revenue: 1 });
    expect(confidence.customer).toBeLessThan(1);
    expect(detectMapping(["foo", "bar", null, 3]).mapping).toEqual({});
  });
});

describe("group labels", () => {
  const rows: Cell[][] = [
    ["A", 100, ""],
    ["B", 0, "prospect"],
    ["C", 0, ""],
  ];
  const base: TieringSetup = {
    mapping: { customer: 0, revenue: 1, status: 2 },
    scheme: { kind: "pyramid", tiers: [{ key: "all", label: "All", share: 1 }] },
  };

  it("names Prospect and Suspect as the set-up asks, in tiers, rows and summary", () => {
    const result = runTiering(rows, {
      ...base,
      options: { groupLabels: { prospect: "潜在客户", suspect: "需置疑的客户" } },
    });
    expect(rowLabels(result)).toEqual(["All", "潜在客户", "需置疑的客户"]);
    expect(result.summary.rows.map((r) => r.label)).toEqual([
      "All",
      "Inactive",
      "潜在客户",
      "需置疑的客户",
    ]);
  });

  it("keeps the English defaults without the option", () => {
    expect(rowLabels(runTiering(rows, base))).toEqual(["All", "Prospect", "Suspect"]);
  });
});

describe("status column", () => {
  const statusText = fc.oneof(
    fc.constantFrom<Cell>(
      "Prospect",
      " lead ",
      "Unqualified",
      "contact",
      "意向客户",
      "线索",
      "Active",
      ""
    ),
    fc.constantFrom<Cell>(null, 3, true),
    fc.string({ maxLength: 12 })
  );

  test("property: a non-buyer is a Prospect when any of its rows says so, else a Suspect", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 20 }), statusText), {
          maxLength: 80,
          size: "max",
        }),
        (list) => {
          const rows: Cell[][] = list.map(([c, status]) => ["C" + c, 0, status]);
          const result = runTiering(rows, {
            mapping: { customer: 0, revenue: 1, status: 2 },
            scheme: { kind: "pyramid", tiers: [] },
          });
          // Literal oracle: the most qualified status over each customer's rows.
          const best = new Map<string, number>();
          for (const [c, status] of list) {
            const s = classifyStatus(status);
            best.set("C" + c, Math.max(best.get("C" + c) ?? 0, s));
          }
          result.customers.id.forEach((id, c) => {
            const group = result.tiers[result.customers.tier[c]].group;
            expect(group).toBe(best.get(id) === STATUS_PROSPECT ? "prospect" : "suspect");
          });
        }
      ),
      { numRuns: 300 }
    );
  });

  test("is read right past the distinct texts the engine remembers (a column of free text)", () => {
    const rows: Cell[][] = [];
    for (let i = 0; i < 6000; i++) rows.push(["C" + (i % 50), 0, `note ${i}`]);
    rows.push(["C7", 0, "Prospect"], ["C8", 0, "qualified lead"]);
    const result = runTiering(rows, {
      mapping: { customer: 0, revenue: 1, status: 2 },
      scheme: { kind: "pyramid", tiers: [] },
    });
    const prospects = result.customers.id.filter(
      (_, c) => result.tiers[result.customers.tier[c]].group === "prospect"
    );
    expect(prospects).toEqual(["C7", "C8"]);
  });
});
