import type { TieringResult } from "./types";

type Labelled = Pick<TieringResult, "tiers" | "rowTier">;

/** Label of a row's tier ("" for skipped rows), read from `result.tiers` so relabelled tiers show. */
export function rowLabel(result: Labelled, row: number): string {
  const t = result.rowTier[row];
  return t >= 0 && t < result.tiers.length ? result.tiers[t].label : "";
}

/** Every row's tier label at once (for writing a column); "" for skipped rows. */
export function rowLabels(result: Labelled): string[] {
  const labels = result.tiers.map((t) => t.label);
  const rowTier = result.rowTier;
  // Filled with "" first so the array holds strings from the start: new Array(n) begins as an array of small
  // integers, and its switch on the first label deoptimised this loop in the second and third runs.
  const out = new Array<string>(rowTier.length).fill("");
  for (let i = 0; i < rowTier.length; i++) {
    const t = rowTier[i];
    if (t >= 0 && t < labels.length) out[i] = labels[t];
  }
  return out;
}
