import { sortNumbers } from "./sortNumbers";

/** Median of the finite values; NaN when there are none. */
export function median(values: ArrayLike<number>): number {
  const finite: number[] = [];
  for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i])) finite.push(values[i]);
  if (finite.length === 0) return NaN;
  const sorted = sortNumbers(Float64Array.from(finite));
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
