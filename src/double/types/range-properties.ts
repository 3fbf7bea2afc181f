/**
 * The scalar properties of Excel.Range (https://learn.microsoft.com/javascript/api/excel/excel.range).
 * Cell data (values, formulas, numberFormat, text, valueTypes, valuesAsJson) is read through
 * checkReadable, so a read larger than `limits.readCellLimit` fails with RangeExceedsLimit as in
 * Excel; writes go through range-operations.ts (shape checks, typed input).
 */
import { MAX_COLUMNS, MAX_ROWS } from "../address";
import { jsonValueOf } from "../cell-input";
import type { HostEnv, HostProperty } from "../host/host-type";
import {
  checkReadable,
  hiddenState,
  pickFormula,
  pickNumberFormat,
  pickText,
  pickValue,
  readGrid,
  setHidden,
  writeNumberFormat,
  writeValues,
  writeValuesAsJson,
} from "../range-operations";
import type { Cell } from "../sheet-grid";
import type { RangeRef } from "../workbook-parts";

type RangeProperty = HostProperty<RangeRef>;

/** A cell-data getter: one value per cell, after the read limit check. */
function grid<V>(pick: (cell: Cell) => V): RangeProperty["get"] {
  return (ref: RangeRef, env: HostEnv) =>
    readGrid(
      checkReadable(env.state, ref, "Range.load", env.runtime.limits.readCellLimit),
      ref.rect,
      pick
    );
}

/** Excel.RangeValueType of a stored value (https://learn.microsoft.com/javascript/api/excel/excel.rangevaluetype). */
export function valueType(value: unknown): Excel.RangeValueType {
  if (value === "") return "Empty" as Excel.RangeValueType;
  if (typeof value === "number") return "Double" as Excel.RangeValueType;
  if (typeof value === "boolean") return "Boolean" as Excel.RangeValueType;
  if (typeof value === "string" && /^#/.test(value) && /[!?A]$/.test(value))
    return "Error" as Excel.RangeValueType;
  return "String" as Excel.RangeValueType;
}

/** rowHidden / columnHidden: true, false, or null when the range mixes hidden and shown lines. */
function hidden(axis: "rows" | "columns"): RangeProperty {
  const location = axis === "rows" ? "Range.rowHidden" : "Range.columnHidden";
  const lines = (ref: RangeRef, env: HostEnv) => {
    const sheet = env.state.sheet(ref.sheetId, location);
    return axis === "rows"
      ? { set: sheet.hiddenRows, start: ref.rect.row, count: ref.rect.rowCount }
      : { set: sheet.hiddenColumns, start: ref.rect.col, count: ref.rect.colCount };
  };
  return {
    get: (ref, env) => {
      const l = lines(ref, env);
      return hiddenState(l.set, l.start, l.count);
    },
    set: (ref, v, env) => {
      const l = lines(ref, env);
      setHidden(l.set, l.start, l.count, Boolean(v));
    },
  };
}

export const RANGE_PROPERTIES: Readonly<Record<string, RangeProperty>> = {
  address: { get: (ref, env) => env.state.formatRef(ref) },
  addressLocal: { get: (ref, env) => env.state.formatRef(ref) },
  cellCount: { get: (ref) => ref.rect.rowCount * ref.rect.colCount },
  rowCount: { get: (ref) => ref.rect.rowCount },
  columnCount: { get: (ref) => ref.rect.colCount },
  rowIndex: { get: (ref) => ref.rect.row },
  columnIndex: { get: (ref) => ref.rect.col },
  isEntireColumn: { get: (ref) => ref.rect.row === 0 && ref.rect.rowCount === MAX_ROWS },
  isEntireRow: { get: (ref) => ref.rect.col === 0 && ref.rect.colCount === MAX_COLUMNS },
  values: {
    get: grid(pickValue),
    set: (ref, v, env, loc) => writeValues(env.state, ref, v, loc),
  },
  formulas: {
    get: grid(pickFormula),
    set: (ref, v, env, loc) => writeValues(env.state, ref, v, loc),
  },
  // ExcelApi 1.16: typed values (cell-input.ts).
  valuesAsJson: {
    get: grid((cell) => jsonValueOf(cell.value)),
    set: (ref, v, env, loc) => writeValuesAsJson(env.state, ref, v, loc),
    api: "1.16",
  },
  numberFormat: {
    get: grid(pickNumberFormat),
    set: (ref, v, env, loc) => writeNumberFormat(env.state, ref, v, loc),
  },
  text: { get: grid(pickText) },
  valueTypes: { get: grid((cell) => valueType(cell.value)) },
  rowHidden: hidden("rows"),
  columnHidden: hidden("columns"),
};
