// Special functions the BG/NBD and Gamma-Gamma models need: log Γ, digamma and the Gauss
// hypergeometric 2F1.

// Lanczos approximation (g = 7, n = 9), accurate to about 15 significant digits for x > 0.

// Math's functions bound once: a global lookup per call is slow in Jest's sandbox (a Node vm context).
const { abs, exp, log, log1p, pow, sin } = Math;
const NEGATIVE_INFINITY = -Infinity;
const isFiniteNumber = Number.isFinite;
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
  -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
  1.5056327351493116e-7,
];
const HALF_LOG_TWO_PI = 0.5 * log(2 * Math.PI);

/** log Γ(x) for x > 0 (NaN for x ≤ 0: the models never need it there). */
export function logGamma(x: number): number {
  if (!(x > 0)) return NaN;
  if (x < 0.5) return log(Math.PI / sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let sum = LANCZOS[0];
  for (let i = 1; i < 9; i++) sum += LANCZOS[i] / (z + i);
  const t = z + 7.5;
  return HALF_LOG_TWO_PI + (z + 0.5) * log(t) - t + log(sum);
}

/**
 * ψ(x) = d/dx log Γ(x) for x > 0: the recurrence ψ(x) = ψ(x+1) − 1/x up to x ≥ 10, then the asymptotic
 * series log x − 1/(2x) − Σ B₂ₖ/(2k x²ᵏ) to x⁻¹⁰ (Abramowitz & Stegun 6.3.18), accurate to about 1e-13.
 */
export function digamma(x: number): number {
  if (!(x > 0)) return NaN;
  let shift = 0;
  while (x < 10) ((shift -= 1 / x), x++);
  const w = 1 / (x * x);
  const tail = w * (1 / 12 - w * (1 / 120 - w * (1 / 252 - w * (1 / 240 - w / 132))));
  return shift + log(x) - 0.5 / x - tail;
}

/** log B(a, b). */
export function logBeta(a: number, b: number): number {
  return logGamma(a) + logGamma(b) - logGamma(a + b);
}

/** log(e^u + e^v) without overflow. */
export function logAddExp(u: number, v: number): number {
  const m = u > v ? u : v;
  if (m === NEGATIVE_INFINITY) return NEGATIVE_INFINITY;
  return m + log1p(exp(-abs(u - v)));
}

const MAX_TERMS = 20000;

/**
 * Gauss hypergeometric 2F1(a, b; c; z) for 0 ≤ z < 1 by its power series (c > 0), and for z < 0 by
 * Pfaff's transformation 2F1(a, b; c; z) = (1 − z)^(−b) · 2F1(c − a, b; c; z / (z − 1)), whose argument
 * lies in [0, 1). The series converges geometrically with ratio z, so it needs about 35 / −ln z terms;
 * NaN at once when that is over 20,000 (z above about 0.998: a horizon hundreds of times the customer's
 * age) or when it has not converged by then, so a caller can fall back.
 */
export function hyp2f1(a: number, b: number, c: number, z: number): number {
  if (z < 0) return pow(1 - z, -b) * hyp2f1(c - a, b, c, z / (z - 1));
  if (!(z < 1) || !(c > 0) || 35 > -log(z) * MAX_TERMS) return NaN;
  let term = 1;
  let sum = 1;
  for (let n = 0; n < MAX_TERMS; n++) {
    term *= (((a + n) * (b + n)) / ((c + n) * (n + 1))) * z;
    sum += term;
    if (abs(term) <= 1e-15 * abs(sum)) return sum;
    if (!isFiniteNumber(sum)) return NaN;
  }
  return NaN;
}
