/**
 * Excel.RangeAreas (ExcelApi 1.9), as Workbook.getSelectedRanges returns it: `areaCount`, `address`,
 * `cellCount` and the `areas` collection of ranges. https://learn.microsoft.com/javascript/api/excel/excel.rangeareas
 * - address: "Returns the RangeAreas reference in A1-style. Address value will contain the worksheet
 *   name for each rectangular block of cells (e.g., "Sheet1!A1:B4, Sheet1!D1:D4")." — joined with
 *   ", " as in that example;
 * - areaCount: "Returns the number of rectangular ranges that comprise this RangeAreas object.";
 * - areas: "Returns a collection of rectangular ranges that comprise this RangeAreas object."
 * Other members are not modelled (NotImplemented).
 * Excel.RangeCollection (ExcelApi 1.9): its items, in area order. Its ranges have no key of their
 * own, so it has no getItem/idOf: the client reaches them by position (getItemAt).
 */
import { hostType, type HostEnv, type HostType } from "../host/host-type";
import { RANGE_AREAS, rangeRef } from "../host/refs";
import type { RangeRef } from "../workbook-parts";

export const RANGE_COLLECTION = "RangeCollection";

const address = (refs: RangeRef[], env: HostEnv) =>
  refs.map((r) => env.state.formatRef(r)).join(", ");

const rangeAreasType = hostType<RangeRef[]>({
  name: RANGE_AREAS,
  properties: {
    address: { get: address },
    addressLocal: { get: address },
    areaCount: { get: (refs) => refs.length },
    cellCount: {
      get: (refs) => refs.reduce((sum, r) => sum + r.rect.rowCount * r.rect.colCount, 0),
    },
  },
  navigation: { areas: (refs) => ({ type: RANGE_COLLECTION, target: refs }) },
});

const rangeCollectionType = hostType<RangeRef[]>({
  name: RANGE_COLLECTION,
  properties: {},
  collection: { items: (refs) => refs.map((r) => rangeRef(r)) },
});

export const RANGE_AREAS_TYPES: readonly HostType[] = [rangeAreasType, rangeCollectionType];
