import { BLOCK, BlockKeyTable } from "./blockKeyTable";

// Customer names as ids: "Northwind Traders Ltd", "上海贸易有限公司". PackedKeyTable holds short ASCII codes
// in 16-byte slots; names are longer, or Chinese, and would otherwise be looked up by their exact spelling in
// a StringTable, whose every hit compares against another string on the heap (a cache miss per row). Here
// such a name is packed two UTF-16 units to a 32-bit word into a 64-byte slot, and looked up like a code.

/** Words per key: 2 units each, so keys of up to 30 units. */
const WORDS = 15;
/** Most UTF-16 units a wide key holds. */
export const WIDE_MAX_LENGTH = 2 * WORDS;
const SLOT = 1 + WORDS; // Int32s per slot: tag, then the words
const LENGTH_BITS = 5; // tag = (value + 1) << 5 | length; 0 = empty slot
const LENGTH_MASK = (1 << LENGTH_BITS) - 1;
/** CJK Unified Ideographs (U+4E00–U+9FFF): NFKC leaves them as they are, and they have no case. */
const CJK_FIRST = 0x4e00;
const CJK_LAST = 0x9fff;

/**
 * Plain wide text → value. "Plain" here: 1–30 units, each printable ASCII (U+0021–U+007E), a CJK unified
 * ideograph or a single space between two others, not starting with "#". Such text is its own trimmed,
 * collapsed, NFKC form, so its key is itself up to ASCII case, which `fold` applies while packing. Looked
 * up a block at a time (see BlockKeyTable).
 */
export class WideKeyTable extends BlockKeyTable<string> {
  /** Per entry: the key's words. */
  private readonly keyWords = new Int32Array((BLOCK + 1) * WORDS);

  /** `rows`: how many lookups to expect (bounds how much of a pooled table is taken and cleared). */
  constructor(
    private readonly fold: boolean,
    rows: number
  ) {
    super("wideKeyTable", SLOT, rows, LENGTH_BITS);
  }

  /** Pack `text` into block entry `entry`; false, and the entry marked empty, when it is not plain. */
  pack(entry: number, text: string): boolean {
    this.keyLength[entry] = 0;
    const length = text.length;
    if (length === 0 || length > WIDE_MAX_LENGTH) return false;
    const fold = this.fold;
    const keyWords = this.keyWords;
    const base = entry * WORDS;
    const used = (length + 1) >> 1;
    for (let w = 0; w < used; w++) keyWords[base + w] = 0;
    let previous = 0x20; // a leading space is not plain
    for (let j = 0; j < length; j++) {
      let unit = text.charCodeAt(j);
      if (unit >= 0x21 && unit <= 0x7e) {
        if (fold && unit >= 0x41 && unit <= 0x5a) unit |= 0x20;
      } else if (unit === 0x20) {
        if (previous === 0x20) return false;
      } else if (unit < CJK_FIRST || unit > CJK_LAST) return false;
      previous = unit;
      keyWords[base + (j >> 1)] |= unit << ((j & 1) << 4);
    }
    if (previous === 0x20 || text.charCodeAt(0) === 0x23) return false; // trailing space; leading "#"
    this.keyLength[entry] = length;
    this.hash[entry] = mixWide(length, keyWords, base);
    return true;
  }

  protected holds(entry: number, at: number, tag: number): boolean {
    const length = this.keyLength[entry];
    if ((tag & LENGTH_MASK) !== length) return false;
    const used = (length + 1) >> 1;
    const keyWords = this.keyWords;
    const base = entry * WORDS;
    const slots = this.slots;
    let w = 0;
    while (w < used && slots[at + 1 + w] === keyWords[base + w]) w++;
    return w === used;
  }

  protected store(entry: number, value: number): void {
    const tag = ((value + 1) << LENGTH_BITS) | this.keyLength[entry];
    this.place(tag, this.hash[entry], this.keyWords, entry * WORDS);
  }

  protected replace(old: Int32Array, at: number): void {
    this.place(old[at], mixWide(old[at] & LENGTH_MASK, old, at + 1), old, at + 1);
  }

  /** Put a key (its tag, hash, and words at from[base…]) in its first free slot; unused words stay 0. */
  private place(tag: number, hash: number, from: Int32Array, base: number): void {
    const at = this.freeSlot(hash);
    const slots = this.slots;
    slots[at] = tag;
    const used = ((tag & LENGTH_MASK) + 1) >> 1;
    for (let w = 0; w < used; w++) slots[at + 1 + w] = from[base + w];
  }
}

/** A 32-bit hash of a wide key: its length and used words (murmur3-style multiply–xorshift rounds). */
function mixWide(length: number, words: Int32Array, base: number): number {
  let h = Math.imul(length ^ 0x2545f491, 0x9e3779b1);
  const used = (length + 1) >> 1;
  for (let w = 0; w < used; w++) h = Math.imul(h ^ (h >>> 15) ^ words[base + w], 0x85ebca77);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae3d);
  return h ^ (h >>> 16);
}
