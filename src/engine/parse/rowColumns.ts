import type { KeyRule } from "../ids/keyRule";
import type { Problem } from "../types";
import type { EngineWarning } from "../warnings";

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

/** The customers: their matching keys follow from `ids` by the key rule (keyOf, foldCase; see keyRule.ts). */
export interface CustomerIndex extends KeyRule {
  count: number;
  /** Display id: the first spelling seen, trimmed. */
  ids: string[];
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
