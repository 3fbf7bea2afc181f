// Independent transcriptions of the papers' equations for the tests: the Beta mixing integrals are done
// numerically (tanh-sinh quadrature), Γ(r+x)/Γ(r) as the product r(r+1)…(r+x−1), and log Γ by
// Stirling's series. Nothing here calls the engine's formulas.

/** log Γ(x), x > 0, by recurrence up to x ≥ 15 and Stirling's series. */
export function stirlingLogGamma(x: number): number {
  let shift = 0;
  while (x < 15) ((shift -= Math.log(x)), x++);
  const x2 = x * x;
  return (
    shift +
    (x - 0.5) * Math.log(x) -
    x +
    0.5 * Math.log(2 * Math.PI) +
    1 / (12 * x) -
    1 / (360 * x * x2) +
    1 / (1260 * x2 * x2 * x) -
    1 / (1680 * x2 * x2 * x2 * x)
  );
}

/**
 * E[h(p)] for p ~ Beta(a, b), numerically: the trapezoid rule after the tanh-sinh substitution
 * p = 1 / (1 + e^(−π sinh s)), which takes the density's endpoint singularities away (normalised by
 * the same rule's ∫ 1, so B(a, b) is never computed).
 */
export function betaExpectation(a: number, b: number, h: (p: number) => number): number {
  let num = 0;
  let den = 0;
  for (let s = -6; s <= 6; s += 0.005) {
    const e = Math.PI * Math.sinh(s);
    const p = 1 / (1 + Math.exp(-e));
    const q = 1 / (1 + Math.exp(e));
    // density · dp/ds = p^(a−1) (1−p)^(b−1) · p (1−p) π cosh s
    const w = Math.exp(a * Math.log(p) + b * Math.log(q)) * Math.cosh(s);
    num += w * h(p);
    den += w;
  }
  return num / den;
}

const risingRatio = (r: number, x: number): number => {
  let v = 1;
  for (let k = 0; k < x; k++) v *= r + k;
  return v;
};

type Bg = { r: number; alpha: number; a: number; b: number };

/** The λ-integral of λ^x e^(−λ s) against Gamma(r, α): Γ(r+x) α^r / (Γ(r) (α+s)^(r+x)). */
const lambdaPart = ({ r, alpha }: Bg, x: number, s: number): number =>
  risingRatio(r, x) * Math.pow(alpha / (alpha + s), r) * Math.pow(alpha + s, -x);

/** FHL 2005 equation 6, with the p-integral done numerically. */
export function likelihoodOracle(bg: Bg, x: number, tx: number, T: number): number {
  return betaExpectation(bg.a, bg.b, (p) => {
    const alive = Math.pow(1 - p, x) * lambdaPart(bg, x, T);
    const dead = x > 0 ? p * Math.pow(1 - p, x - 1) * lambdaPart(bg, x, tx) : 0;
    return alive + dead;
  });
}

/** P(alive at T + t | x, t_x, T): the customer is alive at T and survives t more (e^(−λpt)). */
export function aliveAheadOracle(bg: Bg, x: number, tx: number, T: number, t: number): number {
  const joint = betaExpectation(
    bg.a,
    bg.b,
    (p) => Math.pow(1 - p, x) * lambdaPart(bg, x, T + p * t)
  );
  return joint / likelihoodOracle(bg, x, tx, T);
}

/** E[Y(t) | x, t_x, T]: alive at T with (λ, p), a customer makes (1 − e^(−λpt))/p purchases in t. */
export function expectedOracle(bg: Bg, x: number, tx: number, T: number, t: number): number {
  const joint = betaExpectation(
    bg.a,
    bg.b,
    (p) =>
      Math.pow(1 - p, x) *
      (p < 1e-9
        ? (lambdaPart(bg, x, T) * (bg.r + x) * t) / (bg.alpha + T) // the limit p → 0
        : (lambdaPart(bg, x, T) - lambdaPart(bg, x, T + p * t)) / p)
  );
  return joint / likelihoodOracle(bg, x, tx, T);
}

/** Gamma-Gamma: the density of m_x given x as the ν-integral of Gamma(px, νx) against Gamma(q, γ). */
export function spendDensityOracle(
  g: { p: number; q: number; v: number },
  x: number,
  m: number
): number {
  const [gx, gq] = [stirlingLogGamma(g.p * x), stirlingLogGamma(g.q)];
  const logGammaDensity = (z: number, shape: number, rate: number, logGammaShape: number) =>
    shape * Math.log(rate) + (shape - 1) * Math.log(z) - rate * z - logGammaShape;
  const top = 30 * Math.max(g.q / g.v, (g.q + g.p * x) / (g.v + x * m));
  const steps = 4000;
  let sum = 0;
  for (let k = 1; k <= steps; k++) {
    const w = k === steps ? 1 : k % 2 === 1 ? 4 : 2;
    const nu = (k / steps) * top;
    sum +=
      w * Math.exp(logGammaDensity(m, g.p * x, nu * x, gx) + logGammaDensity(nu, g.q, g.v, gq));
  }
  return (sum * (top / steps)) / 3;
}
