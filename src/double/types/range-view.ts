/**
 * Excel.RangeView, what Range.getVisibleView() (ExcelApi 1.3) returns: the rows and columns not
 * hidden (or filtered out), for code that skips hidden rows.
 * https://learn.microsoft.com/javascript/api/excel/excel.rangeview
 * The target is the range the view was taken of; hidden lines are left out when a property is read.
 * `index` is always 0 (one view of one range); `rows` (RangeViewCollection) is not modelled.
 */
import { formatAddress } from "../address";
import { hostType, type HostEnv, type HostProperty } from "../host/host-type";
import {
  checkReadable,
  pickFormula,
  pickNumberFormat,
  pickText,
  pickValue,
} from "../range-operations";
import type { Cell } from "../sheet-grid";
import type { RangeRef } from "../workbook-parts";

export const RANGE_VIEW = "RangeView";
const LOCATION = "Range.getVisibleView";

function visible(ref: RangeRef, env: HostEnv) {
  const sheet = env.state.sheet(ref.sheetId, LOCATION);
  const rows = Array.from({ length: ref.rect.rowCount }, (_, i) => ref.rect.row + i).filter(
    (r) => !sheet.hiddenRows.has(r)
  );
  const cols = Array.from({ length: ref.rect.colCount }, (_, i) => ref.rect.col + i).filter(
    (c) => !sheet.hiddenColumns.has(c)
  );
  return { sheet, rows, cols };
}

/** A cell-data getter over the visible cells, after the read limit check. */
function grid<V>(
  pick: (cell: Cell, r: number, c: number, sheet: string) => V
): HostProperty<RangeRef> {
  return {
    get: (ref, env) => {
      checkReadable(env.state, ref, LOCATION, env.runtime.limits.readCellLimit);
      const { sheet, rows, cols } = visible(ref, env);
      return rows.map((r) => cols.map((c) => pick(sheet.cellAt(r, c), r, c, sheet.name)));
    },
  };
}

export const rangeViewType = hostType<RangeRef>({
  name: RANGE_VIEW,
  properties: {
    values: grid(pickValue),
    formulas: grid(pickFormula),
    numberFormat: grid(pickNumberFormat),
    text: grid(pickText),
    cellAddresses: grid((_cell, r, c, name) =>
      formatAddress(name, { row: r, col: c, rowCount: 1, colCount: 1 })
    ),
    rowCount: { get: (ref, env) => visible(ref, env).rows.length },
    columnCount: { get: (ref, env) => visible(ref, env).cols.length },
    index: { get: () => 0 },
  },
});
