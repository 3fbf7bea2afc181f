import { abcByCumulativeValue } from "../analyses/abc";
import { addMonths } from "../parse/excelDate";
import {
  ABC_COUNT_CUTOFFS,
  ABC_GROWTH_MIN,
  ABC_GROWTH_TOP_SHARE,
  ABC_VALUE_CUTOFFS,
} from "./presets";
import { assignRankTiers, isPositiveFinite } from "./rankTiers";
import type { TierSpec } from "../types";
import { isBuyer, type SchemeContext, type SchemeOutcome } from "./schemeContext";

export interface AbcOptions {
  mode: "count" | "value" | "growth";
  cutoffs?: number[];
  minGrowth?: number;
  topShare?: number;
}

/** ABC classes: by count (rank rule), by cumulative value, or by the seed's growth rule. */
export function abcScheme(
  ctx: SchemeContext,
  tiers: TierSpec[],
  options: AbcOptions
): SchemeOutcome {
  const { revenue } = ctx.totals;
  if (options.mode === "count") {
    const cutoffs = options.cutoffs ?? ABC_COUNT_CUTOFFS;
    return { tiers, tier: assignRankTiers(revenue, [...cutoffs, 1], isBuyer(ctx.totals)) };
  }
  if (options.mode === "value")
    return { tiers, tier: abcByCumulativeValue(revenue, options.cutoffs ?? ABC_VALUE_CUTOFFS) };
  return {
    tiers,
    tier: abcByGrowth(
      ctx,
      options.minGrowth ?? ABC_GROWTH_MIN,
      options.topShare ?? ABC_GROWTH_TOP_SHARE
    ),
  };
}

/**
 * The seed's rule: A = agents and the top 20% by revenue (rank rule); B = revenue grew by at least
 * minGrowth in each of the last two years (three 12-month windows ending at the period end); C = the rest.
 */
function abcByGrowth(ctx: SchemeContext, minGrowth: number, topShare: number): Int32Array {
  const { totals, rows } = ctx;
  const agent = rows.customers.agent;
  const tier = assignRankTiers(totals.revenue, [topShare, 1], isBuyer(totals));
  if (!ctx.period) {
    ctx.warnings.push("ABC by growth needs a date column; class B is empty.");
  } else {
    const end = ctx.period.end + 1;
    const year1 = addMonths(ctx.period.end, -12) + 1;
    const year2 = addMonths(ctx.period.end, -24) + 1;
    const year3 = addMonths(ctx.period.end, -36) + 1;
    const y0 = new Float64Array(totals.count);
    const y1 = new Float64Array(totals.count);
    const y2 = new Float64Array(totals.count);
    let earliest = Infinity;
    for (let i = 0; i < rows.rowCount; i++) {
      const c = rows.customer[i];
      const d = rows.date[i];
      if (c < 0 || !(d < end)) continue;
      if (d < earliest) earliest = d;
      if (d >= year1) y0[c] += rows.revenue[i];
      else if (d >= year2) y1[c] += rows.revenue[i];
      else if (d >= year3) y2[c] += rows.revenue[i];
    }
    if (earliest >= year2)
      ctx.warnings.push("ABC by growth: the dates do not span three years; class B may be empty.");
    const factor = 1 + minGrowth;
    for (let c = 0; c < totals.count; c++) {
      if (
        tier[c] === 1 &&
        isPositiveFinite(y2[c]) &&
        y1[c] >= y2[c] * factor &&
        y0[c] >= y1[c] * factor
      )
        tier[c] = 1;
      else if (tier[c] === 1) tier[c] = 2;
    }
  }
  if (!ctx.period) for (let c = 0; c < totals.count; c++) if (tier[c] === 1) tier[c] = 2;
  for (let c = 0; c < totals.count; c++) if (agent[c] && totals.everBought[c]) tier[c] = 0;
  return tier;
}
