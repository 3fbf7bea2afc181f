/**
 * TableRowCollection (https://learn.microsoft.com/javascript/api/excel/excel.tablerowcollection):
 * count, items, getItemAt (from the items, by the executor), getCount, add. deleteRows /
 * deleteRowsAt are "ExcelApiOnline 1.1" (Excel on the web only) and are not modelled.
 * TableRow (ExcelApi 1.1): index, values, getRange(), delete().
 * https://learn.microsoft.com/javascript/api/excel/excel.tablerow
 */
import { ExcelDoubleError } from "../errors";
import { type HostEnv, type HostType, hostType } from "../host/host-type";
import { rangeRef } from "../host/refs";
import { writeValues } from "../range-operations";
import { bodyRect } from "../table-areas";
import { addTableRows, deleteTableRows } from "../table-rows";
import type { RangeRef } from "../workbook-parts";
import {
  omitted,
  readValues,
  type RowTarget,
  rowRefOf,
  TABLE_ROW,
  TABLE_ROW_COLLECTION,
} from "./table-parts";

const bodyRows = (tableId: string, env: HostEnv, location: string) =>
  bodyRect(env.state.table(tableId, location)).rowCount;

/** add(index?, values?, alwaysInsert?) — returns "the top of the newly added row(s)". */
function add(tableId: string, args: readonly unknown[], env: HostEnv, loc: string): RowTarget {
  const [index, values, alwaysInsert] = args;
  if (Array.isArray(values) && values.length > 1)
    env.requireApi("1.4", "TableRowCollection.add(several rows)");
  if (!omitted(alwaysInsert)) env.requireApi("1.15", "TableRowCollection.add(alwaysInsert)");
  const at = addTableRows(
    env.state,
    env.state.table(tableId, loc),
    omitted(index) ? undefined : (index as number),
    omitted(values) ? undefined : values,
    loc,
    omitted(alwaysInsert) ? true : Boolean(alwaysInsert)
  );
  return { tableId, index: at };
}

export const TABLE_ROW_COLLECTION_TYPE: HostType<string> = hostType<string>({
  name: TABLE_ROW_COLLECTION,
  properties: {
    count: { get: (id, env) => bodyRows(id, env, "TableRowCollection.count") },
  },
  methods: {
    add: { call: (id, args, env, loc) => rowRefOf(add(id, args, env, loc)) },
    getCount: { api: "1.4", call: (id, _args, env, loc) => ({ value: bodyRows(id, env, loc) }) },
  },
  // Rows have no stable key (a row is a position in the body), so no getItem / idOf.
  collection: {
    items: (tableId, env, loc) =>
      Array.from({ length: bodyRows(tableId, env, loc) }, (_, index) =>
        rowRefOf({ tableId, index })
      ),
  },
});

/** The row's cells; ItemNotFound once the body is shorter than the row's index. */
function rowRect(t: RowTarget, env: HostEnv, location: string): RangeRef {
  const table = env.state.table(t.tableId, location);
  const body = bodyRect(table);
  if (t.index >= body.rowCount)
    throw new ExcelDoubleError("ItemNotFound", location, `table row ${t.index} no longer exists`);
  return { sheetId: table.sheetId, rect: { ...body, row: body.row + t.index, rowCount: 1 } };
}

export const TABLE_ROW_TYPE: HostType<RowTarget> = hostType<RowTarget>({
  name: TABLE_ROW,
  properties: {
    index: { get: (t, env) => (rowRect(t, env, "TableRow.index"), t.index) },
    values: {
      get: (t, env) => readValues(rowRect(t, env, "TableRow.values"), env, "TableRow.values"),
      set: (t, v, env, loc) => writeValues(env.state, rowRect(t, env, loc), v, loc),
    },
  },
  methods: {
    getRange: { call: (t, _args, env, loc) => rangeRef(rowRect(t, env, loc)) },
    delete: {
      call: (t, _args, env, loc) => {
        rowRect(t, env, loc);
        deleteTableRows(env.state, env.state.table(t.tableId, loc), t.index, 1, loc);
      },
    },
  },
});
