// Regression tests for the defects the fuzz probe of issue 14 found in the engine, one named test each.
import {
  compareTierings,
  customerKeys,
  parseNumber,
  runTiering,
  ymdToSerial,
  type Cell,
  type TieringResult,
  type TieringSetup,
} from "../../src/engine";
import { MAX_AMOUNT_SUM, SUM_TOO_LARGE } from "../../src/engine/parse/readRows";
import type { ProblemReason } from "../../src/engine";
import { createFormatter, problemReasonsText } from "../../src/i18n";
import { SEED, SEED_COLUMNS, seedCaseWorkbook } from "../../src/double/seedCase";

const pyramid: TieringSetup = {
  mapping: { customer: 0, revenue: 1 },
  scheme: { kind: "pyramid", tiers: [] },
};

const en = createFormatter("en-US");
/** A problem's reason as the pane says it in English. */
const reasonText = (reason: ProblemReason): string => problemReasonsText(reason, en);

/** Every figure of a result that a user can see, finite or null (never Infinity or NaN). */
function expectFiguresFinite(r: TieringResult): void {
  const check = (v: unknown, where: string): void => {
    if (v === null || v === undefined || typeof v === "string" || typeof v === "boolean") return;
    if (typeof v === "number") {
      if (!Number.isFinite(v)) throw new Error(`${where} is ${v}`);
      return;
    }
    if (ArrayBuffer.isView(v)) {
      // NaN marks "no date / no score" in the per-customer date and score columns, by design.
      if (/Date|score|clv|recencyDays/.test(where)) return;
      (v as unknown as ArrayLike<number>).length &&
        Array.from(v as unknown as ArrayLike<number>).forEach((x, i) => check(x, `${where}[${i}]`));
      return;
    }
    if (typeof v === "object") for (const [k, x] of Object.entries(v)) check(x, `${where}.${k}`);
  };
  check(r.summary, "summary");
  check(r.pareto, "pareto");
  check(r.whale, "whale");
  check(r.whatIf, "whatIf");
  const { revenue, profit, cost, investment, share, cumulativeShare } = r.customers;
  check({ revenue, profit, cost, investment, share, cumulativeShare }, "customers");
}

describe("issue 14: customers with no usable row are not customers", () => {
  test("the issue's sheet: one customer (B), one row used, two problems", () => {
    const r = runTiering(
      [
        ["A", "#N/A"],
        ["B", 100],
        ["C", "12abc"],
      ],
      pyramid
    );
    expect(r.customers.count).toBe(1);
    expect(r.customers.id).toEqual(["B"]);
    expect(r.rowsUsed).toBe(1);
    expect(r.rowsSkipped).toBe(2);
    expect(Array.from(r.rowCustomer)).toEqual([-1, 0, -1]);
    expect(r.summary.rows.find((row) => row.key === "suspect")?.customers).toBe(0);
    expect(r.problems.map((p) => [p.row, p.column])).toEqual([
      [0, 1],
      [2, 1],
    ]);
  });

  test("a customer keeps its used rows; names, status and dated sums follow the renumbering", () => {
    const day = ymdToSerial(2024, 6, 1);
    const rows: Cell[][] = [
      ["gone", "Gone Ltd", "bad", day, "prospect"],
      ["kept", "Kept Ltd", 50, day, ""],
      ["gone", "Gone Ltd", 10, "not a date", ""],
      ["other", "Other Ltd", 0, day, "prospect"],
      ["kept", "", 25, day, ""],
    ];
    const r = runTiering(rows, {
      mapping: { customer: 0, name: 1, revenue: 2, date: 3, status: 4 },
      scheme: { kind: "pyramid", tiers: [] },
    });
    expect(r.customers.id).toEqual(["kept", "other"]);
    expect(customerKeys(r.customers)).toEqual(["kept", "other"]);
    expect(r.customers.name).toEqual(["Kept Ltd", "Other Ltd"]);
    expect(Array.from(r.customers.revenue)).toEqual([75, 0]);
    expect(Array.from(r.rowCustomer)).toEqual([-1, 0, -1, 1, 0]);
    expect(r.tiers[r.customers.tier[1]].key).toBe("prospect");
  });
});

describe("issue 14: malformed set-ups never throw", () => {
  const rows: Cell[][] = [
    ["A", 100],
    ["B", 50],
  ];
  const malformed: [string, unknown][] = [
    ["tiers: [null]", { ...pyramid, scheme: { kind: "pyramid", tiers: [null] } }],
    ["whatIf: [null]", { ...pyramid, options: { whatIf: [null] } }],
    [
      "thresholds [null, …]",
      {
        ...pyramid,
        scheme: {
          kind: "thresholds",
          tiers: [null, { key: "a", label: "A", min: null }, { key: "b", label: "B" }],
        },
      },
    ],
    [
      "custom tiers with undefined",
      { ...pyramid, scheme: { kind: "custom", mode: "shares", tiers: [undefined, { share: 1 }] } },
    ],
    ["no set-up at all", undefined],
    ["a scheme of the wrong kind", { ...pyramid, scheme: { kind: "nonsense" } }],
  ];
  test.each(malformed)("%s", (_, setup) => {
    const r = runTiering(rows, setup as TieringSetup);
    expect(r.warnings.some((w) => w.code === "engineFailed")).toBe(false);
    expect(r.rowTier.length).toBe(rows.length);
  });

  test("a set-up whose getters throw gives an empty result with a warning, not an exception", () => {
    const hostile = {
      get mapping(): never {
        throw new Error("boom");
      },
    };
    const r = runTiering(rows, hostile as unknown as TieringSetup);
    expect(r.rowsSkipped).toBe(2);
    expect(r.warnings).toEqual([{ code: "engineFailed", params: { error: "Error: boom" } }]);
  });
});

describe("issue 14: sums that overflow are problems at their cells, never Infinity or NaN", () => {
  test("the issue's sheet: A's two 9e307 cells are reported, B is the one customer", () => {
    const r = runTiering(
      [
        ["A", 9e307],
        ["A", 9e307],
        ["B", 1],
      ],
      pyramid
    );
    expect(r.customers.id).toEqual(["B"]);
    expect(r.summary.total.revenue).toBe(1);
    expect(r.pareto.gini).toBe(0);
    expect(r.problems).toEqual([
      { row: 0, column: 1, value: 9e307, reason: SUM_TOO_LARGE },
      { row: 1, column: 1, value: 9e307, reason: SUM_TOO_LARGE },
    ]);
    expectFiguresFinite(r);
  });

  test("cells that cancel out are judged by their size, so row order cannot change the outcome", () => {
    const rows: Cell[][] = [
      ["A", 9.99e307],
      ["A", -9.99e307],
      ["A", 5],
      ["B", 3],
    ];
    const orders = [
      [0, 1, 2, 3],
      [0, 2, 1, 3],
      [2, 3, 1, 0],
    ];
    for (const order of orders) {
      const r = runTiering(
        order.map((i) => rows[i]),
        pyramid
      );
      expect(r.customers.id).toEqual(["B"]);
      expect(r.problems).toHaveLength(3);
      expect(r.problems.every((p) => p.reason === SUM_TOO_LARGE)).toBe(true);
    }
  });

  test("many customers near the limit, with profit and investment: every figure stays finite", () => {
    const big = MAX_AMOUNT_SUM / 2;
    const rows: Cell[][] = [];
    for (let i = 0; i < 50; i++) rows.push([`C${i}`, big, big / 3, 1e-300]);
    rows.push(["tiny", 1, 0.1 + 0.2 - 0.3, 0]);
    const r = runTiering(rows, {
      mapping: { customer: 0, revenue: 1, profit: 2, investment: 3 },
      scheme: { kind: "pyramid", tiers: [] },
      options: { whatIf: [{ from: 3, to: 0, share: 1 }] },
    });
    expect(r.customers.count).toBe(51);
    expectFiguresFinite(r);
  });

  test("money text that is too large counts like a number; text beyond a double is a bad cell", () => {
    const r = runTiering(
      [
        ["A", "9e307"],
        ["A", "9e307"],
        ["B", "1e400"],
        ["C", 2],
      ],
      pyramid
    );
    expect(r.customers.id).toEqual(["C"]);
    expect(r.problems.map((p) => [p.row, reasonText(p.reason)])).toEqual([
      [0, "amounts too large to add up"],
      [1, "amounts too large to add up"],
      [2, "not a finite number"],
    ]);
  });
});

describe("issue 14: spaces inside numeric text are bad cells, not silently joined", () => {
  test.each(["5 7", "1 2%", "1 234", "12 .5", "1,234 .5"])("%s", (text) => {
    expect(parseNumber(text).ok).toBe(false);
    const r = runTiering([["A", text]], pyramid);
    expect(r.problems).toEqual([
      { row: 0, column: 1, value: text, reason: { code: "numberSpaceInside", params: {} } },
    ]);
    expect(r.customers.count).toBe(0);
  });

  test.each([
    ["$ 99.90", 99.9],
    ["  42  ", 42],
    ["12.5 %", 0.125],
    ["5 万", 50000],
    ["- 5", -5],
    ["( 1,234 )", -1234],
  ])("spaces beside a sign, symbol or unit are fine: %s", (text, value) => {
    expect(parseNumber(text)).toEqual({ ok: true, value });
  });
});

describe("issue 14: a row with a missing id reports its other bad cells too", () => {
  test("id, amount, cost, date and score problems of one row are all listed", () => {
    const r = runTiering([["", "12abc", "x", "never", "high"]], {
      mapping: { customer: 0, revenue: 1, cost: 2, date: 3, score: 4 },
      scheme: { kind: "pyramid", tiers: [] },
    });
    expect(r.problems.map((p) => [p.row, p.column])).toEqual([
      [0, 0],
      [0, 1],
      [0, 2],
      [0, 3],
      [0, 4],
    ]);
    expect(r.rowsSkipped).toBe(1);
  });

  test("an Excel error as the id, with a bad amount", () => {
    const r = runTiering([["#REF!", "#N/A"]], pyramid);
    expect(r.problems.map((p) => p.column)).toEqual([0, 1]);
  });
});

describe("issue 14 (found by the fuzz suite): only Excel's own error values are Excel errors", () => {
  test("an id such as #1001 is a customer; #valueOft is text, not an Excel error", () => {
    const r = runTiering(
      [
        ["#1001", 5],
        ["#N/A", 7],
        ["B", "#valueOft"],
        ["C", " #div/0! "],
      ],
      pyramid
    );
    expect(r.customers.id).toEqual(["#1001"]);
    expect(r.problems.map((p) => reasonText(p.reason))).toEqual([
      "Excel error #N/A in customer id",
      "not a number",
      "Excel error #div/0!",
    ]);
  });
});

describe("issue 14: period comparison matches customers across two real periods", () => {
  const day = (y: number, m: number, d: number): number => ymdToSerial(y, m, d);
  const setup = (end: number): TieringSetup => ({
    mapping: { customer: 0, revenue: 1, date: 2 },
    scheme: {
      kind: "custom",
      mode: "shares",
      tiers: [
        { key: "top", label: "Top", share: 0.5 },
        { key: "rest", label: "Rest", share: 0.5 },
      ],
    },
    options: { period: { end, months: 12 } },
  });

  test("new and lost are the customers with no row in the other period; the matrix sums to both", () => {
    const rows: Cell[][] = [
      ["both-up", 10, day(2023, 3, 1)],
      ["both-up", 900, day(2024, 3, 1)],
      ["both-down", 800, day(2023, 4, 1)],
      ["both-down", 5, day(2024, 4, 1)],
      ["only-2023", 500, day(2023, 5, 1)],
      ["only-2024", 700, day(2024, 5, 1)],
      ["return-2024", 300, day(2023, 6, 1)],
      ["return-2024", -300, day(2024, 6, 1)],
      ["before-both", 50, day(2021, 1, 1)],
    ];
    const a = runTiering(rows, setup(day(2023, 12, 31)));
    const b = runTiering(rows, setup(day(2024, 12, 31)));
    const m = compareTierings(a, b);
    const k = b.tiers.length;
    const ids = (list: { id: string }[]): string[] => list.map((x) => x.id).sort();
    expect(ids(m.newList)).toEqual(["only-2024"]);
    expect(ids(m.lostList)).toEqual(["only-2023"]);
    expect(m.newCustomers).toBe(1);
    expect(m.lost).toBe(1);
    expect(ids(m.movedUp)).toEqual(["both-up"]);
    // A return in 2024 is a row in 2024: the customer is in both periods, Inactive in 2024.
    expect(ids(m.movedDown)).toEqual(["both-down", "return-2024"]);
    expect(m.movedDown.find((x) => x.id === "return-2024")?.to).toBe(
      b.tiers.findIndex((t) => t.key === "inactive")
    );
    // before-both has a row in neither period: in no cell of the matrix.
    expect(m.customers).toBe(5);
    expect(m.customersA).toBe(4);
    expect(m.customersB).toBe(4);
    expect(m.counts.flat().reduce((s, n) => s + n, 0)).toBe(5);
    expect(m.counts[k][k]).toBe(0);
    expect(m.periodA).toEqual({ start: day(2023, 1, 1), end: day(2023, 12, 31) });
    expect(m.periodB).toEqual({ start: day(2024, 1, 1), end: day(2024, 12, 31) });
  });

  test("the sample, 2023 against 2024: new and lost are not 0, and nobody 'moved up from Suspect'", () => {
    const { rows } = seedCaseWorkbook();
    const mapping = {
      customer: SEED_COLUMNS.customer,
      name: SEED_COLUMNS.name,
      date: SEED_COLUMNS.date,
      revenue: SEED_COLUMNS.revenue,
      status: SEED_COLUMNS.status,
    };
    const run = (end: number): TieringResult =>
      runTiering(rows, {
        mapping,
        scheme: { kind: "pyramid", tiers: [] },
        options: { period: { end, months: 12 } },
      });
    const a = run(SEED.periodStart - 1);
    const b = run(SEED.periodEnd);
    const m = compareTierings(a, b);
    // Oracle: the ids with a row dated in each year (or with no date: such rows are in every period).
    const inPeriod = (start: number, end: number): Set<string> => {
      const out = new Set<string>();
      for (const row of rows) {
        const d = row[SEED_COLUMNS.date];
        const dated = typeof d === "number";
        if (!dated || (d >= start && d <= end)) out.add(String(row[SEED_COLUMNS.customer]).trim());
      }
      return out;
    };
    const in2023 = inPeriod(SEED.previousYearStart, SEED.periodStart - 1);
    const in2024 = inPeriod(SEED.periodStart, SEED.periodEnd);
    const expectedNew = [...in2024].filter((id) => !in2023.has(id)).length;
    const expectedLost = [...in2023].filter((id) => !in2024.has(id)).length;
    expect(m.newCustomers).toBe(expectedNew);
    expect(m.lost).toBe(expectedLost);
    expect(m.newCustomers + m.lost).toBeGreaterThan(0);
    expect(m.customers).toBe(new Set([...in2023, ...in2024]).size);
    expect(m.counts.flat().reduce((s, n) => s + n, 0)).toBe(m.customers);
    const suspect = b.tiers.findIndex((t) => t.key === "suspect");
    const ranked = b.tiers.filter((t) => t.group === "ranked").length;
    const upFromSuspect = m.movedUp.filter((x) => x.from === suspect && x.to < ranked);
    expect(upFromSuspect).toHaveLength(0);
  });
});
