// BG/NBD and Gamma-Gamma formulas against the papers' equations transcribed independently (oracle.ts:
// the mixing integrals done numerically), at several points of data and parameters.
import {
  bgNbdLogLikelihood,
  expectedAverageValue,
  expectedPurchases,
  gammaGammaLogLikelihood,
  probabilityAlive,
  probabilityAliveAhead,
} from "../../../src/engine/clvModels";
import {
  aliveAheadOracle,
  betaExpectation,
  expectedOracle,
  likelihoodOracle,
  spendDensityOracle,
} from "./oracle";

const PARAMS = [
  { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, // CDNOW (FHL 2005, table 1)
  { r: 1.5, alpha: 2, a: 2.5, b: 8 },
  { r: 0.05, alpha: 30, a: 0.2, b: 1.2 },
];
const DATA: [number, number, number][] = [
  [0, 0, 38.86], // one-time buyer
  [2, 30.43, 38.86], // the paper's customer 1516 ... (x, t_x, T)
  [1, 1.71, 38.86],
  [7, 35.29, 38.86],
  [25, 10, 70], // many purchases long ago
  [3, 60, 60], // bought at the very end
];
const cases = PARAMS.flatMap((p) => DATA.map((d) => [p, ...d] as const));

describe.each(cases)("at %o, x = %p, t_x = %p, T = %p", (params, x, tx, T) => {
  test("the log-likelihood (equation 6)", () => {
    const ll = bgNbdLogLikelihood(params, [x], [tx], [T]);
    expect(ll).toBeCloseTo(Math.log(likelihoodOracle(params, x, tx, T)), 5);
  });
  test("P(alive): the alive term's share of the likelihood", () => {
    const oracle = aliveAheadOracle(params, x, tx, T, 0);
    expect(probabilityAlive(params, x, tx, T)).toBeCloseTo(oracle, 6);
  });
  test.each([4, 39, 200])("P(alive) %p periods ahead", (t) => {
    const oracle = aliveAheadOracle(params, x, tx, T, t);
    expect(probabilityAliveAhead(params, x, tx, T, t)).toBeCloseTo(oracle, 6);
  });
  test.each([1, 39, 78])("expected purchases in the next %p (equation 10)", (t) => {
    const oracle = expectedOracle(params, x, tx, T, t);
    expect(Math.abs(expectedPurchases(params, x, tx, T, t) - oracle)).toBeLessThan(
      1e-5 * (1 + oracle)
    );
  });
});

test("the sum over customers is the sum of each customer's log-likelihood", () => {
  const p = PARAMS[0];
  const whole = bgNbdLogLikelihood(
    p,
    DATA.map((d) => d[0]),
    DATA.map((d) => d[1]),
    DATA.map((d) => d[2])
  );
  const parts = DATA.reduce((s, [x, tx, T]) => s + bgNbdLogLikelihood(p, [x], [tx], [T]), 0);
  expect(whole).toBeCloseTo(parts, 9);
});

test("the oracle's Beta integral is right on a known mean", () => {
  expect(betaExpectation(0.793, 2.426, (p) => p)).toBeCloseTo(0.793 / (0.793 + 2.426), 6);
});

describe("Gamma-Gamma", () => {
  const SPEND = [
    { p: 6.25, q: 3.74, v: 15.44 }, // CDNOW (Fader & Hardie 2013 note)
    { p: 2, q: 5, v: 100 },
  ];
  const POINTS: [number, number][] = [
    [1, 35],
    [3, 12.5],
    [10, 80],
  ];
  const spendCases = SPEND.flatMap((g) => POINTS.map((d) => [g, ...d] as const));
  test.each(spendCases)("the log-likelihood at %o, x = %p, m = %p", (g, x, m) => {
    const ll = gammaGammaLogLikelihood(g, [x], [m]);
    expect(ll).toBeCloseTo(Math.log(spendDensityOracle(g, x, m)), 5);
  });
  test("one-time buyers are left out of the likelihood", () => {
    const g = SPEND[0];
    expect(gammaGammaLogLikelihood(g, [0, 3], [0, 12.5])).toBe(
      gammaGammaLogLikelihood(g, [3], [12.5])
    );
  });
  test("the expected value weighs the population mean against the customer's own", () => {
    const g = SPEND[0];
    const population = (g.p * g.v) / (g.q - 1);
    const weight = (g.p * 3) / (g.p * 3 + g.q - 1);
    expect(expectedAverageValue(g, 3, 12.5)).toBeCloseTo(
      (1 - weight) * population + weight * 12.5,
      10
    );
    expect(expectedAverageValue(g, 0, 0)).toBeCloseTo(population, 10);
    expect(expectedAverageValue({ ...g, q: 0.9 }, 3, 12.5)).toBeNaN();
  });
});
