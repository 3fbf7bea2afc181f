// Simple customer lifetime value from a margin per period m, retention rate r and discount rate d:
//   infinite horizon: m·r / (1 + d − r);   T periods: Σ_{t=1..T} m·(r / (1 + d))^t.
// Returns null ("no value") when the inputs make no sense (r outside 0..1, 1 + d − r ≤ 0), and when the
// value is too large to represent (a margin of 1e308): never Infinity.

const finiteOrNull = (v: number): number | null => (Number.isFinite(v) ? v : null);

export function clvInfinite(margin: number, retention: number, discount: number): number | null {
  if (
    ![margin, retention, discount].every(Number.isFinite) ||
    retention < 0 ||
    retention > 1 ||
    discount <= -1
  )
    return null;
  const denominator = 1 + discount - retention;
  return denominator > 0 ? finiteOrNull((margin * retention) / denominator) : null;
}

export function clvPeriods(
  margin: number,
  retention: number,
  discount: number,
  periods: number
): number | null {
  if (
    ![margin, retention, discount, periods].every(Number.isFinite) ||
    retention < 0 ||
    retention > 1 ||
    discount <= -1
  )
    return null;
  if (periods < 0) return null;
  const q = retention / (1 + discount);
  let sum = 0;
  let factor = 1;
  for (let t = 1; t <= Math.floor(periods); t++) {
    factor *= q;
    sum += margin * factor;
  }
  return finiteOrNull(sum);
}

/** CLV of one margin with optional horizon (undefined = infinite). */
export function clv(
  margin: number,
  retention: number,
  discount: number,
  periods?: number
): number | null {
  return periods === undefined
    ? clvInfinite(margin, retention, discount)
    : clvPeriods(margin, retention, discount, periods);
}
