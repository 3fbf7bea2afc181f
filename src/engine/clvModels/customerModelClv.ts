// The model CLV of one customer, by its definition: Σ_{k=1..H} (E[N(k·L)] − E[N((k−1)·L)]) · E[M] ·
// margin / (1 + d)^k — BG/NBD expected purchases per period of L time units, the Gamma-Gamma expected
// order value. modelClv's grouped fast path is tested against it; CRM.MODELCLV calls it.
import type { BgNbdParams } from "./bgNbd";
import { expectedPurchases } from "./bgNbdScores";
import { expectedAverageValue, type GammaGammaParams } from "./gammaGamma";

export interface CustomerClvTerms {
  horizon: number;
  periodLength: number;
  discountRate: number;
  margin: number;
}

export function customerModelClv(
  bg: BgNbdParams,
  gg: GammaGammaParams,
  customer: { x: number; tx: number; T: number; monetary: number },
  o: CustomerClvTerms
): number {
  const { x, tx, T } = customer;
  const value = expectedAverageValue(gg, x, customer.monetary) * o.margin;
  let clv = 0;
  let before = 0;
  for (let k = 1; k <= o.horizon; k++) {
    const upTo = expectedPurchases(bg, x, tx, T, k * o.periodLength);
    clv += ((upTo - before) * value) / Math.pow(1 + o.discountRate, k);
    before = upTo;
  }
  return clv;
}
