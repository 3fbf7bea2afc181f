import {
  rowLabel,
  rowLabels,
  detectMapping,
  PYRAMID_TIERS,
  runTiering,
  SEED_WHAT_IF_MOVES,
  type TieringResult,
} from "../../src/engine";
import { SEED, SEED_COLUMNS, seedCaseWorkbook, seedCustomers } from "../../src/double/seedCase";

// The methodology's worked case, end to end from transaction rows.
describe("seed case (customer pyramid, slides 000/001)", () => {
  let result: TieringResult;
  const workbook = seedCaseWorkbook();

  beforeAll(() => {
    result = runTiering(workbook.rows, {
      mapping: detectMapping(workbook.header).mapping,
      scheme: { kind: "pyramid", tiers: PYRAMID_TIERS },
      options: { whatIf: SEED_WHAT_IF_MOVES },
    });
  });

  test("header auto-mapping finds every seed column", () => {
    expect(detectMapping(workbook.header).mapping).toEqual(SEED_COLUMNS);
  });

  test("tier counts are 21 / 85 / 319 / 1,701, then 154 inactive, 250 prospects, 1,000 suspects", () => {
    expect(result.summary.rows.map((r) => r.customers)).toEqual([
      21, 85, 319, 1701, 154, 250, 1000,
    ]);
    expect(result.tiers.map((t) => t.key)).toEqual([
      "vip",
      "large",
      "medium",
      "small",
      "inactive",
      "prospect",
      "suspect",
    ]);
  });

  test("total revenue is 9,956,000 and the shares round to 24 / 27 / 29 / 20 %", () => {
    expect(result.summary.total.revenue).toBe(9956000);
    const shares = result.summary.rows
      .slice(0, 4)
      .map((r) => Math.round((r.revenueShare ?? NaN) * 100));
    expect(shares).toEqual([24, 27, 29, 20]);
  });

  test("per-customer averages, profit and ROI match the slide", () => {
    const rows = result.summary.rows.slice(0, 4);
    expect(rows.map((r) => Math.round(r.revenuePerCustomer ?? NaN))).toEqual([
      114000, 31600, 9100, 1160,
    ]);
    expect(rows.map((r) => r.profitPerCustomer)).toEqual([45600, 9480, 1820, -522]);
    expect(rows.map((r) => Math.round((r.roi ?? NaN) * 100))).toEqual([114, 139, 74, -53]);
    expect(result.summary.roiBasis).toBe("investment");
    expect(
      rows
        .map((r) => [r.minRevenue, r.maxRevenue])
        .every(([lo, hi], k) => lo! >= SEED.bands[k][0] && hi! <= SEED.bands[k][1])
    ).toBe(true);
  });

  test("every customer lands in the tier it was generated for, and every row is used", () => {
    const expected = new Map(seedCustomers().map((c) => [c.id, c.tier]));
    const { id, tier } = result.customers;
    let checked = 0;
    for (let c = 0; c < result.customers.count; c++) {
      const want = expected.get(id[c]);
      if (want !== undefined) {
        expect(tier[c]).toBe(want);
        checked++;
      }
    }
    expect(checked).toBe(2126);
    expect(result.rowsSkipped).toBe(0);
    expect(result.problems).toEqual([]);
    expect(result.period).toEqual({ start: SEED.periodStart, end: SEED.periodEnd });
  });

  test("per-row tiers follow the row's customer", () => {
    const vipRow = workbook.rows.findIndex((r) => r[0] === "C00021");
    expect(rowLabel(result, vipRow)).toBe("VIP");
    const prospectRow = workbook.rows.findIndex((r) => r[6] === "Prospect");
    expect(rowLabel(result, prospectRow)).toBe("Prospect");
    expect(rowLabels(result).length).toBe(workbook.rows.length);
  });

  test("Pareto: the top 20% hold about 80% of revenue and more than 100% of profit", () => {
    const top20 = result.pareto.topShares.find((t) => t.top === 0.2)!;
    expect(top20.customers).toBe(425);
    expect(top20.revenueShare).toBeCloseTo((2394000 + 2686000 + 2902900) / 9956000, 10);
    expect(top20.profitShare!).toBeGreaterThan(1);
    expect(result.whale.peak!.y).toBeGreaterThan(1);
    expect(result.pareto.gini!).toBeGreaterThan(0.5);
    expect(result.pareto.gini!).toBeLessThan(1);
  });

  test("what-if (observation 5) gives 29 / 95 / 337 / 1,665 and about +13.6% revenue", () => {
    expect(result.whatIf!.after.counts.slice(0, 4)).toEqual([29, 95, 337, 1665]);
    expect(result.whatIf!.after.counts.reduce((a, b) => a + b, 0)).toBe(
      result.whatIf!.before.counts.reduce((a, b) => a + b, 0)
    );
    expect(result.whatIf!.revenueChange!).toBeCloseTo(0.136, 3);
    expect(result.whatIf!.profitChange!).toBeGreaterThan(0);
  });

  test("the result does not depend on row order", () => {
    const reversed = runTiering([...workbook.rows].reverse(), {
      mapping: detectMapping(workbook.header).mapping,
      scheme: { kind: "pyramid", tiers: PYRAMID_TIERS },
    });
    const byId = (r: TieringResult) =>
      new Map(r.customers.id.map((id, c) => [id, r.customers.tier[c]]));
    expect(byId(reversed)).toEqual(byId(result));
    expect(reversed.summary.rows).toEqual(result.summary.rows);
  });
});
