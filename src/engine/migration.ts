import type { TierInfo } from "./types";

/** What a comparison needs from a tiering run (a TieringResult fits). */
export interface TieringSnapshot {
  tiers: TierInfo[];
  customers: { count: number; id: string[]; key: string[]; tier: Int32Array };
}

export interface CustomerMove {
  id: string;
  from: number;
  to: number;
}

export interface MigrationMatrix {
  /** Row and column labels: the tiers, then "New" (rows) / "Lost" (columns) at index tiers.length. */
  tiers: TierInfo[];
  /** counts[from][to]; from = tiers.length means new in period B, to = tiers.length means lost (absent in B). */
  counts: number[][];
  movedUp: CustomerMove[];
  movedDown: CustomerMove[];
  stayed: number;
  newCustomers: number;
  lost: number;
}

/**
 * Compare two runs with the same tiers (A = earlier period, B = later), matching customers on their id key.
 * Tier indices are ordered best first, so a lower index in B than in A is a move up.
 */
export function compareTierings(a: TieringSnapshot, b: TieringSnapshot): MigrationMatrix {
  const k = b.tiers.length;
  const counts = Array.from({ length: k + 1 }, () => new Array<number>(k + 1).fill(0));
  const inA = new Map<string, number>();
  for (let c = 0; c < a.customers.count; c++) inA.set(a.customers.key[c], c);
  const movedUp: CustomerMove[] = [];
  const movedDown: CustomerMove[] = [];
  let stayed = 0;
  let newCustomers = 0;
  const seen = new Set<number>();
  for (let c = 0; c < b.customers.count; c++) {
    const to = b.customers.tier[c];
    const ca = inA.get(b.customers.key[c]);
    if (ca === undefined) {
      counts[k][to]++;
      newCustomers++;
      continue;
    }
    seen.add(ca);
    const from = Math.min(a.customers.tier[ca], k - 1);
    counts[from][to]++;
    if (to < from) movedUp.push({ id: b.customers.id[c], from, to });
    else if (to > from) movedDown.push({ id: b.customers.id[c], from, to });
    else stayed++;
  }
  let lost = 0;
  for (let c = 0; c < a.customers.count; c++) {
    if (seen.has(c)) continue;
    counts[Math.min(a.customers.tier[c], k - 1)][k]++;
    lost++;
  }
  return { tiers: b.tiers, counts, movedUp, movedDown, stayed, newCustomers, lost };
}
