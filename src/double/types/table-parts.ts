/**
 * What the table family's types share: the names of the types only this family hands out (a
 * table's columns and rows), their targets, and reading a range argument (a string address or a
 * Range the client passed as an object).
 */
import { ExcelDoubleError } from "../errors";
import type { HostEnv, HostRef } from "../host/host-type";
import { RANGE, refArgument } from "../host/refs";
import { checkReadable } from "../range-operations";
import type { SheetState } from "../sheet-state";
import type { CellValue } from "../workbook-json";
import type { RangeRef } from "../workbook-parts";

export const TABLE_COLUMN_COLLECTION = "TableColumnCollection"; // target: table id
export const TABLE_COLUMN = "TableColumn"; // target: ColumnTarget
export const TABLE_ROW_COLLECTION = "TableRowCollection"; // target: table id
export const TABLE_ROW = "TableRow"; // target: RowTarget

export interface ColumnTarget {
  readonly tableId: string;
  /** Zero-based position in the table; the column's id is index + 1. */
  readonly index: number;
}

export interface RowTarget {
  readonly tableId: string;
  /** Index in the data body: "a TableRow object represents the physical location of the table row". */
  readonly index: number;
}

export const columnRefOf = (target: ColumnTarget): HostRef<ColumnTarget> => ({
  type: TABLE_COLUMN,
  target,
});
export const rowRefOf = (target: RowTarget): HostRef<RowTarget> => ({ type: TABLE_ROW, target });

/**
 * A range argument (`tables.add(address)`, `table.resize(newRange)`): a string is an address, a
 * defined name or a table name (local addresses on `defaultSheet`); an object is a Range.
 */
export function rangeArgument(
  arg: unknown,
  env: HostEnv,
  defaultSheet: SheetState | undefined,
  location: string
): RangeRef {
  if (typeof arg === "string") return env.state.resolveAddress(arg, defaultSheet, location);
  const range = refArgument<RangeRef>(arg, RANGE);
  if (range) return range.target;
  throw new ExcelDoubleError("InvalidArgument", location, "expected a Range or an address");
}

/** Cell values of `ref`, within the double's read limit (as Range.values checks it). */
export function readValues(ref: RangeRef, env: HostEnv, location: string): CellValue[][] {
  checkReadable(env.state, ref, location, env.runtime.limits.readCellLimit);
  return env.state.rangeValues(ref);
}

/** `null` and `undefined` alike: the client sends an omitted argument as null in JSON. */
export const omitted = (arg: unknown): arg is null | undefined => arg === null || arg === undefined;
