import { BLOCK, NOT_PACKED, OWN_ENTRY, pooledSlots, warmSlots } from "./packedKeyTable";
import { scratchInt32 } from "./scratch";

// Customer numbers typed as numbers (100234, not "100234"). A Map keyed by numbers hashes each heap number
// and chases its entry chain; here a finite number is keyed by its 64 bits in a 16-byte slot, and looked up
// a block at a time like the text tables (pack, warm, then find and add in cell order).

const SLOT = 4; // Int32s per slot: tag (value + 1; 0 = empty), the low and high words of the number, unused

/** The two 32-bit words of a number, through one shared buffer (every use is synchronous). */
const number = new Float64Array(1);
const words = new Int32Array(number.buffer);

/** Finite number → value, with the block API of PackedKeyTable. −0 and +0 are different keys here. */
export class NumberKeyTable {
  private slots: Int32Array;
  private mask: number;
  private count = 0;
  /** Per entry: 1 when it holds a number (0 when not), the number's words and its hash. */
  private readonly present = new Int32Array(BLOCK + 1);
  private readonly low = new Int32Array(BLOCK + 1);
  private readonly high = new Int32Array(BLOCK + 1);
  private readonly hash = new Int32Array(BLOCK + 1);
  /** What warm read, kept (public) so that its reads are never optimised away. */
  warmed = 0;

  /** `rows`: how many lookups to expect (bounds how much of a pooled table is taken and cleared). */
  constructor(rows: number) {
    this.slots = pooledSlots("numberKeyTable", SLOT, rows);
    this.mask = this.slots.length / SLOT - 1;
  }

  get size(): number {
    return this.count;
  }

  /** The value stored for `value`, -1 when absent, or NOT_PACKED when it is not a finite number. */
  get(value: number): number {
    return this.pack(OWN_ENTRY, value) ? this.find(OWN_ENTRY) : NOT_PACKED;
  }

  /** Store `stored` for the number the last get returned -1 for. */
  addLast(stored: number): void {
    this.add(OWN_ENTRY, stored);
  }

  /** Put `value` in block entry `entry`; false, and the entry marked empty, when it is not finite. */
  pack(entry: number, value: number): boolean {
    if (value - value !== 0) {
      this.present[entry] = 0;
      return false;
    }
    number[0] = value;
    const low = words[0];
    const high = words[1];
    this.present[entry] = 1;
    this.low[entry] = low;
    this.high[entry] = high;
    this.hash[entry] = mixNumber(low, high);
    return true;
  }

  /** Mark block entry `entry` empty (its cell is not a number). */
  skip(entry: number): void {
    this.present[entry] = 0;
  }

  /** Read the home slot of entries 0…count−1 ahead of find, all in one loop (the reads overlap). */
  warm(count: number): void {
    this.warmed = warmSlots(this.slots, this.mask, SLOT, this.present, this.hash, count);
  }

  /** The value stored for the number in `entry`, or -1 when absent. */
  find(entry: number): number {
    const low = this.low[entry];
    const high = this.high[entry];
    const slots = this.slots;
    const mask = this.mask;
    for (let p = this.hash[entry] & mask; ; p = (p + 1) & mask) {
      const at = p * SLOT;
      const tag = slots[at];
      if (tag === 0) return -1;
      if (slots[at + 1] === low && slots[at + 2] === high) return tag - 1;
    }
  }

  /** Store `stored` (≥ 0) for the number in `entry` (which find reported absent). */
  add(entry: number, stored: number): void {
    if (!(stored >= 0 && stored < 0x7fffffff))
      throw new RangeError(`key value ${stored} out of range`);
    if (2 * (this.count + 1) > this.mask + 1) this.grow();
    this.place(stored + 1, this.low[entry], this.high[entry]);
    this.count++;
  }

  private place(tag: number, low: number, high: number): void {
    const slots = this.slots;
    const mask = this.mask;
    let p = mixNumber(low, high) & mask;
    while (slots[p * SLOT] !== 0) p = (p + 1) & mask;
    const at = p * SLOT;
    slots[at] = tag;
    slots[at + 1] = low;
    slots[at + 2] = high;
  }

  /** Double the slots (the numbers live in the slots). */
  private grow(): void {
    // A copy: the bigger scratch table may be the same pooled memory as this one (and comes zeroed).
    const old = this.slots.slice();
    this.mask = 2 * this.mask + 1;
    this.slots = scratchInt32("numberKeyTable", SLOT * (this.mask + 1));
    for (let at = 0; at < old.length; at += SLOT)
      if (old[at] !== 0) this.place(old[at], old[at + 1], old[at + 2]);
  }
}

/** A 32-bit hash of a number's two words (murmur3-style finaliser). */
function mixNumber(low: number, high: number): number {
  let h = Math.imul(low ^ 0x2545f491, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 15) ^ high, 0x85ebca77);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae3d);
  return h ^ (h >>> 16);
}
