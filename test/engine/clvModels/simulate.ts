// Seeded simulation of customers from known BG/NBD and Gamma-Gamma parameters, for the recovery tests
// and bench/clvModels.ts. Written from the models' stories, not from the engine's formulas.

/** mulberry32: a small seeded uniform generator on [0, 1). */
export function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function normal(u: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - u())) * Math.cos(2 * Math.PI * u());
}

/** Gamma(shape, rate) by Marsaglia & Tsang (with the shape < 1 boost). */
export function gamma(u: () => number, shape: number, rate: number): number {
  if (shape < 1) return gamma(u, shape + 1, rate) * Math.pow(1 - u(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const z = normal(u);
    const v = Math.pow(1 + c * z, 3);
    if (v <= 0) continue;
    if (Math.log(1 - u()) < 0.5 * z * z + d - d * v + d * Math.log(v)) return (d * v) / rate;
  }
}

const beta = (u: () => number, a: number, b: number): number => {
  const x = gamma(u, a, 1);
  return x / (x + gamma(u, b, 1));
};

export interface Simulated {
  frequency: Float64Array;
  recency: Float64Array;
  T: Float64Array;
  monetary: Float64Array;
}

/**
 * n customers, each first buying at time 0 and observed for T ~ uniform(tMin, tMax). While alive they
 * buy at rate λ ~ Gamma(r, α); after each repeat purchase they drop out with probability p ~ Beta(a, b).
 * Each repeat purchase is worth Gamma(p_s, ν) with ν ~ Gamma(q, γ) per customer.
 */
export function simulate(
  n: number,
  bg: { r: number; alpha: number; a: number; b: number },
  gg: { p: number; q: number; v: number },
  options: { seed: number; tMin: number; tMax: number }
): Simulated {
  const u = seeded(options.seed);
  const out: Simulated = {
    frequency: new Float64Array(n),
    recency: new Float64Array(n),
    T: new Float64Array(n),
    monetary: new Float64Array(n),
  };
  for (let i = 0; i < n; i++) {
    const T = options.tMin + (options.tMax - options.tMin) * u();
    const lambda = gamma(u, bg.r, bg.alpha);
    const p = beta(u, bg.a, bg.b);
    const nu = gamma(u, gg.q, gg.v);
    let t = 0;
    let x = 0;
    let tx = 0;
    let spend = 0;
    for (;;) {
      t += -Math.log(1 - u()) / lambda;
      if (t > T) break;
      x++;
      tx = t;
      spend += gamma(u, gg.p, nu);
      if (u() < p) break;
    }
    out.frequency[i] = x;
    out.recency[i] = tx;
    out.T[i] = T;
    out.monetary[i] = x > 0 ? spend / x : 0;
  }
  return out;
}
