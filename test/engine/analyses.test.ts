import {
  abcByCumulativeValue,
  compareTierings,
  moveUpOneTier,
  paretoTopShare,
  rfmScores,
  rfmTiers,
  roi,
  runTiering,
  splitBudget,
  whatIfMigration,
  type Cell,
} from "../../src/engine";
import { assignThresholdTiers } from "../../src/engine/schemes/thresholds";
import { churnFlag } from "../../src/engine/analyses/churn";
import { clvInfinite, clvPeriods } from "../../src/engine/analyses/clv";
import { gini, topCount } from "../../src/engine/analyses/pareto";
import { rfmSegment } from "../../src/engine/analyses/rfm";
import { valueQuadrant } from "../../src/engine/analyses/valueMatrix";
import { whaleCurve } from "../../src/engine/analyses/whaleCurve";

describe("array-level helpers", () => {
  test("ABC by cumulative value: the customer crossing 80% is still A; ties share a class", () => {
    // total 100: 50 (held above 0) A, 30 (held 50 < 80) A, 15 (held 80) B, 5 (held 95) C
    expect(Array.from(abcByCumulativeValue([15, 50, 5, 30]))).toEqual([1, 0, 2, 0]);
    expect(Array.from(abcByCumulativeValue([10, 10, 10, 10, 0]))).toEqual([0, 0, 0, 0, -1]);
  });

  test("thresholds: lower bound inclusive, last tier takes the rest", () => {
    expect(
      Array.from(
        assignThresholdTiers(
          [58900, 58899, 19000, 4820, 4819, 1, 0],
          [58900, 19000, 4820, undefined]
        )
      )
    ).toEqual([0, 1, 1, 2, 3, 3, -1]);
  });

  test("Pareto top share: count = round(share × N) with at least 1", () => {
    expect(topCount(10, 0.01)).toBe(1);
    expect(topCount(250, 0.01)).toBe(3);
    expect(paretoTopShare([1, 1, 1, 1, 6], 0.2)).toBeCloseTo(0.6, 12);
    expect(paretoTopShare([0, -1], 0.2)).toBeNull();
  });

  test("Gini: 0 for equal values, (n−1)/n for one holder; negatives ignored", () => {
    expect(gini([5, 5, 5, 5])).toBe(0);
    expect(gini([0, 0, 0, 10])).toBe(0); // zeros are not buyers: one buyer holds all of it → no inequality among buyers
    expect(gini([1, 1, 1, 1, 96])).toBeCloseTo(
      (2 * 5 * 96 + 2 * (1 + 2 + 3 + 4)) / (5 * 100) - 6 / 5,
      12
    );
    expect(gini([3, -100, 1])).toBeCloseTo(gini([3, 1])!, 12);
  });

  test("whale curve peaks above 100% when some customers lose money", () => {
    const curve = whaleCurve([50, 30, 20, -40]);
    expect(curve.peak).toEqual({ x: 0.75, y: 100 / 60 });
    expect(curve.points[curve.points.length - 1].y).toBeCloseTo(1, 12);
    expect(whaleCurve([-5, -1]).peak).toBeNull();
  });

  test("ROI: investment first, then return on cost, never Infinity", () => {
    expect(roi(45600, 40000)).toEqual({ value: 1.14, basis: "investment" });
    expect(roi(10, null, 40)).toEqual({ value: 0.25, basis: "cost" });
    expect(roi(10, 0)).toEqual({ value: null, basis: "investment" });
    expect(roi(10, null, null)).toEqual({ value: null, basis: "none" });
  });

  test("CLV: m·r/(1+d−r) and the T-period sum", () => {
    expect(clvInfinite(100, 0.8, 0.1)).toBeCloseTo(80 / 0.3, 10);
    expect(clvPeriods(100, 0.8, 0.1, 2)).toBeCloseTo(
      100 * (0.8 / 1.1) + 100 * (0.8 / 1.1) ** 2,
      10
    );
    expect(clvInfinite(100, 1, 0)).toBeNull();
    // The T-period sum approaches the infinite value.
    expect(clvPeriods(100, 0.8, 0.1, 500)).toBeCloseTo(clvInfinite(100, 0.8, 0.1)!, 6);
  });

  test("budget split: 50/40/10 of 100,000; by profit ignores loss-making tiers; cents add up", () => {
    expect(splitBudget(100000, [0.5, 0.4, 0.1])!.amounts).toEqual([50000, 40000, 10000]);
    expect(splitBudget(100, [958, 806, 580, -888])!.amounts).toEqual([40.87, 34.39, 24.74, 0]);
    const thirds = splitBudget(100, [1, 1, 1])!.amounts;
    expect(thirds.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 10);
    expect(splitBudget(100, [0, -1])).toBeNull();
  });

  test("RFM: quintile scores (recency reversed) and the segment table", () => {
    const s = rfmScores([1, 10, 20, 30, 40], [9, 7, 5, 3, 1], [500, 400, 300, 200, 100]);
    expect(Array.from(s.recency)).toEqual([5, 4, 3, 2, 1]);
    expect(Array.from(s.frequency)).toEqual([5, 4, 3, 2, 1]);
    const names = rfmTiers().map((t) => t.label);
    expect(names[rfmSegment(5, 5, 5)]).toBe("Champions");
    expect(names[rfmSegment(1, 5, 5)]).toBe("Can't Lose Them");
    expect(names[rfmSegment(1, 3, 3)]).toBe("At Risk");
    expect(names[rfmSegment(5, 1, 1)]).toBe("New Customers");
    expect(names[rfmSegment(1, 1, 1)]).toBe("Lost");
    expect(names[rfmSegment(5, 1, 5)]).toBe("Others");
  });

  test("value matrix quadrants", () => {
    expect(valueQuadrant(9, 9, 5, 5)).toBe(0);
    expect(valueQuadrant(1, 9, 5, 5)).toBe(1);
    expect(valueQuadrant(9, 1, 5, 5)).toBe(2);
    expect(valueQuadrant(1, 1, 5, 5)).toBe(3);
  });

  test("churn: frequency drop or long recency", () => {
    expect(churnFlag(4, 2, 10)).toBe(true);
    expect(churnFlag(4, 3, 10)).toBe(false);
    expect(churnFlag(0, 0, 200)).toBe(true);
  });

  test("what-if: 2% of Small up one tier moves round(0.02 × 1,701) = 34 customers", () => {
    const out = whatIfMigration(
      {
        counts: [21, 85, 319, 1701],
        revenuePerCustomer: [114000, 31600, 9100, 1160],
        profitPerCustomer: null,
      },
      [moveUpOneTier(3, 0.02)]
    );
    expect(out.after.counts).toEqual([21, 85, 353, 1667]);
    expect(out.after.revenue - out.before.revenue).toBe(34 * (9100 - 1160));
    expect(out.profitChange).toBeNull();
  });
});

describe("schemes through runTiering", () => {
  const day = (m: number, d: number, y = 2024) => Date.UTC(y, m - 1, d) / 86400000 + 25569;
  const mapping = { customer: 0, revenue: 1, date: 2, status: 3, score: 4 };

  test("key-customer 1/19/30/50 on 100 customers", () => {
    const rows: Cell[][] = Array.from({ length: 100 }, (_, i) => ["k" + i, 1000 - i, day(6, 1)]);
    const r = runTiering(rows, { mapping, scheme: { kind: "key", tiers: [] } });
    expect(r.summary.rows.slice(0, 4).map((x) => x.customers)).toEqual([1, 19, 30, 50]);
  });

  test("inactive needs a purchase before the period; prospects/suspects come from the status", () => {
    const rows: Cell[][] = [
      ["a", 100, day(12, 31)],
      ["b", 50, day(6, 1, 2022)],
      ["c", "", "", "Prospect"],
      ["d", "", "", "潜在客户"],
      ["e", "", "", "unqualified lead"],
      ["f", "", "", ""],
    ];
    const r = runTiering(rows, { mapping, scheme: { kind: "pyramid", tiers: [] } });
    const keyOf = (id: string) => r.tiers[r.customers.tier[r.customers.id.indexOf(id)]].key;
    expect(["a", "b", "c", "d", "e", "f"].map(keyOf)).toEqual([
      "small",
      "inactive",
      "prospect",
      "prospect",
      "suspect",
      "suspect",
    ]);
    expect(r.period).toEqual({ start: day(1, 1), end: day(12, 31) });
  });

  test("ABC growth: B needs ≥10% growth in each of the last two years; agents are A", () => {
    const rows: Cell[][] = [];
    // 10 customers; x0 is top 20% with x1. g grows 100 → 111 → 123; h grows 100 → 105 → 120.
    for (let i = 0; i < 8; i++) rows.push(["x" + i, 1000 - i, day(6, 1)]);
    rows.push(["g", 100, day(6, 1, 2022)], ["g", 111, day(6, 1, 2023)], ["g", 123, day(6, 1)]);
    rows.push(["h", 100, day(6, 1, 2022)], ["h", 105, day(6, 1, 2023)], ["h", 120, day(6, 1)]);
    const r = runTiering(rows, { mapping, scheme: { kind: "abc", mode: "growth", tiers: [] } });
    const classOf = (id: string) => r.tiers[r.customers.tier[r.customers.id.indexOf(id)]].label;
    expect(["x0", "x1", "x2", "g", "h"].map(classOf)).toEqual(["A", "A", "C", "B", "C"]);
  });

  test("RFM and value matrix schemes tier everyone who bought", () => {
    const rows: Cell[][] = Array.from({ length: 20 }, (_, i) => [
      "r" + i,
      100 + i * 10,
      day(1 + (i % 12), 1),
      "",
      i % 10,
    ]);
    const rfm = runTiering(rows, { mapping, scheme: { kind: "rfm", tiers: [] } });
    expect(rfm.customers.rfm).toBeDefined();
    expect(
      rfm.summary.rows.filter((x) => x.group === "ranked").reduce((a, x) => a + x.customers, 0)
    ).toBe(20);
    const vm = runTiering(rows, { mapping, scheme: { kind: "valueMatrix", tiers: [] } });
    const counts = vm.summary.rows.slice(0, 5).map((x) => x.customers);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(20);
    expect(counts[4]).toBe(0);
  });

  test("period comparison: migration matrix with new and lost customers", () => {
    const setup = {
      mapping: { customer: 0, revenue: 1 },
      scheme: {
        kind: "custom" as const,
        mode: "shares" as const,
        tiers: [
          { key: "top", label: "Top", share: 0.5 },
          { key: "rest", label: "Rest", share: 0.5 },
        ],
      },
    };
    const a = runTiering(
      [
        ["p", 100],
        ["q", 50],
        ["r", 10],
        ["s", 5],
      ],
      setup
    );
    const b = runTiering(
      [
        ["p", 10],
        ["q", 50],
        ["s", 500],
        ["t", 60],
      ],
      setup
    );
    const m = compareTierings(a, b);
    const k = b.tiers.length;
    expect(m.newCustomers).toBe(1);
    expect(m.lost).toBe(1);
    expect(m.counts[k][0]).toBe(1); // t is new, in Top
    expect(m.counts[1][k]).toBe(1); // r was Rest, lost
    expect(m.movedUp.map((x) => x.id)).toEqual(["s"]);
    expect(m.movedDown.map((x) => x.id)).toEqual(["p", "q"]); // q: Top of A (2nd of 4), Rest of B (3rd)
  });

  test("churn flags from the row dates", () => {
    const rows: Cell[][] = [
      ["busy", 10, day(8, 1)],
      ["busy", 10, day(8, 20)],
      ["busy", 10, day(9, 10)],
      ["busy", 10, day(9, 20)],
      ["busy", 10, day(12, 1)],
      ["steady", 10, day(9, 1)],
      ["steady", 10, day(12, 1)],
      ["gone", 10, day(1, 5)],
      ["end", 1, day(12, 31)],
    ];
    const r = runTiering(rows, {
      mapping,
      scheme: { kind: "pyramid", tiers: [] },
      options: { churn: { windowDays: 90, minDrop: 0.5, maxRecencyDays: 180 } },
    });
    const flag = (id: string) => r.customers.churn![r.customers.id.indexOf(id)];
    expect([flag("busy"), flag("steady"), flag("gone"), flag("end")]).toEqual([1, 0, 1, 0]);
  });
});
