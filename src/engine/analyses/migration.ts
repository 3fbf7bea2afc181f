import { customerKey, type KeyRule } from "../ids/keyRule";
import type { TierInfo } from "../types";

/** What a comparison needs from a tiering run (a TieringResult fits). */
export interface TieringSnapshot {
  tiers: TierInfo[];
  /** keyOf and foldCase: the key rule the customers are matched on (customerKey). */
  customers: KeyRule & {
    count: number;
    id: string[];
    name?: string[];
    tier: Int32Array;
    /** Used rows in the run's period per customer; 0 = no row in that period. Absent: every customer has one. */
    periodRows?: ArrayLike<number>;
  };
  /** The run's period (Excel serial days, inclusive); null or absent without a date column. */
  period?: { start: number; end: number } | null;
}

export interface CustomerMove {
  id: string;
  /** The customer's name in period B (else A); "" when no name column is mapped. */
  name: string;
  /** Tier index in period A; tiers.length (= "New") when the customer has no row in period A. */
  from: number;
  /** Tier index in period B; tiers.length (= "Lost") when the customer has no row in period B. */
  to: number;
}

/**
 * A comparison of two periods as plain data (numbers, strings, arrays): what the pane shows and what a
 * workbook writer needs, with no engine objects in it.
 */
export interface MigrationMatrix {
  /** Row and column labels: the tiers, then "New" (rows) / "Lost" (columns) at index tiers.length. */
  tiers: TierInfo[];
  /**
   * counts[from][to]; from = tiers.length: new in period B (no row in A); to = tiers.length: lost (no row
   * in B). counts[tiers.length][tiers.length] is always 0. The cells add up to `customers`.
   */
  counts: number[][];
  /** Customers with a row in period A or in period B (or both): the sum of the matrix. */
  customers: number;
  /** Customers with a row in period A / in period B. */
  customersA: number;
  customersB: number;
  /** Customers in both periods whose tier improved / worsened (a lower index is a better tier). */
  movedUp: CustomerMove[];
  movedDown: CustomerMove[];
  /** Customers in both periods in the same tier. */
  stayed: number;
  /** Customers with a row in B but none in A, and the reverse. */
  newCustomers: number;
  lost: number;
  /** Those customers themselves (from = tiers.length for new ones, to = tiers.length for lost ones). */
  newList: CustomerMove[];
  lostList: CustomerMove[];
  /** The two periods compared (null without a date column). */
  periodA: { start: number; end: number } | null;
  periodB: { start: number; end: number } | null;
}

const present = (snapshot: TieringSnapshot, c: number): boolean => {
  const rows = snapshot.customers.periodRows;
  return rows === undefined || rows[c] > 0;
};

/**
 * Compare two runs with the same tiers (A = earlier period, B = later), matching customers on their id key.
 * Only customers with a row in a period belong to it: a customer with no row in period A is new in B,
 * one with no row in B is lost, whatever group (Inactive, Suspect…) the run placed them in for lack of
 * sales. Tier indices are ordered best first, so a lower index in B than in A is a move up.
 */
export function compareTierings(a: TieringSnapshot, b: TieringSnapshot): MigrationMatrix {
  const k = b.tiers.length;
  const counts = Array.from({ length: k + 1 }, () => new Array<number>(k + 1).fill(0));
  const clamp = (t: number): number => Math.max(0, Math.min(t, k - 1));
  const name = (snapshot: TieringSnapshot, c: number): string => snapshot.customers.name?.[c] ?? "";
  const inA = new Map<string, number>();
  let customersA = 0;
  for (let c = 0; c < a.customers.count; c++) {
    if (!present(a, c)) continue;
    inA.set(customerKey(a.customers, c), c);
    customersA++;
  }
  const movedUp: CustomerMove[] = [];
  const movedDown: CustomerMove[] = [];
  const newList: CustomerMove[] = [];
  const lostList: CustomerMove[] = [];
  let stayed = 0;
  let customersB = 0;
  const seen = new Set<number>();
  for (let c = 0; c < b.customers.count; c++) {
    if (!present(b, c)) continue;
    customersB++;
    const to = clamp(b.customers.tier[c]);
    const id = b.customers.id[c];
    const ca = inA.get(customerKey(b.customers, c));
    if (ca === undefined) {
      counts[k][to]++;
      newList.push({ id, name: name(b, c), from: k, to });
      continue;
    }
    seen.add(ca);
    const from = clamp(a.customers.tier[ca]);
    counts[from][to]++;
    const move = { id, name: name(b, c) || name(a, ca), from, to };
    if (to < from) movedUp.push(move);
    else if (to > from) movedDown.push(move);
    else stayed++;
  }
  for (const ca of inA.values()) {
    if (seen.has(ca)) continue;
    const from = clamp(a.customers.tier[ca]);
    counts[from][k]++;
    lostList.push({ id: a.customers.id[ca], name: name(a, ca), from, to: k });
  }
  return {
    tiers: b.tiers,
    counts,
    customers: customersB + lostList.length,
    customersA,
    customersB,
    movedUp,
    movedDown,
    stayed,
    newCustomers: newList.length,
    lost: lostList.length,
    newList,
    lostList,
    periodA: a.period ?? null,
    periodB: b.period ?? null,
  };
}
