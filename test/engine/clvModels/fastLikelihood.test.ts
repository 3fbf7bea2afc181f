// The fast likelihoods (grouped sums, analytic gradients) against the plain definition: BG/NBD's
// equation 6 written out per customer here in log space (log Γ by the oracle's Stirling series), the
// same data grouped or not, and the gradients against central finite differences, at random points.
import { bgNbdLogLikelihood, gammaGammaLogLikelihood } from "../../../src/engine/clvModels";
import { prepareBgNbd } from "../../../src/engine/clvModels/bgNbdData";
import { preparedLogLikelihood } from "../../../src/engine/clvModels/bgNbdLikelihood";
import { prepareGammaGamma, preparedGammaGamma } from "../../../src/engine/clvModels/gammaGamma";
import { digamma, logGamma } from "../../../src/engine/clvModels/specialFunctions";
import { stirlingLogGamma as lg } from "./oracle";
import { seeded } from "./simulate";

type Bg = { r: number; alpha: number; a: number; b: number };

/** Equation 6 for one customer, as log(A + B) with A the alive term and B the dropout term. */
function plainLogLikelihood({ r, alpha, a, b }: Bg, x: number, tx: number, T: number): number {
  const common = lg(r + x) - lg(r) + r * Math.log(alpha) - lg(a) - lg(b) + lg(a + b);
  const alive = lg(a) + lg(b + x) - lg(a + b + x) - (r + x) * Math.log(alpha + T);
  if (x === 0) return common + alive;
  const dead = lg(a + 1) + lg(b + x - 1) - lg(a + b + x) - (r + x) * Math.log(alpha + tx);
  const m = Math.max(alive, dead);
  return common + m + Math.log(Math.exp(alive - m) + Math.exp(dead - m));
}

/** Random customers: whole-number frequencies, times on a weekly grid (shared) or continuous. */
function customers(seed: number, n: number, grid: boolean) {
  const u = seeded(seed);
  const time = (t: number) => (grid ? Math.round(t * 7) / 7 : t);
  const out = { x: [] as number[], tx: [] as number[], T: [] as number[] };
  for (let i = 0; i < n; i++) {
    const T = time(1 + 100 * u());
    const x = u() < 0.4 ? 0 : 1 + Math.floor(30 * u() * u());
    out.x.push(x);
    out.tx.push(x === 0 ? 0 : Math.max(1 / 7, time(T * u())));
    out.T.push(T);
  }
  return out;
}

const logUniform = (u: () => number, lo: number, hi: number) =>
  Math.exp(Math.log(lo) + (Math.log(hi) - Math.log(lo)) * u());
const u = seeded(99);
const POINTS: Bg[] = Array.from({ length: 8 }, () => ({
  r: logUniform(u, 0.05, 5),
  alpha: logUniform(u, 0.5, 50),
  a: logUniform(u, 0.05, 5),
  b: logUniform(u, 0.2, 20),
}));

describe.each([true, false])("BG/NBD, times on a grid: %p", (grid) => {
  const c = customers(grid ? 1 : 2, 400, grid);
  const data = prepareBgNbd(c.x, c.tx, c.T);
  test.each(POINTS)("the grouped sum is the plain sum at %o", (p) => {
    const plain = c.x.reduce((s, x, i) => s + plainLogLikelihood(p, x, c.tx[i], c.T[i]), 0);
    expect(Math.abs(preparedLogLikelihood(p, data) - plain)).toBeLessThan(1e-12 * Math.abs(plain));
  });
  test.each(POINTS)("the gradient is the finite differences' at %o", (p) => {
    const gradient = [0, 0, 0, 0];
    const value = preparedLogLikelihood(p, data, gradient);
    expect(value).toBe(preparedLogLikelihood(p, data));
    const keys = ["r", "alpha", "a", "b"] as const;
    keys.forEach((key, j) => {
      const h = 1e-5;
      const at = (d: number) => preparedLogLikelihood({ ...p, [key]: p[key] * Math.exp(d) }, data);
      const numeric = (at(h) - at(-h)) / (2 * h);
      expect(Math.abs(gradient[j] - numeric)).toBeLessThan(1e-5 * (1 + Math.abs(numeric)));
    });
  });
});

test("grouped equals ungrouped: shuffled and repeated customers, and one customer at a time", () => {
  const c = customers(3, 300, true);
  const p = POINTS[0];
  const whole = bgNbdLogLikelihood(p, c.x, c.tx, c.T);
  const one = c.x.reduce((s, x, i) => s + bgNbdLogLikelihood(p, [x], [c.tx[i]], [c.T[i]]), 0);
  expect(whole).toBeCloseTo(one, 8);
  const order = c.x.map((_, i) => i).sort((i, j) => ((i * 7919) % 300) - ((j * 7919) % 300));
  const thrice = [...order, ...order, ...order];
  const pick = (col: number[]) => thrice.map((i) => col[i]);
  const repeated = bgNbdLogLikelihood(p, pick(c.x), pick(c.tx), pick(c.T));
  expect(repeated / 3).toBeCloseTo(whole, 8);
});

describe("Gamma-Gamma", () => {
  const g = seeded(5);
  const frequency = Array.from({ length: 300 }, () => (g() < 0.3 ? 0 : 1 + Math.floor(20 * g())));
  const monetary = frequency.map((x) => (x > 0 ? 5 + 200 * g() * g() : 0));
  const data = prepareGammaGamma(frequency, monetary);
  const SPEND = [
    { p: 6.25, q: 3.74, v: 15.44 },
    { p: 0.3, q: 1.2, v: 900 },
    { p: 40, q: 12, v: 2 },
  ];
  test.each(SPEND)("the grouped sum is the sum of each customer's at %o", (params) => {
    const one = frequency.reduce(
      (s, x, i) => s + gammaGammaLogLikelihood(params, [x], [monetary[i]]),
      0
    );
    expect(preparedGammaGamma(params, data)).toBeCloseTo(one, 7);
  });
  test.each(SPEND)("the gradient is the finite differences' at %o", (params) => {
    const gradient = [0, 0, 0];
    const value = preparedGammaGamma(params, data, gradient);
    expect(value).toBe(preparedGammaGamma(params, data));
    (["p", "q", "v"] as const).forEach((key, j) => {
      const h = 1e-5;
      const at = (d: number) =>
        preparedGammaGamma({ ...params, [key]: params[key] * Math.exp(d) }, data);
      const numeric = (at(h) - at(-h)) / (2 * h);
      expect(Math.abs(gradient[j] - numeric)).toBeLessThan(1e-5 * (1 + Math.abs(numeric)));
    });
  });
});

describe("digamma", () => {
  test.each([
    [1, -0.5772156649015329],
    [0.5, -0.5772156649015329 - 2 * Math.log(2)],
    [10, 2.251752589066721],
    [0.001, -1000.5755719318103],
  ])("ψ(%p)", (x, expected) => {
    expect(digamma(x)).toBeCloseTo(expected, 11);
  });
  test("the derivative of log Γ, and ψ(x+1) = ψ(x) + 1/x", () => {
    for (const x of [0.07, 0.9, 3.3, 42.5, 1e4]) {
      const h = 1e-5 * x;
      const numeric = (logGamma(x + h) - logGamma(x - h)) / (2 * h);
      expect(Math.abs(digamma(x) - numeric)).toBeLessThan(1e-6 * (1 + Math.abs(numeric)));
      expect(digamma(x + 1) - digamma(x)).toBeCloseTo(1 / x, 10);
    }
    expect(digamma(0)).toBeNaN();
  });
});
