/* CRM.CLV: simple customer lifetime value, the engine's clv: m·r/(1+d−r) for an infinite horizon,
   Σ_{t=1..T} m·(r/(1+d))^t for T periods. Rates are fractions: 0.8, not 80. */
import { clv } from "../engine";
import { fractionArg, isMissing, numberArg } from "./args";
import { numError } from "./errors";

/** Longest horizon accepted: the finite sum is a loop, and a worksheet function must stay quick. */
export const MAX_PERIODS = 1_000_000;

export function computeClv(
  margin: unknown,
  retention: unknown,
  discount: unknown,
  periods: unknown
): number {
  const m = numberArg(margin, "margin");
  const r = fractionArg(retention, "retention");
  const d = numberArg(discount, "discount");
  if (d > 1) throw numError(`discount is a fraction (write 0.1 or 10%, not 10); got ${d}.`);
  if (d <= -1) throw numError(`discount must be more than -1; got ${d}.`);
  let t: number | undefined;
  if (!isMissing(periods)) {
    t = numberArg(periods, "periods");
    if (t < 0 || !Number.isInteger(t) || t > MAX_PERIODS) {
      throw numError(`periods must be a whole number from 0 to ${MAX_PERIODS}; got ${t}.`);
    }
  }
  const value = clv(m, r, d, t);
  if (value === null && (t !== undefined || r < 1 + d)) {
    throw numError(
      `The lifetime value is too large to represent (margin ${m}, retention ${r}, discount ${d}).`
    );
  }
  if (value === null) {
    throw numError(
      `With retention ${r} and discount ${d} the infinite sum does not converge (retention must be below 1 + discount); give periods.`
    );
  }
  return value;
}
