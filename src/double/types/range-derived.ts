/**
 * The Range methods that return another range computed from this one: getCell, getOffsetRange,
 * getResizedRange, getRow/getColumn, getRowsAbove/Below, getColumnsBefore/After, getLast*,
 * getEntire*, getAbsoluteResizedRange (https://learn.microsoft.com/javascript/api/excel/excel.range).
 * A result that leaves the sheet's grid fails with InvalidArgument (the docs are silent on the
 * code; our choice). Requirement sets are the docs' ones: getResizedRange and getRowsAbove/Below and
 * getColumnsBefore/After say "ExcelApi 1.2" there, although Microsoft's client gates them at 1.3 (and
 * below 1.3 composes them from getOffsetRange + getBoundingRect itself).
 */
import { MAX_COLUMNS, MAX_ROWS, rectInGrid, type Rect } from "../address";
import { ExcelDoubleError } from "../errors";
import type { HostEnv, HostMethod } from "../host/host-type";
import { rangeRef } from "../host/refs";
import type { RangeRef } from "../workbook-parts";

type Compute = (
  ref: RangeRef,
  args: readonly unknown[],
  env: HostEnv,
  location: string
) => RangeRef | null;

/** A method returning the range `compute` gives (null: the null object of an ...OrNullObject). */
export function derived(compute: Compute, api?: string): HostMethod<RangeRef> {
  return {
    api,
    call: (ref, args, env, location) => {
      const next = compute(ref, args, env, location);
      if (next === null) return null;
      if (!rectInGrid(next.rect))
        throw new ExcelDoubleError("InvalidArgument", location, "outside the grid");
      return rangeRef(next);
    },
  };
}

/** A derived range on the same sheet whose rectangle depends only on this one's and the args. */
function moved(change: (rect: Rect, args: readonly unknown[]) => Rect, api?: string) {
  return derived((ref, args) => ({ sheetId: ref.sheetId, rect: change(ref.rect, args) }), api);
}

const num = (arg: unknown) => arg as number;
/** The optional `count` of getRowsAbove & co.: 1 when omitted (JSON sends an omitted one as null). */
const countOf = (arg: unknown) => (arg ?? 1) as number;

function lineAt(axis: "row" | "column"): HostMethod<RangeRef> {
  return derived((ref, args, _env, location) => {
    const index = num(args[0]);
    const size = axis === "row" ? ref.rect.rowCount : ref.rect.colCount;
    if (index < 0 || index >= size)
      throw new ExcelDoubleError("InvalidArgument", location, `${axis} ${index} outside range`);
    const rect =
      axis === "row"
        ? { ...ref.rect, row: ref.rect.row + index, rowCount: 1 }
        : { ...ref.rect, col: ref.rect.col + index, colCount: 1 };
    return { sheetId: ref.sheetId, rect };
  });
}

export const RANGE_DERIVED_METHODS: Readonly<Record<string, HostMethod<RangeRef>>> = {
  getCell: moved((r, [row, column]) => ({
    row: r.row + num(row),
    col: r.col + num(column),
    rowCount: 1,
    colCount: 1,
  })),
  getOffsetRange: moved((r, [rowOffset, columnOffset]) => ({
    ...r,
    row: r.row + num(rowOffset),
    col: r.col + num(columnOffset),
  })),
  getResizedRange: moved(
    (r, [deltaRows, deltaColumns]) => ({
      ...r,
      rowCount: r.rowCount + num(deltaRows),
      colCount: r.colCount + num(deltaColumns),
    }),
    "1.2"
  ),
  getAbsoluteResizedRange: moved(
    (r, [numRows, numColumns]) => ({ ...r, rowCount: num(numRows), colCount: num(numColumns) }),
    "1.7"
  ),
  getRow: lineAt("row"),
  getColumn: lineAt("column"),
  getRowsAbove: moved(
    (r, [count]) => ({ ...r, row: r.row - countOf(count), rowCount: countOf(count) }),
    "1.2"
  ),
  getRowsBelow: moved(
    (r, [count]) => ({ ...r, row: r.row + r.rowCount, rowCount: countOf(count) }),
    "1.2"
  ),
  getColumnsBefore: moved(
    (r, [count]) => ({ ...r, col: r.col - countOf(count), colCount: countOf(count) }),
    "1.2"
  ),
  getColumnsAfter: moved(
    (r, [count]) => ({ ...r, col: r.col + r.colCount, colCount: countOf(count) }),
    "1.2"
  ),
  getLastRow: moved((r) => ({ ...r, row: r.row + r.rowCount - 1, rowCount: 1 })),
  getLastColumn: moved((r) => ({ ...r, col: r.col + r.colCount - 1, colCount: 1 })),
  getLastCell: moved((r) => ({
    row: r.row + r.rowCount - 1,
    col: r.col + r.colCount - 1,
    rowCount: 1,
    colCount: 1,
  })),
  getEntireColumn: moved((r) => ({ row: 0, rowCount: MAX_ROWS, col: r.col, colCount: r.colCount })),
  getEntireRow: moved((r) => ({ col: 0, colCount: MAX_COLUMNS, row: r.row, rowCount: r.rowCount })),
};
