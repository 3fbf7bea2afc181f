// The numerical pieces on functions with known answers: log Γ, 2F1 and the Nelder–Mead minimiser.
import { nelderMead } from "../../../src/engine/clvModels/nelderMead";
import { minimiseWarm, type Take } from "../../../src/engine/clvModels/warmStart";
import {
  hyp2f1,
  logAddExp,
  logBeta,
  logGamma,
} from "../../../src/engine/clvModels/specialFunctions";

describe("logGamma", () => {
  test.each([
    [1, 0],
    [2, 0],
    [5, Math.log(24)],
    [0.5, 0.5 * Math.log(Math.PI)],
    [1.5, Math.log(Math.sqrt(Math.PI) / 2)],
    [0.1, Math.log(9.513507698668732)],
    [171, Math.log(7.257415615307994e306)],
  ])("log Γ(%p)", (x, expected) => {
    expect(logGamma(x)).toBeCloseTo(expected, 10);
  });
  test("the recurrence Γ(x+1) = x Γ(x), and Beta", () => {
    for (const x of [0.03, 0.7, 3.3, 42.5, 1e4])
      expect(logGamma(x + 1) - logGamma(x)).toBeCloseTo(Math.log(x), 9);
    expect(logBeta(2, 3)).toBeCloseTo(Math.log(1 / 12), 12);
    expect(logGamma(0)).toBeNaN();
  });
  test("logAddExp", () => {
    expect(logAddExp(Math.log(2), Math.log(3))).toBeCloseTo(Math.log(5), 14);
    expect(logAddExp(-1000, -1000)).toBeCloseTo(-1000 + Math.log(2), 10);
    expect(logAddExp(-Infinity, -Infinity)).toBe(-Infinity);
  });
});

describe("hyp2f1", () => {
  test.each([0, 0.1, 0.5, 0.9, 0.99])("2F1(1, 1; 2; z) = −ln(1−z)/z at z = %p", (z) => {
    const expected = z === 0 ? 1 : -Math.log(1 - z) / z;
    expect(hyp2f1(1, 1, 2, z)).toBeCloseTo(expected, 10);
  });
  test.each([-0.5, -3, -100])("negative z by Pfaff: 2F1(1, 1; 2; z) = ln(1−z)/(−z) at %p", (z) => {
    expect(hyp2f1(1, 1, 2, z) / (Math.log(1 - z) / -z)).toBeCloseTo(1, 10);
  });
  test("2F1(a, b; b; z) = (1−z)^(−a)", () => {
    expect(hyp2f1(2.7, 1.3, 1.3, 0.4)).toBeCloseTo(Math.pow(0.6, -2.7), 10);
    expect(hyp2f1(0.24, 3.1, 3.1, -2)).toBeCloseTo(Math.pow(3, -0.24), 12);
  });
  test("NaN outside the series' reach, so callers can fall back", () => {
    expect(hyp2f1(1, 1, 2, 1)).toBeNaN();
    expect(hyp2f1(1, 1, 2, 1 - 1e-9)).toBeNaN();
  });
});

describe("nelderMead", () => {
  test("Rosenbrock's valley: the minimum (1, 1)", () => {
    const f = ([x, y]: number[]) => 100 * (y - x * x) ** 2 + (1 - x) ** 2;
    const result = nelderMead(f, [-1.2, 1], { tolerance: 1e-12 });
    expect(result.converged).toBe(true);
    expect(result.x[0]).toBeCloseTo(1, 5);
    expect(result.x[1]).toBeCloseTo(1, 5);
  });
  test("a shifted, badly scaled quadratic in 4 dimensions", () => {
    const centre = [3, -2, 0.5, 10];
    const scale = [1, 100, 0.01, 5];
    const f = (x: number[]) => x.reduce((s, v, i) => s + scale[i] * (v - centre[i]) ** 2, 0);
    const result = nelderMead(f, [0, 0, 0, 0], { tolerance: 1e-12, maxEvaluations: 10000 });
    result.x.forEach((v, i) => expect(v).toBeCloseTo(centre[i], 4));
  });
  test("points where f is not finite are treated as +∞, never chosen", () => {
    const f = ([x]: number[]) => (x < 0 ? NaN : (x - 2) ** 2);
    const result = nelderMead(f, [5]);
    expect(result.x[0]).toBeCloseTo(2, 5);
  });
  test("out of evaluations: converged is false", () => {
    const f = ([x, y]: number[]) => 100 * (y - x * x) ** 2 + (1 - x) ** 2;
    expect(nelderMead(f, [-1.2, 1], { maxEvaluations: 20, restarts: 0 }).converged).toBe(false);
  });
});

describe("minimiseWarm", () => {
  // A per-customer objective: Σ (y_i − c − d·t_i)², minimised at the least-squares line.
  const t = Float64Array.from({ length: 5000 }, (_, i) => (i % 97) / 97);
  const y = t.map((v, i) => 2 + 3 * v + Math.sin(i));
  const objectiveOf = (take: Take | null) => {
    const [tt, yy] = take ? [take(t), take(y)] : [t, y];
    return ([c, d]: number[]) => tt.reduce((s, v, i) => s + (yy[i] - c - d * v) ** 2, 0);
  };
  test("the subsample's optimum, polished on every customer, is the full data's", () => {
    const cold = minimiseWarm(t.length, objectiveOf, [0, 0], { sample: t.length });
    const warm = minimiseWarm(t.length, objectiveOf, [0, 0], { sample: 500 });
    expect(warm.converged).toBe(true);
    expect(warm.x[0]).toBeCloseTo(cold.x[0], 4);
    expect(warm.x[1]).toBeCloseTo(cold.x[1], 4);
    expect(warm.value).toBeLessThanOrEqual(cold.value + 1e-6);
  });
});
