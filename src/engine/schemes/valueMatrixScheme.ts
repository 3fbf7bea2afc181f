import { clv } from "../analyses/clv";
import { median } from "../sort/median";
import { DEFAULT_CLV } from "./presets";
import type { ClvInputs, TierSpec } from "../types";
import { valueQuadrants } from "../analyses/valueMatrix";
import type { SchemeContext, SchemeOutcome } from "./schemeContext";

/**
 * Customers with a purchase on record, placed by mean score (CPV) and lifetime value: the CLV column when
 * mapped, else the simple CLV of the period's profit (or revenue without profit). Splits default to the medians.
 * Customers without a score (or CLV) go to the tier after the four quadrants ("No score").
 */
export function valueMatrixScheme(
  ctx: SchemeContext,
  tiers: TierSpec[],
  options: { scoreSplit?: number; clvSplit?: number; clv?: ClvInputs }
): { outcome: SchemeOutcome; clv: Float64Array } {
  const { totals, rows } = ctx;
  const n = totals.count;
  const lifetime = new Float64Array(n).fill(NaN);
  const inputs = { ...DEFAULT_CLV, ...options.clv };
  const useProfit = rows.has.profit && inputs.margin !== "revenue";
  const cpv = new Float64Array(n).fill(NaN);
  for (let c = 0; c < n; c++) {
    if (!totals.everBought[c]) continue;
    cpv[c] = totals.score[c];
    if (rows.has.clv && Number.isFinite(totals.clv[c])) lifetime[c] = totals.clv[c];
    else
      lifetime[c] =
        clv(
          useProfit ? totals.profit[c] : totals.revenue[c],
          inputs.retention,
          inputs.discount,
          inputs.periods
        ) ?? NaN;
  }
  if (!rows.has.score)
    ctx.warnings.push(
      "The value matrix needs a score column (perceived value); every customer is unscored."
    );
  const scored = (c: number): boolean => Number.isFinite(cpv[c]) && Number.isFinite(lifetime[c]);
  const cpvOfScored = cpv.filter((_, c) => scored(c));
  const clvOfScored = lifetime.filter((_, c) => scored(c));
  const cpvSplit = options.scoreSplit ?? median(cpvOfScored);
  const clvSplit = options.clvSplit ?? median(clvOfScored);
  const tier = valueQuadrants(cpv, lifetime, cpvSplit, clvSplit);
  const unscored = tiers.length - 1;
  for (let c = 0; c < n; c++) if (totals.everBought[c] && tier[c] < 0) tier[c] = unscored;
  return { outcome: { tiers, tier }, clv: lifetime };
}
