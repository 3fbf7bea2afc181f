import { scratchFloat64, scratchInt32 } from "../scratch";
import { digitOffsets } from "./sortNumbers";

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
 *
 * Each loop is a small function of typed arrays: a function called once per run with several long loops is
 * optimised mid-loop, then thrown back to the interpreter at the next loop it has not seen run; small kernels
 * are optimised whole and stay optimised from one run to the next.
 */
export function sortBuyers(values: Float64Array): SortedBuyers | null {
  const n = countPositive(values);
  if (n < 0) return null;
  const order = new Int32Array(n);
  const keys = new Float64Array(n);
  collectPositive(values, order, keys);
  // The other half of each pass's ping-pong is scratch memory; the result always ends in the fresh arrays.
  let from: RadixSide = { order, bits: new Uint32Array(keys.buffer, keys.byteOffset, 2 * n) };
  const scratchKeys = scratchFloat64("sortKeys", n);
  let to: RadixSide = {
    order: scratchInt32("sortOrder", n),
    bits: new Uint32Array(scratchKeys.buffer, scratchKeys.byteOffset, 2 * n),
  };
  const histogram = scratchInt32("sortHistogram", BUCKETS);
  // Little-endian word order of a Float64Array's bytes: low word first. Detect rather than assume.
  const little = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
  for (let pass = 0; pass < 4; pass++) {
    const word = (pass >> 1) ^ (little ? 0 : 1);
    const shift = (pass & 1) * DIGIT_BITS;
    if (radixPass(from.bits, from.order, to.bits, to.order, histogram, word, shift)) {
      [from, to] = [to, from];
    }
  }
  if (from.order !== order) {
    order.set(from.order);
    new Uint32Array(keys.buffer, keys.byteOffset, 2 * n).set(from.bits);
  }
  return { values: keys, order };
}

/** The keys (as 32-bit words) and customers on one side of a pass. */
interface RadixSide {
  order: Int32Array;
  bits: Uint32Array;
}

/** How many values are > 0; -1 when one is +Infinity. */
function countPositive(values: Float64Array): number {
  let n = 0;
  for (let c = 0; c < values.length; c++) {
    const v = values[c];
    if (v > 0) {
      if (v === Infinity) return -1;
      n++;
    }
  }
  return n;
}

function collectPositive(values: Float64Array, order: Int32Array, keys: Float64Array): void {
  let n = 0;
  for (let c = 0; c < values.length; c++) {
    const v = values[c];
    if (v > 0) {
      order[n] = c;
      keys[n++] = v;
    }
  }
}

/**
 * One stable counting pass on the 16-bit digit at `shift` of 32-bit word `word`, from (bits, order) into
 * (nextBits, nextOrder). False, moving nothing, when every key has the same digit (the pass orders nothing).
 */
function radixPass(
  bits: Uint32Array,
  order: Int32Array,
  nextBits: Uint32Array,
  nextOrder: Int32Array,
  histogram: Int32Array,
  word: number,
  shift: number
): boolean {
  const n = order.length;
  if (!digitOffsets(bits, n, histogram, word, shift)) return false;
  for (let j = 0; j < n; j++) {
    const lo = bits[2 * j];
    const hi = bits[2 * j + 1];
    const to = histogram[((word === 0 ? lo : hi) >>> shift) & (BUCKETS - 1)]++;
    nextBits[2 * to] = lo;
    nextBits[2 * to + 1] = hi;
    nextOrder[to] = order[j];
  }
  return true;
}
