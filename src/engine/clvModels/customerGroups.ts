// Customers grouped by (frequency x, age T). Expected purchases and survival of a customer alive at T
// depend on x and T only (bgNbdScores.ts), so the scores compute their hypergeometric series once per
// group and per customer only P(alive). Ages in whole days or weeks make few groups: the bench's 200,000
// customers form 11,453. The ages are hashed once (distinctIndex.ts); whole-number frequencies then
// index a dense (x, age) table directly, which saved two of three hash passes here.

import { distinctIndex } from "./distinctIndex";

export interface FrequencyAgeGroups {
  /** Per customer, the index of their group. */
  at: Int32Array;
  /** Per group, its frequency and age. */
  x: Float64Array;
  T: Float64Array;
}

/** Cells of the dense (x, age) table allowed (32 MB of Int32); beyond it the pairs are hashed. */
const DENSE_CELLS = 1 << 23;

/** Per customer, the index of their frequency: the frequency itself when every one is a small whole
 *  number, else its index among the distinct frequencies. */
function frequencyCodes(frequency: ArrayLike<number>): { code: ArrayLike<number>; count: number } {
  let max = 0;
  for (let i = 0; i < frequency.length; i++) {
    const x = frequency[i];
    if (!(x >= 0 && x <= DENSE_CELLS && x === Math.floor(x))) {
      const { at, values } = distinctIndex(frequency);
      return { code: at, count: values.length };
    }
    if (x > max) max = x;
  }
  return { code: frequency, count: max + 1 };
}

/** Group the customers by (frequency, age). */
export function frequencyAgeGroups(
  frequency: ArrayLike<number>,
  T: ArrayLike<number>
): FrequencyAgeGroups {
  const n = frequency.length;
  const ages = distinctIndex(T);
  const frequencies = frequencyCodes(frequency);
  const width = ages.values.length;
  let at: Int32Array;
  let groups = 0;
  if (frequencies.count * width <= DENSE_CELLS) {
    const table = new Int32Array(frequencies.count * width).fill(-1);
    at = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const cell = frequencies.code[i] * width + ages.at[i];
      if (table[cell] < 0) table[cell] = groups++;
      at[i] = table[cell];
    }
  } else {
    // One whole number per (x, age) pair, unique: below 2^53 for up to 2^26 customers.
    const pair = new Float64Array(n);
    for (let i = 0; i < n; i++) pair[i] = frequencies.code[i] * width + ages.at[i];
    const index = distinctIndex(pair);
    at = index.at;
    groups = index.values.length;
  }
  const x = new Float64Array(groups);
  const age = new Float64Array(groups);
  for (let i = 0; i < n; i++) ((x[at[i]] = frequency[i]), (age[at[i]] = T[i]));
  return { at, x, T: age };
}
