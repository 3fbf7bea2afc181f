import { rfmScores, rfmTiers } from "../analyses/rfm";
import type { RfmColumns, TierSpec } from "../types";
import { defineScheme, type SchemeContext } from "./schemeContext";

export interface RfmSpec {
  kind: "rfm";
  tiers: TierSpec[];
}

/**
 * RFM over each customer's history up to the period end: recency = days from the period end to the last
 * purchase, frequency = purchases (rows with positive revenue), monetary = net revenue. Needs a date column.
 */
export function rfmColumns(ctx: Pick<SchemeContext, "customers" | "period">): RfmColumns {
  const { customers } = ctx;
  const n = customers.count;
  const recencyDays = new Float64Array(n).fill(NaN);
  const frequency = new Float64Array(n).fill(NaN);
  const monetary = new Float64Array(n).fill(NaN);
  const end = ctx.period ? ctx.period.end : NaN;
  for (let c = 0; c < n; c++) {
    if (!customers.everBought[c]) continue;
    recencyDays[c] = end - Math.floor(customers.lastPurchase[c]);
    frequency[c] = customers.ordersToDate[c];
    monetary[c] = customers.revenueToDate[c];
  }
  const scores = rfmScores(recencyDays, frequency, monetary);
  return { recencyDays, ...scores };
}

/** RFM segments as tiers (the segment table's order, then "Others"). */
export const rfmScheme = defineScheme<RfmSpec>({
  kind: "rfm",
  defaultTiers: rfmTiers(),
  fixedTierCount: true,
  needs: ["date"],
  presets: [{ id: "rfm", make: () => ({ kind: "rfm", tiers: rfmTiers() }) }],
  editing: () => "names",
  run(ctx, _spec, tiers) {
    if (!ctx.period) ctx.warnings.push({ code: "rfmNeedsDates", params: {} });
    const rfm = rfmColumns(ctx);
    return { tiers, tier: Int32Array.from(rfm.segment), rfm };
  },
});
