import { pooledInt32Length, scratchInt32 } from "./scratch";

// Short plain keys → value, for the 10⁵–10⁶ id cells of a big sheet.
//
// Excel hands range.values over as fresh strings on every read. A Map or an object keyed by a fresh string
// reads the stored key's heap object on every hit (and an object first internalises the string): a random
// read into a heap of 100+ MB per row, which made id lookup the slowest step of the engine. Here a key of at
// most 12 plain characters is packed into three 32-bit words kept in the slot itself, so a lookup reads the
// cell's characters once and one 16-byte slot, and never touches another string. Keys that do not pack are
// the caller's to store elsewhere (get says so).

/** Most characters a packed key holds (4 per word, 3 words). */
export const PACKED_MAX_LENGTH = 12;
/** get's answer for text that does not pack. */
export const NOT_PACKED = -2;

const SLOT = 4; // Int32s per slot: tag, w0, w1, w2
const LENGTH_BITS = 4; // tag = (value + 1) << 4 | length; 0 = empty slot
const LENGTH_MASK = (1 << LENGTH_BITS) - 1;
const MAX_VALUE = (1 << (31 - LENGTH_BITS)) - 2;

/**
 * "Plain" text packs: 1–12 printable ASCII characters (U+0021–U+007E) with single spaces between words, not
 * starting with "#" (Excel errors do). Plain text is its own trimmed, collapsed, NFKC form, so the only
 * normalisation left is case, which `fold` applies (A–Z → a–z) while packing.
 */
export class PackedKeyTable {
  private slots: Int32Array;
  private mask: number;
  private count = 0;
  // The key packed by the last get, for add (no second pass over the characters).
  private length = 0;
  private w0 = 0;
  private w1 = 0;
  private w2 = 0;

  /** `rows`: how many lookups to expect (bounds how much of a pooled table is taken and cleared). */
  constructor(
    private readonly fold: boolean,
    rows: number
  ) {
    // Start at the size the last run left the pooled table (no regrowth), but not beyond 2 slots a row.
    const pooled = pooledInt32Length("keyTable");
    let size = 1024;
    while (2 * size * SLOT <= pooled && size < 2 * rows) size *= 2;
    this.slots = scratchInt32("keyTable", SLOT * size);
    this.mask = size - 1;
  }

  get size(): number {
    return this.count;
  }

  /** The value stored for the key of `text`, -1 when absent, or NOT_PACKED when `text` is not plain. */
  get(text: string): number {
    const length = text.length;
    if (length === 0 || length > PACKED_MAX_LENGTH) return NOT_PACKED;
    const fold = this.fold;
    let w0 = 0;
    let w1 = 0;
    let w2 = 0;
    let previous = 0x20; // a leading space is not plain
    for (let j = 0; j < length; j++) {
      let unit = text.charCodeAt(j);
      if (unit < 0x21 || unit > 0x7e) {
        if (unit !== 0x20 || previous === 0x20) return NOT_PACKED;
      } else if (fold && unit >= 0x41 && unit <= 0x5a) unit |= 0x20;
      previous = unit;
      const shifted = unit << ((j & 3) << 3);
      if (j < 4) w0 |= shifted;
      else if (j < 8) w1 |= shifted;
      else w2 |= shifted;
    }
    if (previous === 0x20 || (w0 & 0xff) === 0x23) return NOT_PACKED; // trailing space; leading "#"
    this.length = length;
    this.w0 = w0;
    this.w1 = w1;
    this.w2 = w2;
    const slots = this.slots;
    const mask = this.mask;
    for (let p = mix(length, w0, w1, w2) & mask; ; p = (p + 1) & mask) {
      const at = p * SLOT;
      const tag = slots[at];
      if (tag === 0) return -1;
      if (
        (tag & LENGTH_MASK) === length &&
        slots[at + 1] === w0 &&
        slots[at + 2] === w1 &&
        slots[at + 3] === w2
      )
        return (tag >>> LENGTH_BITS) - 1;
    }
  }

  /** Store `value` for the key the last get returned -1 for. */
  addLast(value: number): void {
    if (!(value >= 0 && value <= MAX_VALUE))
      throw new RangeError(`key value ${value} out of range`);
    if (2 * (this.count + 1) > this.mask + 1) this.grow();
    this.place(((value + 1) << LENGTH_BITS) | this.length, this.w0, this.w1, this.w2);
    this.count++;
  }

  private place(tag: number, w0: number, w1: number, w2: number): void {
    const slots = this.slots;
    const mask = this.mask;
    let p = mix(tag & LENGTH_MASK, w0, w1, w2) & mask;
    while (slots[p * SLOT] !== 0) p = (p + 1) & mask;
    const at = p * SLOT;
    slots[at] = tag;
    slots[at + 1] = w0;
    slots[at + 2] = w1;
    slots[at + 3] = w2;
  }

  /** Double the slots; the keys live in the slots, so no string is read again. */
  private grow(): void {
    // A copy: the bigger scratch table may be the same pooled memory as this one (and comes zeroed).
    const old = this.slots.slice();
    this.mask = 2 * this.mask + 1;
    this.slots = scratchInt32("keyTable", SLOT * (this.mask + 1));
    for (let at = 0; at < old.length; at += SLOT) {
      if (old[at] !== 0) this.place(old[at], old[at + 1], old[at + 2], old[at + 3]);
    }
  }
}

/** A 32-bit hash of a packed key (murmur3-style multiply–xorshift rounds, so neighbouring codes spread). */
function mix(length: number, w0: number, w1: number, w2: number): number {
  let h = Math.imul(w0 ^ length, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 15) ^ w1, 0x85ebca77);
  h = Math.imul(h ^ (h >>> 13) ^ w2, 0xc2b2ae3d);
  return h ^ (h >>> 16);
}
