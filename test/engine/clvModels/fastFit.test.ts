// The fast fit on a large base against the plain one: BFGS on known functions, and fitBgNbd /
// fitGammaGamma on more than 20,000 customers (the subsample-then-BFGS path of warmStart.ts) against
// plain Nelder–Mead on every customer from the same start, run to a tight tolerance.
import { fitBgNbd, fitGammaGamma } from "../../../src/engine/clvModels";
import { bfgs, type WithGradient } from "../../../src/engine/clvModels/bfgs";
import { prepareBgNbd } from "../../../src/engine/clvModels/bgNbdData";
import { preparedLogLikelihood } from "../../../src/engine/clvModels/bgNbdLikelihood";
import { prepareGammaGamma, preparedGammaGamma } from "../../../src/engine/clvModels/gammaGamma";
import { nelderMead } from "../../../src/engine/clvModels/nelderMead";
import { minimiseWarm, type Take } from "../../../src/engine/clvModels/warmStart";
import { simulate } from "./simulate";

const rosenbrock: WithGradient = ([x, y], g) => {
  g[0] = -400 * x * (y - x * x) - 2 * (1 - x);
  g[1] = 200 * (y - x * x);
  return 100 * (y - x * x) ** 2 + (1 - x) ** 2;
};

describe("bfgs", () => {
  test("Rosenbrock's valley: the minimum (1, 1)", () => {
    const result = bfgs(rosenbrock, [-1.2, 1]);
    expect(result.converged).toBe(true);
    expect(result.x[0]).toBeCloseTo(1, 6);
    expect(result.x[1]).toBeCloseTo(1, 6);
  });
  test("a badly scaled quadratic; from its exact inverse Hessian, one Newton step", () => {
    const scale = [1, 1e4, 0.01, 50];
    const centre = [3, -2, 0.5, 10];
    const f: WithGradient = (x, g) => {
      x.forEach((v, i) => (g[i] = 2 * scale[i] * (v - centre[i])));
      return x.reduce((s, v, i) => s + scale[i] * (v - centre[i]) ** 2, 0);
    };
    // It stops on f (a predicted further decrease below 1e-9 by default): ask for more here.
    const cold = bfgs(f, [0, 0, 0, 0], { decreaseTolerance: 1e-16 });
    expect(cold.converged).toBe(true);
    cold.x.forEach((v, i) => expect(v).toBeCloseTo(centre[i], 5));
    expect(bfgs(f, [0, 0, 0, 0]).value).toBeLessThan(1e-8);
    const H = scale.map((s, i) => scale.map((_, j) => (i === j ? 1 / (2 * s) : 0)));
    const warm = bfgs(f, [0, 0, 0, 0], { inverseHessian: H });
    expect(warm.evaluations).toBeLessThanOrEqual(3);
    warm.x.forEach((v, i) => expect(v).toBeCloseTo(centre[i], 9));
  });
  test("steps back from where f is not finite", () => {
    const f: WithGradient = ([x], g) => {
      g[0] = 2 * (x - 2);
      return x < 0 ? NaN : (x - 2) ** 2;
    };
    const result = bfgs(f, [5], { firstStep: 100 });
    expect(result.converged).toBe(true);
    expect(result.x[0]).toBeCloseTo(2, 6);
  });
  test("a minimum under rounding noise: converged there, not failed", () => {
    let k = 0;
    const noisy: WithGradient = ([x], g) => {
      g[0] = 2e6 * (x - 2);
      return 1e6 * (x - 2) ** 2 + 1e6 + 1e-7 * Math.sin(k++ * 12.9898); // noise ~1e-13 of f
    };
    const result = bfgs(noisy, [5], { decreaseTolerance: 0, stepTolerance: 0 });
    expect(result.converged).toBe(true);
    expect(result.x[0]).toBeCloseTo(2, 6);
  });
  test("a gradient that does not descend: not converged", () => {
    const wrong: WithGradient = ([x], g) => ((g[0] = -2 * (x - 2)), (x - 2) ** 2);
    expect(bfgs(wrong, [5]).converged).toBe(false);
  });
});

test("minimiseWarm falls back to Nelder–Mead when BFGS cannot descend", () => {
  const t = Float64Array.from({ length: 5000 }, (_, i) => (i % 97) / 97);
  const y = t.map((v, i) => 2 + 3 * v + Math.sin(i));
  const objectiveOf = (take: Take | null) => {
    const [tt, yy] = take ? [take(t), take(y)] : [t, y];
    return ([c, d]: number[]) => tt.reduce((s, v, i) => s + (yy[i] - c - d * v) ** 2, 0);
  };
  const wrongGradient = (take: Take | null) => {
    const f = objectiveOf(take);
    return (x: number[], g: number[]) => ((g[0] = 1), (g[1] = -1), f(x));
  };
  const plain = minimiseWarm(t.length, objectiveOf, [0, 0], { sample: t.length });
  const warm = minimiseWarm(t.length, objectiveOf, [0, 0], {
    sample: 500,
    gradientOf: wrongGradient,
  });
  expect(warm.converged).toBe(true);
  warm.x.forEach((v, i) => expect(v).toBeCloseTo(plain.x[i], 4));
});

describe("on 30,000 customers: the fast fit is the plain one", () => {
  const bg = { r: 0.24, alpha: 4.4, a: 0.79, b: 2.4 };
  const gg = { p: 6.25, q: 3.74, v: 15.44 };
  const { frequency, recency, T, monetary } = simulate(30000, bg, gg, {
    seed: 11,
    tMin: 26,
    tMax: 78,
  });
  test("BG/NBD", () => {
    const fit = fitBgNbd(frequency, recency, T);
    expect(fit.converged).toBe(true);
    expect(fit.evaluations).toBeLessThan(100); // Nelder–Mead needs 600 and more
    const data = prepareBgNbd(frequency, recency, T);
    const f = (v: number[]) => {
      const [r, alpha, a, b] = v.map(Math.exp);
      return -preparedLogLikelihood({ r, alpha, a, b }, data);
    };
    const meanT = T.reduce((s, t) => s + t, 0) / T.length;
    const plain = nelderMead(f, [0, Math.log(meanT), 0, 0], { step: 1, tolerance: 1e-10 });
    expect(plain.converged).toBe(true);
    expect(fit.logLikelihood).toBeGreaterThanOrEqual(-plain.value - 1e-6);
    [fit.r, fit.alpha, fit.a, fit.b].forEach((v, i) =>
      expect(Math.log(v)).toBeCloseTo(plain.x[i], 4)
    );
  });
  test("Gamma-Gamma", () => {
    const fit = fitGammaGamma(frequency, monetary);
    expect(fit.converged).toBe(true);
    const data = prepareGammaGamma(frequency, monetary);
    const f = (u: number[]) => {
      const [p, q, v] = u.map(Math.exp);
      return -preparedGammaGamma({ p, q, v }, data);
    };
    const plain = nelderMead(f, [0, Math.log(2), Math.log(30)], { step: 1, tolerance: 1e-10 });
    expect(plain.converged).toBe(true);
    expect(fit.logLikelihood).toBeGreaterThanOrEqual(-plain.value - 1e-6);
    [fit.p, fit.q, fit.v].forEach((v, i) => expect(Math.log(v)).toBeCloseTo(plain.x[i], 4));
  });
});
