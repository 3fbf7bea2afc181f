import { classifyStatus, isTruthyFlag, STATUS_NONE } from "./classifyStatus";
import { idKey, idText } from "./idKey";
import { parseDate } from "./parseDate";
import { StringTable } from "./stringTable";
import { BLANK, isBlank, isExcelError, parseNumber } from "./parseNumber";
import type { Cell, ColumnMapping, IdMatching, Problem } from "./types";

/** Problems kept in the result; beyond this only a count is reported (a garbage sheet must not exhaust memory). */
export const MAX_PROBLEMS = 100000;

/** The input rows as typed columns, one entry per input row, plus the interned customers. */
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
  warnings: string[];
}

export interface CustomerIndex {
  count: number;
  /** Display id: the first spelling seen, trimmed. */
  ids: string[];
  keys: string[];
  names: string[];
  /** Most qualified status seen (prospect beats suspect). */
  status: number[];
  agent: number[];
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
  const customer = new Int32Array(n).fill(-1);
  const problems: Problem[] = [];
  const warnings: string[] = [];
  let problemCount = 0;
  const addProblem = (row: number, column: number, value: Cell, reason: string): void => {
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
  // Without dates nothing needs the rows after the roll-up: sum per customer now (less memory, one pass).
  const direct = dateCol < 0;
  const column = (mapped: number, fill = 0): Float64Array =>
    mapped >= 0 ? new Float64Array(n).fill(fill) : new Float64Array(0);
  const revenue = new Float64Array(direct ? 0 : n);
  const cost = column(direct ? -1 : costCol);
  const profit = column(direct ? -1 : profitCol);
  const investment = column(direct ? -1 : investmentCol);
  const hasProfit = profitCol >= 0 || costCol >= 0;
  let capacity = direct ? Math.min(n, 1024) : 0;
  let sumRevenue = new Float64Array(capacity);
  let sumOrders = new Int32Array(capacity);
  let sumCost = new Float64Array(costCol >= 0 ? capacity : 0);
  let sumProfit = new Float64Array(hasProfit ? capacity : 0);
  let sumInvestment = new Float64Array(investmentCol >= 0 ? capacity : 0);
  const grown = <T extends Float64Array | Int32Array>(a: T, size: number): T => {
    if (a.length === 0) return a;
    const b = new (a.constructor as new (length: number) => T)(size);
    b.set(a);
    return b;
  };
  const date = column(dateCol, NaN);
  const score = column(scoreCol, NaN);
  const clv = column(clvCol, NaN);

  const customers: CustomerIndex = {
    count: 0,
    ids: [],
    keys: [],
    names: [],
    status: [],
    agent: [],
  };
  // Customer key → customer (10⁵+ fresh key strings: an Int32Array hash table beats a Map).
  const byKey = new StringTable();
  // Raw cell → customer, so each distinct spelling is normalised once, not once per row.
  // A null-prototype object beats a Map and the StringTable here (measured on the bench data): V8
  // internalises each raw string once (the cell becomes a thin string), so repeated lookups are cheap;
  // the first run over fresh cells pays for the internalising (about the StringTable's cost).
  const byText: Record<string, number> = Object.create(null);
  const byNumber = new Map<number, number>();
  let bigNumericIds = 0;

  const intern = (text: string): number => {
    const key = idKey(text, matching);
    let c = byKey.get(key);
    if (c < 0) {
      c = customers.count++;
      if (c >= capacity && direct) {
        capacity = Math.max(1024, capacity * 2);
        sumRevenue = grown(sumRevenue, capacity);
        sumOrders = grown(sumOrders, capacity);
        sumCost = grown(sumCost, capacity);
        sumProfit = grown(sumProfit, capacity);
        sumInvestment = grown(sumInvestment, capacity);
      }
      byKey.add(key, c);
      customers.ids.push(text.trim());
      customers.keys.push(key);
      // Filled at the end for roles not mapped (one allocation instead of growing arrays).
      if (nameCol >= 0) customers.names.push("");
      if (statusCol >= 0) customers.status.push(STATUS_NONE);
      if (agentCol >= 0) customers.agent.push(0);
    }
    return c;
  };

  // Optional money columns: blank is 0, anything unparseable skips the row.
  let badCell = false;
  const readOptional: NumberReader = (cell, row, column) => {
    if (typeof cell === "number" && cell - cell === 0) return cell;
    const parsed = parseNumber(cell);
    if (parsed.ok) return parsed.value;
    if (parsed.reason === BLANK) return 0;
    addProblem(row, column, cell, parsed.reason);
    badCell = true;
    return 0;
  };

  let blankRows = 0;
  let rowsUsed = 0;
  for (let i = 0; i < n; i++) {
    const row = rows[i];
    if (!Array.isArray(row)) {
      addProblem(i, 0, null, "not a row");
      continue;
    }
    // Customer id.
    const idCell = idCol >= 0 ? row[idCol] : undefined;
    let c: number | undefined;
    if (typeof idCell === "string") {
      c = byText[idCell];
      if (c === undefined) {
        if (idCell.trim() === "") {
          if (row.every(isBlank)) blankRows++;
          else addProblem(i, idCol, idCell, "missing customer id");
          continue;
        }
        if (isExcelError(idCell)) {
          addProblem(i, idCol, idCell, `Excel error ${idCell.trim()} in customer id`);
          continue;
        }
        c = intern(idCell);
        byText[idCell] = c;
      }
    } else if (typeof idCell === "number" && Number.isFinite(idCell)) {
      c = byNumber.get(idCell);
      if (c === undefined) {
        if (Math.abs(idCell) >= 1e15) bigNumericIds++;
        c = intern(idText(idCell));
        byNumber.set(idCell, c);
      }
    } else {
      if (idCell === null || idCell === undefined) {
        if (row.every(isBlank)) blankRows++;
        else addProblem(i, Math.max(idCol, 0), idCell, "missing customer id");
      } else addProblem(i, idCol, idCell, "customer id is not text or a number");
      continue;
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
        addProblem(i, investmentCol, row[investmentCol], "negative where not allowed (investment)");
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
            parsed.reason === BLANK ? "missing date" : "unparseable date: " + parsed.reason
          );
          badCell = true;
        }
      }
    }
    if (badCell) continue;

    customer[i] = c;
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
    if (nameCol >= 0 && customers.names[c] === "") {
      const cell = row[nameCol];
      if ((typeof cell === "string" && !isExcelError(cell)) || typeof cell === "number")
        customers.names[c] = String(cell).trim();
    }
    if (statusCol >= 0) {
      const s = classifyStatus(row[statusCol]);
      if (s > customers.status[c]) customers.status[c] = s;
    }
    if (agentCol >= 0 && isTruthyFlag(row[agentCol])) customers.agent[c] = 1;
    if (scoreCol >= 0) {
      const cell = row[scoreCol];
      const parsed = parseNumber(cell);
      if (parsed.ok) score[i] = parsed.value;
      else if (parsed.reason !== BLANK)
        addProblem(i, scoreCol, cell, parsed.reason + " (score ignored)");
    }
    if (clvCol >= 0) {
      const cell = row[clvCol];
      const parsed = parseNumber(cell);
      if (parsed.ok) clv[i] = parsed.value;
      else if (parsed.reason !== BLANK)
        addProblem(i, clvCol, cell, parsed.reason + " (CLV ignored)");
    }
  }
  const count = customers.count;
  if (nameCol < 0) customers.names = new Array<string>(count).fill("");
  if (statusCol < 0) customers.status = new Array<number>(count).fill(STATUS_NONE);
  if (agentCol < 0) customers.agent = new Array<number>(count).fill(0);
  if (bigNumericIds > 0) {
    warnings.push(
      `${bigNumericIds} customer ids are numbers with 16 or more digits; Excel keeps only 15 significant digits, so store such ids as text.`
    );
  }
  if (problemCount > problems.length)
    warnings.push(`${problemCount - problems.length} further problems not listed.`);
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
