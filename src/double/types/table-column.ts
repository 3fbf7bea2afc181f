/**
 * TableColumnCollection and TableColumn.
 * https://learn.microsoft.com/javascript/api/excel/excel.tablecolumncollection
 * https://learn.microsoft.com/javascript/api/excel/excel.tablecolumn
 */
import { ExcelDoubleError } from "../errors";
import { type HostEnv, type HostMethod, type HostType, hostType } from "../host/host-type";
import { rangeRef } from "../host/refs";
import { bodyRect, columnNames, headerRect, totalRect } from "../table-areas";
import { addTableColumn } from "../table-column-add";
import type { RangeRef, TableState } from "../workbook-parts";
import {
  type ColumnTarget,
  columnRefOf,
  omitted,
  readValues,
  TABLE_COLUMN,
  TABLE_COLUMN_COLLECTION,
} from "./table-parts";

type Rect = RangeRef["rect"];

/** The column's table; ItemNotFound once the column has left it (the double's check). */
function tableOf(t: ColumnTarget, env: HostEnv, location: string): TableState {
  const table = env.state.table(t.tableId, location);
  if (t.index >= table.rect.colCount)
    throw new ExcelDoubleError("ItemNotFound", location, "the column no longer exists");
  return table;
}

/**
 * getItem(key): "Gets a column object by name or ID." A number is the column id (the double
 * numbers columns 1..n from the left); a string is a name (case-insensitive), or else, when it
 * is all digits, an id (the id the host sent as `_Id`, should it come back as a string: our choice).
 */
function indexOf(
  tableId: string,
  key: unknown,
  env: HostEnv,
  location: string
): number | undefined {
  const names = columnNames(env.state, env.state.table(tableId, location));
  const byId = (id: number) => (id >= 1 && id <= names.length ? id - 1 : undefined);
  if (typeof key === "number") return byId(key);
  const lower = String(key).toLowerCase();
  const i = names.findIndex((n) => n.toLowerCase() === lower);
  if (i >= 0) return i;
  return /^\d+$/.test(String(key)) ? byId(Number(key)) : undefined;
}

/** TableColumnCollection.add(index?, values?, name?): name needs ExcelApi 1.4. */
function add(tableId: string, args: readonly unknown[], env: HostEnv, loc: string): ColumnTarget {
  const [index, values, name] = args;
  if (!omitted(name)) env.requireApi("1.4", "TableColumnCollection.add(name)");
  const position = addTableColumn(
    env.state,
    env.state.table(tableId, loc),
    omitted(index) ? undefined : (index as number),
    omitted(values) ? undefined : values,
    omitted(name) ? undefined : String(name),
    loc,
    env.runtime.platform
  );
  return { tableId, index: position };
}

const count = (tableId: string, env: HostEnv, location: string) =>
  env.state.table(tableId, location).rect.colCount;

export const TABLE_COLUMN_COLLECTION_TYPE: HostType<string> = hostType<string>({
  name: TABLE_COLUMN_COLLECTION,
  properties: {
    count: { get: (id, env) => count(id, env, "TableColumnCollection.count") },
  },
  methods: {
    add: { call: (id, args, env, loc) => columnRefOf(add(id, args, env, loc)) },
    getCount: { api: "1.4", call: (id, _args, env, loc) => ({ value: count(id, env, loc) }) },
    getItemOrNullObject: {
      api: "1.4",
      call: (tableId, [key], env, loc) => {
        const index = indexOf(tableId, key, env, loc);
        return index === undefined ? null : columnRefOf({ tableId, index });
      },
    },
  },
  collection: {
    items: (tableId, env, loc) =>
      Array.from({ length: count(tableId, env, loc) }, (_, index) =>
        columnRefOf({ tableId, index })
      ),
    getItem: (tableId, key, env, loc) => {
      const index = indexOf(tableId, key, env, loc);
      if (index === undefined) throw new ExcelDoubleError("ItemNotFound", loc, "no such column");
      return columnRefOf({ tableId, index });
    },
  },
});

/** The column's cells within one part of the table (ItemNotFound when the part is absent). */
function columnRect(
  t: ColumnTarget,
  pick: (x: TableState) => Rect | undefined,
  env: HostEnv,
  location: string
): RangeRef {
  const table = tableOf(t, env, location);
  const rect = pick(table);
  if (!rect) throw new ExcelDoubleError("ItemNotFound", location, "the table has no such row");
  return { sheetId: table.sheetId, rect: { ...rect, col: table.rect.col + t.index, colCount: 1 } };
}

function rangeOf(pick: (x: TableState) => Rect | undefined): HostMethod<ColumnTarget> {
  return { call: (t, _args, env, loc) => rangeRef(columnRect(t, pick, env, loc)) };
}

export const TABLE_COLUMN_TYPE: HostType<ColumnTarget> = hostType<ColumnTarget>({
  name: TABLE_COLUMN,
  properties: {
    id: { get: (t) => t.index + 1 },
    index: { get: (t) => t.index },
    name: {
      get: (t, env) => columnNames(env.state, tableOf(t, env, "TableColumn.name"))[t.index],
      // Writes the header cell; reconcileTableColumns (references.ts) then renames the column.
      set: (t, v, env, loc) => {
        const table = tableOf(t, env, loc);
        env.state
          .sheet(table.sheetId, loc)
          .grid.updateCell(table.rect.row, table.rect.col + t.index, (cell) => ({
            ...cell,
            value: String(v),
            formula: undefined,
          }));
      },
    },
    values: {
      get: (t, env) =>
        readValues(
          columnRect(t, (x) => x.rect, env, "TableColumn.values"),
          env,
          "TableColumn.values"
        ),
    },
  },
  methods: {
    getRange: rangeOf((x) => x.rect),
    getDataBodyRange: rangeOf(bodyRect),
    getHeaderRowRange: rangeOf(headerRect),
    getTotalRowRange: rangeOf(totalRect),
  },
  idOf: (t) => t.index + 1,
});
