import { rfmScores, rfmTiers } from "../analyses/rfm";
import type { RfmColumns } from "../types";
import type { SchemeContext, SchemeOutcome } from "./schemeContext";

/**
 * RFM over each customer's history up to the period end: recency = days from the period end to the last
 * purchase, frequency = purchases (rows with positive revenue), monetary = net revenue. Needs a date column.
 */
export function rfmColumns(ctx: SchemeContext): RfmColumns {
  const { totals } = ctx;
  const n = totals.count;
  const recencyDays = new Float64Array(n).fill(NaN);
  const frequency = new Float64Array(n).fill(NaN);
  const monetary = new Float64Array(n).fill(NaN);
  const end = ctx.period ? ctx.period.end : NaN;
  for (let c = 0; c < n; c++) {
    if (!totals.everBought[c]) continue;
    recencyDays[c] = end - Math.floor(totals.lastPurchase[c]);
    frequency[c] = totals.ordersToDate[c];
    monetary[c] = totals.revenueToDate[c];
  }
  const scores = rfmScores(recencyDays, frequency, monetary);
  return { recencyDays, ...scores };
}

export function rfmScheme(ctx: SchemeContext): { outcome: SchemeOutcome; rfm: RfmColumns } {
  if (!ctx.period) ctx.warnings.push("RFM needs a date column; customers cannot be scored.");
  const rfm = rfmColumns(ctx);
  return { outcome: { tiers: rfmTiers(), tier: Int32Array.from(rfm.segment) }, rfm };
}
