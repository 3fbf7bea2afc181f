import * as aq from "arquero";
import type { Cell } from "../src/engine";
import { LABELS, limitsFor, type JobOutput } from "./generate";

const { op } = aq;

/** The same job in Arquero: columns from the rows, group-by sums, rank, tiers, summary, labels via a join. */
export function arqueroJob(rows: Cell[][]): JobOutput {
  const n = rows.length;
  const id = new Array<string>(n);
  const revenue = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const r = rows[i];
    id[i] = String(r[0]).trim().toLowerCase();
    revenue[i] = typeof r[1] === "number" ? r[1] : Number(r[1]);
  }
  const table = aq.table({ id, revenue });
  const customers = table
    .groupby("id")
    .rollup({ revenue: op.sum("revenue"), best: op.max("revenue") });
  const buyers = customers.filter((d: { revenue: number }) => d.revenue > 0);
  const limits = limitsFor(buyers.numRows());
  const ranked = buyers
    .orderby(aq.desc("revenue"))
    .derive({ rank: () => op.rank() })
    .params({ l0: limits[0], l1: limits[1], l2: limits[2] })
    .derive({
      tier: (d: { rank: number }, $: { l0: number; l1: number; l2: number }) =>
        d.rank <= $.l0 ? "VIP" : d.rank <= $.l1 ? "Large" : d.rank <= $.l2 ? "Medium" : "Small",
    });
  const others = customers
    .filter((d: { revenue: number }) => !(d.revenue > 0))
    .derive({ tier: (d: { best: number }) => (d.best > 0 ? "Inactive" : "Suspect") });
  const tiered = ranked
    .select("id", "revenue", "tier")
    .concat(others.select("id", "revenue", "tier"));
  const summary = tiered.groupby("tier").rollup({
    customers: op.count(),
    revenue: op.sum("revenue"),
    lo: op.min("revenue"),
    hi: op.max("revenue"),
  });
  const labelled = table.lookup(tiered, "id", "tier");
  const labels = labelled.array("tier") as ArrayLike<string>;
  const counts: Record<string, number> = {};
  const revenueByTier: Record<string, number> = {};
  summary.objects().forEach((o: object) => {
    const row = o as { tier: string; customers: number; revenue: number };
    counts[row.tier] = row.customers;
    revenueByTier[row.tier] = row.revenue;
  });
  void LABELS;
  return { counts, labels, revenueByTier };
}
