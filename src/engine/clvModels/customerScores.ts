// The model's scores for every buyer, in one pass with the shared terms computed once. A customer's
// expected purchases up to t are P(alive) × purchasesIfAlive(x, T, t) (bgNbdScores.ts), so the model CLV
//   Σ_{k=1..H} (E[Y(k·L)] − E[Y((k−1)·L)]) · E[M] · margin / (1 + d)^k
// is P(alive) · E[M] · margin · W(x, T), with W = Σ_k (purchasesIfAlive(k·L) − purchasesIfAlive((k−1)·L))
// / (1 + d)^k once per (x, T) group (customerGroups.ts); likewise P(alive) H·L ahead is P(alive) ·
// survival(x, T). Per customer that leaves one P(alive) and one expected order value. On the bench this
// is 11,453 groups' series for 200,000 customers instead of 13 series per customer.

import type { BgNbdParams } from "./bgNbd";
import { deadOdds, purchasesIfAlive, survival } from "./bgNbdScores";
import { frequencyAgeGroups } from "./customerGroups";
import { expectedAverageValue, type GammaGammaParams } from "./gammaGamma";

// Math's functions bound once: a global lookup per call is slow in Jest's sandbox (a Node vm context).
const { pow } = Math;
const isFiniteNumber = Number.isFinite;

export interface Buyers {
  /** Index of each buyer among all the customers. */
  index: Int32Array;
  frequency: Float64Array;
  recency: Float64Array;
  T: Float64Array;
  monetary: Float64Array;
}

export interface ScoreOptions {
  horizon: number;
  periodLength: number;
  discountRate: number;
  margin: number;
}

export interface Scores {
  pAlive: Float64Array;
  pAliveAhead: Float64Array;
  expectedPurchases: Float64Array;
  /** The model CLV where every score was finite; left as it was elsewhere (modelClv.ts then puts the
   *  simple CLV there). */
  clv: Float64Array;
  /** Buyers whose scores were not finite (they keep the simple CLV and score 0). */
  fellBack: number;
}

/** Per (x, T) group: the discounted sum W, expected purchases over the horizon and survival, if alive. */
function groupTerms(bg: BgNbdParams, x: Float64Array, T: Float64Array, o: ScoreOptions) {
  const discount = Float64Array.from({ length: o.horizon + 1 }, (_, k) =>
    pow(1 + o.discountRate, k)
  );
  const weight = new Float64Array(x.length);
  const upToHorizon = new Float64Array(x.length);
  const survive = new Float64Array(x.length);
  for (let g = 0; g < x.length; g++) {
    let sum = 0;
    let before = 0;
    for (let k = 1; k <= o.horizon; k++) {
      const t = k * o.periodLength;
      const upTo = t > 0 ? purchasesIfAlive(bg, x[g], T[g], t) : 0;
      sum += (upTo - before) / discount[k];
      before = upTo;
    }
    weight[g] = sum;
    upToHorizon[g] = before;
    survive[g] = survival(bg, x[g], T[g], o.horizon * o.periodLength);
  }
  return { weight, upToHorizon, survive };
}

/** Score the buyers into arrays over all `customers`, writing each scored buyer's model CLV into `clv`. */
export function scoreCustomers(
  customers: number,
  b: Buyers,
  bg: BgNbdParams,
  gg: GammaGammaParams,
  o: ScoreOptions,
  clv: Float64Array
): Scores {
  const groups = frequencyAgeGroups(b.frequency, b.T);
  const { weight, upToHorizon, survive } = groupTerms(bg, groups.x, groups.T, o);
  const out: Scores = {
    pAlive: new Float64Array(customers),
    pAliveAhead: new Float64Array(customers),
    expectedPurchases: new Float64Array(customers),
    clv,
    fellBack: 0,
  };
  for (let k = 0; k < b.index.length; k++) {
    const x = b.frequency[k];
    const g = groups.at[k];
    const odds = 1 + deadOdds(bg, x, b.recency[k], b.T[k]);
    const value = expectedAverageValue(gg, x, b.monetary[k]) * o.margin;
    const alive = 1 / odds;
    const ahead = alive * survive[g];
    const expected = upToHorizon[g] / odds;
    const model = (weight[g] * value) / odds;
    const finite = isFiniteNumber(alive) && isFiniteNumber(ahead) && isFiniteNumber(expected);
    if (!(finite && isFiniteNumber(model))) {
      out.fellBack++;
      continue;
    }
    const i = b.index[k];
    out.pAlive[i] = alive;
    out.pAliveAhead[i] = ahead;
    out.expectedPurchases[i] = expected;
    clv[i] = model;
  }
  return out;
}
