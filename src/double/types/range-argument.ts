/**
 * A method argument that names a range: the Range object the add-in passed (the executor hands it
 * over as a HostRef, refs.ts) or an address string ("B2:C4", "Sheet1!A1", a defined name or a table
 * name). Office.js takes both wherever it says `Range | string`
 * (e.g. https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getintersection-member(1)).
 * Other families (tables.add, charts.add, chart.setData, names.add) may use it too.
 */
import { ExcelDoubleError } from "../errors";
import type { HostEnv } from "../host/host-type";
import { RANGE, refArgument } from "../host/refs";
import type { RangeRef } from "../workbook-parts";

/**
 * The range `arg` stands for. A local address is on `defaultSheetId` (for Range methods: the range's
 * own sheet); without one it fails with InvalidArgument, as resolveAddress does.
 */
export function rangeArgument(
  arg: unknown,
  env: HostEnv,
  location: string,
  defaultSheetId?: string
): RangeRef {
  const ref = refArgument<RangeRef>(arg, RANGE);
  if (ref) return ref.target;
  if (typeof arg === "string") {
    const sheet =
      defaultSheetId === undefined ? undefined : env.state.sheet(defaultSheetId, location);
    return env.state.resolveAddress(arg, sheet, location);
  }
  throw new ExcelDoubleError("InvalidArgument", location, "expected a Range or an address");
}
