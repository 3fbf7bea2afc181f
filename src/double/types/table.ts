/**
 * Excel.Table: its properties, its columns, rows and worksheet, the ranges of its parts, resize,
 * delete, convertToRange. https://learn.microsoft.com/javascript/api/excel/excel.table
 * This file also gathers the family's types for the registry (TABLE_HOST_TYPES).
 */
import { ExcelDoubleError } from "../errors";
import { type HostEnv, type HostMethod, type HostType, hostType } from "../host/host-type";
import { rangeRef, TABLE, worksheetRef } from "../host/refs";
import { validateWorkbookName } from "../name-rules";
import { columnsRemoved, tableConverted, tableDeleted, tableRenamed } from "../references";
import { bodyRect, columnNames, headerRect, totalRect } from "../table-areas";
import { deleteTable, resizeTable } from "../table-operations";
import { setShowTotals } from "../table-rows";
import type { RangeRef, TableState } from "../workbook-parts";
import { TABLE_COLLECTION_TYPE } from "./table-collection";
import { TABLE_COLUMN_COLLECTION_TYPE, TABLE_COLUMN_TYPE } from "./table-column";
import { rangeArgument } from "./range-argument";
import { TABLE_COLUMN_COLLECTION, TABLE_ROW_COLLECTION } from "./table-parts";
import { TABLE_ROW_COLLECTION_TYPE, TABLE_ROW_TYPE } from "./table-row";

type Rect = RangeRef["rect"];

/** A range of the table: the whole, the header row, the data body or the total row. */
function rangeOf(pick: (t: TableState) => Rect | undefined): HostMethod<string> {
  return {
    call: (id, _args, env, loc) => {
      const t = env.state.table(id, loc);
      const rect = pick(t);
      if (!rect || rect.rowCount < 1)
        throw new ExcelDoubleError("ItemNotFound", loc, "the table has no such row");
      return rangeRef({ sheetId: t.sheetId, rect: { ...rect } });
    },
  };
}

/** Table.resize(newRange) — ExcelApi 1.13; rules in resizeTable (table-operations.ts). */
function resize(id: string, newRange: unknown, env: HostEnv, loc: string): void {
  const state = env.state;
  const t = state.table(id, loc);
  const ref = rangeArgument(newRange, env, loc, t.sheetId);
  const before = t.rect;
  const names = columnNames(state, t);
  resizeTable(state, t, ref, loc);
  // Columns that left the table: structured references to them become #REF!.
  const removed = names.filter((_, i) => {
    const col = before.col + i;
    return col < t.rect.col || col >= t.rect.col + t.rect.colCount;
  });
  columnsRemoved(state, t, removed);
  t.columns = columnNames(state, t);
}

export const TABLE_TYPE: HostType<string> = hostType<string>({
  name: TABLE,
  properties: {
    id: { get: (id) => id },
    name: {
      get: (id, env) => env.state.table(id, "Table.name").name,
      set: (id, v, env, loc) => {
        const state = env.state;
        validateWorkbookName(state, String(v), loc, id);
        const t = state.table(id, loc);
        const before = t.name;
        t.name = String(v);
        // Structured references follow the new name.
        tableRenamed(state, before, t.name);
      },
    },
    showTotals: {
      get: (id, env) => env.state.table(id, "Table.showTotals").showTotals,
      set: (id, v, env, loc) => setShowTotals(env.state, env.state.table(id, loc), Boolean(v), loc),
    },
    showHeaders: { get: (id, env) => env.state.table(id, "Table.showHeaders").showHeaders },
    style: {
      get: (id, env) => env.state.table(id, "Table.style").style,
      set: (id, v, env, loc) => void (env.state.table(id, loc).style = String(v)),
    },
  },
  navigation: {
    columns: (id, env, loc) => (
      env.state.table(id, loc),
      { type: TABLE_COLUMN_COLLECTION, target: id }
    ),
    rows: (id, env, loc) => (env.state.table(id, loc), { type: TABLE_ROW_COLLECTION, target: id }),
    worksheet: (id, env, loc) => worksheetRef(env.state.table(id, loc).sheetId),
  },
  methods: {
    getRange: rangeOf((t) => t.rect),
    getHeaderRowRange: rangeOf(headerRect),
    getDataBodyRange: rangeOf(bodyRect),
    getTotalRowRange: rangeOf(totalRect),
    resize: { api: "1.13", call: (id, [newRange], env, loc) => resize(id, newRange, env, loc) },
    delete: {
      call: (id, _args, env, loc) => {
        const t = env.state.table(id, loc);
        tableDeleted(env.state, t);
        deleteTable(env.state, t, false, loc);
      },
    },
    /** Returns the range the table covered, its cells kept. */
    convertToRange: {
      call: (id, _args, env, loc) => {
        const t = env.state.table(id, loc);
        const range = rangeRef({ sheetId: t.sheetId, rect: { ...t.rect } });
        tableConverted(env.state, t);
        deleteTable(env.state, t, true, loc);
        return range;
      },
    },
    // The double models no filters: there is nothing to clear.
    clearFilters: { call: (id, _args, env, loc) => void env.state.table(id, loc) },
  },
  idOf: (id) => id,
});

/** The table family's types, registered by host/registry.ts. */
export const TABLE_HOST_TYPES: HostType[] = [
  TABLE_COLLECTION_TYPE,
  TABLE_TYPE,
  TABLE_COLUMN_COLLECTION_TYPE,
  TABLE_COLUMN_TYPE,
  TABLE_ROW_COLLECTION_TYPE,
  TABLE_ROW_TYPE,
];
