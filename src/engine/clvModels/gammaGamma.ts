// Gamma-Gamma spend model (Fader, Hardie & Lee 2005, "RFM and CLV"; Fader & Hardie 2013 note): a
// customer's purchase values are Gamma(p, ν) with ν ~ Gamma(q, γ) across customers (γ is `v` here).
// For a customer with x repeat purchases of average value m_x the log-likelihood is
//   log Γ(px+q) − log Γ(px) − log Γ(q) + q log γ + (px−1) log m_x + px log x − (px+q) log(γ + x m_x),
// and the expected average purchase value is (p (γ + x m_x)) / (px + q − 1), defined when q > 1.
// Only repeat customers (x > 0, m_x > 0) enter the fit.

import { logGamma } from "./specialFunctions";
import { minimiseWarm, type Take } from "./warmStart";

// Math's functions bound once: a global lookup per call is slow in Jest's sandbox (a Node vm context).
const { abs, exp, log, max } = Math;

export interface GammaGammaParams {
  p: number;
  q: number;
  v: number;
}

export interface GammaGammaFit extends GammaGammaParams {
  logLikelihood: number;
  converged: boolean;
  /** Repeat customers the fit used. */
  customers: number;
}

const isRepeat = (x: number, m: number): boolean => x > 0 && m > 0 && Number.isFinite(m);

/** The repeat customers' data, reduced once so each likelihood evaluation is one log per customer. */
interface Prepared {
  x: Float64Array;
  xm: Float64Array;
  /** Repeat customers per frequency (index = x). */
  countByX: Float64Array;
  customers: number;
  /** Σ x log m and Σ log m. */
  sumXLogM: number;
  sumLogM: number;
}

function prepare(frequency: ArrayLike<number>, monetary: ArrayLike<number>): Prepared {
  const keep: number[] = [];
  let maxX = 0;
  for (let i = 0; i < frequency.length; i++)
    if (isRepeat(frequency[i], monetary[i])) (keep.push(i), (maxX = max(maxX, frequency[i])));
  const out: Prepared = {
    x: new Float64Array(keep.length),
    xm: new Float64Array(keep.length),
    countByX: new Float64Array(maxX + 1),
    customers: keep.length,
    sumXLogM: 0,
    sumLogM: 0,
  };
  keep.forEach((i, k) => {
    const x = frequency[i];
    out.x[k] = x;
    out.xm[k] = x * monetary[i];
    out.countByX[x]++;
    out.sumXLogM += x * log(monetary[i]);
    out.sumLogM += log(monetary[i]);
  });
  return out;
}

function preparedLogLikelihood({ p, q, v }: GammaGammaParams, d: Prepared): number {
  let sum = d.customers * (q * log(v) - logGamma(q)) + p * d.sumXLogM - d.sumLogM;
  for (let x = 1; x < d.countByX.length; x++) {
    const c = d.countByX[x];
    if (c > 0) sum += c * (logGamma(p * x + q) - logGamma(p * x) + p * x * log(x));
  }
  for (let k = 0; k < d.customers; k++) sum -= (p * d.x[k] + q) * log(v + d.xm[k]);
  return sum;
}

/** Σ log-likelihood over the repeat customers. */
export function gammaGammaLogLikelihood(
  params: GammaGammaParams,
  frequency: ArrayLike<number>,
  monetary: ArrayLike<number>
): number {
  return preparedLogLikelihood(params, prepare(frequency, monetary));
}

const toParams = (u: number[]): GammaGammaParams => ({
  p: exp(u[0]),
  q: exp(u[1]),
  v: exp(u[2]),
});

/** Maximum-likelihood Gamma-Gamma parameters from the repeat customers. */
export function fitGammaGamma(
  frequency: ArrayLike<number>,
  monetary: ArrayLike<number>
): GammaGammaFit {
  const data = prepare(frequency, monetary);
  const customers = data.customers;
  let meanSpend = 0;
  for (let k = 0; k < customers; k++) meanSpend += data.xm[k] / data.x[k] / customers;
  if (!(meanSpend > 0)) meanSpend = 1;
  // Start: p = 1, q = 2, and γ so that the prior mean value pγ/(q−1) is the observed mean.
  const start = [0, log(2), log(meanSpend)];
  const objectiveOf = (take: Take | null) => {
    const x = take ? take(data.x) : null;
    const d =
      take && x
        ? prepare(
            x,
            take(data.xm).map((xm, k) => xm / x[k])
          )
        : data;
    return (u: number[]): number =>
      u.some((w) => abs(w) > 40) ? Infinity : -preparedLogLikelihood(toParams(u), d);
  };
  const result = minimiseWarm(customers, objectiveOf, start);
  return {
    ...toParams(result.x),
    logLikelihood: -result.value,
    converged: result.converged && customers > 0,
    customers,
  };
}

/** Expected average purchase value of a customer (the population mean pγ/(q−1) for x = 0); NaN if q ≤ 1. */
export function expectedAverageValue({ p, q, v }: GammaGammaParams, x: number, m: number): number {
  if (!(q > 1)) return NaN;
  if (!isRepeat(x, m)) return (p * v) / (q - 1);
  return (p * (v + x * m)) / (p * x + q - 1);
}
