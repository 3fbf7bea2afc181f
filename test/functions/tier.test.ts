import fc from "fast-check";
import {
  abcByCumulativeValue,
  assignRankTiers,
  cumulativeShares,
  KEY_CUSTOMER_TIERS,
  PYRAMID_TIERS,
} from "../../src/engine";
import { tier, tiers } from "../../src/functions/functions";
import { spreadValues, SEED } from "../../src/double/seedCase";
import { ErrorCode, expectExcelError } from "./customFunctionsStandIn";

const column = (values: unknown[]): unknown[][] => values.map((v) => [v]);
const count = (labels: string[][]): Record<string, number> => {
  const out: Record<string, number> = {};
  for (const row of labels) for (const label of row) out[label] = (out[label] ?? 0) + 1;
  return out;
};

// Reference rule exactly as the engine issue words it (quadratic on purpose).
function referenceTier(values: number[], cumulative: number[], v: number): number {
  const buyers = values.filter((w) => w > 0);
  const n = buyers.length;
  const rank = 1 + buyers.filter((w) => w > v).length;
  const limits = cumulative.map((s, k) =>
    k === cumulative.length - 1 ? n : Math.floor(Math.round(s * n * 1e6) / 1e6 + 0.5)
  );
  const k = limits.findIndex((limit) => rank <= limit);
  return k < 0 ? cumulative.length - 1 : k;
}

describe("CRM.TIERS and CRM.TIER: hand-worked cases", () => {
  test("the seed case: N = 2,126 buyers give 21 / 85 / 319 / 1,701", () => {
    const revenues = SEED.tierCounts.flatMap((n, k) =>
      spreadValues(n, SEED.bands[k][0], SEED.bands[k][1], SEED.tierRevenue[k])
    );
    const population = column([...revenues, 0, "", "n/a"]);
    const counts = count(tiers(population));
    expect(counts).toEqual({ VIP: 21, Large: 85, Medium: 319, Small: 1701, Inactive: 1, "": 2 });
    // And one by one, copied down.
    const copied = count(
      revenues.map((v) => [
        tier(
          v,
          population.map((row) => [...row])
        ),
      ])
    );
    expect(copied).toEqual({ VIP: 21, Large: 85, Medium: 319, Small: 1701 });
  });

  test("N = 2,126 distinct values 1..2126: the top 21 are VIP, ranks 22-106 Large, 107-425 Medium", () => {
    const values = Array.from({ length: 2126 }, (_, i) => i + 1);
    const population = column(values);
    expect(tier(2126, population)).toBe("VIP");
    expect(tier(2126 - 20, population)).toBe("VIP"); // rank 21
    expect(tier(2126 - 21, population)).toBe("Large"); // rank 22
    expect(tier(2126 - 105, population)).toBe("Large"); // rank 106
    expect(tier(2126 - 106, population)).toBe("Medium"); // rank 107
    expect(tier(2126 - 424, population)).toBe("Medium"); // rank 425
    expect(tier(2126 - 425, population)).toBe("Small"); // rank 426
  });

  test("20 buyers with ties (limits 0 / 1 / 4 / 20): tied values share the higher tier", () => {
    // round(0.01×20)=0 → no VIP; round(0.05×20)=1; round(0.2×20)=4.
    const values = [50, 50, 40, 30, 30, 20, ...Array.from({ length: 14 }, (_, i) => 10 - i * 0.5)];
    const labels = tiers(column(values)).map((row) => row[0]);
    // 50, 50 have rank 1 (≤ 1): both Large although the limit is one customer.
    expect(labels.slice(0, 6)).toEqual(["Large", "Large", "Medium", "Medium", "Medium", "Small"]);
    expect(labels.filter((l) => l === "VIP")).toEqual([]);
    expect(labels.filter((l) => l === "Small")).toHaveLength(15);
  });

  test("ties at every boundary of a 100-buyer pyramid follow RANK.EQ", () => {
    // Limits 1 / 5 / 20 / 100. Values tie across each boundary: ranks 1-2, 5-6, 20-21.
    const values = [
      ...[1000, 1000],
      ...[900, 800],
      ...[700, 700],
      ...Array.from({ length: 13 }, (_, i) => 600 - i),
      ...[500, 500],
      ...Array.from({ length: 79 }, (_, i) => 400 - i),
    ];
    expect(values).toHaveLength(100);
    const population = column(values);
    const got = tiers(population).map((row) => row[0]);
    expect(got.slice(0, 2)).toEqual(["VIP", "VIP"]); // rank 1 ≤ 1 (tied)
    expect(got.slice(2, 6)).toEqual(["Large", "Large", "Large", "Large"]); // ranks 3, 4, 5, 5
    expect(got.slice(19, 21)).toEqual(["Medium", "Medium"]); // rank 20, 20 ≤ 20
    expect(got[21]).toBe("Small"); // rank 22
    const cumulative = cumulativeShares(PYRAMID_TIERS.map((t) => t.share));
    const labels = PYRAMID_TIERS.map((t) => t.label);
    expect(got).toEqual(values.map((v) => labels[referenceTier(values, cumulative, v)]));
    for (const v of new Set(values)) expect(tier(v, population)).toBe(got[values.indexOf(v)]);
  });

  test("all-equal values are all in the top tier", () => {
    expect(count(tiers(column(Array(50).fill(7))))).toEqual({ VIP: 50 });
  });

  test("values ≤ 0 are Inactive; blank and text cells give an empty cell; the shape is kept", () => {
    const population = [
      [100, 0, ""],
      [-5, "text", true],
    ];
    // One buyer: limits round(0.01) = round(0.05) = round(0.2) = 0, so it is Small (tiny-N rule).
    expect(tiers(population)).toEqual([
      ["Small", "Inactive", ""],
      ["Inactive", "", ""],
    ]);
    expect(tier(0, population)).toBe("Inactive");
    expect(tier(-5, population)).toBe("Inactive");
    expect(tier(null, population)).toBe("");
    expect(tier("", population)).toBe("");
  });

  test("the key-customer preset 1/19/30/50 and the abc preset", () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    const key = count(tiers(column(values), [["key"]]));
    expect(key).toEqual({ Key: 1, Major: 19, Normal: 30, Small: 50 });
    // ABC by value: 1..4 hold 40/30/20/10 → A up to 80% (40, 30 and the crossing 20), B to 95%.
    expect(tiers([[40, 30, 20, 10]], [["ABC"]])).toEqual([["A", "A", "A", "B"]]);
    expect(tier(10, [[40, 30, 20, 10]], [["abc"]])).toBe("B");
  });

  test("custom cumulative shares, with and without a final 1; default names Tier 1..", () => {
    const values = Array.from({ length: 10 }, (_, i) => i + 1);
    const names = [PYRAMID_TIERS.map((t) => t.label)];
    expect(tiers(column(values), [[0.01, 0.05, 0.2]], names)).toEqual(tiers(column(values)));
    // N = 10: limits round(0.1) = 0, round(0.5) = 1 (half up), round(2) = 2: rank 1 is in Tier 2.
    expect(tiers(column(values), [[0.01, 0.05, 0.2, 1]])[9]).toEqual(["Tier 2"]);
    expect(tiers(column(values), [[0.2, 1]]).map((r) => r[0])).toEqual([
      ...Array(8).fill("Tier 2"),
      "Tier 1",
      "Tier 1",
    ]);
    expect(tier(10, column(values), [[0.2]])).toBe("Tier 1");
    expect(tier(10, column(values), [[0.5], [0.8]])).toBe("Tier 1"); // a column of shares works too
  });

  test("labels rename the tiers, and one more name renames Inactive", () => {
    const population = column([...Array.from({ length: 100 }, (_, i) => 300 - i), 0]);
    const cn = [["VIP客户", "大客户", "中级客户", "小客户"]];
    const got = tiers(population, null as never, cn).map((row) => row[0]);
    expect([got[0], got[1], got[5], got[20], got[100]]).toEqual([
      "VIP客户",
      "大客户",
      "中级客户",
      "小客户",
      "Inactive",
    ]);
    const five = [["VIP客户", "大客户", "中级客户", "小客户", "不积极的客户"]];
    expect(tier(0, population, [["pyramid"]], five)).toBe("不积极的客户");
    expect(tier(300, population, [["pyramid"]], five)).toBe("VIP客户");
  });
});

describe("CRM.TIER and CRM.TIERS agree with the engine (property tests)", () => {
  const cell = fc.oneof(
    { weight: 8, arbitrary: fc.integer({ min: -20, max: 400 }) },
    { weight: 2, arbitrary: fc.double({ min: 0.01, max: 1e6, noNaN: true }) },
    { weight: 1, arbitrary: fc.constantFrom("", "n/a", null, true) }
  );
  const populations = fc
    .tuple(
      fc.integer({ min: 1, max: 4 }),
      fc.array(cell, { minLength: 1, maxLength: 300, size: "max" })
    )
    .map(([cols, cells]) => {
      const rows = Math.ceil(cells.length / cols);
      return Array.from({ length: rows }, (_, r) =>
        Array.from({ length: cols }, (_, c) => cells[r * cols + c] ?? "")
      );
    });
  const schemes = fc.constantFrom<[unknown, number[] | "abc", string[]]>(
    [null, cumulativeShares(PYRAMID_TIERS.map((t) => t.share)), PYRAMID_TIERS.map((t) => t.label)],
    [
      [["key"]],
      cumulativeShares(KEY_CUSTOMER_TIERS.map((t) => t.share)),
      KEY_CUSTOMER_TIERS.map((t) => t.label),
    ],
    [[[0.1, 0.35, 0.6]], [0.1, 0.35, 0.6, 1], ["Tier 1", "Tier 2", "Tier 3", "Tier 4"]],
    [[["abc"]], "abc", ["A", "B", "C"]]
  );

  test("TIERS equals the engine's tiers on random data", () => {
    fc.assert(
      fc.property(populations, schemes, (population, [scheme, rule, labels]) => {
        const flat = population.flat();
        const values = Float64Array.from(flat, (c) => (typeof c === "number" ? c : NaN));
        const engine =
          rule === "abc" ? abcByCumulativeValue(values) : assignRankTiers(values, rule);
        const expected = flat.map((c, i) =>
          typeof c !== "number" ? "" : engine[i] >= 0 ? labels[engine[i]] : "Inactive"
        );
        expect(tiers(population, scheme as never).flat()).toEqual(expected);
      }),
      { numRuns: 200 }
    );
  });

  test("TIER for each cell equals TIERS at that cell (each call on a fresh copy)", () => {
    fc.assert(
      fc.property(populations, schemes, (population, [scheme]) => {
        const spilled = tiers(population, scheme as never);
        population.forEach((row, r) =>
          row.forEach((value, c) => {
            if (typeof value === "string" && value !== "") return; // text is an error for TIER
            if (typeof value === "boolean") return;
            const copy = population.map((cells) => [...cells]);
            expect(tier(value, copy, scheme as never)).toBe(spilled[r][c]);
          })
        );
      }),
      { numRuns: 100 }
    );
  });
});

describe("CRM.TIER and CRM.TIERS: bad arguments give Excel errors with a message", () => {
  const population = column([5, 4, 3, 2, 1]);

  test("value", () => {
    expectExcelError(
      () => tier("abc", population),
      ErrorCode.invalidValue,
      /value must be a number/
    );
    expectExcelError(() => tier(true, population), ErrorCode.invalidValue, /TRUE/);
    expectExcelError(() => tier(Infinity, population), ErrorCode.invalidNumber, /finite/);
    expectExcelError(() => tier(4.5, population), ErrorCode.notAvailable, /not in population/);
    expectExcelError(() => tier(7, column(["", 0])), ErrorCode.notAvailable, /no numbers above 0/);
    // Numbers as text are read like the engine reads them; "4" is then looked up as 4.
    expect(tier("4", population)).toBe(tier(4, population));
    expect(tier("1,000", column([1000, 1]))).toBe(tier(1000, column([1000, 1])));
  });

  test("population", () => {
    expectExcelError(
      () => tier(1, null as never),
      ErrorCode.invalidValue,
      /population is required/
    );
    expectExcelError(() => tiers(null as never), ErrorCode.invalidValue, /population is required/);
    expectExcelError(() => tiers([] as never), ErrorCode.invalidValue, /empty/);
    expectExcelError(() => tiers([[1, 2], [3]]), ErrorCode.invalidValue, /rectangular/);
  });

  test("scheme", () => {
    expectExcelError(
      () => tier(5, population, [["gold"]]),
      ErrorCode.invalidValue,
      /"gold" is not known/
    );
    expectExcelError(() => tiers(population, [[1, 5, 20]]), ErrorCode.invalidNumber, /fractions/);
    expectExcelError(
      () => tiers(population, [[0.2, 0.1]]),
      ErrorCode.invalidNumber,
      /must increase/
    );
    expectExcelError(() => tiers(population, [[0, 0.5]]), ErrorCode.invalidNumber, /more than 0/);
    expectExcelError(() => tiers(population, [[0.1, "x"]]), ErrorCode.invalidValue, /"x"/);
  });

  test("labels", () => {
    expectExcelError(
      () => tier(5, population, [["pyramid"]], [["a", "b"]]),
      ErrorCode.invalidValue,
      /2 names but the scheme has 4 tiers/
    );
    expectExcelError(
      () => tiers(population, [["abc"]], [["a", "b", true]]),
      ErrorCode.invalidValue,
      /labels must be text/
    );
  });
});
