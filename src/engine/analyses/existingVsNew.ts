import { isBuyer } from "../buyers";
import { normalizeSetup } from "../normalizeSetup";
import { readRows } from "../parse/readRows";
import { resolvePeriod } from "../period";
import { snapMoney } from "../snapMoney";
import type { Cell, TieringSetup } from "../types";

// The method's observation 1: existing customers (a purchase before the period) bring about 90% of the
// period's revenue, new ones the rest. Results are plain data; statuses are codes.

export interface CustomerGroupShare {
  customers: number;
  revenue: number;
  /** Of the period's buyers' revenue; null when that is 0. */
  share: number | null;
}

export interface ExistingVsNew {
  /** "needsDate": no date column is mapped (or no row has a date), so nothing is split. */
  status: "ok" | "needsDate";
  period: { start: number; end: number } | null;
  /** The period's revenue of its buyers (customers with positive net revenue in it, buyers.ts). */
  revenue: number;
  /** Buyers of the period with a purchase (a row with positive revenue) dated before the period start. */
  existing: CustomerGroupShare;
  /** Buyers of the period whose first purchase is inside it. */
  new: CustomerGroupShare;
}

/** The per-row columns the split reads (readRows's, or a test's). */
export interface DatedRows {
  /** Customer count; customer index per row, -1 for skipped rows. */
  count: number;
  customer: ArrayLike<number>;
  revenue: ArrayLike<number>;
  /** Excel serial day per row; NaN for none (such a row counts as in the period, as in the roll-up). */
  date: ArrayLike<number>;
}

/**
 * The split from row columns and a period (both ends inclusive, whole days as rollUpCustomers.ts counts
 * them). A customer is a buyer of the period by net revenue in it; existing when any positive row is dated
 * before the start (a return alone does not make a purchase).
 */
export function existingVsNewOfRows(
  rows: DatedRows,
  period: { start: number; end: number }
): ExistingVsNew {
  const inPeriod = new Float64Array(rows.count);
  const boughtBefore = new Uint8Array(rows.count);
  const endExclusive = period.end + 1;
  for (let i = 0; i < rows.customer.length; i++) {
    const c = rows.customer[i];
    if (c < 0) continue;
    const d = rows.date[i];
    const r = rows.revenue[i];
    if (d < period.start) {
      if (r > 0) boughtBefore[c] = 1;
    } else if (!(d >= endExclusive)) inPeriod[c] += r;
  }
  const existing = { customers: 0, revenue: 0 };
  const fresh = { customers: 0, revenue: 0 };
  for (let c = 0; c < rows.count; c++) {
    const r = snapMoney(inPeriod[c]);
    if (!isBuyer(r)) continue;
    const group = boughtBefore[c] ? existing : fresh;
    group.customers++;
    group.revenue += r;
  }
  const revenue = snapMoney(existing.revenue + fresh.revenue);
  const shareOf = (g: { customers: number; revenue: number }): CustomerGroupShare => {
    const money = snapMoney(g.revenue);
    return { customers: g.customers, revenue: money, share: revenue > 0 ? money / revenue : null };
  };
  return { status: "ok", period, revenue, existing: shareOf(existing), new: shareOf(fresh) };
}

/**
 * The split for the rows and set-up a run is given (runTiering's reading and period rule, so the period
 * and the revenue are the run's). Without a date column: status "needsDate".
 */
export function existingVsNew(rows: Cell[][], setup: TieringSetup): ExistingVsNew {
  const normal = normalizeSetup(setup);
  const empty: CustomerGroupShare = { customers: 0, revenue: 0, share: null };
  const none: ExistingVsNew = {
    status: "needsDate",
    period: null,
    revenue: 0,
    existing: empty,
    new: { ...empty },
  };
  const { mapping } = normal;
  if (mapping.customer === undefined || mapping.revenue === undefined || mapping.date === undefined)
    return none;
  const rowsIn = readRows(
    Array.isArray(rows) ? rows : [],
    mapping,
    normal.options?.idMatching ?? "normalized"
  );
  const period = rowsIn.has.date ? resolvePeriod(rowsIn.date, normal.options?.period) : null;
  if (!period) return none;
  const { customer, revenue, date } = rowsIn;
  return existingVsNewOfRows({ count: rowsIn.customers.count, customer, revenue, date }, period);
}
