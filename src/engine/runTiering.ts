import { churnFlags } from "./analyses/churn";
import { STATUS_PROSPECT } from "./parse/classifyStatus";
import { pareto, paretoOfSorted } from "./analyses/pareto";
import { resolvePeriod } from "./period";
import { NON_BUYER_TIERS } from "./schemes/presets";
import { lowerBound, upperBound } from "./schemes/rankTiers";
import { readRows, type RowColumns } from "./parse/readRows";
import { scratchFloat64 } from "./scratch";
import { rollUpCustomers, type CustomerTotals } from "./rollUpCustomers";
import { sortBuyers, type SortedBuyers } from "./sort/sortBuyers";
import { abcScheme } from "./schemes/abcScheme";
import { rankShares } from "./schemes/rankShares";
import { schemeTiers } from "./schemes/resolveScheme";
import { rfmColumns, rfmScheme } from "./schemes/rfmScheme";
import type { SchemeContext, SchemeOutcome } from "./schemes/schemeContext";
import { thresholds } from "./schemes/thresholds";
import { valueMatrixScheme } from "./schemes/valueMatrixScheme";
import { tierSummary } from "./analyses/tierSummary";
import type {
  Cell,
  CustomerTable,
  RankTierSpec,
  RoiBasis,
  TierInfo,
  TieringResult,
  TieringSetup,
  ThresholdTierSpec,
} from "./types";
import { whaleCurve } from "./analyses/whaleCurve";
import { whatIfMigration } from "./analyses/whatIf";
import { sortNumbers } from "./sort/sortNumbers";
import { normalizeSetup } from "./normalizeSetup";

/**
 * Tier the customers in `rows` (cell values as Excel gives them, header excluded) by `setup`.
 * Never throws: bad cells become problems, and an unexpected failure becomes a warning on an empty result.
 */
export function runTiering(rows: Cell[][], setup: TieringSetup): TieringResult {
  const rowCount = Array.isArray(rows) ? rows.length : 0;
  try {
    // The engine reads a normalised copy of the set-up, so a malformed one cannot throw (normalizeSetup.ts).
    return tier(Array.isArray(rows) ? rows : [], normalizeSetup(setup));
  } catch (error) {
    // An empty result from the plainest set-up: re-running the failed set-up here could throw again.
    const result = tier([], { mapping: {}, scheme: { kind: "pyramid", tiers: [] } });
    result.warnings.length = 0;
    result.rowTier = new Int32Array(rowCount).fill(-1);
    result.rowCustomer = new Int32Array(rowCount).fill(-1);
    result.rowsSkipped = rowCount;
    result.warnings.push(`The engine could not tier these rows: ${String(error)}`);
    return result;
  }
}

function tier(rows: Cell[][], setup: TieringSetup): TieringResult {
  const mapping = setup?.mapping ?? {};
  const options = setup?.options ?? {};
  const scheme = setup?.scheme ?? { kind: "pyramid", tiers: [] };
  const warnings: string[] = [];
  const missing = (["customer", "revenue"] as const).filter((role) => mapping[role] === undefined);
  if (missing.length)
    warnings.push(`Map the ${missing.join(" and ")} column${missing.length > 1 ? "s" : ""} first.`);
  const rowsIn = readRows(missing.length ? [] : rows, mapping, options.idMatching ?? "normalized");
  if (missing.length) {
    rowsIn.rowCount = rows.length;
    rowsIn.customer = new Int32Array(rows.length).fill(-1);
  }
  warnings.push(...rowsIn.warnings);
  if (rowsIn.blankRows > 0) warnings.push(`${rowsIn.blankRows} blank rows skipped.`);

  const period = rowsIn.has.date ? resolvePeriod(rowsIn.date, options.period) : null;
  const totals = rollUpCustomers(rowsIn, period);
  // Profit given without cost: cost is what revenue leaves after profit (a fact, not an estimate).
  if (mapping.profit !== undefined && mapping.cost === undefined) {
    // A new array: an unmapped cost column may be the shared all-zero one.
    const cost = new Float64Array(totals.count);
    for (let c = 0; c < totals.count; c++) cost[c] = totals.revenue[c] - totals.profit[c];
    totals.cost = cost;
  }
  const ctx: SchemeContext = { totals, rows: rowsIn, period, warnings };
  // Buyers by revenue, sorted once for the rank tiers, the customer ranks and shares, and Pareto.
  const buyers = sortBuyers(totals.revenue);
  const buyerTiers = schemeTiers(scheme);
  let outcome: SchemeOutcome;
  let rfm = undefined as CustomerTable["rfm"];
  let clv = undefined as CustomerTable["clv"];
  switch (scheme.kind) {
    case "thresholds":
      outcome = thresholds(ctx, buyerTiers as ThresholdTierSpec[], scheme.basis);
      break;
    case "custom":
      outcome =
        scheme.mode === "thresholds"
          ? thresholds(ctx, buyerTiers as ThresholdTierSpec[], scheme.basis)
          : rankShares(
              ctx,
              buyerTiers as RankTierSpec[],
              scheme.basis,
              buyers ? buyers.values : null
            );
      break;
    case "abc":
      outcome = abcScheme(ctx, buyerTiers, scheme);
      break;
    case "valueMatrix": {
      const vm = valueMatrixScheme(ctx, buyerTiers, scheme);
      outcome = vm.outcome;
      clv = vm.clv;
      break;
    }
    case "rfm": {
      const r = rfmScheme(ctx);
      outcome = { tiers: buyerTiers, tier: r.outcome.tier };
      rfm = r.rfm;
      break;
    }
    default:
      outcome = rankShares(
        ctx,
        buyerTiers as RankTierSpec[],
        "basis" in scheme ? scheme.basis : undefined,
        buyers ? buyers.values : null
      );
  }
  if (!rfm && options.rfm && period) rfm = rfmColumns(ctx);

  const tiers: TierInfo[] = [
    ...outcome.tiers.map((t) => ({ key: t.key, label: t.label, group: "ranked" as const })),
    ...NON_BUYER_TIERS.map((t) => ({
      key: t.key,
      label: options.groupLabels?.[t.key as "inactive" | "prospect" | "suspect"] || t.label,
      group: t.key as TierInfo["group"],
    })),
  ];
  const customerTier = placeNonBuyers(outcome, totals, rowsIn);
  const customers = customerTable(rowsIn, totals, customerTier, rfm, clv, buyers);
  if (period && options.churn) {
    customers.churn = churnFlags(
      rowsIn.customer,
      rowsIn.revenue,
      rowsIn.date,
      totals.count,
      totals.lastPurchase,
      period.end,
      options.churn
    );
  }

  const roiBasis: RoiBasis = rowsIn.has.investment
    ? "investment"
    : rowsIn.has.profit
      ? "cost"
      : "none";
  const summary = tierSummary({
    tiers,
    tier: customerTier,
    revenue: totals.revenue,
    profit: totals.profit,
    cost: totals.cost,
    investment: totals.investment,
    hasProfit: rowsIn.has.profit,
    roiBasis,
  });
  addTierWarnings(tiers, summary.rows, summary.total, warnings);
  const hasProfit = rowsIn.has.profit;
  const result: TieringResult = {
    tiers,
    customers,
    rowTier: rowTiers(rowsIn.customer, customerTier),
    rowCustomer: rowsIn.customer,
    summary,
    pareto: buyers
      ? paretoOfSorted(buyers.values, totals.revenue, hasProfit ? totals.profit : null)
      : pareto(totals.revenue, hasProfit ? totals.profit : null),
    whale: hasProfit
      ? whaleCurve(totals.profit, (c) => totals.revenue[c] > 0)
      : { points: [], peak: null },
    period,
    problems: rowsIn.problems,
    rowsUsed: rowsIn.rowsUsed,
    rowsSkipped: rowsIn.rowCount - rowsIn.rowsUsed,
    warnings,
  };
  if (options.whatIf && options.whatIf.length) {
    result.whatIf = whatIfMigration(
      {
        counts: summary.rows.map((r) => r.customers),
        revenuePerCustomer: summary.rows.map((r) => r.revenuePerCustomer),
        profitPerCustomer: hasProfit ? summary.rows.map((r) => r.profitPerCustomer) : null,
      },
      options.whatIf
    );
  }
  return result;
}

/** Customers no scheme tier took: Inactive if they bought before, else Prospect or Suspect by status. */
function placeNonBuyers(
  outcome: SchemeOutcome,
  totals: CustomerTotals,
  rowsIn: RowColumns
): Int32Array {
  const ranked = outcome.tiers.length;
  const customerTier = outcome.tier;
  const status = rowsIn.customers.status;
  for (let c = 0; c < totals.count; c++) {
    if (customerTier[c] >= 0) continue;
    customerTier[c] = totals.everBought[c]
      ? ranked
      : status[c] === STATUS_PROSPECT
        ? ranked + 1
        : ranked + 2;
  }
  return customerTier;
}

function rowTiers(rowCustomer: Int32Array, customerTier: Int32Array): Int32Array {
  const out = new Int32Array(rowCustomer.length);
  for (let i = 0; i < rowCustomer.length; i++) {
    const c = rowCustomer[i];
    out[i] = c >= 0 ? customerTier[c] : -1;
  }
  return out;
}

/** Rank, share and cumulative share of revenue among buyers (tie-invariant: ties share rank and cumulative share). */
function customerTable(
  rowsIn: RowColumns,
  totals: CustomerTotals,
  customerTier: Int32Array,
  rfm: CustomerTable["rfm"],
  clv: CustomerTable["clv"],
  sortedBuyers: SortedBuyers | null
): CustomerTable {
  const n = totals.count;
  const { revenue } = totals;
  const rank = new Int32Array(n);
  const share = new Float64Array(n);
  const cumulativeShare = new Float64Array(n);
  if (sortedBuyers) ranksFromSorted(sortedBuyers, rank, share, cumulativeShare);
  else ranksBySearch(revenue, rank, share, cumulativeShare);
  const keys = rowsIn.customers.keys;
  const names = rowsIn.customers.names;
  let blankNames: string[] | null = null;
  const table: CustomerTable = {
    count: n,
    id: rowsIn.customers.ids,
    // Made when first read (only period comparison reads keys), so a run makes no key strings for plain ids.
    get key(): string[] {
      return keys();
    },
    // Without a name column, made when first read: most runs never read names.
    get name(): string[] {
      return names ?? (blankNames ??= new Array<string>(n).fill(""));
    },
    revenue,
    profit: totals.profit,
    cost: totals.cost,
    investment: totals.investment,
    orders: totals.orders,
    firstDate: totals.firstDate,
    lastDate: totals.lastDate,
    rank,
    share,
    cumulativeShare,
    tier: customerTier,
    score: totals.score,
    everBought: totals.everBought,
    agent: rowsIn.customers.agent,
  };
  if (rfm) table.rfm = rfm;
  if (clv) table.clv = clv;
  if (totals.periodRows) table.periodRows = totals.periodRows;
  return table;
}

/** Ranks and shares walking the sorted buyers from the top, one tie group at a time. */
function ranksFromSorted(
  sortedBuyers: SortedBuyers,
  rank: Int32Array,
  share: Float64Array,
  cumulativeShare: Float64Array
): void {
  const { values: sorted, order } = sortedBuyers;
  const buyers = sorted.length;
  const held = scratchFloat64("tailSums", buyers + 1); // held[j] = sum of sorted[j..], as ranksBySearch sums
  held[buyers] = 0;
  for (let j = buyers - 1; j >= 0; j--) held[j] = held[j + 1] + sorted[j];
  const total = held[0];
  let hi = buyers - 1;
  while (hi >= 0) {
    const v = sorted[hi];
    let lo = hi;
    while (lo > 0 && sorted[lo - 1] === v) lo--;
    const r = buyers - hi; // 1 + buyers − upperBound(v), upperBound(v) = hi + 1
    const s = v / total;
    const cumulative = held[lo] / total; // lowerBound(v) = lo
    for (let j = lo; j <= hi; j++) {
      const c = order[j];
      rank[c] = r;
      share[c] = s;
      cumulativeShare[c] = cumulative;
    }
    hi = lo - 1;
  }
}

function ranksBySearch(
  revenue: Float64Array,
  rank: Int32Array,
  share: Float64Array,
  cumulativeShare: Float64Array
): void {
  const n = revenue.length;
  let buyers = 0;
  for (let c = 0; c < n; c++) if (revenue[c] > 0) buyers++;
  const sorted = new Float64Array(buyers);
  buyers = 0;
  for (let c = 0; c < n; c++) if (revenue[c] > 0) sorted[buyers++] = revenue[c];
  sortNumbers(sorted);
  const held = new Float64Array(buyers + 1); // held[j] = sum of sorted[j..]
  for (let j = buyers - 1; j >= 0; j--) held[j] = held[j + 1] + sorted[j];
  const total = held[0];
  for (let c = 0; c < n; c++) {
    const v = revenue[c];
    if (!(v > 0)) continue;
    rank[c] = 1 + buyers - upperBound(sorted, v);
    share[c] = v / total;
    cumulativeShare[c] = held[lowerBound(sorted, v)] / total;
  }
}

function addTierWarnings(
  tiers: TierInfo[],
  rows: TieringResult["summary"]["rows"],
  total: TieringResult["summary"]["total"],
  warnings: string[]
): void {
  const rankedCount = total.customers;
  rows.forEach((row, t) => {
    if (tiers[t].group === "ranked" && row.customers === 0 && rankedCount > 0) {
      warnings.push(`Tier "${row.label}" is empty with ${rankedCount} ranked customers.`);
    }
  });
  let revenue = 0;
  for (const row of rows) revenue += row.revenue;
  if (revenue === 0 && rows.some((r) => r.customers > 0))
    warnings.push("Total revenue is zero: revenue shares have no value.");
  if (revenue < 0)
    warnings.push(
      "Total revenue is negative (returns exceed sales): shares are of a negative total."
    );
}
