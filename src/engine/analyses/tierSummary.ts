import { safeDivide } from "./roi";
import { snapMoney, snapMoneyColumn } from "../snapMoney";
import type { RoiBasis, TierInfo, TierSummary, TierSummaryRow } from "../types";

export interface SummaryInputs {
  tiers: TierInfo[];
  tier: Int32Array;
  revenue: Float64Array;
  profit: Float64Array;
  cost: Float64Array;
  investment: Float64Array;
  hasProfit: boolean;
  roiBasis: RoiBasis;
}

/**
 * Economics per tier. Revenue and profit shares divide by the total over all tiers (so they add up to 1;
 * no value when the total is 0). Customer shares are of the ranked (existing) customers; the non-buyer
 * groups get none. ROI divides by the tier's investment (or its cost, per roiBasis).
 */
export function tierSummary(input: SummaryInputs): TierSummary {
  const k = input.tiers.length;
  // One small kernel per column (typed arrays in, typed array out): each is optimised once and stays so,
  // where one loop over seven columns was recompiled on every run.
  const customers = countByTier(input.tier, k);
  const revenue = sumByTier(input.tier, input.revenue, k);
  const profit = sumByTier(input.tier, input.profit, k);
  const cost = sumByTier(input.tier, input.cost, k);
  const investment = sumByTier(input.tier, input.investment, k);
  const minRevenue = new Float64Array(k).fill(Infinity);
  const maxRevenue = new Float64Array(k).fill(-Infinity);
  revenueBands(input.tier, input.revenue, minRevenue, maxRevenue);
  snapMoneyColumn(revenue);
  snapMoneyColumn(profit);
  snapMoneyColumn(cost);
  snapMoneyColumn(investment);
  let totalRevenue = 0;
  let totalProfit = 0;
  let rankedCustomers = 0;
  for (let t = 0; t < k; t++) {
    totalRevenue += revenue[t];
    totalProfit += profit[t];
    if (input.tiers[t].group === "ranked") rankedCustomers += customers[t];
  }
  const row = (
    key: string,
    label: string,
    group: TierInfo["group"],
    n: number,
    rev: number,
    prof: number,
    cst: number,
    inv: number,
    lo: number,
    hi: number
  ): TierSummaryRow => {
    const basis = input.roiBasis;
    return {
      key,
      label,
      group,
      customers: n,
      customerShare: group === "ranked" ? safeDivide(n, rankedCustomers) : null,
      revenue: rev,
      revenueShare: safeDivide(rev, totalRevenue),
      profit: input.hasProfit ? prof : null,
      profitShare: input.hasProfit ? safeDivide(prof, totalProfit) : null,
      revenuePerCustomer: safeDivide(rev, n),
      profitPerCustomer: input.hasProfit ? safeDivide(prof, n) : null,
      investment: basis === "investment" ? inv : null,
      roi:
        basis === "investment"
          ? safeDivide(prof, inv)
          : basis === "cost"
            ? safeDivide(prof, cst)
            : null,
      minRevenue: n > 0 ? lo : null,
      maxRevenue: n > 0 ? hi : null,
    };
  };
  const rows = input.tiers.map((t, i) =>
    row(
      t.key,
      t.label,
      t.group,
      customers[i],
      revenue[i],
      profit[i],
      cost[i],
      investment[i],
      minRevenue[i],
      maxRevenue[i]
    )
  );
  let n = 0;
  let rev = 0;
  let prof = 0;
  let cst = 0;
  let inv = 0;
  let lo = Infinity;
  let hi = -Infinity;
  for (let t = 0; t < k; t++) {
    if (input.tiers[t].group !== "ranked") continue;
    n += customers[t];
    rev += revenue[t];
    prof += profit[t];
    cst += cost[t];
    inv += investment[t];
    lo = Math.min(lo, minRevenue[t]);
    hi = Math.max(hi, maxRevenue[t]);
  }
  rev = snapMoney(rev);
  prof = snapMoney(prof);
  cst = snapMoney(cst);
  inv = snapMoney(inv);
  return {
    rows,
    total: row("all", "All existing", "ranked", n, rev, prof, cst, inv, lo, hi),
    roiBasis: input.roiBasis,
  };
}

function countByTier(tier: Int32Array, k: number): Float64Array {
  const out = new Float64Array(k);
  for (let c = 0; c < tier.length; c++) if (tier[c] >= 0) out[tier[c]]++;
  return out;
}

function sumByTier(tier: Int32Array, values: Float64Array, k: number): Float64Array {
  const out = new Float64Array(k);
  for (let c = 0; c < tier.length; c++) if (tier[c] >= 0) out[tier[c]] += values[c];
  return out;
}

function revenueBands(
  tier: Int32Array,
  revenue: Float64Array,
  min: Float64Array,
  max: Float64Array
): void {
  for (let c = 0; c < tier.length; c++) {
    const t = tier[c];
    if (t < 0) continue;
    const r = revenue[c];
    if (r < min[t]) min[t] = r;
    if (r > max[t]) max[t] = r;
  }
}
