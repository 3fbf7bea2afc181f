import { isAmountsOnly, sumAmounts } from "./amountsOnly";
import { dropUnusedCustomers } from "./dropUnusedCustomers";
import { internIds } from "./internIds";
import { dropOversizedSums, SumWatch } from "./oversizedSums";
import { ProblemList } from "./problemList";
import type { DirectSums, RowColumns } from "./rowColumns";
import { BAD, BLANK_ROW, roleColumns, RowRule, USE, type RoleColumns } from "./rowRule";
import { scratchFloat64, type ScratchSlot } from "../scratch";
import type { Cell, ColumnMapping, IdMatching } from "../types";
import type { EngineWarning } from "../warnings";

export type { CustomerIndex, DirectSums, RowColumns } from "./rowColumns";
export { MAX_PROBLEMS } from "./problemList";
export { MAX_AMOUNT_SUM } from "./oversizedSums";
export { NUMBER_TOO_LARGE, SUM_TOO_LARGE } from "./problemReason";

/** The per-row columns a loop fills, and the per-customer sums (without a date column). */
type Columns = Pick<
  RowColumns,
  "revenue" | "cost" | "profit" | "investment" | "date" | "score" | "clv" | "sums"
>;

/** What a reading loop counted. */
interface Tally {
  blankRows: number;
  rowsUsed: number;
  /** Rows skipped although their id named a customer: that customer may have no used row left. */
  skippedKnown: number;
}

/**
 * Parse and validate every row once (the rule for one row: RowRule). Skipped rows get customer -1 and a
 * problem entry; blank rows are skipped silently (counted). Never throws on cell contents. Pass 1 finds the
 * customer of every row (first appearance order), so that pass 2 knows the customer count and allocates the
 * per-customer sums once, at their final size. Without a date column nothing needs the rows after the
 * roll-up, so pass 2 sums per customer (less memory, one pass); with one, it fills per-row columns.
 */
export function readRows(
  rows: readonly Cell[][],
  mapping: ColumnMapping,
  matching: IdMatching
): RowColumns {
  const n = rows.length;
  const col = roleColumns(mapping);
  const problems = new ProblemList();
  const amounts = isAmountsOnly(col) ? scratchFloat64("rowAmounts", n) : null;
  const ids = internIds(rows, col.customer, matching, amounts ? col.revenue : -1, amounts);
  const { customer, customers } = ids;
  // Names only with a name column; without one, the result makes its all-blank names when first read.
  customers.names = col.name >= 0 ? new Array<string>(customers.count).fill("") : null;
  const columns = allocate(col, n, customers.count);
  const rule = new RowRule(col, problems, customers);
  const watch = new SumWatch(n);
  const tally = readAll(rows, customer, rule, col, columns, watch, amounts);
  if (watch.watched.size > 0) {
    const moneyColumns = [col.revenue, col.cost, col.profit, col.investment];
    const dropped = dropOversizedSums(rows, customer, watch.watched, moneyColumns, problems);
    if (dropped > 0) {
      tally.rowsUsed -= dropped;
      tally.skippedKnown += dropped;
      problems.list.sort((a, b) => a.row - b.row || a.column - b.column);
    }
  }
  if (tally.skippedKnown > 0) {
    // Customers whose every row was skipped are no customers: renumber the others densely, in order.
    const s = columns.sums;
    const sums = s ? [s.revenue, s.cost, s.profit, s.investment] : [];
    dropUnusedCustomers(customer, customers, sums, s ? s.orders : new Int32Array(0));
  }
  const warnings: EngineWarning[] = [];
  if (ids.bigNumericIds > 0)
    warnings.push({ code: "longNumericIds", params: { count: ids.bigNumericIds } });
  if (problems.unlisted > 0)
    warnings.push({ code: "moreProblems", params: { count: problems.unlisted } });
  return {
    rowCount: n,
    customer,
    ...columns,
    has: {
      cost: col.cost >= 0,
      profit: col.profit >= 0 || col.cost >= 0,
      investment: col.investment >= 0,
      date: col.date >= 0,
      score: col.score >= 0,
      clv: col.clv >= 0,
      status: col.status >= 0,
    },
    customers,
    problems: problems.list,
    problemCount: problems.count,
    blankRows: tally.blankRows,
    rowsUsed: tally.rowsUsed,
    warnings,
  };
}

/**
 * The columns of a run of `n` rows and `count` customers. Per-row columns live in scratch memory (nothing
 * reads them after the run: see RowColumns); unmapped ones are empty.
 */
function allocate(col: RoleColumns, n: number, count: number): Columns {
  const direct = col.date < 0;
  const column = (slot: ScratchSlot, wanted: boolean, fill = 0): Float64Array =>
    wanted ? scratchFloat64(slot, n).fill(fill) : new Float64Array(0);
  const sized = (wanted: boolean): Float64Array => new Float64Array(wanted ? count : 0);
  return {
    revenue: column("rowRevenue", !direct),
    cost: column("rowCost", !direct && col.cost >= 0),
    profit: column("rowProfit", !direct && col.profit >= 0),
    investment: column("rowInvestment", !direct && col.investment >= 0),
    date: column("rowDate", !direct, NaN),
    score: column("rowScore", col.score >= 0, NaN),
    clv: column("rowClv", col.clv >= 0, NaN),
    sums: direct
      ? {
          revenue: sized(true),
          cost: sized(col.cost >= 0),
          profit: sized(col.profit >= 0 || col.cost >= 0),
          investment: sized(col.investment >= 0),
          orders: new Int32Array(count),
        }
      : null,
  };
}

/**
 * Pass 2: the row rule on every row; a used row's money goes to its customer's sums without a date column
 * (in row order: the same additions in the same order as the roll-up over columns, so identical sums), or
 * into the per-row columns with one. With `amounts` (the amounts-only fast path), runs of rows with a
 * customer and a plain amount are summed without the row rule.
 */
function readAll(
  rows: readonly Cell[][],
  customer: Int32Array,
  rule: RowRule,
  col: RoleColumns,
  columns: Columns,
  watch: SumWatch,
  amounts: Float64Array | null
): Tally {
  const n = rows.length;
  const sums = columns.sums;
  const attributes = rule.hasAttributes;
  const tally: Tally = { blankRows: 0, rowsUsed: 0, skippedKnown: 0 };
  let used = 0;
  for (let i = 0; i < n; i++) {
    if (amounts && sums) {
      const next = sumAmounts(customer, amounts, sums.revenue, sums.orders, i, watch.limit);
      used += next - i;
      i = next;
      if (i >= n) break;
    }
    const row = rows[i];
    const c = customer[i];
    const verdict = rule.read(row, i, c);
    if (verdict !== USE) {
      count(verdict, tally, customer, i);
      continue;
    }
    watch.check(c, rule.revenue, rule.cost, rule.profit, rule.investment);
    if (sums) addToSums(sums, c, rule, col);
    else store(columns, i, rule, col);
    used++;
    if (attributes) rule.attributes(row, c);
    if (col.score >= 0) columns.score[i] = rule.score;
    if (col.clv >= 0) columns.clv[i] = rule.clv;
  }
  tally.rowsUsed = used;
  return tally;
}

/** A used row's money into its customer's sums (no date column). */
function addToSums(sums: DirectSums, c: number, rule: RowRule, col: RoleColumns): void {
  const { revenue, cost } = rule;
  sums.revenue[c] += revenue;
  if (revenue > 0) sums.orders[c]++;
  if (col.cost >= 0) sums.cost[c] += cost;
  if (sums.profit.length > 0) sums.profit[c] += col.profit >= 0 ? rule.profit : revenue - cost;
  if (col.investment >= 0) sums.investment[c] += rule.investment;
}

/** A used row's values into the per-row columns (with a date column). */
function store(columns: Columns, i: number, rule: RowRule, col: RoleColumns): void {
  columns.revenue[i] = rule.revenue;
  if (col.cost >= 0) columns.cost[i] = rule.cost;
  if (col.profit >= 0) columns.profit[i] = rule.profit;
  if (col.investment >= 0) columns.investment[i] = rule.investment;
  columns.date[i] = rule.date;
}

/** A skipped row: counted as blank, or (a known customer's row with a bad cell) taken from its customer. */
function count(verdict: number, tally: Tally, customer: Int32Array, i: number): void {
  if (verdict === BLANK_ROW) tally.blankRows++;
  else if (verdict === BAD) {
    customer[i] = -1;
    tally.skippedKnown++;
  }
}
