/**
 * Range.format and its fill and font: Excel.RangeFormat, Excel.RangeFill, Excel.RangeFont
 * (https://learn.microsoft.com/javascript/api/excel/excel.rangeformat, .../excel.rangefill,
 * .../excel.rangefont). Their target is the range's RangeRef. Fill colour and bold are kept per cell
 * (what the snapshot and the readers model); alignment, wrap, row height and the other font
 * settings are stored by address (SheetJson.rangeFormats), not per cell.
 */
import { formatLocal } from "../address";
import { ExcelDoubleError } from "../errors";
import { hostType, type HostEnv, type HostProperty, type HostType } from "../host/host-type";
import { clampToUsed, pickText, uniformValue, updateCells } from "../range-operations";
import type { RangeRef } from "../workbook-parts";
import { normalizeColor } from "./range-color";

export const RANGE_FORMAT = "RangeFormat";
export const RANGE_FILL = "RangeFill";
export const RANGE_FONT = "RangeFont";

type Check = (v: unknown, location: string) => unknown;

/** A formatting property stored by address rather than modelled per cell (see SheetJson.rangeFormats). */
function storedFormat(key: string, fallback: unknown, check?: Check): HostProperty<RangeRef> {
  return {
    get: (ref, env) => {
      const own = env.state.sheet(ref.sheetId, key).rangeFormats.get(formatLocal(ref.rect));
      return own && key in own ? own[key] : fallback;
    },
    set: (ref, v, env, location) => {
      const sheet = env.state.sheet(ref.sheetId, location);
      const address = formatLocal(ref.rect);
      const value = check ? check(v, location) : v;
      sheet.rangeFormats.set(address, { ...(sheet.rangeFormats.get(address) ?? {}), [key]: value });
    },
  };
}

const oneOf =
  (...allowed: string[]): Check =>
  (v, location) => {
    if (typeof v !== "string" || !allowed.includes(v))
      throw new ExcelDoubleError("InvalidArgument", location, String(v));
    return v;
  };
const isBoolean: Check = (v, location) => {
  if (typeof v !== "boolean")
    throw new ExcelDoubleError("InvalidArgument", location, "expected a boolean");
  return v;
};
const isNumber: Check = (v, location) => {
  if (typeof v !== "number" || !Number.isFinite(v) || v < 0)
    throw new ExcelDoubleError("InvalidArgument", location, "expected a number ≥ 0");
  return v;
};

/** Default column width in points when none was set (Calibri 11's 8.43 characters, roughly). */
const DEFAULT_WIDTH = 48;

const columnWidth: HostProperty<RangeRef> = {
  // null when the columns differ; only the first 256 columns are compared, to stay bounded.
  get: (ref, env) => {
    const sheet = env.state.sheet(ref.sheetId, "RangeFormat.columnWidth");
    const widths = new Set<number>();
    for (let c = ref.rect.col; c < ref.rect.col + Math.min(ref.rect.colCount, 256); c++)
      widths.add(sheet.columnWidths.get(c) ?? DEFAULT_WIDTH);
    return widths.size === 1 ? [...widths][0] : null;
  },
  set: (ref, v, env, loc) => {
    if (typeof v !== "number" || v < 0)
      throw new ExcelDoubleError("InvalidArgument", loc, "width must be a number ≥ 0");
    const sheet = env.state.sheet(ref.sheetId, loc);
    for (let c = ref.rect.col; c < ref.rect.col + ref.rect.colCount; c++)
      sheet.columnWidths.set(c, v);
  },
};

/** Widths are not measured; autofit stores a width per column from the longest text, roughly. */
function autofitColumns(ref: RangeRef, env: HostEnv, location: string): void {
  const sheet = env.state.sheet(ref.sheetId, location);
  const rect = clampToUsed(sheet, ref.rect);
  if (!rect) return;
  for (let c = rect.col; c < rect.col + rect.colCount; c++) {
    let longest = 0;
    for (let r = rect.row; r < rect.row + rect.rowCount; r++)
      longest = Math.max(longest, pickText(sheet.grid.getCell(r, c)).length);
    sheet.columnWidths.set(c, Math.max(12, Math.round(longest * 6 + 6)));
  }
}

/** Range.format: column width, alignment, wrap, row height, autofit, and the fill/font children. */
const rangeFormatType = hostType<RangeRef>({
  name: RANGE_FORMAT,
  properties: {
    horizontalAlignment: storedFormat(
      "horizontalAlignment",
      "General",
      oneOf(
        "General",
        "Left",
        "Center",
        "Right",
        "Fill",
        "Justify",
        "CenterAcrossSelection",
        "Distributed"
      )
    ),
    verticalAlignment: storedFormat(
      "verticalAlignment",
      "Bottom",
      oneOf("Top", "Center", "Bottom", "Justify", "Distributed")
    ),
    wrapText: storedFormat("wrapText", false, isBoolean),
    rowHeight: storedFormat("rowHeight", 15, isNumber),
    columnWidth,
  },
  navigation: {
    fill: (ref) => ({ type: RANGE_FILL, target: ref }),
    font: (ref) => ({ type: RANGE_FONT, target: ref }),
  },
  methods: {
    autofitColumns: { call: (ref, _args, env, location) => autofitColumns(ref, env, location) },
    // Row heights are not modelled: nothing to fit.
    autofitRows: { call: () => undefined },
  },
});

const rangeFillType = hostType<RangeRef>({
  name: RANGE_FILL,
  properties: {
    color: {
      // Excel reports "#FFFFFF" for no fill and null for mixed fills.
      get: (ref, env) =>
        uniformValue(
          env.state.sheet(ref.sheetId, "RangeFill.color"),
          ref.rect,
          (cell) => cell.fill ?? "#FFFFFF"
        ),
      set: (ref, v, env, loc) => {
        const color = normalizeColor(v, loc);
        updateCells(env.state, ref, loc, (cell) => ({ ...cell, fill: color }));
      },
    },
  },
  methods: {
    clear: {
      call: (ref, _args, env, loc) =>
        updateCells(env.state, ref, loc, (cell) => ({ ...cell, fill: undefined })),
    },
  },
});

const rangeFontType = hostType<RangeRef>({
  name: RANGE_FONT,
  properties: {
    color: storedFormat("font.color", "#000000", (v, loc) => normalizeColor(v, loc)),
    italic: storedFormat("font.italic", false, isBoolean),
    size: storedFormat("font.size", 11, isNumber),
    name: storedFormat("font.name", "Calibri", (v, loc) => {
      if (typeof v !== "string" || v === "")
        throw new ExcelDoubleError("InvalidArgument", loc, "font name");
      return v;
    }),
    bold: {
      get: (ref, env) =>
        uniformValue(
          env.state.sheet(ref.sheetId, "RangeFont.bold"),
          ref.rect,
          (cell) => cell.bold ?? false
        ),
      set: (ref, v, env, loc) => {
        if (typeof v !== "boolean")
          throw new ExcelDoubleError("InvalidArgument", loc, "bold must be a boolean");
        updateCells(env.state, ref, loc, (cell) => ({ ...cell, bold: v || undefined }));
      },
    },
  },
});

export const RANGE_FORMAT_TYPES: readonly HostType[] = [
  rangeFormatType,
  rangeFillType,
  rangeFontType,
];
