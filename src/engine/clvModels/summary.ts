// The per-customer summary the BG/NBD and Gamma-Gamma models read, from transaction rows.
//   frequency x: repeat purchases, counted on distinct days (several rows on one day are one purchase);
//   recency t_x: time from the first purchase to the last;  age T: time from the first purchase to the
//   end of the observation period;  monetary: the average value of the repeat purchase days (the first
//   purchase is left out, as Gamma-Gamma models repeat spending). Times are in `unitDays` days.

export interface TransactionColumns {
  /** Customer index per row, 0 .. customers − 1. */
  customer: ArrayLike<number>;
  /** Purchase date per row as a day number (an Excel serial); rows with no finite date are skipped. */
  date: ArrayLike<number>;
  /** Amount per row; rows with an amount ≤ 0 (returns, zero lines) are not purchases. */
  amount: ArrayLike<number>;
}

export interface SummaryOptions {
  /** Number of customers (default: the largest index + 1). */
  customers?: number;
  /** Days per time unit: 1 (days, the default) or 7 (weeks). */
  unitDays?: number;
  /** Last day of the observation period (default: the latest purchase date). */
  observationEnd?: number;
}

export interface CustomerSummary {
  frequency: Float64Array;
  recency: Float64Array;
  T: Float64Array;
  monetary: Float64Array;
  /** Total spend over all purchase days (the first one included), for the simple CLV. */
  total: Float64Array;
  /** Customers with at least one purchase; the others have frequency, recency, T and monetary 0. */
  hasPurchase: Uint8Array;
}

/** Per customer: frequency, recency, age and average repeat-purchase value. */
export function customerSummary(
  rows: TransactionColumns,
  options: SummaryOptions = {}
): CustomerSummary {
  const { customer, date, amount } = rows;
  const purchase: number[] = [];
  let maxIndex = -1;
  let lastDay = -Infinity;
  for (let i = 0; i < customer.length; i++) {
    const day = Math.floor(date[i]);
    if (!Number.isFinite(day) || !(amount[i] > 0) || !(customer[i] >= 0)) continue;
    purchase.push(i);
    maxIndex = Math.max(maxIndex, customer[i]);
    lastDay = Math.max(lastDay, day);
  }
  const n = options.customers ?? maxIndex + 1;
  const unit = options.unitDays ?? 1;
  const end = options.observationEnd ?? lastDay;
  // Rows by customer, then day, so each customer's distinct days are one run.
  purchase.sort((i, j) => customer[i] - customer[j] || Math.floor(date[i]) - Math.floor(date[j]));
  const out: CustomerSummary = {
    frequency: new Float64Array(n),
    recency: new Float64Array(n),
    T: new Float64Array(n),
    monetary: new Float64Array(n),
    total: new Float64Array(n),
    hasPurchase: new Uint8Array(n),
  };
  let k = 0;
  while (k < purchase.length) {
    const c = customer[purchase[k]];
    const first = Math.floor(date[purchase[k]]);
    let day = first;
    let days = 0;
    let repeatSpend = 0;
    let spend = 0;
    for (; k < purchase.length && customer[purchase[k]] === c; k++) {
      const d = Math.floor(date[purchase[k]]);
      if (d !== day) (days++, (day = d));
      if (d !== first) repeatSpend += amount[purchase[k]];
      spend += amount[purchase[k]];
    }
    if (c >= n) continue;
    out.hasPurchase[c] = 1;
    out.frequency[c] = days;
    out.recency[c] = (day - first) / unit;
    out.T[c] = Math.max(0, end - first) / unit;
    out.monetary[c] = days > 0 ? repeatSpend / days : 0;
    out.total[c] = spend;
  }
  return out;
}
