// Seeded benchmark data: heavy-tailed spend (log-normal customer scale × row noise), every customer has at
// least one row, 2% of rows are returns, rows in random order — as Excel's range.values would give them.
import type { Cell } from "../src/engine";
import { mulberry32 } from "../src/double/seedCase";

export interface BenchData {
  header: string[];
  rows: Cell[][];
}

export function generateRows(rowCount: number, customerCount: number, seed = 42): BenchData {
  const random = mulberry32(seed);
  const normal = (): number =>
    Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const scale = new Float64Array(customerCount);
  for (let c = 0; c < customerCount; c++) scale[c] = Math.exp(5 + 1.6 * normal());
  const ids = Array.from({ length: customerCount }, (_, c) => "CUST-" + String(c).padStart(7, "0"));
  const rows: Cell[][] = new Array(rowCount);
  const start = 45292; // 2024-01-01
  for (let i = 0; i < rowCount; i++) {
    const c = i < customerCount ? i : Math.floor(random() * customerCount);
    let amount = Math.round(scale[c] * (0.5 + random()) * 100) / 100;
    if (random() < 0.02) amount = -amount;
    rows[i] = [ids[c], amount, start + Math.floor(random() * 366)];
  }
  for (let i = rowCount - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = rows[i];
    rows[i] = rows[j];
    rows[j] = t;
  }
  // Office.js hands range.values over as deserialised JSON: one fresh string per cell, no shared objects.
  return {
    header: ["Customer", "Revenue", "Date"],
    rows: JSON.parse(JSON.stringify(rows)) as Cell[][],
  };
}

/** Pyramid shares of the core job, cumulative. */
export const CUMULATIVE = [0.01, 0.05, 0.2, 1];
export const LABELS = ["VIP", "Large", "Medium", "Small", "Inactive", "Prospect", "Suspect"];

/** The rank limits as every implementation must compute them: round half up of s × N. */
export function limitsFor(n: number): number[] {
  return CUMULATIVE.map((s, k) =>
    k === CUMULATIVE.length - 1 ? n : Math.floor(Math.round(s * n * 1e9) / 1e9 + 0.5)
  );
}

export interface JobOutput {
  counts: Record<string, number>;
  labels: ArrayLike<string>;
  revenueByTier: Record<string, number>;
}
