import { isBuyer } from "../buyers";
import { sumScale } from "./pareto";
import { upperBound } from "../schemes/rankTiers";
import { sortNumbers } from "../sort/sortNumbers";

/**
 * ABC by cumulative value: customers ranked by value; a customer is in class k when the value held by
 * customers strictly above it is below cutoff_k × total (default A up to 80%, B up to 95%, C the rest).
 * So the customer whose value crosses a cut-off belongs to the higher class, and tied customers share a class.
 * Returns the class index per value, -1 for values not > 0.
 */
export function abcByCumulativeValue(
  values: ArrayLike<number>,
  cutoffs: readonly number[] = [0.8, 0.95]
): Int32Array {
  const classes = new Int32Array(values.length).fill(-1);
  let n = 0;
  for (let i = 0; i < values.length; i++) if (isBuyer(values[i])) n++;
  const sorted = new Float64Array(n);
  n = 0;
  for (let i = 0; i < values.length; i++) if (isBuyer(values[i])) sorted[n++] = values[i];
  sortNumbers(sorted);
  // above[j] = sum of sorted[j..n-1], summed in one fixed order so equal inputs give equal sums.
  const above = new Float64Array(n + 1);
  for (let j = n - 1; j >= 0; j--) above[j] = above[j + 1] + sorted[j];
  // Values whose total overflows (two cells of 9E+307): the shares of values scaled by a power of two.
  const scale = sumScale(above[0], n);
  if (scale !== 1) for (let j = n - 1; j >= 0; j--) above[j] = above[j + 1] + sorted[j] * scale;
  const total = above[0];
  const limits = cutoffs.map((c) => c * total * (1 - 1e-12));
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!isBuyer(v)) continue;
    const held = above[upperBound(sorted, v)];
    let k = 0;
    while (k < limits.length && !(held < limits[k])) k++;
    classes[i] = k;
  }
  return classes;
}
