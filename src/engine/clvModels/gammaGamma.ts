// Gamma-Gamma spend model (Fader, Hardie & Lee 2005, "RFM and CLV"; Fader & Hardie 2013 note): a
// customer's purchase values are Gamma(p, ν) with ν ~ Gamma(q, γ) across customers (γ is `v` here).
// For a customer with x repeat purchases of average value m_x the log-likelihood is
//   log Γ(px+q) − log Γ(px) − log Γ(q) + q log γ + (px−1) log m_x + px log x − (px+q) log(γ + x m_x),
// and the expected average purchase value is (p (γ + x m_x)) / (px + q − 1), defined when q > 1.
// Only repeat customers (x > 0, m_x > 0) enter the fit: Nelder–Mead on log-parameters, and on a large base
// BFGS with the analytic gradient (warmStart.ts; its digammas from specialFunctions.ts).

import { digamma, logGamma } from "./specialFunctions";
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
export interface GammaGammaData {
  x: Float64Array;
  xm: Float64Array;
  /** Repeat customers per frequency (index = x). */
  countByX: Float64Array;
  customers: number;
  /** Σ x log m and Σ log m. */
  sumXLogM: number;
  sumLogM: number;
}

export function prepareGammaGamma(
  frequency: ArrayLike<number>,
  monetary: ArrayLike<number>
): GammaGammaData {
  let customers = 0;
  let maxX = 0;
  for (let i = 0; i < frequency.length; i++)
    if (isRepeat(frequency[i], monetary[i])) (customers++, (maxX = max(maxX, frequency[i])));
  const out: GammaGammaData = {
    x: new Float64Array(customers),
    xm: new Float64Array(customers),
    countByX: new Float64Array(maxX + 1),
    customers,
    sumXLogM: 0,
    sumLogM: 0,
  };
  for (let i = 0, k = 0; i < frequency.length; i++) {
    const [x, m] = [frequency[i], monetary[i]];
    if (!isRepeat(x, m)) continue;
    out.x[k] = x;
    out.xm[k++] = x * m;
    out.countByX[x]++;
    const logM = log(m);
    out.sumXLogM += x * logM;
    out.sumLogM += logM;
  }
  return out;
}

/** Σ log-likelihood; when `gradient` is given (length 3) it is set to the gradient in log-parameters. */
export function preparedGammaGamma(
  { p, q, v }: GammaGammaParams,
  d: GammaGammaData,
  gradient: number[] | null = null
): number {
  let sum = d.customers * (q * log(v) - logGamma(q)) + p * d.sumXLogM - d.sumLogM;
  let dp = d.sumXLogM;
  let dq = gradient ? d.customers * (log(v) - digamma(q)) : 0;
  for (let x = 1; x < d.countByX.length; x++) {
    const c = d.countByX[x];
    if (!(c > 0)) continue;
    sum += c * (logGamma(p * x + q) - logGamma(p * x) + p * x * log(x));
    if (!gradient) continue;
    const top = digamma(p * x + q);
    dp += c * x * (top - digamma(p * x) + log(x));
    dq += c * top;
  }
  const { x: X, xm } = d;
  if (!gradient) {
    for (let k = 0; k < d.customers; k++) sum -= (p * X[k] + q) * log(v + xm[k]);
    return sum;
  }
  let dv = (d.customers * q) / v;
  for (let k = 0; k < d.customers; k++) {
    const w = p * X[k] + q;
    const l = log(v + xm[k]);
    sum -= w * l;
    dp -= X[k] * l;
    dq -= l;
    dv -= w / (v + xm[k]);
  }
  [gradient[0], gradient[1], gradient[2]] = [dp * p, dq * q, dv * v];
  return sum;
}

/** Σ log-likelihood over the repeat customers. */
export function gammaGammaLogLikelihood(
  params: GammaGammaParams,
  frequency: ArrayLike<number>,
  monetary: ArrayLike<number>
): number {
  return preparedGammaGamma(params, prepareGammaGamma(frequency, monetary));
}

/** Log-parameters beyond ±40 are treated as +∞: the likelihood ran off to a limit (modelClv.ts warns). */
const outOfRange = (u: number[]): boolean => u.some((w) => abs(w) > 40);

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
  const data = prepareGammaGamma(frequency, monetary);
  const customers = data.customers;
  let meanSpend = 0;
  for (let k = 0; k < customers; k++) meanSpend += data.xm[k] / data.x[k] / customers;
  if (!(meanSpend > 0)) meanSpend = 1;
  // Start: p = 1, q = 2, and γ so that the prior mean value pγ/(q−1) is the observed mean.
  const start = [0, log(2), log(meanSpend)];
  let sample: { take: Take; data: GammaGammaData } | null = null;
  const dataOf = (take: Take | null): GammaGammaData => {
    if (!take) return data;
    if (sample?.take !== take) {
      const x = take(data.x);
      sample = {
        take,
        data: prepareGammaGamma(
          x,
          take(data.xm).map((xm, k) => xm / x[k])
        ),
      };
    }
    return sample.data;
  };
  const objectiveOf = (take: Take | null) => {
    const d = dataOf(take);
    return (u: number[]): number =>
      outOfRange(u) ? Infinity : -preparedGammaGamma(toParams(u), d);
  };
  const gradientOf = (take: Take | null) => {
    const d = dataOf(take);
    return (u: number[], gradient: number[]): number => {
      if (outOfRange(u)) return Infinity;
      const value = -preparedGammaGamma(toParams(u), d, gradient);
      for (let j = 0; j < 3; j++) gradient[j] = -gradient[j];
      return value;
    };
  };
  const result = minimiseWarm(customers, objectiveOf, start, { gradientOf });
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
