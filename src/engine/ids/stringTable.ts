/**
 * String → non-negative int map: open addressing over an Int32Array of (hash, value) pairs, the strings in
 * a plain array (entry order). For 10⁵–10⁶ fresh strings it beats a Map or a dictionary object: no
 * rehashing of heap objects, no internalising of the keys, and the table lives outside the JS heap.
 */
export class StringTable {
  /** The strings added, in order; value of entry e is values[e]. */
  readonly strings: string[] = [];
  private values: Int32Array;
  /** slots[2p] = hash, slots[2p + 1] = entry index or -1. */
  private slots: Int32Array;
  private mask: number;
  /** What warm read, kept (public) so that its reads are never optimised away. */
  warmed = 0;

  constructor(expected = 0) {
    let size = 1024;
    while (size < 2 * expected) size *= 2;
    this.mask = size - 1;
    this.slots = new Int32Array(2 * size).fill(-1);
    this.values = new Int32Array(size >> 1);
  }

  get size(): number {
    return this.strings.length;
  }

  static hash(text: string): number {
    let h = 0x811c9dc5 | 0;
    for (let j = 0; j < text.length; j++) h = Math.imul(h ^ text.charCodeAt(j), 0x01000193);
    return (h ^ (h >>> 15)) | 0;
  }

  /** The value stored for `text`, or -1. */
  get(text: string): number {
    return this.getHashed(text, StringTable.hash(text));
  }

  /** get, with `h` = StringTable.hash(text) already made. */
  getHashed(text: string, h: number): number {
    const slots = this.slots;
    const mask = this.mask;
    for (let p = h & mask; ; p = (p + 1) & mask) {
      const e = slots[2 * p + 1];
      if (e < 0) return -1;
      if (slots[2 * p] === h && this.strings[e] === text) return this.values[e];
    }
  }

  /**
   * Read ahead what get will read for the texts of hashes[e] where kind[e] === use (e < count): their home
   * slots, then the strings and values those slots hold, each in one tight loop so that the reads overlap
   * (see BlockKeyTable).
   */
  warm(hashes: Int32Array, kind: Uint8Array, use: number, count: number): void {
    const slots = this.slots;
    const mask = this.mask;
    let read = 0;
    for (let e = 0; e < count; e++) if (kind[e] === use) read |= slots[2 * (hashes[e] & mask) + 1];
    const strings = this.strings;
    const values = this.values;
    for (let e = 0; e < count; e++) {
      if (kind[e] !== use) continue;
      const entry = slots[2 * (hashes[e] & mask) + 1];
      if (entry >= 0) read |= strings[entry].length | values[entry];
    }
    this.warmed = read;
  }

  /** Store `value` (≥ 0) for `text`, which must not be in the table yet. */
  add(text: string, value: number): void {
    const e = this.strings.length;
    if (2 * (e + 1) > this.mask + 1) this.grow();
    if (e >= this.values.length) {
      const values = new Int32Array(2 * this.values.length);
      values.set(this.values);
      this.values = values;
    }
    this.strings.push(text);
    this.values[e] = value;
    this.place(StringTable.hash(text), e);
  }

  private place(h: number, e: number): void {
    const slots = this.slots;
    const mask = this.mask;
    let p = h & mask;
    while (slots[2 * p + 1] >= 0) p = (p + 1) & mask;
    slots[2 * p] = h;
    slots[2 * p + 1] = e;
  }

  private grow(): void {
    const old = this.slots;
    this.mask = 2 * this.mask + 1;
    this.slots = new Int32Array(2 * (this.mask + 1)).fill(-1);
    for (let p = 0; p < old.length; p += 2) if (old[p + 1] >= 0) this.place(old[p], old[p + 1]);
  }
}
