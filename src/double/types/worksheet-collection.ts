/**
 * Excel.WorksheetCollection as a host type; target: true (the workbook's one collection).
 * https://learn.microsoft.com/javascript/api/excel/excel.worksheetcollection
 * getItem takes "The name or ID of the worksheet", so the indexer accepts both and a worksheet's
 * `_Id` (its id) addresses it across renames.
 */
import { ExcelDoubleError } from "../errors";
import type { HostEnv, HostRef } from "../host/host-type";
import { hostType } from "../host/host-type";
import { WORKSHEET_COLLECTION, worksheetRef } from "../host/refs";
import { addSheet } from "./worksheet-rules";

/**
 * The sheet a key names: by id first (exact), then by name (case-insensitive). The id goes first
 * because Microsoft's client addresses a listed sheet by its `_Id`, and the double's ids ("sheet1")
 * can equal another sheet's name ("Sheet1") when compared without case; Excel's own ids are GUIDs.
 */
function sheetIdByKey(env: HostEnv, key: unknown): string | undefined {
  if (typeof key !== "string") return undefined;
  return (env.state.findSheet(key) ?? env.state.findSheetByName(key))?.id;
}

/**
 * getFirst / getLast / getCount(visibleOnly?): "If `true`, considers only visible worksheets, skipping
 * over any hidden ones." (https://learn.microsoft.com/javascript/api/excel/excel.worksheetcollection)
 */
function listed(env: HostEnv, visibleOnly: unknown) {
  const sheets = env.state.sheets;
  return visibleOnly === true ? sheets.filter((s) => s.visibility === "Visible") : sheets;
}

function found(id: string | undefined, location: string): HostRef {
  if (id === undefined) throw new ExcelDoubleError("ItemNotFound", location, "no such worksheet");
  return worksheetRef(id);
}

export const WORKSHEET_COLLECTION_TYPE = hostType<true>({
  name: WORKSHEET_COLLECTION,
  properties: {},
  collection: {
    items: (_t, env) => env.state.sheets.map((s) => worksheetRef(s.id)),
    getItem: (_t, key, env, loc) => found(sheetIdByKey(env, key), loc),
  },
  methods: {
    getItemOrNullObject: {
      call: (_t, [key], env) => {
        const id = sheetIdByKey(env, key);
        return id === undefined ? null : worksheetRef(id);
      },
      api: "1.4",
    },
    getActiveWorksheet: {
      call: (_t, _args, env, loc) => found(env.state.findSheet(env.state.activeSheetId)?.id, loc),
    },
    getFirst: {
      call: (_t, [visibleOnly], env, loc) => found(listed(env, visibleOnly)[0]?.id, loc),
      api: "1.5",
    },
    getLast: {
      call: (_t, [visibleOnly], env, loc) => {
        const sheets = listed(env, visibleOnly);
        return found(sheets[sheets.length - 1]?.id, loc);
      },
      api: "1.5",
    },
    getCount: {
      call: (_t, [visibleOnly], env) => ({ value: listed(env, visibleOnly).length }),
      api: "1.4",
    },
    add: { call: (_t, [name], env, loc) => worksheetRef(addSheet(env.state, name, loc)) },
  },
});
