import { classifyStatus, isTruthyFlag } from "./classifyStatus";
import { MAX_AMOUNT_SUM } from "./oversizedSums";
import { parseDate } from "./parseDate";
import { BLANK, isBlank, isExcelError, parseNumber } from "./parseNumber";
import type { ProblemList } from "./problemList";
import {
  excelErrorInId,
  ID_NOT_TEXT_OR_NUMBER,
  measureIgnored,
  MISSING_DATE,
  MISSING_ID,
  NEGATIVE_INVESTMENT,
  NOT_A_ROW,
  NUMBER_TOO_LARGE,
  unparseableDate,
  type Measure,
} from "./problemReason";
import type { CustomerIndex } from "./rowColumns";
import type { Cell, ColumnMapping, Role } from "../types";

/** Distinct status texts remembered per run. */
const MAX_STATUS_TEXTS = 4096;

/** What a row is, as RowRule.read says it. */
export const USE = 0;
/** A row of a known customer with a bad cell: skipped (its problems listed). */
export const BAD = 1;
/** A row without a customer (not a row, or no usable id): skipped (its problems listed). */
export const NO_CUSTOMER = 2;
/** A blank row: skipped silently, counted. */
export const BLANK_ROW = 3;

/** The column of each role in the rows, -1 when not mapped. */
export type RoleColumns = Record<Role, number>;

export function roleColumns(mapping: ColumnMapping): RoleColumns {
  const col = (c: number | undefined): number =>
    c !== undefined && Number.isInteger(c) && c >= 0 ? c : -1;
  return {
    customer: col(mapping.customer),
    name: col(mapping.name),
    revenue: col(mapping.revenue),
    cost: col(mapping.cost),
    profit: col(mapping.profit),
    investment: col(mapping.investment),
    date: col(mapping.date),
    status: col(mapping.status),
    score: col(mapping.score),
    clv: col(mapping.clv),
    agent: col(mapping.agent),
  };
}

/**
 * What one row means: the rule every reading loop applies. `read` takes a row's cells, lists its bad cells
 * and leaves its values in the fields below; `attributes` records what a used row says of its customer.
 * Revenue is required (blank means nothing sold, negatives are returns); the other money columns read blank
 * as 0; any unparseable money or date cell skips the row; bad score and CLV cells are listed and the row
 * still used; a row without a customer is skipped, but its other cells are still read, so that every bad
 * cell of it is reported.
 */
export class RowRule {
  revenue = 0;
  cost = 0;
  /** 0 without a profit column (the sums then take revenue − cost). */
  profit = 0;
  investment = 0;
  /** Excel serial day; NaN without a date column. */
  date = NaN;
  score = NaN;
  clv = NaN;
  /** Whether a used row says anything of its customer (a name, status or agent column): see attributes. */
  readonly hasAttributes: boolean;
  private bad = false;
  private readonly statusByText = new Map<string, number>();

  constructor(
    private readonly col: RoleColumns,
    private readonly problems: ProblemList,
    private readonly customers: CustomerIndex
  ) {
    this.hasAttributes = col.name >= 0 || col.status >= 0 || col.agent >= 0;
  }

  /** Read row `i`, whose customer (from its id cell) is `c` (-1 for none): USE, BAD, NO_CUSTOMER or BLANK_ROW. */
  read(row: Cell[], i: number, c: number): number {
    if (!Array.isArray(row)) {
      this.problems.add(i, 0, null, NOT_A_ROW);
      return NO_CUSTOMER;
    }
    if (c < 0 && this.blankOrBadId(row, i)) return BLANK_ROW;
    const col = this.col;
    this.bad = false;
    const revenueCell = col.revenue >= 0 ? row[col.revenue] : undefined;
    const revenue = (this.revenue =
      typeof revenueCell === "number" && revenueCell - revenueCell === 0
        ? revenueCell
        : this.money(revenueCell, i, col.revenue));
    const cost = (this.cost = col.cost >= 0 ? this.money(row[col.cost], i, col.cost) : 0);
    if (col.profit >= 0) {
      const cell = row[col.profit];
      this.profit =
        col.cost >= 0 && isBlank(cell) ? revenue - cost : this.money(cell, i, col.profit);
    }
    if (col.investment >= 0) this.investment = this.investmentOf(row[col.investment], i);
    if (col.date >= 0) this.date = this.dateOf(row[col.date], i, revenue);
    if (col.score >= 0) this.score = this.measure(row[col.score], i, col.score, "score");
    if (col.clv >= 0) this.clv = this.measure(row[col.clv], i, col.clv, "clv");
    if (c < 0) return NO_CUSTOMER;
    return this.bad ? BAD : USE;
  }

  /** A used row's name, status and agent flag for its customer `c`. */
  attributes(row: Cell[], c: number): void {
    const col = this.col;
    const customers = this.customers;
    const names = customers.names;
    if (names !== null && names[c] === "") {
      const cell = row[col.name];
      // Kept exactly (a leading tab or line break too); a blank cell is no name.
      if (typeof cell === "string" && !isExcelError(cell) && cell.trim() !== "") names[c] = cell;
      else if (typeof cell === "number") names[c] = String(cell);
    }
    if (col.status >= 0) {
      const s = this.statusOf(row[col.status]);
      if (s > customers.status[c]) customers.status[c] = s;
    }
    if (col.agent >= 0 && isTruthyFlag(row[col.agent])) customers.agent[c] = 1;
  }

  /** A row without a customer: true when it is blank, else its id cell is listed. */
  private blankOrBadId(row: Cell[], i: number): boolean {
    const idCol = this.col.customer;
    const idCell = idCol >= 0 ? row[idCol] : undefined;
    if (typeof idCell === "string") {
      if (idCell.trim() !== "") this.problems.add(i, idCol, idCell, excelErrorInId(idCell.trim()));
      else if (row.every(isBlank)) return true;
      else this.problems.add(i, idCol, idCell, MISSING_ID);
    } else if (idCell === null || idCell === undefined) {
      if (row.every(isBlank)) return true;
      this.problems.add(i, Math.max(idCol, 0), idCell, MISSING_ID);
    } else this.problems.add(i, idCol, idCell, ID_NOT_TEXT_OR_NUMBER);
    return false;
  }

  /** A money cell: its number; blank is 0; anything unparseable is listed, marks the row bad, and reads 0. */
  private money(cell: Cell, row: number, column: number): number {
    if (typeof cell === "number" && cell - cell === 0) return cell;
    if (cell === "" || cell === null || cell === undefined) return 0; // blank, without a parse result
    const parsed = parseNumber(cell);
    if (parsed.ok) return parsed.value;
    if (parsed.reason === BLANK) return 0;
    this.problems.add(row, column, cell, parsed.reason);
    this.bad = true;
    return 0;
  }

  private investmentOf(cell: Cell, row: number): number {
    const column = this.col.investment;
    const value = this.money(cell, row, column);
    if (value < 0) {
      this.problems.add(row, column, cell, NEGATIVE_INVESTMENT);
      this.bad = true;
    }
    return value;
  }

  /** A date cell: its serial, or NaN (listed and the row bad unless blank on a row with no revenue). */
  private dateOf(cell: Cell, row: number, revenue: number): number {
    if (typeof cell === "number" && cell >= 61 && cell <= 2958465) return cell;
    const parsed = parseDate(cell);
    if (parsed.ok) return parsed.value;
    if (parsed.reason !== BLANK || revenue !== 0) {
      const reason = parsed.reason === BLANK ? MISSING_DATE : unparseableDate(parsed.reason);
      this.problems.add(row, this.col.date, cell, reason);
      this.bad = true;
    }
    return NaN;
  }

  /** A score or CLV cell: its number, or NaN (blank, or bad: then listed as ignored). */
  private measure(cell: Cell, row: number, column: number, measure: Measure): number {
    const parsed = parseNumber(cell);
    if (parsed.ok) {
      if (Math.abs(parsed.value) <= MAX_AMOUNT_SUM) return parsed.value;
      this.problems.add(row, column, cell, measureIgnored(measure, NUMBER_TOO_LARGE));
    } else if (parsed.reason !== BLANK)
      this.problems.add(row, column, cell, measureIgnored(measure, parsed.reason));
    return NaN;
  }

  // A status column holds a few words over and over: each distinct text is classified once (up to a bound,
  // so a column of free text cannot fill memory). Classifying every cell took about 145 ms per 1,000,000 rows.
  private statusOf(cell: Cell): number {
    if (typeof cell !== "string") return classifyStatus(cell);
    let s = this.statusByText.get(cell);
    if (s === undefined) {
      s = classifyStatus(cell);
      if (this.statusByText.size < MAX_STATUS_TEXTS) this.statusByText.set(cell, s);
    }
    return s;
  }
}
