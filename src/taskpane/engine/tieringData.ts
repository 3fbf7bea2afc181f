import type { TieringResult } from "../../engine";

/**
 * A TieringResult without its methods: what crosses the worker boundary. Typed arrays, plain arrays
 * and objects survive structured cloning; functions do not, so rowLabel/rowLabels are rebuilt here.
 */
export type TieringData = Omit<TieringResult, "rowLabel" | "rowLabels">;

export function toTieringData(result: TieringResult): TieringData {
  // Spread copies own data properties; the two methods are dropped explicitly.
  const { rowLabel: _rowLabel, rowLabels: _rowLabels, ...data } = result;
  void _rowLabel;
  void _rowLabels;
  return data;
}

/** A full TieringResult again, its row labels read from `data.tiers` (so relabelled tiers are written). */
export function fromTieringData(data: TieringData): TieringResult {
  return {
    ...data,
    rowLabel(row: number): string {
      const t = this.rowTier[row];
      return t >= 0 && t < this.tiers.length ? this.tiers[t].label : "";
    },
    rowLabels(): string[] {
      const labels = this.tiers.map((t) => t.label);
      const out = new Array<string>(this.rowTier.length);
      for (let i = 0; i < this.rowTier.length; i++) {
        const t = this.rowTier[i];
        out[i] = t >= 0 && t < labels.length ? labels[t] : "";
      }
      return out;
    },
  };
}
