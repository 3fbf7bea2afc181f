import fc from "fast-check";
import { detectMapping, presets, runTiering, upgradeCandidates, type Cell } from "../../src/engine";
import { gapTo } from "../../src/engine/analyses/upgradeCandidates";
import { selectTop } from "../../src/engine/analyses/selectTop";
import { assignRankTiers, cumulativeShares } from "../../src/engine/schemes/rankTiers";
import { seedCaseWorkbook, SEED } from "../../src/double/seedCase";

const pyramid = presets().find((p) => p.id === "pyramid")!.scheme;

describe("upgrade candidates on the method's worked case (seed)", () => {
  const workbook = seedCaseWorkbook();
  const mapping = detectMapping(workbook.header).mapping;
  const result = runTiering(workbook.rows, { mapping, scheme: pyramid });
  const answer = upgradeCandidates(result);

  test("one entry per ranked tier; the bound is the lowest revenue of the tier above", () => {
    expect(answer.tiers.map((t) => t.customers)).toEqual([...SEED.tierCounts]);
    // The seed spreads each tier over its band, so each tier's lowest customer is the band's low end.
    expect(answer.tiers.map((t) => t.bound)).toEqual([null, 64000, 19600, 5100]);
    expect(answer.tiers[0].closest).toEqual([]);
    expect(answer.codes).toEqual([]);
    expect(answer.hasPrevious).toBe(false);
    expect(answer.tiers.every((t) => t.growingCount === null && t.fastest.length === 0)).toBe(true);
  });

  test("Small: the ten closest by gap, the highest Small revenue first", () => {
    const small = answer.tiers[3];
    expect(small.closest).toHaveLength(10);
    expect(small.closest[0]).toMatchObject({ id: "C02125", revenue: 2159, gap: 5100 - 2159 });
    const gaps = small.closest.map((c) => c.gap);
    expect(gaps).toEqual([...gaps].sort((a, b) => a - b));
    // The seed's Small band (160–2,160) is far below Medium's 5,100: nobody within 20% of the bound...
    expect(small.nearCount).toBe(0);
    // ...and within 60% (revenue ≥ 2,040) the top of the band.
    const wide = upgradeCandidates(result, { maxGapShare: 0.6, limit: 3 }).tiers[3];
    expect(wide.nearCount).toBe(
      result.customers.revenue.filter((r, c) => result.customers.tier[c] === 3 && r >= 2040).length
    );
    expect(wide.closest).toHaveLength(3);
  });

  test("a missing, negative or NaN option takes the default", () => {
    for (const bad of [undefined, -1, NaN])
      expect(upgradeCandidates(result, { limit: bad, maxGapShare: bad })).toMatchObject({
        limit: 10,
        maxGapShare: 0.2,
      });
  });

  test("the answer is plain data (it crosses the pane's worker)", () => {
    expect(structuredClone(answer)).toStrictEqual(answer);
  });
});

describe("growth against the previous period", () => {
  // 2023 (serials 44927…45291) and 2024 (45292…45657); the period is 12 months to the latest date.
  const y23 = 45000;
  const y24 = 45400;
  const rows: Cell[][] = [
    ["A", y24, 1000], // top
    ["B", y23, 100],
    ["B", y24, 300], // +200%
    ["C", y23, 200],
    ["C", y24, 250], // +25%
    ["D", y23, 400],
    ["D", y24, 200], // −50%
    ["E", y24, 150], // new: no growth rate
  ];
  const mapping = { customer: 0, date: 1, revenue: 2 };
  const scheme = {
    kind: "pyramid" as const,
    tiers: [
      { key: "top", label: "Top", share: 0.2 },
      { key: "rest", label: "Rest", share: 0.8 },
    ],
  };
  const now = runTiering(rows, { mapping, scheme });
  const before = runTiering(rows, { mapping, scheme, options: { period: { end: 45291 } } });
  const answer = upgradeCandidates(now, { previous: before });

  test("fastest growing first; new and shrinking customers are not growing", () => {
    const rest = answer.tiers[1];
    expect(answer.hasPrevious).toBe(true);
    expect(rest.bound).toBe(1000);
    expect(rest.growingCount).toBe(2);
    expect(rest.fastest.map((c) => [c.id, c.growth, c.previousRevenue])).toEqual([
      ["B", 2, 100],
      ["C", 0.25, 200],
    ]);
    const e = rest.closest.find((c) => c.id === "E")!;
    expect(e).toMatchObject({ previousRevenue: null, growth: null, gap: 850 });
    expect(rest.closest.map((c) => c.id)).toEqual(["B", "C", "D", "E"]);
  });

  test("ids match on the key rule, as the period comparison matches them", () => {
    const spelled = rows.map((r) =>
      r[1] === y23 ? [` ${String(r[0]).toLowerCase()} `, r[1], r[2]] : r
    );
    const earlier = runTiering(spelled, { mapping, scheme, options: { period: { end: 45291 } } });
    expect(upgradeCandidates(now, { previous: earlier }).tiers[1].growingCount).toBe(2);
  });
});

describe("laws (fast-check)", () => {
  const revenue = fc.oneof(
    fc.constantFrom(0, -3, 5, 5, 10, 10.5, 0.1, 0.2, 0.3),
    fc.integer({ min: 1, max: 100000 }),
    fc.double({ min: 0.01, max: 1e7, noNaN: true })
  );
  const shares = fc.array(fc.double({ min: 0.01, max: 0.6, noNaN: true }), {
    minLength: 2,
    maxLength: 5,
  });

  test("gap > 0, gap = bound − revenue, and revenue + gap ranks in the next tier by the rank rule", () => {
    fc.assert(
      fc.property(fc.array(revenue, { minLength: 1, maxLength: 80 }), shares, (values, s) => {
        const tiers = s.map((share, i) => ({ key: `t${i}`, label: `T${i}`, share }));
        const rows: Cell[][] = values.map((v, i) => [`c${i}`, v]);
        const result = runTiering(rows, {
          mapping: { customer: 0, revenue: 1 },
          scheme: { kind: "pyramid", tiers },
        });
        const answer = upgradeCandidates(result, { limit: 1e9, maxGapShare: 1 });
        const cumulative = cumulativeShares(s);
        const { revenue: rev, tier } = result.customers;
        for (const t of answer.tiers) {
          expect(t.byRevenue).toBe(true);
          expect(t.nearCount).toBeLessThanOrEqual(t.customers);
          if (t.bound === null) continue;
          // Every customer of the tier is below the bound (ties share a tier), so each is listed.
          expect(t.closest).toHaveLength(t.customers);
          for (const c of t.closest) {
            expect(c.gap).toBeGreaterThan(0);
            expect(Math.abs(c.gap - (t.bound - c.revenue))).toBeLessThanOrEqual(
              4 * t.bound * Number.EPSILON
            );
            const raised = Float64Array.from(rev);
            raised[c.customer] = c.revenue + c.gap;
            expect(assignRankTiers(raised, cumulative)[c.customer]).toBe(t.tier - 1);
            expect(tier[c.customer]).toBe(t.tier);
          }
        }
      }),
      { numRuns: 300 }
    );
  });

  test("lists are capped at the limit and sorted by gap; a smaller limit lists a prefix", () => {
    fc.assert(
      fc.property(
        fc.array(revenue, { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 0, max: 12 }),
        (values, limit) => {
          const rows: Cell[][] = values.map((v, i) => [`c${i}`, v]);
          const result = runTiering(rows, {
            mapping: { customer: 0, revenue: 1 },
            scheme: pyramid,
          });
          const all = upgradeCandidates(result, { limit: 1e9 });
          const capped = upgradeCandidates(result, { limit });
          capped.tiers.forEach((t, i) => {
            expect(t.closest.length).toBeLessThanOrEqual(limit);
            expect(t.closest).toEqual(all.tiers[i].closest.slice(0, limit));
            for (let j = 1; j < t.closest.length; j++)
              expect(t.closest[j].gap).toBeGreaterThanOrEqual(t.closest[j - 1].gap);
          });
        }
      )
    );
  });

  test("selectTop is the sorted list's prefix", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 20 })),
        fc.integer({ min: 0, max: 80 }),
        (keys, limit) => {
          const items = keys.map((_, i) => i);
          const compare = (a: number, b: number): number => keys[a] - keys[b] || a - b;
          expect(selectTop(items, limit, compare)).toEqual(
            items.slice().sort(compare).slice(0, limit)
          );
        }
      )
    );
  });

  test("gapTo: revenue + gap reaches the bound in floating point", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-6, max: 1e12, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (bound, f) => {
          const revenue = bound * f;
          if (!(revenue < bound)) return;
          const gap = gapTo(bound, revenue);
          expect(gap).toBeGreaterThan(0);
          expect(revenue + gap).toBeGreaterThanOrEqual(bound);
        }
      )
    );
    expect(gapTo(0.3, 0.1) + 0.1).toBeGreaterThanOrEqual(0.3);
  });
});

describe("tiers not ranked by revenue", () => {
  test("profit-ranked tiers overlap the bound: flagged, and only customers below it are listed", () => {
    const rows: Cell[][] = [
      ["A", 100, 90],
      ["B", 1000, 10],
      ["C", 50, 40],
      ["D", 500, 5],
    ];
    const scheme = {
      kind: "pyramid" as const,
      basis: "profit" as const,
      tiers: [
        { key: "top", label: "Top", share: 0.5 },
        { key: "rest", label: "Rest", share: 0.5 },
      ],
    };
    const result = runTiering(rows, { mapping: { customer: 0, revenue: 1, profit: 2 }, scheme });
    const answer = upgradeCandidates(result);
    expect(answer.codes).toEqual(["tiersNotByRevenue"]);
    expect(answer.tiers[1]).toMatchObject({ bound: 50, byRevenue: false, customers: 2 });
    expect(answer.tiers[1].closest).toEqual([]);
  });
});
