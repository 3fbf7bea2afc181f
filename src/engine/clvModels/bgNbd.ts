// BG/NBD (Fader, Hardie & Lee 2005, "Counting your customers the easy way"): while alive, a customer
// buys as a Poisson process with rate λ ~ Gamma(r, α); after each purchase they drop out with
// probability p ~ Beta(a, b). The log-likelihood of one customer (x, t_x, T), the paper's equation 6:
//   L = B(a, b+x)/B(a, b) · Γ(r+x) α^r / (Γ(r) (α+T)^(r+x))
//     + [x > 0] · B(a+1, b+x−1)/B(a, b) · Γ(r+x) α^r / (Γ(r) (α+t_x)^(r+x)).
// The fit maximises Σ log L (bgNbdLikelihood.ts) on log-parameters: Nelder–Mead (nelderMead.ts), and on a
// large base a BFGS polish with the analytic gradient (warmStart.ts).

import { minimiseWarm, type Take } from "./warmStart";
import { prepareBgNbd, type BgNbdData } from "./bgNbdData";
import { preparedLogLikelihood } from "./bgNbdLikelihood";

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

/** Σ log L over customers (frequencies must be whole numbers ≥ 0, 0 ≤ t_x ≤ T). */
export function bgNbdLogLikelihood(
  params: BgNbdParams,
  frequency: ArrayLike<number>,
  recency: ArrayLike<number>,
  T: ArrayLike<number>
): number {
  return preparedLogLikelihood(params, prepareBgNbd(frequency, recency, T));
}

/** Log-parameters beyond ±30 are treated as +∞: the likelihood ran off to a limit (modelClv.ts warns). */
const outOfRange = (v: number[]): boolean => v.some((u) => abs(u) > 30);

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
  const all = prepareBgNbd(frequency, recency, T);
  let sample: { take: Take; data: BgNbdData } | null = null;
  const dataOf = (take: Take | null): BgNbdData => {
    if (!take) return all;
    if (sample?.take !== take)
      sample = { take, data: prepareBgNbd(take(frequency), take(recency), take(T)) };
    return sample.data;
  };
  const objectiveOf = (take: Take | null) => {
    const data = dataOf(take);
    return (v: number[]): number =>
      outOfRange(v) ? Infinity : -preparedLogLikelihood(toParams(v), data);
  };
  const gradientOf = (take: Take | null) => {
    const data = dataOf(take);
    return (v: number[], gradient: number[]): number => {
      if (outOfRange(v)) return Infinity;
      const value = -preparedLogLikelihood(toParams(v), data, gradient);
      for (let j = 0; j < 4; j++) gradient[j] = -gradient[j];
      return value;
    };
  };
  const result = minimiseWarm(n, objectiveOf, start, { gradientOf });
  return {
    ...toParams(result.x),
    logLikelihood: -result.value,
    converged: result.converged,
    evaluations: result.evaluations,
  };
}
