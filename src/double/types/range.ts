/**
 * Excel.Range on the host. https://learn.microsoft.com/javascript/api/excel/excel.range
 * The target is a RangeRef: a sheet and a rectangle. Derived ranges (getCell, getOffsetRange,
 * getSurroundingRegion, ...) are computed from it when the request runs (range-derived.ts,
 * range-lookups.ts); the scalar properties are in range-properties.ts.
 * This file exports the Range family's types for the registry: RANGE_HOST_TYPES.
 */
import { ExcelDoubleError } from "../errors";
import { hostType, type HostEnv, type HostMethod, type HostType } from "../host/host-type";
import { RANGE, tableCollectionRef, worksheetRef } from "../host/refs";
import { CLEAR_APPLY_TO, clearRange } from "../range-operations";
import type { RangeRef } from "../workbook-parts";
import { RANGE_AREAS_TYPES } from "./range-areas";
import { RANGE_DERIVED_METHODS } from "./range-derived";
import { RANGE_FORMAT, RANGE_FORMAT_TYPES } from "./range-format";
import { RANGE_LOOKUP_METHODS } from "./range-lookups";
import { RANGE_PROPERTIES } from "./range-properties";
import { RANGE_VIEW, rangeViewType } from "./range-view";

/**
 * Range.clear(applyTo) — Excel.ClearApplyTo, "All" when omitted (an omitted argument arrives as
 * undefined or, through JSON, null). Modes of later requirement sets check theirs (range-operations.ts).
 */
function clear(ref: RangeRef, mode: unknown, env: HostEnv, location: string): void {
  const applyTo = (mode ?? "All") as string;
  if (typeof applyTo !== "string" || !(applyTo in CLEAR_APPLY_TO))
    throw new ExcelDoubleError("InvalidArgument", location, `applyTo ${JSON.stringify(applyTo)}`);
  const api = CLEAR_APPLY_TO[applyTo];
  if (api) env.requireApi(api, `Range.clear(${applyTo})`);
  clearRange(env.state, ref, applyTo, location);
}

/**
 * Range._ValidateArraySize(rows, columns): Microsoft's client sends it before it splits a write of
 * more than 1,500 cells (values, formulas, numberFormat) into row blocks (`setRangePropertiesInBulk`
 * in @microsoft/office-js), so a mis-shaped array fails as a whole, as one write would. It is not
 * documented; the code is the one a mis-shaped write gives (InvalidArgument, range-operations.ts).
 */
function validateArraySize(ref: RangeRef, [rows, columns]: readonly unknown[], location: string) {
  if (rows !== ref.rect.rowCount || columns !== ref.rect.colCount)
    throw new ExcelDoubleError(
      "InvalidArgument",
      location,
      `the array is ${String(rows)}x${String(columns)} but the range is ${ref.rect.rowCount}x${ref.rect.colCount}`
    );
}

const RANGE_METHODS: Readonly<Record<string, HostMethod<RangeRef>>> = {
  ...RANGE_DERIVED_METHODS,
  ...RANGE_LOOKUP_METHODS,
  /** Tables overlapping this range (or fully inside it). ExcelApi 1.9. */
  getTables: {
    api: "1.9",
    // refs.ts's range scope has no fullyContained: the table family reads it when present.
    call: (ref, [fullyContained]) => {
      const scope = { kind: "range" as const, ref, fullyContained: Boolean(fullyContained) };
      return tableCollectionRef(scope);
    },
  },
  /**
   * getVisibleView() — ExcelApi 1.3: the rows and columns not hidden (or filtered out), for code
   * that skips hidden rows. https://learn.microsoft.com/javascript/api/excel/excel.rangeview
   */
  getVisibleView: { api: "1.3", call: (ref) => ({ type: RANGE_VIEW, target: ref }) },
  select: {
    call: (ref, _args, env) => {
      env.state.activeSheetId = ref.sheetId;
      env.state.selection = { sheetId: ref.sheetId, rect: { ...ref.rect } };
    },
  },
  clear: { call: (ref, [applyTo], env, location) => clear(ref, applyTo, env, location) },
  _ValidateArraySize: {
    call: (ref, args, _env, location) => validateArraySize(ref, args, location),
  },
};

const rangeType = hostType<RangeRef>({
  name: RANGE,
  properties: RANGE_PROPERTIES,
  navigation: {
    format: (ref) => ({ type: RANGE_FORMAT, target: ref }),
    worksheet: (ref, env, location) => {
      env.state.sheet(ref.sheetId, location);
      return worksheetRef(ref.sheetId);
    },
  },
  methods: RANGE_METHODS,
});

export const RANGE_HOST_TYPES: HostType[] = [
  rangeType,
  ...RANGE_FORMAT_TYPES,
  rangeViewType,
  ...RANGE_AREAS_TYPES,
];
