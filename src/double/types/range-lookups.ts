/**
 * The Range methods whose result depends on another range or on the sheet's content:
 * getIntersection(OrNullObject), getBoundingRect, getSurroundingRegion, getUsedRange(OrNullObject)
 * (https://learn.microsoft.com/javascript/api/excel/excel.range).
 */
import { boundingRect, intersectRects, type Rect } from "../address";
import { ExcelDoubleError } from "../errors";
import type { HostEnv, HostMethod } from "../host/host-type";
import { surroundingRegion } from "../range-operations";
import type { RangeRef } from "../workbook-parts";
import { rangeArgument } from "./range-argument";
import { derived } from "./range-derived";

/** The other range's rectangle, or undefined when it lies on another sheet. */
function otherRect(arg: unknown, ref: RangeRef, env: HostEnv, location: string): Rect | undefined {
  const other = rangeArgument(arg, env, location, ref.sheetId);
  return other.sheetId === ref.sheetId ? other.rect : undefined;
}

function intersection(ref: RangeRef, args: readonly unknown[], env: HostEnv, location: string) {
  const other = otherRect(args[0], ref, env, location);
  const rect = other && intersectRects(ref.rect, other);
  return rect ? { sheetId: ref.sheetId, rect } : null;
}

/** The smallest rectangle around the used cells inside the range, if any. */
function usedInside(ref: RangeRef, valuesOnly: unknown, env: HostEnv, location: string) {
  const rect = env.state.sheet(ref.sheetId, location).grid.usedRect(Boolean(valuesOnly), ref.rect);
  return rect ? { sheetId: ref.sheetId, rect } : null;
}

export const RANGE_LOOKUP_METHODS: Readonly<Record<string, HostMethod<RangeRef>>> = {
  getIntersection: derived((ref, args, env, location) => {
    const found = intersection(ref, args, env, location);
    if (!found) throw new ExcelDoubleError("ItemNotFound", location, "the ranges do not intersect");
    return found;
  }),
  getIntersectionOrNullObject: derived(intersection, "1.4"),
  getBoundingRect: derived((ref, args, env, location) => {
    const other = otherRect(args[0], ref, env, location);
    if (!other)
      throw new ExcelDoubleError("InvalidArgument", location, "ranges are on different sheets");
    return { sheetId: ref.sheetId, rect: boundingRect(ref.rect, other) };
  }),
  getSurroundingRegion: derived(
    (ref, _args, env, location) => ({
      sheetId: ref.sheetId,
      rect: surroundingRegion(env.state.sheet(ref.sheetId, location), ref.rect),
    }),
    "1.7"
  ),
  /**
   * Range.getUsedRange(valuesOnly): "Returns the used range of the given range object. If there are
   * no used cells within the range, this function will throw an ItemNotFound error."
   * (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getusedrange-member(1)).
   * Only cells *within* the range count, so the result is the smallest range around the used cells
   * inside it ("The used range is the smallest range that encompasses any cells that have a value or
   * formatting assigned to them" — Worksheet.getUsedRange), not the range cut by the worksheet's used
   * range: an empty column inside the sheet's used area has no used range. valuesOnly: "Considers
   * only cells with values as used cells" (ExcelApi 1.2). An omitted valuesOnly arrives as
   * undefined or, through JSON, as null: neither needs 1.2.
   */
  getUsedRange: derived((ref, [valuesOnly], env, location) => {
    if (valuesOnly != null) env.requireApi("1.2", "Range.getUsedRange(valuesOnly)");
    const found = usedInside(ref, valuesOnly, env, location);
    if (!found) throw new ExcelDoubleError("ItemNotFound", location, "no used cells in the range");
    return found;
  }),
  /** Range.getUsedRangeOrNullObject(valuesOnly) — ExcelApi 1.4: a null object where getUsedRange throws. */
  getUsedRangeOrNullObject: derived(
    (ref, [valuesOnly], env, location) => usedInside(ref, valuesOnly, env, location),
    "1.4"
  ),
};
