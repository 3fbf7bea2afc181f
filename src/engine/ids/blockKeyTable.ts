import { pooledInt32Length, scratchInt32, type ScratchSlot } from "../scratch";

// What the id tables (PackedKeyTable for codes, WideKeyTable for names, NumberKeyTable for numbers) share:
// open addressing over pooled Int32 slots whose first Int32 is a tag (0 = empty), keys looked up a block of
// cells at a time, and growth by doubling with the keys re-placed from the old slots (no string read again).
//
// A block of up to BLOCK cells is packed first (pack), its home slots are then read in one tight loop
// (warm), and only then looked up and added one by one in cell order (find, add). A lookup per cell, straight
// after packing it, leaves the CPU one table read in flight at a time; the tight loop lets it overlap many,
// which took a 1,000,000-cell lookup over 200,000 codes from about 135 ms to 85 ms on the benchmark machine.

/** Keys packed and looked up together. */
export const BLOCK = 256;
/** get's answer for a key that does not pack. */
export const NOT_PACKED = -2;
/** The entry get and addLast use, apart from a block's. */
const OWN_ENTRY = BLOCK;

export abstract class BlockKeyTable<Key> {
  protected slots: Int32Array;
  protected mask: number;
  private count = 0;
  /** Per entry: 0 when it holds no key, else the key's length (or 1 for keys without one). */
  protected readonly keyLength = new Int32Array(BLOCK + 1);
  /** Per entry: the key's full hash. */
  protected readonly hash = new Int32Array(BLOCK + 1);
  /** What warm read, kept (public) so that its reads are never optimised away. */
  warmed = 0;
  private readonly maxValue: number;

  /**
   * `slotLength` Int32s per slot over `pool`'s memory; `rows`: how many lookups to expect (bounds how much of
   * a pooled table is taken and cleared); a slot's tag is (value + 1) << `valueShift` with the key's length
   * (or nothing) in the bits below, so the largest value is (2^(31 − valueShift)) − 2.
   */
  constructor(
    private readonly pool: ScratchSlot,
    protected readonly slotLength: number,
    rows: number,
    private readonly valueShift: number
  ) {
    this.maxValue = 2 ** (31 - valueShift) - 2;
    // Start at the size the last run left the pooled table (no regrowth), but not beyond 2 slots a row.
    const pooled = pooledInt32Length(pool);
    let size = 1024;
    while (2 * size * slotLength <= pooled && size < 2 * rows) size *= 2;
    this.slots = scratchInt32(pool, slotLength * size);
    this.mask = size - 1;
  }

  get size(): number {
    return this.count;
  }

  /** The value stored for `key`, -1 when absent, or NOT_PACKED when this table does not take it. */
  get(key: Key): number {
    return this.pack(OWN_ENTRY, key) ? this.find(OWN_ENTRY) : NOT_PACKED;
  }

  /** Store `value` for the key the last get returned -1 for. */
  addLast(value: number): void {
    this.add(OWN_ENTRY, value);
  }

  /** Put `key` in block entry `entry` (0 ≤ entry < BLOCK); false, and the entry marked empty, when this table does not take it. */
  abstract pack(entry: number, key: Key): boolean;

  /** The value stored for the key in `entry`, or -1 when absent: linear probing from its home slot. */
  find(entry: number): number {
    const slots = this.slots;
    const mask = this.mask;
    const slotLength = this.slotLength;
    for (let p = this.hash[entry] & mask; ; p = (p + 1) & mask) {
      const at = p * slotLength;
      const tag = slots[at];
      if (tag === 0) return -1;
      if (this.holds(entry, at, tag)) return (tag >>> this.valueShift) - 1;
    }
  }

  /** Whether the slot at `at` (in use, its tag `tag`) holds the key in `entry`. */
  protected abstract holds(entry: number, at: number, tag: number): boolean;

  /** Mark block entry `entry` empty (its cell is not for this table). */
  skip(entry: number): void {
    this.keyLength[entry] = 0;
  }

  /** Mark block entries 0…count−1 empty. */
  clear(count: number): void {
    this.keyLength.fill(0, 0, count);
  }

  /** Whether block entry `entry` holds a key. */
  packed(entry: number): boolean {
    return this.keyLength[entry] !== 0;
  }

  /** Read the home slot of entries 0…count−1 ahead of find, all in one loop (the reads overlap). */
  warm(count: number): void {
    const slots = this.slots;
    const mask = this.mask;
    const slotLength = this.slotLength;
    const keyLength = this.keyLength;
    const hash = this.hash;
    let read = 0;
    for (let e = 0; e < count; e++)
      if (keyLength[e] !== 0) read |= slots[(hash[e] & mask) * slotLength];
    this.warmed = read;
  }

  /** Store `value` for the key in `entry` (which find reported absent). */
  add(entry: number, value: number): void {
    if (!(value >= 0 && value <= this.maxValue))
      throw new RangeError(`key value ${value} out of range`);
    if (2 * (this.count + 1) > this.mask + 1) this.grow();
    this.store(entry, value);
    this.count++;
  }

  /** Write the key in `entry`, with `value`, into its first free slot. */
  protected abstract store(entry: number, value: number): void;

  /** Write the key in slot `at` of `old` (a copy of the slots before growth) into its first free slot. */
  protected abstract replace(old: Int32Array, at: number): void;

  /** The first free slot (its first Int32's index) from the home slot of `hash`. */
  protected freeSlot(hash: number): number {
    const slots = this.slots;
    const mask = this.mask;
    const slotLength = this.slotLength;
    let p = hash & mask;
    while (slots[p * slotLength] !== 0) p = (p + 1) & mask;
    return p * slotLength;
  }

  /** Double the slots; the keys live in the slots, so no string is read again. */
  private grow(): void {
    // A copy: the bigger scratch table may be the same pooled memory as this one (and comes zeroed).
    const old = this.slots.slice();
    this.mask = 2 * this.mask + 1;
    this.slots = scratchInt32(this.pool, this.slotLength * (this.mask + 1));
    for (let at = 0; at < old.length; at += this.slotLength)
      if (old[at] !== 0) this.replace(old, at);
  }
}
