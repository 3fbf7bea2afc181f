// BG/NBD (Fader, Hardie & Lee 2005, "Counting your customers the easy way"): while alive, a customer
// buys as a Poisson process with rate λ ~ Gamma(r, α); after each purchase they drop out with
// probability p ~ Beta(a, b). The log-likelihood of one customer (x, t_x, T), the paper's equation 6:
//   L = B(a, b+x)/B(a, b) · Γ(r+x) α^r / (Γ(r) (α+T)^(r+x))
//     + [x > 0] · B(a+1, b+x−1)/B(a, b) · Γ(r+x) α^r / (Γ(r) (α+t_x)^(r+x)).
// The fit maximises Σ log L on log-parameters with Nelder–Mead (nelderMead.ts).

import { logAddExp, logGamma } from "./specialFunctions";
import { minimiseWarm, type Take } from "./warmStart";
import { prepareBgNbd, type BgNbdData } from "./bgNbdData";

// Math's functions bound once: a global lookup per call is slow in Jest's sandbox (a Node vm context).
const { abs, exp, log, max } = Math;

export interface BgNbdParams {
  r: number;
  alpha: number;
  a: number;
  b: number;
}

export interface BgNbdFit extends BgNbdParams {
  logLikelihood: number;
  converged: boolean;
  evaluations: number;
}

/** The log-likelihood terms that depend only on the frequency x, for x = 0 .. maxX. */
function byFrequency(maxX: number, { r, alpha, a, b }: BgNbdParams) {
  const head = new Float64Array(maxX + 1);
  const dropout = new Float64Array(maxX + 1);
  const base = -logGamma(r) + r * log(alpha) + logGamma(a + b) - logGamma(b);
  for (let x = 0; x <= maxX; x++) {
    head[x] = base + logGamma(r + x) + logGamma(b + x) - logGamma(a + b + x);
    dropout[x] = x > 0 ? log(a) - log(b + x - 1) : -Infinity;
  }
  return { head, dropout };
}

/** Σ log L over the reduced customers (bgNbdData.ts). */
export function preparedLogLikelihood(params: BgNbdParams, d: BgNbdData): number {
  const { head, dropout } = byFrequency(d.maxX, params);
  const logTime = d.times.map((t) => log(params.alpha + t));
  let sum = 0;
  for (let k = 0; k < d.zeroAt.length; k++)
    sum += d.zeroCount[k] * (head[0] - params.r * logTime[d.zeroAt[k]]);
  for (let k = 0; k < d.x.length; k++) {
    const x = d.x[k];
    const rx = params.r + x;
    const alive = -rx * logTime[d.ageAt[k]];
    sum += head[x] + logAddExp(alive, dropout[x] - rx * logTime[d.recencyAt[k]]);
  }
  return sum;
}

/** Σ log L over customers (frequencies must be whole numbers ≥ 0, 0 ≤ t_x ≤ T). */
export function bgNbdLogLikelihood(
  params: BgNbdParams,
  frequency: ArrayLike<number>,
  recency: ArrayLike<number>,
  T: ArrayLike<number>
): number {
  return preparedLogLikelihood(params, prepareBgNbd(frequency, recency, T));
}

const toParams = (v: number[]): BgNbdParams => ({
  r: exp(v[0]),
  alpha: exp(v[1]),
  a: exp(v[2]),
  b: exp(v[3]),
});

/**
 * Maximum-likelihood BG/NBD parameters. `converged` is false when the optimiser ran out of steps.
 * A large customer base is first fitted on a subsample (warmStart.ts).
 */
export function fitBgNbd(
  frequency: ArrayLike<number>,
  recency: ArrayLike<number>,
  T: ArrayLike<number>
): BgNbdFit {
  const n = frequency.length;
  let meanT = 0;
  for (let i = 0; i < n; i++) meanT += T[i] / n;
  // Start: r = 1, α = the mean age (a rate of about one purchase per period observed), a = b = 1.
  const start = [0, log(max(meanT, 1e-3)), 0, 0];
  const objectiveOf = (take: Take | null) => {
    const data = take
      ? prepareBgNbd(take(frequency), take(recency), take(T))
      : prepareBgNbd(frequency, recency, T);
    return (v: number[]): number =>
      v.some((u) => abs(u) > 30) ? Infinity : -preparedLogLikelihood(toParams(v), data);
  };
  const result = minimiseWarm(n, objectiveOf, start);
  return {
    ...toParams(result.x),
    logLikelihood: -result.value,
    converged: result.converged,
    evaluations: result.evaluations,
  };
}
