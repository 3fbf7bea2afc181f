import type { CurvePoint, WhaleCurve } from "../types";
import { snapMoney } from "../snapMoney";
import { sortNumbers } from "../sort/sortNumbers";

/**
 * The whale curve: customers ranked by profit (most profitable first), cumulative profit as a share of total
 * profit. It rises above 1 when loss-making customers exist; the peak is its highest point. Needs a positive
 * total profit (otherwise no curve). Sampled at about `points` customer counts, always including the peak.
 */
export function whaleCurve(
  profit: ArrayLike<number>,
  include: (i: number) => boolean = () => true,
  points = 200
): WhaleCurve {
  let n = 0;
  for (let i = 0; i < profit.length; i++) if (include(i) && Number.isFinite(profit[i])) n++;
  const sorted = new Float64Array(n);
  n = 0;
  for (let i = 0; i < profit.length; i++)
    if (include(i) && Number.isFinite(profit[i])) sorted[n++] = profit[i];
  sortNumbers(sorted);
  let total = 0;
  for (let i = 0; i < n; i++) total += sorted[i];
  // A total that is only rounding noise (0.1 + 0.2 − 0.3) is no positive total: dividing by it would
  // send the curve towards Infinity.
  if (n === 0 || !(snapMoney(total) > 0)) return { points: [], peak: null };
  const step = Math.max(1, Math.ceil(n / points));
  const out: CurvePoint[] = [{ x: 0, y: 0 }];
  let cum = 0;
  let peak: CurvePoint = { x: 0, y: 0 };
  let peakIndex = -1;
  for (let j = 0; j < n; j++) {
    cum += sorted[n - 1 - j];
    const y = cum / total;
    if (y > peak.y) {
      peak = { x: (j + 1) / n, y };
      peakIndex = j;
    }
    if ((j + 1) % step === 0 || j === n - 1) out.push({ x: (j + 1) / n, y });
  }
  if (peakIndex >= 0 && !out.some((p) => p.x === peak.x)) {
    out.push(peak);
    out.sort((a, b) => a.x - b.x);
  }
  return { points: out, peak };
}
