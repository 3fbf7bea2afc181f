// Σ log L of BG/NBD over the reduced customers (bgNbdData.ts gives the form it sums), and on request
// its gradient in log-parameters (∂/∂log r, ∂/∂log α, ∂/∂log a, ∂/∂log b), in the same pass, for the
// gradient polish of the fit (bfgs.ts). For a whole number x the digammas the derivatives of
// log Γ(r+x) − log Γ(r) and the like need are finite sums: ψ(r+x) − ψ(r) = Σ_{j<x} 1/(r+j).
// Both are tested against the plain per-customer definition and finite differences
// (test/engine/clvModels/fastLikelihood.test.ts).

import type { BgNbdParams } from "./bgNbd";
import type { BgNbdData } from "./bgNbdData";
import { logGamma } from "./specialFunctions";

// Math's functions bound once: a global lookup per call is slow in Jest's sandbox (a Node vm context).
const { exp, log, log1p } = Math;

/** Σ over frequencies of count × head(x), head(x) = log[B(a, b+x)/B(a, b) · Γ(r+x) α^r / Γ(r)]. */
function headTerms({ r, alpha, a, b }: BgNbdParams, d: BgNbdData, g: number[] | null): number {
  const lgR = logGamma(r);
  const lgAB = logGamma(a + b);
  const lgB = logGamma(b);
  const logAlpha = log(alpha);
  let sum = 0;
  let [dr, da, db] = [0, 0, 0];
  let [sumR, sumB, sumAB] = [0, 0, 0]; // Σ_{j<x} 1/(r+j), 1/(b+j), 1/(a+b+j)
  for (let x = 0; x <= d.maxX; x++) {
    const c = d.countByX[x];
    if (c > 0) {
      sum += c * (logGamma(r + x) - lgR + logGamma(b + x) - logGamma(a + b + x) + lgAB - lgB);
      dr += c * sumR;
      da -= c * sumAB;
      db += c * (sumB - sumAB);
    }
    if (g) ((sumR += 1 / (r + x)), (sumB += 1 / (b + x)), (sumAB += 1 / (a + b + x)));
  }
  sum += d.customers * r * logAlpha;
  if (g) {
    g[0] += dr + d.customers * logAlpha;
    g[1] += (d.customers * r) / alpha;
    g[2] += da;
    g[3] += db;
  }
  return sum;
}

/** −Σ over customers of (r+x)·log(α+T), by distinct age. */
function ageTerms(
  r: number,
  logTime: Float64Array,
  inverse: Float64Array,
  d: BgNbdData,
  g: number[] | null
) {
  let sum = 0;
  let [dr, dAlpha] = [0, 0];
  for (let t = 0; t < logTime.length; t++) {
    const weight = r * d.ageCount[t] + d.ageFrequency[t];
    if (weight === 0) continue;
    sum -= weight * logTime[t];
    if (g) ((dr -= d.ageCount[t] * logTime[t]), (dAlpha -= weight * inverse[t]));
  }
  if (g) ((g[0] += dr), (g[1] += dAlpha));
  return sum;
}

/** Σ over repeat buyers of softplus(e), e = log(a/(b+x−1)) + (r+x)·(log(α+T) − log(α+t_x)). */
function dropoutTerms(
  { r, a, b }: BgNbdParams,
  logTime: Float64Array,
  inverse: Float64Array,
  d: BgNbdData,
  g: number[] | null
): number {
  const dropout = new Float64Array(d.maxX + 1);
  for (let x = 1; x <= d.maxX; x++) dropout[x] = log(a) - log(b + x - 1);
  const weightByX = g ? new Float64Array(d.maxX + 1) : dropout; // Σ of ∂softplus/∂e per x
  const { x: X, ageAt, recencyAt } = d;
  let sum = 0;
  let [dr, dAlpha] = [0, 0];
  for (let k = 0; k < X.length; k++) {
    const x = X[k];
    const gap = logTime[ageAt[k]] - logTime[recencyAt[k]];
    const e = dropout[x] + (r + x) * gap;
    const small = exp(e > 0 ? -e : e);
    sum += e > 0 ? e + log1p(small) : log1p(small);
    if (!g) continue;
    const s = e > 0 ? 1 / (1 + small) : small / (1 + small); // the logistic function of e
    dr += s * gap;
    dAlpha += s * (r + x) * (inverse[ageAt[k]] - inverse[recencyAt[k]]);
    weightByX[x] += s;
  }
  if (g) {
    let [da, db] = [0, 0];
    for (let x = 1; x <= d.maxX; x++) ((da += weightByX[x]), (db -= weightByX[x] / (b + x - 1)));
    g[0] += dr;
    g[1] += dAlpha;
    g[2] += da / a;
    g[3] += db;
  }
  return sum;
}

/**
 * Σ log L over the reduced customers; when `gradient` is given (length 4) it is set to the gradient
 * in log-parameters.
 */
export function preparedLogLikelihood(
  params: BgNbdParams,
  d: BgNbdData,
  gradient: number[] | null = null
): number {
  const { alpha } = params;
  const logTime = new Float64Array(d.times.length);
  const inverse = new Float64Array(gradient ? d.times.length : 0);
  for (let t = 0; t < logTime.length; t++) logTime[t] = log(alpha + d.times[t]);
  if (gradient) for (let t = 0; t < logTime.length; t++) inverse[t] = 1 / (alpha + d.times[t]);
  const g = gradient ? [0, 0, 0, 0] : null;
  const sum =
    headTerms(params, d, g) +
    ageTerms(params.r, logTime, inverse, d, g) +
    dropoutTerms(params, logTime, inverse, d, g);
  if (gradient && g) {
    gradient[0] = g[0] * params.r;
    gradient[1] = g[1] * alpha;
    gradient[2] = g[2] * params.a;
    gradient[3] = g[3] * params.b;
  }
  return sum;
}
