// The grouped scores (customerScores.ts, scoreBgNbd) against the per-customer definitions: P(alive),
// P(alive) ahead and expected purchases from the public one-customer functions, the model CLV as the
// plain discounted sum over the periods. Ages on a daily grid so that many customers share a group.
import {
  customerModelClv,
  expectedPurchases,
  modelClv,
  probabilityAlive,
  probabilityAliveAhead,
  scoreBgNbd,
} from "../../../src/engine/clvModels";
import { frequencyAgeGroups } from "../../../src/engine/clvModels/customerGroups";
import { distinctIndex } from "../../../src/engine/clvModels/distinctIndex";
import { simulate } from "./simulate";

const sim = simulate(
  4000,
  { r: 0.24, alpha: 4.4, a: 0.79, b: 2.4 },
  { p: 6.25, q: 3.74, v: 15.44 },
  { seed: 8, tMin: 26, tMax: 78 }
);
const day = (t: number) => Math.round(t * 7) / 7; // weeks from whole days
const T = sim.T.map(day);
const recency = sim.recency.map((t, i) =>
  Math.min(T[i], sim.frequency[i] > 0 ? Math.max(day(t), 1 / 7) : 0)
);
const summary = {
  frequency: sim.frequency,
  recency,
  T,
  monetary: sim.monetary,
  total: sim.monetary.map((m, i) => m * (sim.frequency[i] + 1) + 10),
  hasPurchase: Uint8Array.from(T, (_, i) => (i % 50 === 3 ? 0 : 1)), // a few with no purchase
};
const close = (u: number, v: number) => Math.abs(u - v) <= 1e-12 * (1 + Math.abs(v));

test("the customers fall into far fewer (frequency, age) groups, each one pair", () => {
  const groups = frequencyAgeGroups(summary.frequency, summary.T);
  expect(groups.x.length).toBeLessThan(summary.T.length / 2);
  const wrong = Array.from(groups.at).filter(
    (g, i) => groups.x[g] !== summary.frequency[i] || groups.T[g] !== summary.T[i]
  );
  expect(wrong).toEqual([]);
  // Not whole numbers (never from a summary): the pairs are hashed instead, with the same grouping.
  const odd = frequencyAgeGroups([0.5, 1, 0.5, 1, 0.5], [2, 2, 2, 3, 3]);
  expect(Array.from(odd.at)).toEqual([0, 1, 0, 2, 3]);
  expect([Array.from(odd.x), Array.from(odd.T)]).toEqual([
    [0.5, 1, 1, 0.5],
    [2, 2, 3, 3],
  ]);
});

test("modelClv's scores are the one-customer functions', its CLV the plain sum", () => {
  const o = { horizon: 12, periodLength: 52 / 12, discountRate: 0.01, margin: 0.3 };
  const result = modelClv(summary, o);
  expect(result.usedModel).toBe(true);
  const [bg, gg] = [result.bgNbd!, result.gammaGamma!];
  const bad: number[] = [];
  for (let i = 0; i < T.length; i++) {
    const [x, tx, age] = [summary.frequency[i], recency[i], T[i]];
    if (!summary.hasPurchase[i]) {
      if (result.pAlive![i] !== 0 || result.expectedPurchases![i] !== 0) bad.push(i);
      continue;
    }
    const clv = customerModelClv(bg, gg, { x, tx, T: age, monetary: summary.monetary[i] }, o);
    const t = o.horizon * o.periodLength;
    const ok =
      result.pAlive![i] === probabilityAlive(bg, x, tx, age) &&
      result.pAliveAhead![i] === probabilityAliveAhead(bg, x, tx, age, t) &&
      result.expectedPurchases![i] === expectedPurchases(bg, x, tx, age, t) &&
      close(result.clv[i], clv);
    if (!ok) bad.push(i);
  }
  expect(bad).toEqual([]);
});

test.each([0, 39])("scoreBgNbd is the one-customer functions' (t = %p)", (t) => {
  const p = { r: 0.3, alpha: 5, a: 0.7, b: 2.6 };
  const s = scoreBgNbd(p, summary.frequency, recency, T, t);
  const bad = Array.from(T).filter((age, i) => {
    const [x, tx] = [summary.frequency[i], recency[i]];
    return !(
      s.pAlive[i] === probabilityAlive(p, x, tx, age) &&
      s.pAliveAhead[i] === probabilityAliveAhead(p, x, tx, age, t) &&
      s.expected[i] === expectedPurchases(p, x, tx, age, t)
    );
  });
  expect(bad).toEqual([]);
});

test("expected purchases are never below 0, even at a tiny horizon (rounding)", () => {
  const p = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
  for (const t of [4.440892098500627e-16, 1e-15, 1e-12, 1e-9])
    for (const [x, tx, T] of [
      [2, 0.005, 0.5],
      [0, 0, 0.5],
      [7, 30, 38.86],
    ])
      expect(expectedPurchases(p, x, tx, T, t)).toBeGreaterThanOrEqual(0);
  expect(expectedPurchases(p, 2, 1, 2, 1e7)).toBeNaN(); // beyond the series: NaN, for the fall-back
});

test("distinctIndex: first-seen order, 0 and −0 one value, each NaN its own", () => {
  const { at, values } = distinctIndex([3, 1.5, 3, -0, 0], [1.5, NaN, NaN, 1e300]);
  expect(Array.from(values).slice(0, 3)).toEqual([3, 1.5, 0]);
  expect(Array.from(at)).toEqual([0, 1, 0, 2, 2, 1, 3, 4, 5]);
  expect(values[5]).toBe(1e300);
  const many = Float64Array.from({ length: 50000 }, (_, i) => (i * 7919) % 1013);
  const big = distinctIndex(many);
  expect(big.values.length).toBe(1013);
  expect(Array.from(big.at).every((k, i) => big.values[k] === many[i])).toBe(true);
});
