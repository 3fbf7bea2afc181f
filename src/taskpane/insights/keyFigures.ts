import type { TieringResult } from "../../engine";

export interface KeyFigures {
  top20Revenue: number | null;
  top20Profit: number | null;
  /** Share of buyers holding 80% of revenue, and about how many customers that is. */
  for80Share: number | null;
  for80Count: number | null;
  /** Ranked tiers whose profit is negative. */
  lossTiers: string[];
  hasProfit: boolean;
}

export function keyFigures(result: TieringResult): KeyFigures {
  const { pareto, summary } = result;
  const top = pareto.topShares.find((s) => Math.abs(s.top - 0.2) < 1e-9);
  const ranked = summary.rows.filter((r) => r.group === "ranked");
  const hasProfit = ranked.some((r) => r.profit !== null);
  return {
    top20Revenue: top?.revenueShare ?? null,
    top20Profit: top?.profitShare ?? null,
    for80Share: pareto.customersFor80,
    for80Count:
      pareto.customersFor80 === null
        ? null
        : Math.ceil(pareto.customersFor80 * pareto.buyers - 1e-9),
    lossTiers: ranked.filter((r) => r.profit !== null && r.profit < 0).map((r) => r.label),
    hasProfit,
  };
}
