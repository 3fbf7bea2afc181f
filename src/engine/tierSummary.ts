import { safeDivide } from "./roi";
import { snapMoney } from "./snapMoney";
import type { RoiBasis, TierInfo, TierSummary, TierSummaryRow } from "./types";

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
  const customers = new Float64Array(k);
  const revenue = new Float64Array(k);
  const profit = new Float64Array(k);
  const cost = new Float64Array(k);
  const investment = new Float64Array(k);
  const minRevenue = new Float64Array(k).fill(Infinity);
  const maxRevenue = new Float64Array(k).fill(-Infinity);
  for (let c = 0; c < input.tier.length; c++) {
    const t = input.tier[c];
    if (t < 0) continue;
    const r = input.revenue[c];
    customers[t]++;
    revenue[t] += r;
    profit[t] += input.profit[c];
    cost[t] += input.cost[c];
    investment[t] += input.investment[c];
    if (r < minRevenue[t]) minRevenue[t] = r;
    if (r > maxRevenue[t]) maxRevenue[t] = r;
  }
  for (const column of [revenue, profit, cost, investment])
    for (let t = 0; t < k; t++) column[t] = snapMoney(column[t]);
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
  let n = 0,
    rev = 0,
    prof = 0,
    cst = 0,
    inv = 0,
    lo = Infinity,
    hi = -Infinity;
  input.tiers.forEach((t, i) => {
    if (t.group !== "ranked") return;
    n += customers[i];
    rev += revenue[i];
    prof += profit[i];
    cst += cost[i];
    inv += investment[i];
    lo = Math.min(lo, minRevenue[i]);
    hi = Math.max(hi, maxRevenue[i]);
  });
  [rev, prof, cst, inv] = [rev, prof, cst, inv].map(snapMoney);
  return {
    rows,
    total: row("all", "All existing", "ranked", n, rev, prof, cst, inv, lo, hi),
    roiBasis: input.roiBasis,
  };
}
