/**
 * What the table family's types share: the names of the types only this family hands out (a
 * table's columns and rows), their targets, and reading cell values within the read limit.
 */
import type { HostEnv, HostRef } from "../host/host-type";
import { checkReadable } from "../range-operations";
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

/** Cell values of `ref`, within the double's read limit (as Range.values checks it). */
export function readValues(ref: RangeRef, env: HostEnv, location: string): CellValue[][] {
  checkReadable(env.state, ref, location, env.runtime.limits.readCellLimit);
  return env.state.rangeValues(ref);
}

/** `null` and `undefined` alike: the client sends an omitted argument as null in JSON. */
export const omitted = (arg: unknown): arg is null | undefined => arg === null || arg === undefined;
