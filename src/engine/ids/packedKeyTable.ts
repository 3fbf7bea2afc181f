import { BlockKeyTable } from "./blockKeyTable";

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

const SLOT = 4; // Int32s per slot: tag, w0, w1, w2
const LENGTH_BITS = 4; // tag = (value + 1) << 4 | length; 0 = empty slot
const LENGTH_MASK = (1 << LENGTH_BITS) - 1;

/**
 * "Plain" text packs: 1–12 printable ASCII characters (U+0021–U+007E) with single spaces between words, not
 * starting with "#" (Excel errors do). Plain text is its own trimmed, collapsed, NFKC form, so the only
 * normalisation left is case, which `fold` applies (A–Z → a–z) while packing. Looked up a block at a time
 * (see BlockKeyTable).
 */
export class PackedKeyTable extends BlockKeyTable<string> {
  /** Per entry: the packed key's words. */
  private readonly word0 = new Int32Array(this.keyLength.length);
  private readonly word1 = new Int32Array(this.keyLength.length);
  private readonly word2 = new Int32Array(this.keyLength.length);

  /** `rows`: how many lookups to expect (bounds how much of a pooled table is taken and cleared). */
  constructor(
    private readonly fold: boolean,
    rows: number
  ) {
    super("keyTable", SLOT, rows, LENGTH_BITS);
  }

  /**
   * Pack the text cells `rows[i][column]`, start ≤ i < end (at most BLOCK rows), into entries 0, 1, …; an
   * entry whose cell is not plain text is marked empty. Returns how many were.
   */
  packCells(rows: readonly unknown[][], column: number, start: number, end: number): number {
    let missed = 0;
    for (let i = start; i < end; i++) {
      const row = rows[i];
      const cell: unknown = Array.isArray(row) ? row[column] : undefined;
      if (typeof cell !== "string") {
        this.skip(i - start);
        missed++;
      } else if (!this.pack(i - start, cell)) missed++;
    }
    return missed;
  }

  /** Pack `text` into block entry `entry` (0 ≤ entry < BLOCK); false, and the entry marked empty, when it is not plain. */
  pack(entry: number, text: string): boolean {
    this.keyLength[entry] = 0;
    const length = text.length;
    if (length === 0 || length > PACKED_MAX_LENGTH) return false;
    // Characters j = 0…11 go to byte j % 4 of word ⌊j / 4⌋, one loop per word (no branch per character).
    let above = 0; // negative once a character is above U+007E
    let w0 = 0;
    let w1 = 0;
    let w2 = 0;
    const end0 = length < 4 ? length : 4;
    const end1 = length < 8 ? length : 8;
    for (let j = 0; j < end0; j++) {
      const unit = text.charCodeAt(j);
      above |= 0x7e - unit;
      w0 |= unit << (j << 3);
    }
    for (let j = 4; j < end1; j++) {
      const unit = text.charCodeAt(j);
      above |= 0x7e - unit;
      w1 |= unit << ((j - 4) << 3);
    }
    for (let j = 8; j < length; j++) {
      const unit = text.charCodeAt(j);
      above |= 0x7e - unit;
      w2 |= unit << ((j - 8) << 3);
    }
    return above >= 0 && this.packWords(entry, text, w0, w1, w2);
  }

  /** pack's second half (its own function, so that pack stays small enough to inline): words of bytes ≤ 0x7E. */
  private packWords(entry: number, text: string, w0: number, w1: number, w2: number): boolean {
    const length = text.length;
    // A byte below 0x21 (space or control) needs the exact rules.
    if (
      (below21(w0) & BYTE_FLAGS[length < 4 ? length : 4]) |
      (below21(w1) & BYTE_FLAGS[length < 4 ? 0 : length < 8 ? length - 4 : 4]) |
      (below21(w2) & BYTE_FLAGS[length < 8 ? 0 : length - 8])
    )
      return this.packSpaced(entry, text);
    if ((w0 & 0xff) === 0x23) return false; // leading "#"
    if (this.fold) {
      w0 = foldCase(w0);
      w1 = foldCase(w1);
      w2 = foldCase(w2);
    }
    this.keep(entry, length, w0, w1, w2);
    return true;
  }

  /** pack, character by character, for text with a byte below 0x21: plain only with single inner spaces. */
  private packSpaced(entry: number, text: string): boolean {
    const length = text.length;
    const fold = this.fold;
    let w0 = 0;
    let w1 = 0;
    let w2 = 0;
    let previous = 0x20; // a leading space is not plain
    for (let j = 0; j < length; j++) {
      let unit = text.charCodeAt(j);
      if (unit < 0x21 || unit > 0x7e) {
        if (unit !== 0x20 || previous === 0x20) return false;
      } else if (fold && unit >= 0x41 && unit <= 0x5a) unit |= 0x20;
      previous = unit;
      const shifted = unit << ((j & 3) << 3);
      if (j < 4) w0 |= shifted;
      else if (j < 8) w1 |= shifted;
      else w2 |= shifted;
    }
    if (previous === 0x20 || (w0 & 0xff) === 0x23) return false; // trailing space; leading "#"
    this.keep(entry, length, w0, w1, w2);
    return true;
  }

  private keep(entry: number, length: number, w0: number, w1: number, w2: number): void {
    this.keyLength[entry] = length;
    this.word0[entry] = w0;
    this.word1[entry] = w1;
    this.word2[entry] = w2;
    this.hash[entry] = mix(length, w0, w1, w2);
  }

  protected holds(entry: number, at: number, tag: number): boolean {
    const slots = this.slots;
    return (
      (tag & LENGTH_MASK) === this.keyLength[entry] &&
      slots[at + 1] === this.word0[entry] &&
      slots[at + 2] === this.word1[entry] &&
      slots[at + 3] === this.word2[entry]
    );
  }

  protected store(entry: number, value: number): void {
    this.place(
      this.hash[entry],
      ((value + 1) << LENGTH_BITS) | this.keyLength[entry],
      this.word0[entry],
      this.word1[entry],
      this.word2[entry]
    );
  }

  protected replace(old: Int32Array, at: number): void {
    const tag = old[at];
    this.place(
      mix(tag & LENGTH_MASK, old[at + 1], old[at + 2], old[at + 3]),
      tag,
      old[at + 1],
      old[at + 2],
      old[at + 3]
    );
  }

  /** Put a key (its hash, tag and words) in its first free slot. */
  private place(hash: number, tag: number, w0: number, w1: number, w2: number): void {
    const at = this.freeSlot(hash);
    const slots = this.slots;
    slots[at] = tag;
    slots[at + 1] = w0;
    slots[at + 2] = w1;
    slots[at + 3] = w2;
  }
}

/** Bit 7 of each of a word's first k bytes, by k: the bytes that hold characters. */
const BYTE_FLAGS = Int32Array.of(0, 0x80, 0x8080, 0x808080, 0x80808080);

/**
 * Bit 7 set in the lowest byte below 0x21 of `word` (all of whose bytes are at most 0x7F), if any: the
 * classic "has a byte less than n" test. A borrow only runs upwards, so the lowest flag is exact, and the
 * flags of the bytes that hold characters are all clear when none of them is below 0x21.
 */
function below21(word: number): number {
  return (word - 0x21212121) & ~word & 0x80808080;
}

/** A–Z → a–z in each byte of `word` (bytes 0x00 or 0x21–0x7E): bit 7 of byte + 0x3F is set from "A", of byte + 0x25 from "[". */
function foldCase(word: number): number {
  const upper = (word + 0x3f3f3f3f) & ~(word + 0x25252525) & 0x80808080;
  return word | (upper >>> 2);
}

/** A 32-bit hash of a packed key (murmur3-style multiply–xorshift rounds, so neighbouring codes spread). */
function mix(length: number, w0: number, w1: number, w2: number): number {
  let h = Math.imul(w0 ^ length, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 15) ^ w1, 0x85ebca77);
  h = Math.imul(h ^ (h >>> 13) ^ w2, 0xc2b2ae3d);
  return h ^ (h >>> 16);
}
