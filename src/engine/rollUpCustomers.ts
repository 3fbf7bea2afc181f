import { scratchFloat64 } from "./scratch";
import { snapMoneyColumn } from "./snapMoney";
import type { RowColumns } from "./parse/readRows";

/** Per-customer totals. Money and orders count rows inside the period; dates and history count all rows. */
export interface CustomerTotals {
  count: number;
  revenue: Float64Array;
  profit: Float64Array;
  cost: Float64Array;
  investment: Float64Array;
  /** Rows with positive revenue in the period. */
  orders: Int32Array;
  /**
   * Used rows in the period (any amount) with a date column; null without one (every row then counts, and
   * every customer has a used row).
   */
  periodRows: Int32Array | null;
  firstDate: Float64Array;
  lastDate: Float64Array;
  /** Up to the period end, over all history: net revenue, positive rows, and the last positive row's date. */
  revenueToDate: Float64Array;
  ordersToDate: Int32Array;
  lastPurchase: Float64Array;
  everBought: Uint8Array;
  /** Mean score / CLV over the customer's rows; NaN when none. */
  score: Float64Array;
  clv: Float64Array;
}

/**
 * Sum the rows per customer in one pass over typed columns. `period` null means every row counts. Every
 * array returned is the run's own (no scratch memory), so schemes and results may keep any of them.
 */
export function rollUpCustomers(
  rowsIn: RowColumns,
  period: { start: number; end: number } | null
): CustomerTotals {
  const count = rowsIn.customers.count;
  // Columns with no data to hold (no dates, no score, no CLV column) share one all-NaN array: nothing
  // writes to them after the roll-up, and a 200,000-customer run then allocates 8 MB less.
  const noData = new Float64Array(count).fill(NaN);
  // Money columns that are not mapped are all zero and share one array in the same way.
  const zeros = new Float64Array(count);
  const everBought = new Uint8Array(count);
  const sums = rowsIn.sums;
  let firstDate: Float64Array = noData;
  let lastDate: Float64Array = noData;
  let lastPurchase: Float64Array = noData;
  let revenue: Float64Array;
  let profit: Float64Array;
  let cost: Float64Array;
  let investment: Float64Array;
  let orders: Int32Array;
  let revenueToDate: Float64Array;
  let ordersToDate: Int32Array;
  let periodRows: Int32Array | null = null;
  if (sums) {
    // No date column: readRows summed every row per customer already (in row order, as below).
    revenue = fitted(sums.revenue, count, zeros);
    // Longer than count when readRows dropped customers with no used row (their sums were moved down).
    orders =
      sums.orders.length === count
        ? sums.orders
        : sums.orders.length > count
          ? sums.orders.slice(0, count)
          : new Int32Array(count);
    cost = fitted(sums.cost, count, zeros);
    profit = fitted(sums.profit, count, zeros);
    investment = fitted(sums.investment, count, zeros);
    markPositive(orders, everBought);
    snapMoneyColumn(revenue);
    // Without a period, money "to date" is all money; the arrays are shared (both read-only from here on).
    revenueToDate = revenue;
    ordersToDate = orders;
    for (const column of [profit, cost, investment]) snapMoneyColumn(column);
  } else {
    const rolled = rollUpDated(rowsIn, period);
    revenue = rolled.revenue;
    profit = rolled.profit ?? zeros;
    cost = rolled.cost ?? zeros;
    investment = rolled.investment ?? zeros;
    orders = rolled.orders;
    revenueToDate = rolled.revenueToDate;
    ordersToDate = rolled.ordersToDate;
    firstDate = rolled.firstDate;
    lastDate = rolled.lastDate;
    lastPurchase = rolled.lastPurchase;
    periodRows = rolled.periodRows;
    markPositive(ordersToDate, everBought);
    for (const column of [revenue, profit, cost, investment, revenueToDate]) {
      if (column !== zeros) snapMoneyColumn(column);
    }
  }
  return {
    count,
    revenue,
    profit,
    cost,
    investment,
    orders,
    periodRows,
    firstDate,
    lastDate,
    revenueToDate,
    ordersToDate,
    lastPurchase,
    everBought,
    score: rowsIn.has.score ? meanPerCustomer(rowsIn, rowsIn.score) : noData,
    clv: rowsIn.has.clv ? meanPerCustomer(rowsIn, rowsIn.clv) : noData,
  };
}

// The dated roll-up keeps each customer's figures side by side in one record (FIELD offsets), so a row
// touches one or two cache lines instead of one per figure: ten per-customer arrays written at random
// customers cost a cache miss each, which made this loop the slowest step of a dated run.
const REVENUE = 0;
const REVENUE_TO_DATE = 1;
const FIRST_DATE = 2;
const LAST_DATE = 3;
const LAST_PURCHASE = 4;
const ORDERS = 5;
const ORDERS_TO_DATE = 6;
/** Used rows in the period (any amount, returns and zero rows included). */
const PERIOD_ROWS = 7;
/** Fields every record has; cost, profit and investment follow when mapped. */
const BASE_FIELDS = 8;

interface DatedTotals {
  revenue: Float64Array;
  revenueToDate: Float64Array;
  firstDate: Float64Array;
  lastDate: Float64Array;
  lastPurchase: Float64Array;
  orders: Int32Array;
  ordersToDate: Int32Array;
  periodRows: Int32Array;
  /** Null when the column is not mapped (the caller supplies zeros). */
  cost: Float64Array | null;
  profit: Float64Array | null;
  investment: Float64Array | null;
}

/**
 * Per-customer totals from row columns with dates. Money and orders count rows inside the period; first and
 * last dates count every dated row; "to date" figures count rows up to the period end. Sums are made in row
 * order, as a column-by-column loop would make them.
 */
function rollUpDated(
  rowsIn: RowColumns,
  period: { start: number; end: number } | null
): DatedTotals {
  const count = rowsIn.customers.count;
  const { has } = rowsIn;
  const costAt = has.cost ? BASE_FIELDS : -1;
  const profitAt = has.profit ? BASE_FIELDS + (has.cost ? 1 : 0) : -1;
  const investmentAt = has.investment
    ? BASE_FIELDS + (has.cost ? 1 : 0) + (has.profit ? 1 : 0)
    : -1;
  const stride = BASE_FIELDS + (has.cost ? 1 : 0) + (has.profit ? 1 : 0) + (has.investment ? 1 : 0);
  const records = scratchFloat64("customerRecords", count * stride).fill(0);
  for (let at = 0; at < records.length; at += stride) {
    records[at + FIRST_DATE] = NaN;
    records[at + LAST_DATE] = NaN;
    records[at + LAST_PURCHASE] = NaN;
  }
  // Whole days: a period end of day D includes any time on D.
  const start = period ? period.start : -Infinity;
  const endExclusive = period ? period.end + 1 : Infinity;
  sumDatedRows(rowsIn, records, stride, start, endExclusive);
  if (costAt >= 0 || profitAt >= 0 || investmentAt >= 0)
    sumDatedMoney(rowsIn, records, stride, start, endExclusive, costAt, profitAt, investmentAt);

  // The records are scratch memory; each figure leaves them as a new array of the run's own.
  const field = (at: number): Float64Array => {
    const out = new Float64Array(count);
    for (let c = 0, r = at; c < count; c++, r += stride) out[c] = records[r];
    return out;
  };
  const counts = (at: number): Int32Array => {
    const out = new Int32Array(count);
    for (let c = 0, r = at; c < count; c++, r += stride) out[c] = records[r];
    return out;
  };
  return {
    revenue: field(REVENUE),
    revenueToDate: field(REVENUE_TO_DATE),
    firstDate: field(FIRST_DATE),
    lastDate: field(LAST_DATE),
    lastPurchase: field(LAST_PURCHASE),
    orders: counts(ORDERS),
    ordersToDate: counts(ORDERS_TO_DATE),
    periodRows: counts(PERIOD_ROWS),
    cost: costAt >= 0 ? field(costAt) : null,
    profit: profitAt >= 0 ? field(profitAt) : null,
    investment: investmentAt >= 0 ? field(investmentAt) : null,
  };
}

/** Revenue, orders and dates of every row with a customer into its record (the hot loop, on its own). */
function sumDatedRows(
  rowsIn: RowColumns,
  records: Float64Array,
  stride: number,
  start: number,
  endExclusive: number
): void {
  const customer = rowsIn.customer;
  const revenue = rowsIn.revenue;
  const date = rowsIn.date;
  for (let i = 0; i < customer.length; i++) {
    const c = customer[i];
    if (c < 0) continue;
    const at = c * stride;
    const d = date[i];
    const r = revenue[i];
    if (d === d) {
      if (!(records[at + FIRST_DATE] <= d)) records[at + FIRST_DATE] = d;
      if (!(records[at + LAST_DATE] >= d)) records[at + LAST_DATE] = d;
    }
    // Rows without a date only exist with zero revenue: they count as in the period.
    if (d >= endExclusive) continue;
    records[at + REVENUE_TO_DATE] += r;
    if (r > 0) {
      records[at + ORDERS_TO_DATE]++;
      if (!(records[at + LAST_PURCHASE] >= d)) records[at + LAST_PURCHASE] = d;
    }
    if (d < start) continue;
    records[at + PERIOD_ROWS]++;
    records[at + REVENUE] += r;
    if (r > 0) records[at + ORDERS]++;
  }
}

/** Cost, profit and investment of the rows in the period (the fields at -1 are not mapped). */
function sumDatedMoney(
  rowsIn: RowColumns,
  records: Float64Array,
  stride: number,
  start: number,
  endExclusive: number,
  costAt: number,
  profitAt: number,
  investmentAt: number
): void {
  const { customer, revenue, date } = rowsIn;
  const rowCost = rowsIn.cost;
  const rowProfit = rowsIn.profit;
  const rowInvestment = rowsIn.investment;
  const profitGiven = rowProfit.length > 0;
  for (let i = 0; i < customer.length; i++) {
    const c = customer[i];
    const d = date[i];
    if (c < 0 || d >= endExclusive || d < start) continue;
    const at = c * stride;
    const rc = costAt >= 0 ? rowCost[i] : 0;
    if (costAt >= 0) records[at + costAt] += rc;
    if (profitAt >= 0) records[at + profitAt] += profitGiven ? rowProfit[i] : revenue[i] - rc;
    if (investmentAt >= 0) records[at + investmentAt] += rowInvestment[i];
  }
}

function meanPerCustomer(rowsIn: RowColumns, values: Float64Array): Float64Array {
  const count = rowsIn.customers.count;
  const mean = new Float64Array(count).fill(NaN);
  const sum = new Float64Array(count);
  const n = new Int32Array(count);
  for (let i = 0; i < rowsIn.rowCount; i++) {
    const c = rowsIn.customer[i];
    const v = values[i];
    if (c >= 0 && v === v) {
      sum[c] += v;
      n[c]++;
    }
  }
  for (let c = 0; c < count; c++) if (n[c] > 0) mean[c] = sum[c] / n[c];
  return mean;
}

/**
 * marks[c] = 1 where counts[c] > 0, else 0. Loops live in small functions like this one: a loop inside the
 * roll-up itself had it optimised mid-loop and thrown back to the interpreter after it, every run.
 */
function markPositive(counts: Int32Array, marks: Uint8Array): void {
  for (let c = 0; c < marks.length; c++) marks[c] = counts[c] > 0 ? 1 : 0;
}

/** `sums` cut to `count` customers; `absent` when the column was not summed (length 0). */
function fitted(sums: Float64Array, count: number, absent: Float64Array): Float64Array {
  return sums.length === 0 ? absent : sums.length === count ? sums : sums.slice(0, count);
}
