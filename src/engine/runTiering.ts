import { churnFlags } from "./analyses/churn";
import { pareto, paretoOfSorted } from "./analyses/pareto";
import { tierSummary } from "./analyses/tierSummary";
import { tierWarnings } from "./analyses/tierWarnings";
import { whaleCurve } from "./analyses/whaleCurve";
import { whatIfOfSummary } from "./analyses/whatIf";
import { buyersOf } from "./buyers";
import { customerTable } from "./customerTable";
import { normalizeSetup } from "./normalizeSetup";
import { readRows, type RowColumns } from "./parse/readRows";
import { resolvePeriod } from "./period";
import { rollUpCustomers, type CustomerTotals } from "./rollUpCustomers";
import { schemeInputs } from "./schemeInputs";
import { pyramidScheme } from "./schemes/pyramidScheme";
import { schemeDefinition, schemeTiers } from "./schemes/registry";
import { rfmColumns } from "./schemes/rfmScheme";
import { sortBuyers } from "./sort/sortBuyers";
import { placeNonBuyers, rowTiers, tierInfos } from "./tierPlaces";
import type { Cell, RoiBasis, TieringOptions, TieringResult, TieringSetup } from "./types";
import type { EngineWarning } from "./warnings";

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
    result.rowTier = new Int32Array(rowCount).fill(-1);
    result.rowCustomer = new Int32Array(rowCount).fill(-1);
    result.rowsSkipped = rowCount;
    result.warnings = [{ code: "engineFailed", params: { error: String(error) } }];
    return result;
  }
}

/** The rows as typed columns, or (when customer or revenue is not mapped) no rows and a warning. */
function readMappedRows(
  rows: Cell[][],
  setup: TieringSetup,
  warnings: EngineWarning[]
): RowColumns {
  const { mapping } = setup;
  const missing = (["customer", "revenue"] as const).filter((role) => mapping[role] === undefined);
  if (missing.length) warnings.push({ code: "mapColumnsFirst", params: { roles: missing } });
  const rowsIn = readRows(
    missing.length ? [] : rows,
    mapping,
    setup.options?.idMatching ?? "normalized"
  );
  if (missing.length) {
    rowsIn.rowCount = rows.length;
    rowsIn.customer = new Int32Array(rows.length).fill(-1);
  }
  warnings.push(...rowsIn.warnings);
  if (rowsIn.blankRows > 0)
    warnings.push({ code: "blankRowsSkipped", params: { count: rowsIn.blankRows } });
  return rowsIn;
}

/** Per-customer totals; profit given without cost makes cost what revenue leaves after profit (a fact). */
function totalsOf(
  rowsIn: RowColumns,
  setup: TieringSetup,
  period: TieringResult["period"]
): CustomerTotals {
  const totals = rollUpCustomers(rowsIn, period);
  if (setup.mapping.profit !== undefined && setup.mapping.cost === undefined) {
    // A new array: an unmapped cost column may be the shared all-zero one.
    const cost = new Float64Array(totals.count);
    for (let c = 0; c < totals.count; c++) cost[c] = totals.revenue[c] - totals.profit[c];
    totals.cost = cost;
  }
  return totals;
}

function tier(rows: Cell[][], setup: TieringSetup): TieringResult {
  const options: TieringOptions = setup.options ?? {};
  const scheme = setup.scheme;
  const warnings: EngineWarning[] = [];
  const rowsIn = readMappedRows(rows, setup, warnings);
  const period = rowsIn.has.date ? resolvePeriod(rowsIn.date, options.period) : null;
  const totals = totalsOf(rowsIn, setup, period);
  // Buyers by revenue, sorted once for the rank tiers, the customer ranks and shares, and Pareto.
  const buyers = sortBuyers(totals.revenue);
  const ctx = schemeInputs(rowsIn, totals, period, warnings, buyers ? buyers.values : null);
  const definition = schemeDefinition(scheme.kind) ?? pyramidScheme;
  const outcome = definition.run(ctx, scheme, schemeTiers(scheme));
  const rfm = outcome.rfm ?? (options.rfm && period ? rfmColumns(ctx) : undefined);

  const tiers = tierInfos(outcome.tiers, options.groupLabels);
  const customerTier = placeNonBuyers(outcome.tier, outcome.tiers.length, totals, rowsIn);
  const customers = customerTable(rowsIn, totals, customerTier, buyers, rfm, outcome.clv);
  if (period && options.churn) {
    const { customer, revenue, date } = rowsIn;
    const { count, lastPurchase } = totals;
    customers.churn = churnFlags(
      customer,
      revenue,
      date,
      count,
      lastPurchase,
      period.end,
      options.churn
    );
  }
  const hasProfit = rowsIn.has.profit;
  const roiBasis: RoiBasis = rowsIn.has.investment ? "investment" : hasProfit ? "cost" : "none";
  const { revenue, profit, cost, investment } = totals;
  const summary = tierSummary({
    tiers,
    tier: customerTier,
    ...{ revenue, profit, cost, investment, hasProfit, roiBasis },
  });
  warnings.push(...tierWarnings(tiers, summary));
  const result: TieringResult = {
    tiers,
    customers,
    rowTier: rowTiers(rowsIn.customer, customerTier),
    rowCustomer: rowsIn.customer,
    summary,
    pareto: buyers
      ? paretoOfSorted(buyers.values, revenue, hasProfit ? profit : null)
      : pareto(revenue, hasProfit ? profit : null),
    whale: hasProfit ? whaleCurve(profit, buyersOf(revenue)) : { points: [], peak: null },
    period,
    problems: rowsIn.problems,
    rowsUsed: rowsIn.rowsUsed,
    rowsSkipped: rowsIn.rowCount - rowsIn.rowsUsed,
    warnings,
  };
  if (options.whatIf && options.whatIf.length)
    result.whatIf = whatIfOfSummary(summary, options.whatIf);
  return result;
}
