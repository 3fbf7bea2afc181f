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

/** One tier's (or the total's) sums, before shares and ratios. */
interface TierSums {
  key: string;
  label: string;
  group: TierInfo["group"];
  customers: number;
  revenue: number;
  profit: number;
  cost: number;
  investment: number;
  minRevenue: number;
  maxRevenue: number;
}

/** What every row divides by. */
interface Totals {
  revenue: number;
  profit: number;
  rankedCustomers: number;
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
  const sums: TierSums[] = input.tiers.map((t, i) => ({
    key: t.key,
    label: t.label,
    group: t.group,
    customers: customers[i],
    revenue: revenue[i],
    profit: profit[i],
    cost: cost[i],
    investment: investment[i],
    minRevenue: minRevenue[i],
    maxRevenue: maxRevenue[i],
  }));
  const totals: Totals = { revenue: 0, profit: 0, rankedCustomers: 0 };
  for (const t of sums) {
    totals.revenue += t.revenue;
    totals.profit += t.profit;
    if (t.group === "ranked") totals.rankedCustomers += t.customers;
  }
  return {
    rows: sums.map((t) => summaryRow(t, totals, input)),
    total: summaryRow(rankedSums(sums), totals, input),
    roiBasis: input.roiBasis,
  };
}

/** The "all existing customers" line: the ranked tiers added up (money snapped). */
function rankedSums(sums: TierSums[]): TierSums {
  const all: TierSums = {
    key: "all",
    label: "All existing",
    group: "ranked",
    ...{ customers: 0, revenue: 0, profit: 0, cost: 0, investment: 0 },
    minRevenue: Infinity,
    maxRevenue: -Infinity,
  };
  for (const t of sums) {
    if (t.group !== "ranked") continue;
    all.customers += t.customers;
    all.revenue += t.revenue;
    all.profit += t.profit;
    all.cost += t.cost;
    all.investment += t.investment;
    all.minRevenue = Math.min(all.minRevenue, t.minRevenue);
    all.maxRevenue = Math.max(all.maxRevenue, t.maxRevenue);
  }
  all.revenue = snapMoney(all.revenue);
  all.profit = snapMoney(all.profit);
  all.cost = snapMoney(all.cost);
  all.investment = snapMoney(all.investment);
  return all;
}

function summaryRow(t: TierSums, totals: Totals, input: SummaryInputs): TierSummaryRow {
  const basis = input.roiBasis;
  const n = t.customers;
  return {
    key: t.key,
    label: t.label,
    group: t.group,
    customers: n,
    customerShare: t.group === "ranked" ? safeDivide(n, totals.rankedCustomers) : null,
    revenue: t.revenue,
    revenueShare: safeDivide(t.revenue, totals.revenue),
    profit: input.hasProfit ? t.profit : null,
    profitShare: input.hasProfit ? safeDivide(t.profit, totals.profit) : null,
    revenuePerCustomer: safeDivide(t.revenue, n),
    profitPerCustomer: input.hasProfit ? safeDivide(t.profit, n) : null,
    investment: basis === "investment" ? t.investment : null,
    roi:
      basis === "investment"
        ? safeDivide(t.profit, t.investment)
        : basis === "cost"
          ? safeDivide(t.profit, t.cost)
          : null,
    minRevenue: n > 0 ? t.minRevenue : null,
    maxRevenue: n > 0 ? t.maxRevenue : null,
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
