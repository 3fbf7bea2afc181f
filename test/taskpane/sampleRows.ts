import type { Cell } from "../../src/engine";

/** `n` customers C001..Cn with distinct revenue (customer i: i × 10) and cost of half their revenue. */
export function rankedCustomers(n: number): { header: Cell[]; rows: Cell[][] } {
  const rows: Cell[][] = [];
  for (let i = 1; i <= n; i++)
    rows.push([`C${String(i).padStart(3, "0")}`, i * 10, i * 1000, i * 5]);
  return { header: ["Client", "Net sales", "Gross amount", "Cost"], rows };
}
