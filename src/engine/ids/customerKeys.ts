import { idKey, idText } from "./idKey";
import { BLOCK, NOT_PACKED } from "./blockKeyTable";
import { PackedKeyTable } from "./packedKeyTable";
import { isExcelError } from "../parse/parseNumber";
import { StringTable } from "./stringTable";
import { WideKeyTable } from "./wideKeyTable";
import { NumberKeyTable } from "./numberKeyTable";
import type { KeyRule } from "./keyRule";
import type { Cell, IdMatching } from "../types";

/** The customers found: display ids, and the rule that gives their matching keys (see keyRule.ts). */
export interface FoundCustomers extends KeyRule {
  /** Display id per customer: the first spelling seen, trimmed. */
  ids: string[];
}

/**
 * The customers of id cells, numbered in order of first appearance; two cells are one customer when their
 * keys (idKey) are equal. Plain ids, the usual case, take one packed-table lookup on the cell's text and no
 * string is made for them while reading: a plain customer's display id is its first cell's text and its
 * key is that text up to ASCII case. Short ASCII codes go to a PackedKeyTable, names of up to 30 units
 * (ASCII or Chinese) to a WideKeyTable, numbers to a NumberKeyTable (by their bits, remembering the
 * customer their text names). Any other spelling is normalised once, on its first appearance, and
 * remembered by its exact text.
 */
export class CustomerKeys {
  /** Numeric ids of 16+ digits seen (Excel keeps only 15 significant digits). */
  bigNumericIds = 0;
  /**
   * Display id per customer, in customer order. Made empty from an array of strings, so it holds strings
   * from the start: `[]` begins as an array of small integers, and its switch on the first push deoptimised
   * the id loop in the second and third runs.
   */
  private readonly ids: string[] = [""].slice(1);
  /** Key of each customer that is not plain (sparse). */
  private readonly keyOf = new Map<number, string>();
  private readonly plain: PackedKeyTable;
  /** Made on the first id the short table does not take (a sheet of codes never clears its memory). */
  private wideKeys: WideKeyTable | null = null;
  /** Spellings that are not plain → customer. */
  private readonly spelling = new StringTable();
  /** Keys that do not pack → customer. */
  private readonly otherKeys = new StringTable();
  /** Number cells → customer (made on the first number cell). */
  private numberKeys: NumberKeyTable | null = null;
  /** Per block entry: where its id went (ELSEWHERE, WIDE, OTHER, NUMBER), and for OTHER its StringTable hash. */
  private readonly kind = new Uint8Array(BLOCK);
  private readonly otherHash = new Int32Array(BLOCK);

  /** `rows`: how many cells to expect. */
  constructor(
    private readonly matching: IdMatching,
    private readonly rows: number
  ) {
    this.plain = new PackedKeyTable(matching === "normalized", rows);
  }

  private wide(): WideKeyTable {
    return (this.wideKeys ??= new WideKeyTable(this.matching === "normalized", this.rows));
  }

  private numbers(): NumberKeyTable {
    return (this.numberKeys ??= new NumberKeyTable(this.rows));
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
    const w = this.wide().get(text);
    if (w >= 0) return w;
    if (w !== NOT_PACKED) return this.addWide(text, -1);
    return this.ofOtherText(text);
  }

  /**
   * The customers of the id cells `rows[i][idColumn]` for start ≤ i < end (at most BLOCK rows), into
   * `customer[i]`; -1 for a row that is not an array or whose cell is not an id. Numbers customers exactly
   * as ofText and ofNumber cell by cell would, but looks ids up a block at a time (see BlockKeyTable).
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
    const kind = this.kind;
    const otherHash = this.otherHash;
    let wides = 0;
    let others = 0;
    let numbers = 0;
    // Entries the wide and number tables do not take this block must read as empty there.
    this.wideKeys?.clear(end - start);
    this.numberKeys?.clear(end - start);
    // Most blocks are all plain codes: the short table packs them in one call, and only the cells it did
    // not take are looked at again here.
    if (plain.packCells(rows, idColumn, start, end) > 0) {
      for (let i = start; i < end; i++) {
        const entry = i - start;
        if (plain.packed(entry)) continue;
        const row = rows[i];
        const cell: unknown = Array.isArray(row) ? row[idColumn] : undefined;
        kind[entry] = ELSEWHERE;
        if (typeof cell === "number") {
          if (this.numbers().pack(entry, cell)) {
            kind[entry] = NUMBER;
            numbers++;
          }
        } else if (typeof cell === "string") {
          if (this.wide().pack(entry, cell)) {
            kind[entry] = WIDE;
            wides++;
          } else {
            // Other spellings: looked up by their exact text, also read ahead a block at a time.
            kind[entry] = OTHER;
            otherHash[entry] = StringTable.hash(cell);
            others++;
          }
        }
      }
    }
    plain.warm(end - start);
    if (wides > 0) this.wide().warm(end - start);
    if (numbers > 0) this.numbers().warm(end - start);
    if (others > 0) this.spelling.warm(otherHash, kind, OTHER, end - start);
    for (let i = start; i < end; i++) {
      const entry = i - start;
      if (plain.packed(entry)) {
        const c = plain.find(entry);
        customer[i] = c >= 0 ? c : this.addPlain(rows[i][idColumn] as string, entry);
      } else if (kind[entry] === WIDE) {
        const c = this.wide().find(entry);
        customer[i] = c >= 0 ? c : this.addWide(rows[i][idColumn] as string, entry);
      } else if (kind[entry] === NUMBER) {
        const c = this.numbers().find(entry);
        customer[i] = c >= 0 ? c : this.addNumber(rows[i][idColumn] as number, entry);
      } else if (kind[entry] === OTHER)
        customer[i] = this.ofOtherText(rows[i][idColumn] as string, otherHash[entry]);
      else customer[i] = this.ofOtherCell(rows[i], idColumn);
    }
  }

  /** The customer of a finite number cell (1001 and "1001" are one customer); -1 for any other number. */
  ofNumber(value: number): number {
    const c = this.numbers().get(value);
    if (c >= 0) return c;
    return c === NOT_PACKED ? -1 : this.addNumber(value, -1);
  }

  /**
   * The customer of a number met for the first time, found or made through its text, and remembered for the
   * number: in block entry `entry`, or by the last numbers().get when entry is -1.
   */
  private addNumber(value: number, entry: number): number {
    if (Math.abs(value) >= 1e15) this.bigNumericIds++;
    const text = idText(value);
    const c = this.ofKey(idKey(text, this.matching), text);
    if (entry >= 0) this.numbers().add(entry, c);
    else this.numbers().addLast(c);
    return c;
  }

  /** The display ids and the key rule. Call once, after the last cell. */
  finish(): FoundCustomers {
    return { ids: this.ids, keyOf: this.keyOf, foldCase: this.matching === "normalized" };
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

  /** The customer of normalised key `key`, made (shown as `display`) when new. */
  private ofKey(key: string, display: string): number {
    // A key that packs lives in the table its text packs into, whichever spelling brought it.
    let c = this.plain.get(key);
    if (c === -1) c = this.addPlain(display, -1);
    else if (c === NOT_PACKED) {
      c = this.wide().get(key);
      if (c === -1) c = this.addWide(display, -1);
      else if (c === NOT_PACKED) {
        c = this.otherKeys.get(key);
        if (c >= 0) return c;
        c = this.ids.length;
        this.ids.push(display);
        this.otherKeys.add(key, c);
      } else return c;
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

  /** addPlain for a key the wide table packed. */
  private addWide(display: string, entry: number): number {
    const c = this.ids.length;
    if (entry >= 0) this.wide().add(entry, c);
    else this.wide().addLast(c);
    this.ids.push(display);
    return c;
  }
}

/** Where a block entry's id went: elsewhere (the short table, or no id), the wide table, by spelling, or a number. */
const ELSEWHERE = 0;
const WIDE = 1;
const OTHER = 2;
const NUMBER = 3;
