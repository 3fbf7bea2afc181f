/**
 * Excel.Worksheet as a host type; target: the sheet id (stable across renames and moves).
 * https://learn.microsoft.com/javascript/api/excel/excel.worksheet
 */
import { type Rect, rectInGrid } from "../address";
import { ExcelDoubleError } from "../errors";
import type { HostEnv, HostProperty, HostRef } from "../host/host-type";
import { hostType } from "../host/host-type";
import { WORKSHEET, chartCollectionRef, rangeRef, tableCollectionRef } from "../host/refs";
import { sheetRenamed } from "../references";
import type { SheetState } from "../sheet-state";
import { FREEZE_PANES } from "./worksheet-freeze-panes";
import { deleteSheet, keepOneVisible, moveSheet, validateSheetName } from "./worksheet-rules";

const WHOLE_SHEET: Rect = { row: 0, col: 0, rowCount: 1048576, colCount: 16384 };
const A1: Rect = { row: 0, col: 0, rowCount: 1, colCount: 1 };

/** A Range on sheet `id`, or null (the null object of an ...OrNullObject method). */
function sheetRange(id: string, rect: Rect | null, location: string): HostRef | null {
  if (rect === null) return null;
  if (!rectInGrid(rect))
    throw new ExcelDoubleError("InvalidArgument", location, "outside the grid");
  return rangeRef({ sheetId: id, rect });
}

/** getRange(): the whole sheet; getRange("A1:B2"), "Sheet1!A1", a defined name or a table name. */
function addressRect(env: HostEnv, sheet: SheetState, address: unknown, location: string): Rect {
  if (address === undefined || address === null || address === "") return WHOLE_SHEET;
  if (typeof address !== "string")
    throw new ExcelDoubleError("InvalidArgument", location, `address ${String(address)}`);
  const ref = env.state.resolveAddress(address, sheet, location);
  if (ref.sheetId !== sheet.id)
    throw new ExcelDoubleError("InvalidArgument", location, `${address} is not on ${sheet.name}`);
  return ref.rect;
}

const sheetOf = (env: HostEnv, id: string, location: string) => env.state.sheet(id, location);

/** Worksheet.showGridlines (ExcelApi 1.8), stored on the sheet. */
const GRIDLINES: HostProperty<string> = {
  get: (id, env) => sheetOf(env, id, "Worksheet.showGridlines").showGridlines,
  set: (id, v, env, loc) => void (sheetOf(env, id, loc).showGridlines = Boolean(v)),
  api: "1.8",
};

export const WORKSHEET_TYPE = hostType<string>({
  name: WORKSHEET,
  idOf: (id) => id,
  properties: {
    id: { get: (id) => id },
    name: {
      get: (id, env) => sheetOf(env, id, "Worksheet.name").name,
      set: (id, v, env, loc) => {
        const target = sheetOf(env, id, loc);
        const before = target.name;
        target.name = validateSheetName(env.state, v, loc, id);
        // References to the sheet follow its new name (cell formulas, formula-text names;
        // range names and chart sources hold the sheet itself).
        sheetRenamed(env.state, before, target.name);
      },
    },
    position: {
      get: (id, env) => env.state.sheets.findIndex((s) => s.id === id),
      set: (id, v, env, loc) => moveSheet(env.state, id, v, loc),
    },
    showGridlines: GRIDLINES,
    // Microsoft's client sends `showGridlines = x` as a set of "Gridlines" (its
    // `Worksheet_ShowGridlines_Set`) and reads it back as "ShowGridlines": the host takes both.
    gridlines: GRIDLINES,
    visibility: {
      get: (id, env) => sheetOf(env, id, "Worksheet.visibility").visibility,
      set: (id, v, env, loc) => {
        if (v !== "Visible" && v !== "Hidden" && v !== "VeryHidden")
          throw new ExcelDoubleError("InvalidArgument", loc, String(v));
        if (v !== "Visible") keepOneVisible(env.state, id, loc);
        sheetOf(env, id, loc).visibility = v;
      },
    },
  },
  navigation: {
    tables: (id) => tableCollectionRef({ kind: "sheet", sheetId: id }),
    charts: (id) => chartCollectionRef(id),
    /** freezePanes (ExcelApi 1.7): freezeRows / freezeColumns / unfreeze, stored on the sheet. */
    freezePanes: (id, env, loc) => {
      env.requireApi("1.7", loc);
      return { type: FREEZE_PANES, target: id };
    },
  },
  methods: {
    getRange: {
      call: (id, [address], env, loc) =>
        sheetRange(id, addressRect(env, sheetOf(env, id, loc), address, loc), loc),
    },
    getRangeByIndexes: {
      call: (id, [row, col, rowCount, colCount], env, loc) => {
        sheetOf(env, id, loc);
        return sheetRange(id, { row, col, rowCount, colCount } as Rect, loc);
      },
      api: "1.7",
    },
    getCell: {
      call: (id, [row, col], env, loc) => {
        sheetOf(env, id, loc);
        return sheetRange(id, { row, col, rowCount: 1, colCount: 1 } as Rect, loc);
      },
    },
    /** An empty sheet's used range is A1 ("If the entire worksheet is blank, this function will return the top left cell"). */
    getUsedRange: {
      call: (id, [valuesOnly], env, loc) =>
        sheetRange(id, sheetOf(env, id, loc).grid.usedRect(Boolean(valuesOnly)) ?? A1, loc),
    },
    getUsedRangeOrNullObject: {
      call: (id, [valuesOnly], env, loc) =>
        sheetRange(id, sheetOf(env, id, loc).grid.usedRect(Boolean(valuesOnly)) ?? null, loc),
      api: "1.4",
    },
    // "Activate the worksheet in the Excel UI." The docs are silent on a hidden sheet; the double
    // refuses it (InvalidOperation), as Excel's UI cannot show a hidden sheet (our choice).
    activate: {
      call: (id, _args, env, loc) => {
        if (sheetOf(env, id, loc).visibility !== "Visible")
          throw new ExcelDoubleError("InvalidOperation", loc, "hidden sheets cannot be activated");
        env.state.activeSheetId = id;
        env.state.selection = { sheetId: id, rect: { ...A1 } };
      },
    },
    delete: { call: (id, _args, env, loc) => deleteSheet(env.state, id, loc) },
  },
});
