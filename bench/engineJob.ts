import { rowLabels, runTiering, type Cell } from "../src/engine";
import type { JobOutput } from "./generate";

/** The core job with the engine: totals, pyramid tiers, per-tier summary, one label per input row. */
export function engineJob(rows: Cell[][]): JobOutput {
  const result = runTiering(rows, {
    mapping: { customer: 0, revenue: 1 },
    scheme: { kind: "pyramid", tiers: [] },
  });
  const labels = rowLabels(result);
  const counts: Record<string, number> = {};
  const revenueByTier: Record<string, number> = {};
  for (const row of result.summary.rows) {
    if (row.customers === 0) continue;
    counts[row.label] = row.customers;
    revenueByTier[row.label] = row.revenue;
  }
  return { counts, labels, revenueByTier };
}
