import type { TierInfo, TierSummary } from "../types";
import type { EngineWarning } from "../warnings";

/** Warnings about the tiers a run made: empty ranked tiers, and a total revenue of zero or below. */
export function tierWarnings(tiers: TierInfo[], summary: TierSummary): EngineWarning[] {
  const warnings: EngineWarning[] = [];
  const { rows } = summary;
  const ranked = summary.total.customers;
  rows.forEach((row, t) => {
    if (tiers[t].group === "ranked" && row.customers === 0 && ranked > 0)
      warnings.push({ code: "emptyTier", params: { label: row.label, ranked } });
  });
  let revenue = 0;
  for (const row of rows) revenue += row.revenue;
  if (revenue === 0 && rows.some((r) => r.customers > 0))
    warnings.push({ code: "zeroRevenue", params: {} });
  if (revenue < 0) warnings.push({ code: "negativeRevenue", params: {} });
  return warnings;
}
