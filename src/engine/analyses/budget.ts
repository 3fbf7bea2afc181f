export type BudgetRule = "revenue" | "profit" | "percentages";

/**
 * Split a budget across tiers in proportion to weights (tier revenue, tier profit, or user percentages).
 * Negative weights count as 0 (a loss-making tier is not given a negative budget). Amounts are rounded to
 * cents by largest remainder so they add up to the budget exactly. Null when no weight is positive.
 */
export function splitBudget(
  budget: number,
  weights: readonly (number | null)[]
): { amounts: number[]; shares: number[] } | null {
  const clean = weights.map((w) => (w !== null && Number.isFinite(w) && w > 0 ? w : 0));
  const total = clean.reduce((a, b) => a + b, 0);
  if (!(total > 0) || !Number.isFinite(budget)) return null;
  const shares = clean.map((w) => w / total);
  const cents = Math.round(budget * 100);
  const exact = shares.map((s) => s * cents);
  const floors = exact.map(Math.floor);
  let left = cents - floors.reduce((a, b) => a + b, 0);
  const order = exact
    .map((e, i) => ({ i, r: e - floors[i] }))
    .sort((a, b) => b.r - a.r || a.i - b.i);
  for (let j = 0; left > 0 && j < order.length; j++, left--) floors[order[j].i]++;
  return { amounts: floors.map((c) => c / 100), shares };
}
