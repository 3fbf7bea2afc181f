// Parameter recovery from seeded simulations (simulate.ts). The tolerance comes from the sample size:
// the standard errors are the square roots of the inverse observed information (the numerical Hessian
// of the log-likelihood in log-parameters at the estimate), and every estimate must lie within 4 of
// them of the truth (a miss by chance has probability below 1e-4 per parameter). The standard errors
// must also be small enough (≤ 0.25 in log-parameters, about ±25%) for the check to mean something.
import {
  bgNbdLogLikelihood,
  fitBgNbd,
  fitGammaGamma,
  gammaGammaLogLikelihood,
} from "../../../src/engine/clvModels";
import { simulate } from "./simulate";

/** Standard errors of the log-parameters from the Hessian of `ll` at `at` (central differences). */
function standardErrors(ll: (v: number[]) => number, at: number[]): number[] {
  const n = at.length;
  const h = 1e-3;
  const shifted = (i: number, di: number, j: number, dj: number) =>
    ll(at.map((v, k) => v + (k === i ? di : 0) + (k === j ? dj : 0)));
  const H = at.map((_, i) =>
    at.map(
      (_, j) =>
        (shifted(i, h, j, h) -
          shifted(i, h, j, -h) -
          shifted(i, -h, j, h) +
          shifted(i, -h, j, -h)) /
        (4 * h * h)
    )
  );
  return invert(H.map((row) => row.map((v) => -v))).map((row, i) => Math.sqrt(row[i]));
  function invert(m: number[][]): number[][] {
    const a = m.map((row, i) => [...row, ...row.map((_, j) => (i === j ? 1 : 0))]);
    for (let c = 0; c < n; c++) {
      const pivot = a.reduce(
        (best, row, r) => (r >= c && Math.abs(row[c]) > Math.abs(a[best][c]) ? r : best),
        c
      );
      [a[c], a[pivot]] = [a[pivot], a[c]];
      const d = a[c][c];
      a[c] = a[c].map((v) => v / d);
      for (let r = 0; r < n; r++) if (r !== c) a[r] = a[r].map((v, k) => v - a[r][c] * a[c][k]);
    }
    return a.map((row) => row.slice(n));
  }
}

const BG_SETS = [
  {
    name: "CDNOW-like",
    bg: { r: 0.24, alpha: 4.4, a: 0.79, b: 2.4 },
    gg: { p: 6.25, q: 3.74, v: 15.44 },
  },
  { name: "frequent, loyal", bg: { r: 1.5, alpha: 2, a: 2.5, b: 8 }, gg: { p: 2, q: 5, v: 100 } },
];

describe.each(BG_SETS)("$name", ({ bg, gg }) => {
  const data = simulate(10000, bg, gg, { seed: 7, tMin: 26, tMax: 78 });
  const { frequency, recency, T, monetary } = data;

  test("BG/NBD: the estimates within 4 standard errors, the likelihood at least the truth's", () => {
    const fit = fitBgNbd(frequency, recency, T);
    expect(fit.converged).toBe(true);
    const ll = (v: number[]) =>
      bgNbdLogLikelihood(
        { r: Math.exp(v[0]), alpha: Math.exp(v[1]), a: Math.exp(v[2]), b: Math.exp(v[3]) },
        frequency,
        recency,
        T
      );
    const estimate = [fit.r, fit.alpha, fit.a, fit.b].map(Math.log);
    const truth = [bg.r, bg.alpha, bg.a, bg.b].map(Math.log);
    const se = standardErrors(ll, estimate);
    se.forEach((s, i) => {
      expect(s).toBeLessThan(0.25);
      expect(Math.abs(estimate[i] - truth[i])).toBeLessThan(4 * s);
    });
    expect(fit.logLikelihood).toBeGreaterThanOrEqual(bgNbdLogLikelihood(bg, frequency, recency, T));
    expect(fit.logLikelihood).toBeCloseTo(ll(estimate), 6);
  });

  test("Gamma-Gamma: the same on the repeat customers", () => {
    const fit = fitGammaGamma(frequency, monetary);
    expect(fit.converged).toBe(true);
    expect(fit.customers).toBe(frequency.filter((x) => x > 0).length);
    const ll = (v: number[]) =>
      gammaGammaLogLikelihood(
        { p: Math.exp(v[0]), q: Math.exp(v[1]), v: Math.exp(v[2]) },
        frequency,
        monetary
      );
    const estimate = [fit.p, fit.q, fit.v].map(Math.log);
    const truth = [gg.p, gg.q, gg.v].map(Math.log);
    const se = standardErrors(ll, estimate);
    se.forEach((s, i) => {
      expect(s).toBeLessThan(0.25);
      expect(Math.abs(estimate[i] - truth[i])).toBeLessThan(4 * s);
    });
    expect(fit.logLikelihood).toBeGreaterThanOrEqual(
      gammaGammaLogLikelihood(gg, frequency, monetary)
    );
  });
});
