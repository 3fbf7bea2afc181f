import { idKey, idText } from "./idKey";
import { BLOCK, NOT_PACKED, PackedKeyTable } from "./packedKeyTable";
import { isExcelError } from "./parseNumber";
import { scratchInt32 } from "./scratch";
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
 * (read back by row at the end) and its key is that text up to ASCII case. Any other spelling is
 * normalised once, on its first appearance, and remembered by its exact text.
 */
export class CustomerKeys {
  /** Numeric ids of 16+ digits seen (Excel keeps only 15 significant digits). */
  bigNumericIds = 0;
  private count = 0;
  /** Row of each customer's first cell (scratch: read back by finish). */
  private firstRow: Int32Array;
  /** Display id and key of the customers that are not plain (sparse). */
  private readonly displayOf = new Map<number, string>();
  private readonly keyOf = new Map<number, string>();
  private readonly plain: PackedKeyTable;
  /** Spellings that are not plain → customer. */
  private readonly spelling = new StringTable();
  /** Keys that do not pack → customer. */
  private readonly otherKeys = new StringTable();
  private readonly numbers = new Map<number, number>();

  /** `rows`: how many cells to expect. */
  constructor(
    private readonly matching: IdMatching,
    rows: number
  ) {
    this.plain = new PackedKeyTable(matching === "normalized", rows);
    this.firstRow = scratchInt32("firstRow", Math.min(Math.max(rows, 1), 1024));
  }

  get size(): number {
    return this.count;
  }

  /** The customer of text cell `text` in row `row`; -1 when it is blank or an Excel error. */
  ofText(text: string, row: number): number {
    const c = this.plain.get(text);
    if (c >= 0) return c;
    // A plain id is its own trimmed form, and its key is itself up to case.
    if (c !== NOT_PACKED) return this.addPlain(row, -1);
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
    for (let i = start; i < end; i++) {
      const row = rows[i];
      const cell: unknown = Array.isArray(row) ? row[idColumn] : undefined;
      if (typeof cell === "string") plain.pack(i - start, cell);
      else plain.skip(i - start);
    }
    plain.warm(end - start);
    for (let i = start; i < end; i++) {
      const entry = i - start;
      if (plain.packed(entry)) {
        const c = plain.find(entry);
        customer[i] = c >= 0 ? c : this.addPlain(i, entry);
      } else customer[i] = this.ofOtherCell(rows[i], idColumn);
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

  /**
   * The display ids (plain ones read from `rows[firstRow][idColumn]`, in increasing row order) and the keys.
   * Call once, after the last cell.
   */
  finish(rows: readonly Cell[][], idColumn: number): FoundCustomers {
    const n = this.count;
    const ids = new Array<string>(n);
    for (let c = 0; c < n; c++) {
      const display = this.displayOf.get(c);
      ids[c] = display !== undefined ? display : (rows[this.firstRow[c]][idColumn] as string);
    }
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

  /** The customer of text that is not plain, normalised once per distinct spelling. */
  private ofOtherText(text: string): number {
    let spelled = this.spelling.get(text);
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
    if (c === -1) c = this.addPlain(-1, -1);
    else if (c === NOT_PACKED) {
      c = this.otherKeys.get(key);
      if (c >= 0) return c;
      c = this.count++;
      this.otherKeys.add(key, c);
    } else return c;
    this.displayOf.set(c, display);
    this.keyOf.set(c, key);
    return c;
  }

  /**
   * A new customer whose key plain packed (and found absent): in block entry `entry`, or by the last
   * plain.get when entry is -1. First seen in `row` (-1 when ofKey records the display id itself).
   */
  private addPlain(row: number, entry: number): number {
    const c = this.count++;
    if (entry >= 0) this.plain.add(entry, c);
    else this.plain.addLast(c);
    if (c >= this.firstRow.length) {
      const kept = this.firstRow.slice();
      this.firstRow = scratchInt32("firstRow", 2 * kept.length);
      this.firstRow.set(kept);
    }
    this.firstRow[c] = row;
    return c;
  }
}
