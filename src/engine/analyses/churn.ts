import type { ChurnOptions } from "../types";

export const CHURN_DEFAULTS: Required<ChurnOptions> = {
  windowDays: 90,
  minDrop: 0.5,
  maxRecencyDays: 180,
};

/** One customer's churn warning: orders fell by at least minDrop against the previous window, or recency is over the limit. */
export function churnFlag(
  previousOrders: number,
  recentOrders: number,
  recencyDays: number,
  options: ChurnOptions = {}
): boolean {
  const { minDrop, maxRecencyDays } = { ...CHURN_DEFAULTS, ...options };
  const dropped = previousOrders > 0 && recentOrders <= previousOrders * (1 - minDrop);
  return dropped || recencyDays > maxRecencyDays;
}

/**
 * Churn flags per customer from row-level dates: purchases (positive revenue rows) in the recent window
 * (end − w, end] against the previous (end − 2w, end − w]; recency = days from end to the last purchase.
 * Only customers with a purchase on record can be flagged.
 */
export function churnFlags(
  rowCustomer: Int32Array,
  rowRevenue: Float64Array,
  rowDate: Float64Array,
  customerCount: number,
  lastPurchase: Float64Array,
  end: number,
  options: ChurnOptions = {}
): Uint8Array {
  const { windowDays } = { ...CHURN_DEFAULTS, ...options };
  const recent = new Int32Array(customerCount);
  const previous = new Int32Array(customerCount);
  const recentStart = end + 1 - windowDays;
  const previousStart = recentStart - windowDays;
  for (let i = 0; i < rowCustomer.length; i++) {
    const c = rowCustomer[i];
    const d = Math.floor(rowDate[i]);
    if (c < 0 || !(rowRevenue[i] > 0) || !(d <= end)) continue;
    if (d >= recentStart) recent[c]++;
    else if (d >= previousStart) previous[c]++;
  }
  const flags = new Uint8Array(customerCount);
  for (let c = 0; c < customerCount; c++) {
    if (!Number.isFinite(lastPurchase[c])) continue;
    flags[c] = churnFlag(previous[c], recent[c], end - Math.floor(lastPurchase[c]), options)
      ? 1
      : 0;
  }
  return flags;
}
