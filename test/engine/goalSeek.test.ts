import fc from "fast-check";
import {
  detectMapping,
  goalSeek,
  presets,
  runTiering,
  whatIfOfSummary,
  type GoalSeekOptions,
  type TierSummary,
  type TierSummaryRow,
} from "../../src/engine";
import { GOAL_SEEK_TOLERANCE } from "../../src/engine/analyses/goalSeek";
import { seedCaseWorkbook } from "../../src/double/seedCase";

/** A summary with only what the what-if reads: counts and per-customer averages of ranked tiers. */
function summaryOf(counts: number[], revenue: number[], profit: number[] | null): TierSummary {
  const row = (i: number): TierSummaryRow => ({
    key: `t${i}`,
    label: `T${i}`,
    group: "ranked",
    customers: counts[i],
    customerShare: null,
    revenue: counts[i] * revenue[i],
    revenueShare: null,
    profit: profit ? counts[i] * profit[i] : null,
    profitShare: null,
    revenuePerCustomer: counts[i] > 0 ? revenue[i] : null,
    profitPerCustomer: profit && counts[i] > 0 ? profit[i] : null,
    investment: null,
    roi: null,
    minRevenue: null,
    maxRevenue: null,
  });
  const rows = counts.map((_, i) => row(i));
  const total = { ...row(0), key: "all", profit: profit ? 0 : null };
  return { rows, total, roiBasis: "none" };
}

// The slide's pyramid: 21/85/319/1,701 at 114,000/31,600/9,100/1,160 revenue and 45,600/9,480/1,820/−522
// profit per customer. By those averages profit is 1,456,058 (the slide's 850,000 leaves cost unallocated).
const SLIDE = summaryOf(
  [21, 85, 319, 1701],
  [114000, 31600, 9100, 1160],
  [45600, 9480, 1820, -522]
);

describe("goal seek on the worked case", () => {
  test("+50% profit: 311 Small customers move to Medium (2,342 profit each: 311 × 2,342 ≥ 728,029)", () => {
    const answer = goalSeek(SLIDE, { target: "profit", change: 0.5 });
    expect(answer.status).toBe("reached");
    expect(answer.moves).toEqual([{ from: 3, to: 2, count: 311 }]);
    expect(answer.movedCustomers).toBe(311);
    expect(answer.whatIf!.before.profit).toBe(1456058);
    expect(answer.whatIf!.after.profit).toBe(1456058 + 311 * 2342);
    expect(answer.achievedChange).toBeCloseTo(0.50023, 5);
  });

  test("+50% revenue: 627 Small customers move to Medium (7,940 each)", () => {
    expect(goalSeek(SLIDE, { target: "revenue", change: 0.5 }).moves).toEqual([
      { from: 3, to: 2, count: 627 },
    ]);
  });

  test("+300% profit: all of Small moves, then 51 Medium customers to Large", () => {
    const answer = goalSeek(SLIDE, { target: "profit", change: 3 });
    expect(answer.moves).toEqual([
      { from: 3, to: 2, count: 1701 },
      { from: 2, to: 1, count: 51 },
    ]);
  });

  test("largestGain: the fewest customers, 21 Large → VIP (36,120 each)", () => {
    const answer = goalSeek(SLIDE, { target: "profit", change: 0.5, order: "largestGain" });
    expect(answer.moves).toEqual([{ from: 1, to: 0, count: 21 }]);
  });

  test("the seed workbook's run gives the same +50% profit answer as the slide", () => {
    const workbook = seedCaseWorkbook();
    const mapping = detectMapping(workbook.header).mapping;
    const scheme = presets().find((p) => p.id === "pyramid")!.scheme;
    const result = runTiering(workbook.rows, { mapping, scheme });
    const answer = goalSeek(result, { target: "profit", change: 0.5 });
    expect(answer.moves).toEqual([{ from: 3, to: 2, count: 311 }]);
    expect(answer.whatIf).toEqual(whatIfOfSummary(result.summary, answer.moves));
    expect(structuredClone(answer)).toStrictEqual(answer);
  });

  test("not reachable by moves alone: every move up taken, and the best change reported", () => {
    const answer = goalSeek(SLIDE, { target: "profit", change: 10 });
    expect(answer.status).toBe("notReachableByMoves");
    expect(answer.moves).toEqual([
      { from: 3, to: 2, count: 1701 },
      { from: 2, to: 1, count: 319 },
      { from: 1, to: 0, count: 85 },
    ]);
    const best = 1701 * 2342 + 319 * 7660 + 85 * 36120;
    expect(answer.achievedChange).toBeCloseTo(best / 1456058, 12);
  });

  test("a target of 0 or below needs no move", () => {
    for (const change of [0, -0.2])
      expect(goalSeek(SLIDE, { target: "profit", change })).toMatchObject({
        status: "reached",
        moves: [],
        movedCustomers: 0,
      });
  });

  test("codes for what cannot be answered", () => {
    const noProfit = summaryOf([1, 10], [100, 10], null);
    expect(goalSeek(noProfit, { target: "profit", change: 0.5 }).status).toBe("noProfit");
    expect(goalSeek(noProfit, { target: "revenue", change: 0.5 }).status).toBe("reached");
    const zero = summaryOf([1, 10], [100, 10], [5, -0.5]);
    expect(goalSeek(zero, { target: "profit", change: 0.5 }).status).toBe("noBaseline");
    expect(goalSeek(SLIDE, { target: "profit", change: NaN }).status).toBe("badTarget");
  });

  test("a move that loses (Medium earns less than Small) is never taken", () => {
    const odd = summaryOf([5, 10, 100], [1000, 300, 100], [100, 1, 5]);
    const answer = goalSeek(odd, { target: "profit", change: 5 });
    expect(answer.moves.map((m) => m.from)).toEqual([1]);
    expect(answer.status).toBe("notReachableByMoves");
  });
});

describe("laws (fast-check)", () => {
  const tiers = fc.integer({ min: 1, max: 5 }).chain((k) =>
    fc.record({
      counts: fc.array(fc.integer({ min: 0, max: 400 }), { minLength: k, maxLength: k }),
      revenue: fc.array(fc.double({ min: 1, max: 1e6, noNaN: true }), {
        minLength: k,
        maxLength: k,
      }),
      profit: fc.array(fc.double({ min: -1e5, max: 1e5, noNaN: true }), {
        minLength: k,
        maxLength: k,
      }),
    })
  );
  const options = fc.record({
    target: fc.constantFrom<GoalSeekOptions["target"]>("profit", "revenue"),
    change: fc.double({ min: -1, max: 6, noNaN: true }),
    order: fc.constantFrom<GoalSeekOptions["order"]>("lowestFirst", "largestGain"),
  });
  const reached = (change: number | null, target: number): boolean =>
    change !== null && change >= target - GOAL_SEEK_TOLERANCE;

  test("reaches the target, by no more than one customer; moves within tier sizes; what the what-if shows", () => {
    fc.assert(
      fc.property(tiers, options, (t, o) => {
        const summary = summaryOf(t.counts, t.revenue, t.profit);
        const answer = goalSeek(summary, o);
        if (answer.status === "noBaseline") return;
        expect(answer.whatIf).toEqual(whatIfOfSummary(summary, answer.moves));
        const froms = answer.moves.map((m) => m.from);
        expect(new Set(froms).size).toBe(froms.length);
        for (const m of answer.moves) {
          expect(m.to).toBe(m.from - 1);
          expect(m.count).toBeGreaterThanOrEqual(1);
          expect(m.count).toBeLessThanOrEqual(t.counts[m.from]);
        }
        if (answer.status === "reached") {
          expect(reached(answer.achievedChange, o.change)).toBe(true);
          if (o.change <= 0) expect(answer.moves).toEqual([]);
          if (answer.moves.length === 0) return;
          // Removing the last moved customer falls short.
          const fewer = answer.moves.map((m) => ({ ...m }));
          fewer[fewer.length - 1].count! -= 1;
          const short = whatIfOfSummary(summary, fewer);
          expect(
            reached(o.target === "profit" ? short.profitChange : short.revenueChange, o.change)
          ).toBe(false);
        } else {
          expect(answer.status).toBe("notReachableByMoves");
          expect(reached(answer.achievedChange, o.change)).toBe(false);
          for (const m of answer.moves) expect(m.count).toBe(t.counts[m.from]);
        }
      }),
      { numRuns: 500 }
    );
  });

  test("monotone: a larger target never needs fewer moves", () => {
    fc.assert(
      fc.property(tiers, options, fc.double({ min: 0, max: 3, noNaN: true }), (t, o, more) => {
        const summary = summaryOf(t.counts, t.revenue, t.profit);
        const small = goalSeek(summary, o);
        const large = goalSeek(summary, { ...o, change: o.change + more });
        expect(large.movedCustomers).toBeGreaterThanOrEqual(small.movedCustomers);
      }),
      { numRuns: 500 }
    );
  });
});
