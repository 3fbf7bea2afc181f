import { BlockKeyTable } from "./blockKeyTable";

// Customer numbers typed as numbers (100234, not "100234"). A Map keyed by numbers hashes each heap number
// and chases its entry chain; here a finite number is keyed by its 64 bits in a 16-byte slot, and looked up
// a block at a time like the text tables (pack, warm, then find and add in cell order).

const SLOT = 4; // Int32s per slot: tag (value + 1; 0 = empty), the low and high words of the number, unused

/** The two 32-bit words of a number, through one shared buffer (every use is synchronous). */
const number = new Float64Array(1);
const words = new Int32Array(number.buffer);

/** Finite number → value, looked up a block at a time (see BlockKeyTable). −0 and +0 are different keys. */
export class NumberKeyTable extends BlockKeyTable<number> {
  /** Per entry: the number's words (keyLength is 1 for an entry holding a number). */
  private readonly low = new Int32Array(this.keyLength.length);
  private readonly high = new Int32Array(this.keyLength.length);

  /** `rows`: how many lookups to expect (bounds how much of a pooled table is taken and cleared). */
  constructor(rows: number) {
    super("numberKeyTable", SLOT, rows, 0);
  }

  /** Put `value` in block entry `entry`; false, and the entry marked empty, when it is not finite. */
  pack(entry: number, value: number): boolean {
    if (value - value !== 0) {
      this.keyLength[entry] = 0;
      return false;
    }
    number[0] = value;
    const low = words[0];
    const high = words[1];
    this.keyLength[entry] = 1;
    this.low[entry] = low;
    this.high[entry] = high;
    this.hash[entry] = mixNumber(low, high);
    return true;
  }

  protected holds(entry: number, at: number): boolean {
    return this.slots[at + 1] === this.low[entry] && this.slots[at + 2] === this.high[entry];
  }

  protected store(entry: number, value: number): void {
    this.place(this.hash[entry], value + 1, this.low[entry], this.high[entry]);
  }

  protected replace(old: Int32Array, at: number): void {
    this.place(mixNumber(old[at + 1], old[at + 2]), old[at], old[at + 1], old[at + 2]);
  }

  /** Put a number (its hash, tag and words) in its first free slot. */
  private place(hash: number, tag: number, low: number, high: number): void {
    const at = this.freeSlot(hash);
    const slots = this.slots;
    slots[at] = tag;
    slots[at + 1] = low;
    slots[at + 2] = high;
  }
}

/** A 32-bit hash of a number's two words (murmur3-style finaliser). */
function mixNumber(low: number, high: number): number {
  let h = Math.imul(low ^ 0x2545f491, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 15) ^ high, 0x85ebca77);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae3d);
  return h ^ (h >>> 16);
}
