import { idKey, idText } from "./idKey";
import { NOT_PACKED, PackedKeyTable } from "./packedKeyTable";
import { isExcelError } from "./parseNumber";
import { StringTable } from "./stringTable";
import type { IdMatching } from "./types";

/**
 * The customers of id cells, numbered in order of first appearance; two cells are one customer when their
 * keys (idKey) are equal. Plain short ids, the usual case, take one packed-table lookup on the cell's text;
 * any other spelling is normalised once, on its first appearance, and remembered by its exact text.
 */
export class CustomerKeys {
  /** Display id per customer: the first spelling seen, trimmed. */
  readonly ids: string[] = [];
  /**
   * Matching key per customer, or "" where the key is the display id itself up to ASCII case (plain ids, the
   * usual case: no key string is made for them while reading; keys() makes them when asked).
   */
  private readonly givenKeys: string[] = [];
  /** Numeric ids of 16+ digits seen (Excel keeps only 15 significant digits). */
  bigNumericIds = 0;
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
  }

  get count(): number {
    return this.ids.length;
  }

  /**
   * A function giving the matching key of every customer seen so far, made on its first call. It holds only
   * the ids, not the lookup tables.
   */
  keyList(): () => string[] {
    const ids = this.ids;
    const given = this.givenKeys;
    const fold = this.matching === "normalized";
    let keys: string[] | null = null;
    return () => {
      if (keys) return keys;
      keys = new Array<string>(ids.length);
      for (let c = 0; c < ids.length; c++) {
        keys[c] = given[c] !== "" ? given[c] : fold ? ids[c].toLowerCase() : ids[c];
      }
      return keys;
    };
  }

  /** The customer of a text cell; -1 when it is blank or an Excel error. */
  ofText(text: string): number {
    const c = this.plain.get(text);
    if (c >= 0) return c;
    // A plain id is its own trimmed form, and its key is itself up to case.
    if (c !== NOT_PACKED) return this.addCustomer(text, "");
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

  private ofKey(key: string, display: string): number {
    const c = this.plain.get(key);
    if (c >= 0) return c;
    if (c !== NOT_PACKED) return this.addCustomer(display, key);
    const other = this.otherKeys.get(key);
    if (other >= 0) return other;
    const added = this.ids.length;
    this.otherKeys.add(key, added);
    this.ids.push(display);
    this.givenKeys.push(key);
    return added;
  }

  /** A new customer whose key the last plain.get packed (and found absent); key "" = display up to case. */
  private addCustomer(display: string, key: string): number {
    const c = this.ids.length;
    this.plain.addLast(c);
    this.ids.push(display);
    this.givenKeys.push(key);
    return c;
  }
}
