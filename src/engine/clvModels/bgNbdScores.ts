// Per-customer BG/NBD scores (Fader, Hardie & Lee 2005 and their 2008 note on P(alive)).
//   P(alive | x, t_x, T) = 1 / (1 + [x > 0] · a/(b+x−1) · ((α+T)/(α+t_x))^(r+x))
//   E[Y(t) | x, t_x, T]  = (a+b+x−1)/(a−1) · [1 − ((α+T)/(α+T+t))^(r+x) · 2F1(r+x, b+x; a+b+x−1; t/(α+T+t))]
//                          / (1 + [x > 0] · a/(b+x−1) · ((α+T)/(α+t_x))^(r+x))        (equation 10)
//   P(alive at T+t | x, t_x, T) = P(alive | x, t_x, T) · 2F1(r+x, a; a+b+x; −t/(α+T))
// The last follows from the model: alive at T with (λ, p), the customer survives the next t periods
// with probability e^(−λ p t) (each purchase is followed by a dropout with probability p); integrating
// over the posterior of (λ, p) gives the hypergeometric factor.

import type { BgNbdParams } from "./bgNbd";
import { frequencyAgeGroups } from "./customerGroups";
import { hyp2f1 } from "./specialFunctions";

// Math's functions bound once: a global lookup per call is slow in Jest's sandbox (a Node vm context).
const { exp, log, max } = Math;

/** a/(b+x−1) · ((α+T)/(α+t_x))^(r+x), the odds of having dropped out after the last purchase. */
export function deadOdds(
  { r, alpha, a, b }: BgNbdParams,
  x: number,
  tx: number,
  T: number
): number {
  if (x === 0) return 0;
  return exp(log(a) - log(b + x - 1) + (r + x) * log((alpha + T) / (alpha + tx)));
}

/** Probability the customer is still alive at the end of the observation period. */
export function probabilityAlive(params: BgNbdParams, x: number, tx: number, T: number): number {
  return 1 / (1 + deadOdds(params, x, tx, T));
}

/** P(alive at T+t | alive at T): depends on x and T only (1 for t ≤ 0). */
export function survival({ r, alpha, a, b }: BgNbdParams, x: number, T: number, t: number): number {
  return t > 0 ? hyp2f1(r + x, a, a + b + x, -t / (alpha + T)) : 1;
}

/** Probability the customer is still alive `t` periods after the end of the observation period. */
export function probabilityAliveAhead(
  params: BgNbdParams,
  x: number,
  tx: number,
  T: number,
  t: number
): number {
  return probabilityAlive(params, x, tx, T) * survival(params, x, T, t);
}

/** Expected purchases in the next `t` (> 0) of a customer alive at T: equation 10's numerator, which
 *  depends on x and T only (the customers' recency enters through P(alive) alone). */
export function purchasesIfAlive(
  { r, alpha, a, b }: BgNbdParams,
  x: number,
  T: number,
  t: number
): number {
  const z = t / (alpha + T + t);
  const decay = exp((r + x) * log((alpha + T) / (alpha + T + t)));
  const f = hyp2f1(r + x, b + x, a + b + x - 1, z);
  // At a tiny t, 1 − decay·f cancels to rounding noise of either sign (−3.5e-15 at t = 4e-16): never
  // below 0. NaN passes through (max(0, NaN) is NaN), so a failed series still falls back.
  return max(0, ((a + b + x - 1) / (a - 1)) * (1 - decay * f));
}

/** Expected number of purchases in the next `t` periods. */
export function expectedPurchases(
  params: BgNbdParams,
  x: number,
  tx: number,
  T: number,
  t: number
): number {
  if (!(t > 0)) return 0;
  return purchasesIfAlive(params, x, T, t) / (1 + deadOdds(params, x, tx, T));
}

/** P(alive), P(alive t ahead) and expected purchases in the next t, for every customer; the terms that
 *  depend on (x, T) only are computed once per distinct pair (customerGroups.ts). */
export function scoreBgNbd(
  params: BgNbdParams,
  frequency: ArrayLike<number>,
  recency: ArrayLike<number>,
  T: ArrayLike<number>,
  t: number
): { pAlive: Float64Array; pAliveAhead: Float64Array; expected: Float64Array } {
  const n = frequency.length;
  const groups = frequencyAgeGroups(frequency, T);
  const survive = groups.x.map((x, g) => survival(params, x, groups.T[g], t));
  const ifAlive = groups.x.map((x, g) => (t > 0 ? purchasesIfAlive(params, x, groups.T[g], t) : 0));
  const out = {
    pAlive: new Float64Array(n),
    pAliveAhead: new Float64Array(n),
    expected: new Float64Array(n),
  };
  for (let i = 0; i < n; i++) {
    const g = groups.at[i];
    const odds = deadOdds(params, frequency[i], recency[i], T[i]);
    out.pAlive[i] = 1 / (1 + odds);
    out.pAliveAhead[i] = out.pAlive[i] * survive[g];
    out.expected[i] = ifAlive[g] / (1 + odds);
  }
  return out;
}
