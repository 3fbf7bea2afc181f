import { scratchFloat64, scratchInt32 } from "./scratch";

// One sort of the buyers, shared by the ranking, the rank tiers, the cumulative shares and the Pareto figures.

/** Buyers (value > 0 and finite) in ascending order of value; ties in ascending customer order. */
export interface SortedBuyers {
  /** The buyers' values, ascending. */
  values: Float64Array;
  /** values[j] = value of customer order[j]. */
  order: Int32Array;
}

const DIGIT_BITS = 16;
const BUCKETS = 1 << DIGIT_BITS;

/**
 * Sort the customers with a positive finite value. Null when some value is +Infinity (then "> 0" and
 * "positive and finite" select different customers, and callers use their own general paths).
 * LSD radix sort on the IEEE-754 bits (for positive doubles the bit patterns order like the numbers),
 * four 16-bit passes, stable: O(n), no comparator calls.
 */
export function sortBuyers(values: Float64Array): SortedBuyers | null {
  const count = values.length;
  let n = 0;
  for (let c = 0; c < count; c++) {
    const v = values[c];
    if (v > 0) {
      if (v === Infinity) return null;
      n++;
    }
  }
  let order: Int32Array = new Int32Array(n);
  let keys: Float64Array = new Float64Array(n);
  n = 0;
  for (let c = 0; c < count; c++) {
    const v = values[c];
    if (v > 0) {
      order[n] = c;
      keys[n++] = v;
    }
  }
  // The other half of each pass's ping-pong is scratch memory; the result always ends in the fresh arrays.
  const ownOrder = order;
  const ownKeys = keys;
  let bits: Uint32Array = new Uint32Array(keys.buffer, keys.byteOffset, 2 * n);
  let nextOrder = scratchInt32("sortOrder", n);
  let nextKeys = scratchFloat64("sortKeys", n);
  let nextBits = new Uint32Array(nextKeys.buffer, nextKeys.byteOffset, 2 * n);
  const histogram = scratchInt32("sortHistogram", BUCKETS);
  // Little-endian word order of a Float64Array's bytes: low word first. Detect rather than assume.
  const little = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
  for (let pass = 0; pass < 4; pass++) {
    const word = (pass >> 1) ^ (little ? 0 : 1);
    const shift = (pass & 1) * DIGIT_BITS;
    histogram.fill(0);
    for (let j = 0; j < n; j++) histogram[(bits[2 * j + word] >>> shift) & (BUCKETS - 1)]++;
    // A digit every key shares orders nothing: skip the pass.
    if (n > 0 && histogram[(bits[word] >>> shift) & (BUCKETS - 1)] === n) continue;
    let sum = 0;
    for (let b = 0; b < BUCKETS; b++) {
      const h = histogram[b];
      histogram[b] = sum;
      sum += h;
    }
    for (let j = 0; j < n; j++) {
      const lo = bits[2 * j];
      const hi = bits[2 * j + 1];
      const to = histogram[((word === 0 ? lo : hi) >>> shift) & (BUCKETS - 1)]++;
      nextBits[2 * to] = lo;
      nextBits[2 * to + 1] = hi;
      nextOrder[to] = order[j];
    }
    [order, nextOrder] = [nextOrder, order];
    [keys, nextKeys] = [nextKeys, keys];
    [bits, nextBits] = [nextBits, bits];
  }
  if (order !== ownOrder) {
    ownOrder.set(order);
    ownKeys.set(keys);
  }
  return { values: ownKeys, order: ownOrder };
}
