import { classifyStatus, isTruthyFlag } from "./classifyStatus";
import { CustomerKeys } from "../ids/customerKeys";
import { BLOCK } from "../ids/blockKeyTable";
import { scratchFloat64, type ScratchSlot } from "../scratch";
import { parseDate } from "./parseDate";
import { BLANK, isBlank, isExcelError, parseNumber } from "./parseNumber";
import { parsePlainNumber } from "./parsePlainNumber";
import {
  excelErrorInId,
  ID_NOT_TEXT_OR_NUMBER,
  measureIgnored,
  MISSING_DATE,
  MISSING_ID,
  NEGATIVE_INVESTMENT,
  NOT_A_ROW,
  NUMBER_TOO_LARGE,
  SUM_TOO_LARGE,
  unparseableDate,
  type Measure,
  type ProblemReason,
} from "./problemReason";
import type { Cell, ColumnMapping, IdMatching, Problem } from "../types";
import type { EngineWarning } from "../warnings";

export { NUMBER_TOO_LARGE, SUM_TOO_LARGE };

/** Problems kept in the result; beyond this only a count is reported (a garbage sheet must not exhaust memory). */
export const MAX_PROBLEMS = 100000;
/** Distinct status texts remembered per run. */
const MAX_STATUS_TEXTS = 4096;
/**
 * The most a customer's cells in one money column may add up to, signs ignored. Excel's largest number is
 * 9.99e307 and a double's 1.8e308, so two large cells already overflow to Infinity; with every customer's
 * sum within 1e290, totals, products and ratios over up to ten million customers stay finite.
 */
export const MAX_AMOUNT_SUM = 1e290;

/**
 * The input rows as typed columns, one entry per input row, plus the interned customers. The per-row number
 * columns (revenue … clv) are scratch memory, reused by the next run: read them during this run only, and
 * never put them in a result. `customer` is the run's own (the result's rowCustomer).
 */
export interface RowColumns {
  rowCount: number;
  /** Dense customer index per row; -1 for skipped rows. */
  customer: Int32Array;
  revenue: Float64Array;
  // The optional columns below are empty (length 0) unless their role is mapped, to save memory and time.
  cost: Float64Array;
  /** Only when a profit column is mapped (blank profit with a cost column reads as revenue − cost). */
  profit: Float64Array;
  investment: Float64Array;
  /** Excel serial day; NaN when the row has none. */
  date: Float64Array;
  score: Float64Array;
  clv: Float64Array;
  has: {
    cost: boolean;
    profit: boolean;
    investment: boolean;
    date: boolean;
    score: boolean;
    clv: boolean;
    status: boolean;
  };
  customers: CustomerIndex;
  /**
   * Without a date column every row counts, so the money columns are summed per customer while reading and
   * the per-row revenue/cost/profit/investment columns stay empty (length 0). Null with a date column.
   */
  sums: DirectSums | null;
  problems: Problem[];
  problemCount: number;
  blankRows: number;
  rowsUsed: number;
  warnings: EngineWarning[];
}

export interface CustomerIndex {
  count: number;
  /** Display id: the first spelling seen, trimmed. */
  ids: string[];
  /** Matching keys (made when first asked: most runs never read them). */
  keys: () => string[];
  /** Name per customer ("" when its rows had none); null when no name column is mapped. */
  names: string[] | null;
  /** Most qualified status seen (prospect beats suspect); 0 = STATUS_NONE. */
  status: Uint8Array;
  agent: Uint8Array;
}

/** Per-customer sums built while reading (length ≥ customers.count; only the first count entries hold data). */
export interface DirectSums {
  revenue: Float64Array;
  cost: Float64Array;
  profit: Float64Array;
  investment: Float64Array;
  /** Rows with positive revenue. */
  orders: Int32Array;
}

type NumberReader = (cell: Cell, row: number, column: number) => number;

/**
 * Parse and validate every row once. Skipped rows get customer -1 and a problem entry; blank rows are
 * skipped silently (counted). Never throws on cell contents.
 */
export function readRows(
  rows: readonly Cell[][],
  mapping: ColumnMapping,
  matching: IdMatching
): RowColumns {
  const n = rows.length;
  const problems: Problem[] = [];
  const warnings: EngineWarning[] = [];
  let problemCount = 0;
  const addProblem = (row: number, column: number, value: Cell, reason: ProblemReason): void => {
    problemCount++;
    if (problems.length < MAX_PROBLEMS) problems.push({ row, column, value, reason });
  };

  const col = (c: number | undefined): number =>
    c !== undefined && Number.isInteger(c) && c >= 0 ? c : -1;
  const idCol = col(mapping.customer);
  const revenueCol = col(mapping.revenue);
  const costCol = col(mapping.cost);
  const profitCol = col(mapping.profit);
  const investmentCol = col(mapping.investment);
  const dateCol = col(mapping.date);
  const statusCol = col(mapping.status);
  const nameCol = col(mapping.name);
  const scoreCol = col(mapping.score);
  const clvCol = col(mapping.clv);
  const agentCol = col(mapping.agent);

  // Pass 1: the customer of every row (first appearance order), so pass 2 knows the customer count and
  // allocates the per-customer sums once, at their final size.
  // Only an id and an amount, no dates: pass 1 also copies each row's amount (when it is a plain number) into
  // a column, so that pass 2 need not visit those rows' cells again.
  const amountsOnly =
    dateCol < 0 &&
    costCol < 0 &&
    profitCol < 0 &&
    investmentCol < 0 &&
    statusCol < 0 &&
    nameCol < 0 &&
    scoreCol < 0 &&
    clvCol < 0 &&
    agentCol < 0 &&
    revenueCol >= 0;
  const amounts = amountsOnly ? scratchFloat64("rowAmounts", n) : null;
  // A customer's cells can only add up beyond MAX_AMOUNT_SUM when one of them exceeds this share of it:
  // cells beyond it mark their customer for an exact check after the loop (a clean sheet has none).
  const watch = MAX_AMOUNT_SUM / Math.max(1, n);
  const watched = new Set<number>();
  const watchIf = (c: number, a: number, b: number, d: number, e: number): void => {
    if (Math.abs(a) > watch || Math.abs(b) > watch || Math.abs(d) > watch || Math.abs(e) > watch)
      watched.add(c);
  };
  /** Rows skipped although their id named a customer: that customer may have no used row left. */
  let skippedKnown = 0;
  const ids = internIds(rows, idCol, matching, amounts ? revenueCol : -1, amounts);
  const customer = ids.customer;
  const customers = ids.customers;
  const count = customers.count;
  // Names only with a name column; without one, the result makes its all-blank names when first read.
  const names = nameCol >= 0 ? new Array<string>(count).fill("") : null;
  customers.names = names;
  const bigNumericIds = ids.bigNumericIds;

  // Without dates nothing needs the rows after the roll-up: sum per customer now (less memory, one pass).
  const direct = dateCol < 0;
  // Per-row columns live in scratch memory: nothing reads them after the run (see RowColumns).
  const column = (slot: ScratchSlot, wanted: boolean, fill = 0): Float64Array =>
    wanted ? scratchFloat64(slot, n).fill(fill) : new Float64Array(0);
  const revenue = column("rowRevenue", !direct);
  const cost = column("rowCost", !direct && costCol >= 0);
  const profit = column("rowProfit", !direct && profitCol >= 0);
  const investment = column("rowInvestment", !direct && investmentCol >= 0);
  const hasProfit = profitCol >= 0 || costCol >= 0;
  const capacity = direct ? count : 0;
  const sumRevenue = new Float64Array(capacity);
  const sumOrders = new Int32Array(capacity);
  const sumCost = new Float64Array(costCol >= 0 ? capacity : 0);
  const sumProfit = new Float64Array(hasProfit ? capacity : 0);
  const sumInvestment = new Float64Array(investmentCol >= 0 ? capacity : 0);
  const date = column("rowDate", dateCol >= 0, NaN);
  const score = column("rowScore", scoreCol >= 0, NaN);
  const clv = column("rowClv", clvCol >= 0, NaN);

  // Optional money columns: blank is 0, anything unparseable skips the row.
  let badCell = false;
  const readOptional: NumberReader = (cell, row, column) => {
    if (typeof cell === "number" && cell - cell === 0) return cell;
    if (cell === "" || cell === null || cell === undefined) return 0; // blank, without a parse result
    const parsed = parseNumber(cell);
    if (parsed.ok) return parsed.value;
    if (parsed.reason === BLANK) return 0;
    addProblem(row, column, cell, parsed.reason);
    badCell = true;
    return 0;
  };

  // A score or CLV cell: its number, or NaN (blank, or bad: then listed with `ignored` after the reason).
  const readMeasure = (cell: Cell, row: number, column: number, ignored: Measure): number => {
    const parsed = parseNumber(cell);
    if (parsed.ok) {
      if (Math.abs(parsed.value) <= MAX_AMOUNT_SUM) return parsed.value;
      addProblem(row, column, cell, measureIgnored(ignored, NUMBER_TOO_LARGE));
    } else if (parsed.reason !== BLANK)
      addProblem(row, column, cell, measureIgnored(ignored, parsed.reason));
    return NaN;
  };

  // A status column holds a few words over and over: each distinct text is classified once (up to a bound,
  // so a column of free text cannot fill memory). Classifying every cell took about 145 ms per 1,000,000 rows.
  const statusByText = new Map<string, number>();
  const statusOf = (cell: Cell): number => {
    if (typeof cell !== "string") return classifyStatus(cell);
    let s = statusByText.get(cell);
    if (s === undefined) {
      s = classifyStatus(cell);
      if (statusByText.size < MAX_STATUS_TEXTS) statusByText.set(cell, s);
    }
    return s;
  };

  let blankRows = 0;
  let rowsUsed = 0;
  for (let i = 0; i < n; i++) {
    if (amounts) {
      // Rows with a customer and a plain amount, summed as the general path below would sum them, up to the
      // next row that needs that path.
      const next = sumAmounts(customer, amounts, sumRevenue, sumOrders, i, watch);
      rowsUsed += next - i;
      i = next;
      if (i >= n) break;
    }
    const row = rows[i];
    if (!Array.isArray(row)) {
      addProblem(i, 0, null, NOT_A_ROW);
      continue;
    }
    // Customer id (resolved in pass 1; a row without a customer is classified here). A row without one is
    // skipped, but its other cells are still read, so that every bad cell of it is reported.
    const c = customer[i];
    if (c < 0) {
      const idCell = idCol >= 0 ? row[idCol] : undefined;
      if (typeof idCell === "string") {
        if (idCell.trim() === "") {
          if (row.every(isBlank)) {
            blankRows++;
            continue;
          } else addProblem(i, idCol, idCell, MISSING_ID);
        } else addProblem(i, idCol, idCell, excelErrorInId(idCell.trim()));
      } else if (idCell === null || idCell === undefined) {
        if (row.every(isBlank)) {
          blankRows++;
          continue;
        } else addProblem(i, Math.max(idCol, 0), idCell, MISSING_ID);
      } else addProblem(i, idCol, idCell, ID_NOT_TEXT_OR_NUMBER);
    }

    // Revenue (required role; blank means nothing sold; negatives are returns).
    badCell = false;
    const revenueCell = revenueCol >= 0 ? row[revenueCol] : undefined;
    const rowRevenue =
      typeof revenueCell === "number" && revenueCell - revenueCell === 0
        ? revenueCell
        : readOptional(revenueCell, i, revenueCol);
    const rowCost = costCol >= 0 ? readOptional(row[costCol], i, costCol) : 0;
    let rowProfit = 0;
    if (profitCol >= 0) {
      const cell = row[profitCol];
      if (costCol >= 0 && isBlank(cell)) rowProfit = rowRevenue - rowCost;
      else rowProfit = readOptional(cell, i, profitCol);
    }
    let rowInvestment = 0;
    if (investmentCol >= 0) {
      rowInvestment = readOptional(row[investmentCol], i, investmentCol);
      if (rowInvestment < 0) {
        addProblem(i, investmentCol, row[investmentCol], NEGATIVE_INVESTMENT);
        badCell = true;
      }
    }
    let rowDate = NaN;
    if (dateCol >= 0) {
      const cell = row[dateCol];
      if (typeof cell === "number" && cell >= 61 && cell <= 2958465) rowDate = cell;
      else {
        const parsed = parseDate(cell);
        if (parsed.ok) rowDate = parsed.value;
        else if (parsed.reason !== BLANK || rowRevenue !== 0) {
          addProblem(
            i,
            dateCol,
            cell,
            parsed.reason === BLANK ? MISSING_DATE : unparseableDate(parsed.reason)
          );
          badCell = true;
        }
      }
    }
    // Score and CLV: a bad cell is listed, and the row is still used (when nothing else is wrong with it).
    const rowScore = scoreCol >= 0 ? readMeasure(row[scoreCol], i, scoreCol, "score") : NaN;
    const rowClv = clvCol >= 0 ? readMeasure(row[clvCol], i, clvCol, "clv") : NaN;
    if (c < 0) continue;
    if (badCell) {
      customer[i] = -1;
      skippedKnown++;
      continue;
    }
    watchIf(c, rowRevenue, rowCost, rowProfit, rowInvestment);

    if (direct) {
      // Same additions in the same (row) order as the roll-up over columns: identical sums.
      sumRevenue[c] += rowRevenue;
      if (rowRevenue > 0) sumOrders[c]++;
      if (costCol >= 0) sumCost[c] += rowCost;
      if (hasProfit) sumProfit[c] += profitCol >= 0 ? rowProfit : rowRevenue - rowCost;
      if (investmentCol >= 0) sumInvestment[c] += rowInvestment;
    } else {
      revenue[i] = rowRevenue;
      if (costCol >= 0) cost[i] = rowCost;
      if (profitCol >= 0) profit[i] = rowProfit;
      if (investmentCol >= 0) investment[i] = rowInvestment;
      date[i] = rowDate;
    }
    rowsUsed++;

    // Per-customer attributes (cheap, and only read when mapped).
    if (names !== null && names[c] === "") {
      const cell = row[nameCol];
      // Kept exactly (a leading tab or line break too); a blank cell is no name.
      if (typeof cell === "string" && !isExcelError(cell) && cell.trim() !== "") names[c] = cell;
      else if (typeof cell === "number") names[c] = String(cell);
    }
    if (statusCol >= 0) {
      const s = statusOf(row[statusCol]);
      if (s > customers.status[c]) customers.status[c] = s;
    }
    if (agentCol >= 0 && isTruthyFlag(row[agentCol])) customers.agent[c] = 1;
    if (scoreCol >= 0) score[i] = rowScore;
    if (clvCol >= 0) clv[i] = rowClv;
  }
  if (watched.size > 0) {
    const moneyColumns = [revenueCol, costCol, profitCol, investmentCol];
    const dropped = dropOversizedSums(rows, customer, watched, moneyColumns, addProblem);
    if (dropped > 0) {
      rowsUsed -= dropped;
      skippedKnown += dropped;
      problems.sort((a, b) => a.row - b.row || a.column - b.column);
    }
  }
  if (skippedKnown > 0) {
    // Customers whose every row was skipped are no customers: renumber the others densely, in order.
    const sums = [sumRevenue, sumCost, sumProfit, sumInvestment];
    dropUnusedCustomers(customer, customers, sums, sumOrders);
  }
  if (bigNumericIds > 0)
    warnings.push({ code: "longNumericIds", params: { count: bigNumericIds } });
  if (problemCount > problems.length)
    warnings.push({ code: "moreProblems", params: { count: problemCount - problems.length } });
  return {
    rowCount: n,
    customer,
    revenue,
    cost,
    profit,
    investment,
    date,
    score,
    clv,
    has: {
      cost: costCol >= 0,
      profit: hasProfit,
      investment: investmentCol >= 0,
      date: dateCol >= 0,
      score: scoreCol >= 0,
      clv: clvCol >= 0,
      status: statusCol >= 0,
    },
    customers,
    sums: direct
      ? {
          revenue: sumRevenue,
          cost: sumCost,
          profit: sumProfit,
          investment: sumInvestment,
          orders: sumOrders,
        }
      : null,
    problems,
    problemCount,
    blankRows,
    rowsUsed,
    warnings,
  };
}

/**
 * The customer of every row: a row array whose id cell is non-blank text (not an Excel error) or a finite
 * number gets its customer, in order of first appearance; every other row gets -1.
 */
function internIds(
  rows: readonly Cell[][],
  idCol: number,
  matching: IdMatching,
  amountCol: number,
  amounts: Float64Array | null
): { customer: Int32Array; customers: CustomerIndex; bigNumericIds: number } {
  const n = rows.length;
  const customer = new Int32Array(n); // every entry set below
  const index = new CustomerKeys(matching, n);
  if (idCol >= 0) assignCustomers(rows, idCol, index, customer, amountCol, amounts);
  else customer.fill(-1);
  const found = index.finish();
  const customers: CustomerIndex = {
    count: index.size,
    ids: found.ids,
    keys: found.keys,
    names: null,
    status: new Uint8Array(index.size),
    agent: new Uint8Array(index.size),
  };
  return { customer, customers, bigNumericIds: index.bigNumericIds };
}

/** The hot loop of internIds, on its own so that it is optimised as a whole (see sortBuyers.ts). */
function assignCustomers(
  rows: readonly Cell[][],
  idCol: number,
  index: CustomerKeys,
  customer: Int32Array,
  amountCol: number,
  amounts: Float64Array | null
): void {
  const n = rows.length;
  for (let start = 0; start < n; start += BLOCK) {
    const end = Math.min(n, start + BLOCK);
    index.assignBlock(rows, idCol, start, end, customer, amountCol, amounts);
    if (amounts) readTextAmounts(rows, amountCol, amounts, start, end);
  }
}

/**
 * The block's amounts that are plain money text ("1,234.50"), while its rows are still in cache; any other
 * cell stays NaN, for the general path to read or report. parsePlainNumber gives exactly parseNumber's
 * value, so the sums are the same either way.
 */
function readTextAmounts(
  rows: readonly Cell[][],
  amountCol: number,
  amounts: Float64Array,
  start: number,
  end: number
): void {
  for (let i = start; i < end; i++) {
    if (amounts[i] === amounts[i]) continue;
    const row = rows[i];
    const cell: unknown = Array.isArray(row) ? row[amountCol] : undefined;
    if (typeof cell === "string") amounts[i] = parsePlainNumber(cell);
  }
}

/**
 * Sum rows from `from` on whose customer is known and whose amount was a plain number within ±`watch`,
 * stopping at the first row that is not; returns its index (or the row count).
 */
function sumAmounts(
  customer: Int32Array,
  amounts: Float64Array,
  revenue: Float64Array,
  orders: Int32Array,
  from: number,
  watch: number
): number {
  for (let i = from; i < customer.length; i++) {
    const c = customer[i];
    const amount = amounts[i];
    // NaN (no plain amount) fails both tests.
    if (c < 0 || !(amount <= watch && amount >= -watch)) return i;
    revenue[c] += amount;
    if (amount > 0) orders[c]++;
  }
  return customer.length;
}

/** A money cell's value as the reading loop takes it (blank and bad cells as 0). */
function amountOf(cell: Cell): number {
  if (typeof cell === "number") return cell - cell === 0 ? cell : 0;
  const parsed = parseNumber(cell);
  return parsed.ok ? parsed.value : 0;
}

/**
 * The exact check behind MAX_AMOUNT_SUM, for the `watched` customers only: a customer whose used rows'
 * cells in one money column (`columns`: -1 when not mapped) add up, signs ignored, beyond MAX_AMOUNT_SUM has
 * every used row skipped, and each of those rows' cells in that column reported. Signs are ignored so
 * that the outcome does not depend on row order (+9e307, −9e307, 5 would otherwise sum to 5 or 0).
 * Returns the number of rows skipped.
 */
function dropOversizedSums(
  rows: readonly Cell[][],
  customer: Int32Array,
  watched: Set<number>,
  columns: readonly number[],
  addProblem: (row: number, column: number, value: Cell, reason: ProblemReason) => void
): number {
  const magnitude = new Map<number, Float64Array>();
  for (const c of watched) magnitude.set(c, new Float64Array(columns.length));
  for (let i = 0; i < customer.length; i++) {
    const sums = customer[i] >= 0 ? magnitude.get(customer[i]) : undefined;
    if (sums === undefined) continue;
    for (let k = 0; k < columns.length; k++) {
      if (columns[k] >= 0) sums[k] += Math.abs(amountOf(rows[i][columns[k]]));
    }
  }
  const tooLarge = (s: number): boolean => !(s <= MAX_AMOUNT_SUM);
  let dropped = 0;
  for (let i = 0; i < customer.length; i++) {
    const sums = customer[i] >= 0 ? magnitude.get(customer[i]) : undefined;
    if (sums === undefined || !sums.some(tooLarge)) continue;
    for (let k = 0; k < columns.length; k++) {
      if (columns[k] >= 0 && tooLarge(sums[k]))
        addProblem(i, columns[k], rows[i][columns[k]], SUM_TOO_LARGE);
    }
    customer[i] = -1;
    dropped++;
  }
  return dropped;
}

/**
 * Customers with no used row left are removed: the others are renumbered densely in their order, in the
 * rows (`customer`), in `customers` and in the per-customer sums made while reading (length 0 when absent).
 */
function dropUnusedCustomers(
  customer: Int32Array,
  customers: CustomerIndex,
  sums: Float64Array[],
  orders: Int32Array
): void {
  const count = customers.count;
  const used = new Uint8Array(count);
  for (let i = 0; i < customer.length; i++) if (customer[i] >= 0) used[customer[i]] = 1;
  const remap = new Int32Array(count);
  let kept = 0;
  for (let c = 0; c < count; c++) remap[c] = used[c] ? kept++ : -1;
  if (kept === count) return;
  for (let i = 0; i < customer.length; i++) if (customer[i] >= 0) customer[i] = remap[customer[i]];
  const keep = (_: unknown, c: number): boolean => used[c] === 1;
  const allKeys = customers.keys;
  let keys: string[] | null = null;
  customers.count = kept;
  customers.ids = customers.ids.filter(keep);
  customers.keys = () => (keys ??= allKeys().filter(keep));
  if (customers.names !== null) customers.names = customers.names.filter(keep);
  customers.status = customers.status.filter(keep);
  customers.agent = customers.agent.filter(keep);
  for (const column of [...sums, orders]) {
    if (column.length === 0) continue;
    for (let c = 0; c < count; c++) if (used[c]) column[remap[c]] = column[c];
  }
}
