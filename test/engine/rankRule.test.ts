import fc from "fast-check";
import {
  assignRankTiers,
  cumulativeShares,
  customerKeys,
  runTiering,
  tierCountLimits,
  type Cell,
  type TieringResult,
} from "../../src/engine";
import { rankDescending } from "../../src/engine/schemes/rankTiers";
import { roundHalfUp } from "../../src/engine/roundHalfUp";

// Reference implementation of the rule exactly as the issue words it, quadratic on purpose.
function referenceTiers(values: number[], cumulative: number[]): number[] {
  const buyers = values.filter((v) => v > 0);
  const n = buyers.length;
  const limits = cumulative.map((s, k) =>
    k === cumulative.length - 1 ? n : Math.floor(Math.round(s * n * 1e6) / 1e6 + 0.5)
  );
  return values.map((v) => {
    if (!(v > 0)) return -1;
    const rank = 1 + buyers.filter((w) => w > v).length;
    const k = limits.findIndex((limit) => rank <= limit);
    return k < 0 ? cumulative.length - 1 : k;
  });
}

const PYRAMID = [0.01, 0.05, 0.2, 1];

describe("rank and tie rule", () => {
  test("the seed's N = 2,126 gives limits 21 / 106 / 425 / 2,126", () => {
    expect(Array.from(tierCountLimits(2126, PYRAMID))).toEqual([21, 106, 425, 2126]);
  });

  test("round half up, including decimal halves that floats store just below .5", () => {
    expect(roundHalfUp(0.5)).toBe(1);
    expect(roundHalfUp(2.5)).toBe(3);
    expect(roundHalfUp(0.35 * 10)).toBe(4);
    expect(roundHalfUp(1.4999)).toBe(1);
    expect(Array.from(tierCountLimits(10, [0.05, 0.35, 1]))).toEqual([1, 4, 10]);
    expect(Array.from(tierCountLimits(10, PYRAMID))).toEqual([0, 1, 2, 10]);
  });

  test("cumulative shares from tier shares", () => {
    expect(cumulativeShares([0.01, 0.04, 0.15, 0.8])).toEqual([0.01, 0.05, 0.2, 1]);
  });

  test("RANK.EQ: ties share the best rank", () => {
    expect(Array.from(rankDescending([5, 9, 5, 0, 1]))).toEqual([2, 1, 2, 0, 4]);
  });

  test("ties at a boundary all go to the higher tier", () => {
    // 10 buyers, VIP limit round(0.1·10) = 1, but two share rank 1.
    const values = [100, 100, 50, 40, 30, 20, 10, 9, 8, 7];
    expect(Array.from(assignRankTiers(values, [0.1, 1]))).toEqual([0, 0, 1, 1, 1, 1, 1, 1, 1, 1]);
  });

  test("non-buyers (≤ 0, NaN, ±Infinity) are -1", () => {
    expect(Array.from(assignRankTiers([0, -3, NaN, Infinity, 4], PYRAMID))).toEqual([
      -1, -1, -1, -1, 3,
    ]);
  });

  const valuesArb = fc.array(
    fc.oneof(fc.integer({ min: -50, max: 1000 }), fc.constantFrom(0, 7, 7, 7)),
    { maxLength: 300, size: "max" }
  );
  const sharesArb = fc
    .array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 6 })
    .map((parts) => {
      const total = parts.reduce((a, b) => a + b, 0) || 1;
      return cumulativeShares(parts.map((p) => p / total));
    });

  test("property: matches the literal rule (reference implementation)", () => {
    fc.assert(
      fc.property(valuesArb, sharesArb, (values, cumulative) => {
        expect(Array.from(assignRankTiers(values, cumulative))).toEqual(
          referenceTiers(values, cumulative)
        );
      })
    );
  });

  test("property: partition, monotonic, ties share a tier, counts follow the rounding rule", () => {
    fc.assert(
      fc.property(valuesArb, sharesArb, (values, cumulative) => {
        const tiers = assignRankTiers(values, cumulative);
        const n = values.filter((v) => v > 0).length;
        const limits = tierCountLimits(n, cumulative);
        let assigned = 0;
        const broken: string[] = []; // collected, then one expect: n² expect calls would take a minute
        for (let i = 0; i < values.length; i++) {
          if (values[i] > 0) {
            if (!(tiers[i] >= 0 && tiers[i] < cumulative.length)) broken.push(`tier of ${i}`);
            assigned++;
          } else if (tiers[i] !== -1) broken.push(`non-buyer ${i} tiered`);
          for (let j = 0; j < values.length; j++) {
            if (values[i] > 0 && values[j] > 0 && values[i] > values[j] && tiers[i] > tiers[j])
              broken.push(`${i} above ${j} in revenue but in a lower tier`);
            if (values[i] > 0 && values[i] === values[j] && tiers[i] !== tiers[j])
              broken.push(`tie ${i}, ${j} split`);
          }
        }
        expect(broken).toEqual([]);
        expect(assigned).toBe(n);
        // Cumulative count of tiers 0..k is at least its limit; without ties it is exactly the limit.
        const distinct = new Set(values.filter((v) => v > 0)).size === n;
        for (let k = 0; k < cumulative.length; k++) {
          const upTo = Array.from(tiers).filter((t) => t >= 0 && t <= k).length;
          expect(upTo).toBeGreaterThanOrEqual(limits[k]);
          if (distinct) expect(upTo).toBe(limits[k]);
        }
      })
    );
  });
});

// Runs through runTiering on generated transaction rows.
const rowsArb = fc.array(
  fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: -2000, max: 100000 })),
  { maxLength: 200, size: "max" }
);
const toRows = (pairs: [number, number][]): Cell[][] =>
  pairs.map(([c, amount]) => ["cust" + c, amount / 100]);
const setup = {
  mapping: { customer: 0, revenue: 1 },
  scheme: { kind: "pyramid" as const, tiers: [] },
};
const tierById = (r: TieringResult): Record<string, number> =>
  Object.fromEntries(customerKeys(r.customers).map((k, c) => [k, r.customers.tier[c]]));

describe("runTiering laws", () => {
  test("property: every customer in exactly one tier; summary counts add up; shares sum to 1", () => {
    fc.assert(
      fc.property(rowsArb, (pairs) => {
        const result = runTiering(toRows(pairs), setup);
        const ids = new Set(pairs.map(([c]) => c));
        expect(result.customers.count).toBe(ids.size);
        expect(result.summary.rows.reduce((a, r) => a + r.customers, 0)).toBe(ids.size);
        const ranked = result.summary.rows.filter((r) => r.group === "ranked");
        if (result.summary.total.customers > 0) {
          expect(ranked.reduce((a, r) => a + (r.customerShare ?? 0), 0)).toBeCloseTo(1, 9);
        }
        const totalRevenue = result.summary.rows.reduce((a, r) => a + r.revenue, 0);
        if (Math.abs(totalRevenue) > 1e-9) {
          expect(result.summary.rows.reduce((a, r) => a + (r.revenueShare ?? 0), 0)).toBeCloseTo(
            1,
            9
          );
        }
        // A buyer with more revenue is never in a lower tier.
        const { revenue, tier } = result.customers;
        for (let a = 0; a < result.customers.count; a++)
          for (let b = 0; b < result.customers.count; b++)
            if (revenue[a] > 0 && revenue[b] > 0 && revenue[a] > revenue[b])
              expect(tier[a]).toBeLessThanOrEqual(tier[b]);
        expect(result.rowsUsed).toBe(pairs.length);
      })
    );
  });

  test("property: the result does not depend on row order", () => {
    fc.assert(
      fc.property(rowsArb, fc.integer(), (pairs, seed) => {
        const shuffled = [...pairs];
        let s = seed >>> 0;
        for (let i = shuffled.length - 1; i > 0; i--) {
          s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
          const j = s % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
        }
        const a = runTiering(toRows(pairs), setup);
        const b = runTiering(toRows(shuffled), setup);
        expect(tierById(b)).toEqual(tierById(a));
        expect(b.summary.rows.map((r) => [r.customers, r.revenue])).toEqual(
          a.summary.rows.map((r) => [r.customers, r.revenue])
        );
        expect(b.pareto.gini).toBe(a.pareto.gini);
      })
    );
  });
});
