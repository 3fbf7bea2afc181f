import { idKey, idText } from "./idKey";
import { BLOCK, NOT_PACKED, PackedKeyTable } from "./packedKeyTable";
import { isExcelError } from "./parseNumber";
import { StringTable } from "./stringTable";
import type { Cell, IdMatching } from "./types";

/** The customers found: display ids, and their matching keys on demand. */
export interface FoundCustomers {
  /** Display id per customer: the first spelling seen, trimmed. */
  ids: string[];
  /** Matching key per customer (made on the first call: most runs never read keys). */
  keys: () => string[];
}

/**
 * The customers of id cells, numbered in order of first appearance; two cells are one customer when their
 * keys (idKey) are equal. Plain short ids, the usual case, take one packed-table lookup on the cell's text
 * and no string is made for them while reading: a plain customer's display id is its first cell's text
 * and its key is that text up to ASCII case. Any other spelling is normalised once, on its first
 * appearance, and remembered by its exact text.
 */
export class CustomerKeys {
  /** Numeric ids of 16+ digits seen (Excel keeps only 15 significant digits). */
  bigNumericIds = 0;
  /** Display id per customer, in customer order. */
  private readonly ids: string[] = [];
  /** Key of each customer that is not plain (sparse). */
  private readonly keyOf = new Map<number, string>();
  private readonly plain: PackedKeyTable;
  /** Spellings that are not plain → customer. */
  private readonly spelling = new StringTable();
  /** Keys that do not pack → customer. */
  private readonly otherKeys = new StringTable();
  private readonly numbers = new Map<number, number>();
  /** Per block entry: whether its cell is text that did not pack, and that text's StringTable hash. */
  private readonly other = new Uint8Array(BLOCK);
  private readonly otherHash = new Int32Array(BLOCK);

  /** `rows`: how many cells to expect. */
  constructor(
    private readonly matching: IdMatching,
    rows: number
  ) {
    this.plain = new PackedKeyTable(matching === "normalized", rows);
  }

  get size(): number {
    return this.ids.length;
  }

  /** The customer of text cell `text`; -1 when it is blank or an Excel error. */
  ofText(text: string): number {
    const c = this.plain.get(text);
    if (c >= 0) return c;
    // A plain id is its own trimmed form, and its key is itself up to case.
    if (c !== NOT_PACKED) return this.addPlain(text, -1);
    return this.ofOtherText(text);
  }

  /**
   * The customers of the id cells `rows[i][idColumn]` for start ≤ i < end (at most BLOCK rows), into
   * `customer[i]`; -1 for a row that is not an array or whose cell is not an id. Numbers customers exactly
   * as ofText and ofNumber cell by cell would, but plain ids are looked up a block at a time (see
   * PackedKeyTable).
   */
  assignBlock(
    rows: readonly Cell[][],
    idColumn: number,
    start: number,
    end: number,
    customer: Int32Array
  ): void {
    if (end - start > BLOCK) throw new RangeError(`a block holds at most ${BLOCK} rows`);
    const plain = this.plain;
    const other = this.other;
    const otherHash = this.otherHash;
    let others = 0;
    for (let i = start; i < end; i++) {
      const entry = i - start;
      const row = rows[i];
      const cell: unknown = Array.isArray(row) ? row[idColumn] : undefined;
      other[entry] = 0;
      if (typeof cell !== "string") plain.skip(entry);
      else if (!plain.pack(entry, cell)) {
        // Longer or non-ASCII ids (names, 客户甲): looked up by their exact spelling, also a block at a time.
        other[entry] = 1;
        otherHash[entry] = StringTable.hash(cell);
        others++;
      }
    }
    plain.warm(end - start);
    if (others > 0) this.spelling.warm(otherHash, other, end - start);
    for (let i = start; i < end; i++) {
      const entry = i - start;
      if (plain.packed(entry)) {
        const c = plain.find(entry);
        customer[i] = c >= 0 ? c : this.addPlain(rows[i][idColumn] as string, entry);
      } else if (other[entry] !== 0)
        customer[i] = this.ofOtherText(rows[i][idColumn] as string, otherHash[entry]);
      else customer[i] = this.ofOtherCell(rows[i], idColumn);
    }
  }

  /** The customer of a finite number cell (1001 and "1001" are one customer). */
  ofNumber(value: number): number {
    let c = this.numbers.get(value);
    if (c === undefined) {
      if (Math.abs(value) >= 1e15) this.bigNumericIds++;
      const text = idText(value);
      c = this.ofKey(idKey(text, this.matching), text);
      this.numbers.set(value, c);
    }
    return c;
  }

  /** The display ids and the keys. Call once, after the last cell. */
  finish(): FoundCustomers {
    const ids = this.ids;
    const n = ids.length;
    const keyOf = this.keyOf;
    const fold = this.matching === "normalized";
    let keys: string[] | null = null;
    return {
      ids,
      keys: () => {
        if (keys) return keys;
        keys = new Array<string>(n);
        for (let c = 0; c < n; c++) {
          const given = keyOf.get(c);
          keys[c] = given !== undefined ? given : fold ? ids[c].toLowerCase() : ids[c];
        }
        return keys;
      },
    };
  }

  /** The customer of a cell whose text did not pack (or that is not text). */
  private ofOtherCell(row: Cell[], idColumn: number): number {
    if (!Array.isArray(row)) return -1;
    const cell: unknown = row[idColumn];
    if (typeof cell === "string") return this.ofOtherText(cell);
    if (typeof cell === "number" && cell - cell === 0) return this.ofNumber(cell);
    return -1;
  }

  /**
   * The customer of text that is not plain, normalised once per distinct spelling (`hash`: its StringTable
   * hash, when already made).
   */
  private ofOtherText(text: string, hash = StringTable.hash(text)): number {
    let spelled = this.spelling.getHashed(text, hash);
    if (spelled < 0) {
      const trimmed = text.trim();
      // Excel errors start with "#": skip the pattern test for every other id.
      if (trimmed === "" || (trimmed.charCodeAt(0) === 35 && isExcelError(trimmed))) return -1;
      spelled = this.ofKey(idKey(text, this.matching), trimmed);
      this.spelling.add(text, spelled);
    }
    return spelled;
  }

  private ofKey(key: string, display: string): number {
    let c = this.plain.get(key);
    if (c === -1) c = this.addPlain(display, -1);
    else if (c === NOT_PACKED) {
      c = this.otherKeys.get(key);
      if (c >= 0) return c;
      c = this.ids.length;
      this.ids.push(display);
      this.otherKeys.add(key, c);
    } else return c;
    this.keyOf.set(c, key);
    return c;
  }

  /**
   * A new customer, shown as `display`, whose key plain packed (and found absent): in block entry `entry`,
   * or by the last plain.get when entry is -1.
   */
  private addPlain(display: string, entry: number): number {
    const c = this.ids.length;
    if (entry >= 0) this.plain.add(entry, c);
    else this.plain.addLast(c);
    this.ids.push(display);
    return c;
  }
}
