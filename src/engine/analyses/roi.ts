/**
 * Division that gives null ("no value") instead of Infinity or NaN: for a zero denominator, and for a
 * quotient too large to represent (1e300 ÷ 1e-10).
 */
export function safeDivide(numerator: number, denominator: number): number | null {
  if (!Number.isFinite(numerator) || !Number.isFinite(denominator) || denominator === 0)
    return null;
  const quotient = numerator / denominator;
  return Number.isFinite(quotient) ? quotient : null;
}

/**
 * ROI = profit ÷ investment (cost to serve) when an investment is known; otherwise profit ÷ cost, which is
 * labelled "return on cost". Never estimated from revenue. Zero or missing denominators give null.
 */
export function roi(
  profit: number,
  investment: number | null,
  cost: number | null = null
): { value: number | null; basis: "investment" | "cost" | "none" } {
  if (investment !== null) return { value: safeDivide(profit, investment), basis: "investment" };
  if (cost !== null) return { value: safeDivide(profit, cost), basis: "cost" };
  return { value: null, basis: "none" };
}
