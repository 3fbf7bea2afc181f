// The per-customer summary, the model CLV's normal path, its guard rails and the edge cases: all
// one-time buyers, one customer, identical customers, huge T. Nothing may come out NaN.
import {
  customerSummary,
  expectedPurchases,
  fitBgNbd,
  modelClv,
  probabilityAlive,
  probabilityAliveAhead,
  type CustomerSummary,
  type ModelClvResult,
} from "../../../src/engine/clvModels";
import { simulate } from "./simulate";

const allFinite = (a: ArrayLike<number> | null) =>
  a === null || Array.from(a).every(Number.isFinite);
const noNaN = (r: ModelClvResult) =>
  [r.clv, r.pAlive, r.pAliveAhead, r.expectedPurchases].every(allFinite);

function summaryOf(x: number[], tx: number[], T: number[], m: number[]): CustomerSummary {
  return {
    frequency: Float64Array.from(x),
    recency: Float64Array.from(tx),
    T: Float64Array.from(T),
    monetary: Float64Array.from(m),
    total: Float64Array.from(m, (v, i) => v * (x[i] + 1)),
    hasPurchase: Uint8Array.from(x, () => 1),
  };
}

test("the summary: repeat purchases on distinct days, recency, age and repeat value, in weeks", () => {
  const rows = {
    customer: [0, 0, 0, 0, 1, 2, 2, 3],
    date: [100, 100.6, 114, 128, 120, 130, 130, 125],
    amount: [10, 5, 20, 40, 99, 7, -7, 0],
  };
  const s = customerSummary(rows, { unitDays: 7, observationEnd: 135, customers: 5 });
  expect(Array.from(s.frequency)).toEqual([2, 0, 0, 0, 0]); // two lines on day 100 are one purchase
  expect(Array.from(s.recency)).toEqual([4, 0, 0, 0, 0]);
  expect(Array.from(s.T)).toEqual([5, 15 / 7, 5 / 7, 0, 0]);
  expect(Array.from(s.monetary)).toEqual([30, 0, 0, 0, 0]);
  expect(Array.from(s.total)).toEqual([75, 99, 7, 0, 0]);
  expect(Array.from(s.hasPurchase)).toEqual([1, 1, 1, 0, 0]); // a return or a zero line is no purchase
});

describe("the model CLV on a simulated base", () => {
  const sim = simulate(
    3000,
    { r: 0.24, alpha: 4.4, a: 0.79, b: 2.4 },
    { p: 6.25, q: 3.74, v: 15.44 },
    {
      seed: 5,
      tMin: 26,
      tMax: 78,
    }
  );
  const s = {
    ...sim,
    total: sim.monetary.map((m, i) => m * (sim.frequency[i] + 1)),
    hasPurchase: sim.T.map(() => 1),
  };
  const options = { horizon: 12, periodLength: 52 / 12, discountRate: 0.01, margin: 0.3 };
  const result = modelClv({ ...s, hasPurchase: Uint8Array.from(s.hasPurchase) }, options);

  test("uses the models, with no warning, and every score in range", () => {
    expect(result.usedModel).toBe(true);
    expect(result.warnings).toEqual([]);
    expect(noNaN(result)).toBe(true);
    const outOfRange = Array.from(result.clv).filter((clv, i) => {
      const [alive, ahead] = [result.pAlive![i], result.pAliveAhead![i]];
      return !(
        alive <= 1 &&
        ahead >= 0 &&
        ahead <= alive + 1e-12 &&
        result.expectedPurchases![i] >= 0 &&
        clv >= 0
      );
    });
    expect(outOfRange).toEqual([]);
  });
  test("the CLV is linear in the margin and falls with the discount rate", () => {
    const h = { ...s, hasPurchase: Uint8Array.from(s.hasPurchase) };
    const doubled = modelClv(h, { ...options, margin: 0.6 });
    const discounted = modelClv(h, { ...options, discountRate: 0.05 });
    expect(doubled.clv[7] / result.clv[7]).toBeCloseTo(2, 6);
    expect(discounted.clv[7]).toBeLessThan(result.clv[7]);
  });
  test("a horizon beyond the series' reach: those customers fall back, with a warning", () => {
    const far = modelClv(
      { ...s, hasPurchase: Uint8Array.from(s.hasPurchase) },
      { ...options, periodLength: 1e7 }
    );
    expect(far.warnings.map((w) => w.code)).toContain("clvScoresFellBack");
    expect(noNaN(far)).toBe(true);
  });
});

describe("edge cases", () => {
  test("all one-time buyers: the simple CLV, a warning; the fit alone stays finite", () => {
    const s = summaryOf([0, 0, 0, 0], [0, 0, 0, 0], [10, 20, 30, 40], [0, 0, 0, 0]);
    s.total.set([50, 60, 70, 80]);
    const r = modelClv(s);
    expect(r.usedModel).toBe(false);
    expect(r.warnings).toEqual([
      { code: "clvFewRepeatCustomers", params: { repeatCustomers: 0, minimum: 20 } },
    ]);
    expect(noNaN(r)).toBe(true);
    expect(r.clv[0]).toBeGreaterThan(0);
    const fit = fitBgNbd(s.frequency, s.recency, s.T);
    expect([fit.r, fit.alpha, fit.a, fit.b, fit.logLikelihood].every(Number.isFinite)).toBe(true);
  });
  test("one customer", () => {
    const r = modelClv(summaryOf([3], [20], [40], [25]));
    expect(r.usedModel).toBe(false);
    expect(r.warnings[0].code).toBe("clvFewRepeatCustomers");
    expect(noNaN(r)).toBe(true);
    const fit = fitBgNbd([3], [20], [40]);
    expect([fit.r, fit.alpha, fit.a, fit.b, fit.logLikelihood].every(Number.isFinite)).toBe(true);
  });
  test("identical customers: a degenerate fit is caught, never NaN", () => {
    const n = 200;
    const r = modelClv(
      summaryOf(Array(n).fill(3), Array(n).fill(20), Array(n).fill(40), Array(n).fill(25))
    );
    expect(noNaN(r)).toBe(true);
    if (!r.usedModel) expect(r.warnings.map((w) => w.code)).toContain("clvDegenerateFit");
    expect(r.usedModel).toBe(false); // identical spend: Gamma-Gamma's q runs off to infinity
  });
  test.each([1e6, 1e12])("huge T (%p): scores stay finite and in range", (T) => {
    const p = { r: 0.24, alpha: 4.4, a: 0.79, b: 2.4 };
    for (const [x, tx] of [
      [0, 0],
      [5, 10],
      [5, T],
    ]) {
      const alive = probabilityAlive(p, x, tx, T);
      expect(alive).toBeGreaterThanOrEqual(0);
      expect(alive).toBeLessThanOrEqual(1);
      expect(Number.isFinite(probabilityAliveAhead(p, x, tx, T, 52))).toBe(true);
      expect(Number.isFinite(expectedPurchases(p, x, tx, T, 52))).toBe(true);
    }
  });
});
