/**
 * TableCollection (workbook.tables, worksheet.tables) and TableScopedCollection
 * (range.getTables()): one host type over a TableScope.
 * https://learn.microsoft.com/javascript/api/excel/excel.tablecollection
 * https://learn.microsoft.com/javascript/api/excel/excel.tablescopedcollection
 */
import { containsRect, intersectRects } from "../address";
import { ExcelDoubleError } from "../errors";
import { type HostEnv, type HostType, hostType } from "../host/host-type";
import { TABLE_COLLECTION, type TableScope, tableRef } from "../host/refs";
import { addTable } from "../table-operations";
import { rangeArgument } from "./range-argument";

/**
 * refs.ts's range scope carries no `fullyContained`; Range.getTables(fullyContained) may add it
 * to the scope ({ kind: "range", ref, fullyContained: true }), read here when present.
 */
type Scope = TableScope & { readonly fullyContained?: boolean };

/** Table ids the scope lists, in workbook order. */
export function tableIds(scope: Scope, env: HostEnv): string[] {
  const tables = env.state.tables;
  switch (scope.kind) {
    case "workbook":
      return tables.map((t) => t.id);
    case "sheet":
      return tables.filter((t) => t.sheetId === scope.sheetId).map((t) => t.id);
    case "range": {
      const { ref, fullyContained } = scope;
      return tables
        .filter((t) => t.sheetId === ref.sheetId)
        .filter((t) =>
          fullyContained
            ? containsRect(ref.rect, t.rect)
            : intersectRects(ref.rect, t.rect) !== undefined
        )
        .map((t) => t.id);
    }
  }
}

/** A table of the scope by name (case-insensitive) or by id. */
function findByKey(scope: Scope, key: unknown, env: HostEnv): string | undefined {
  const lower = String(key).toLowerCase();
  return tableIds(scope, env).find((id) => {
    const t = env.state.findTable(id);
    return t !== undefined && (t.name.toLowerCase() === lower || t.id === String(key));
  });
}

function notFound(location: string): never {
  throw new ExcelDoubleError("ItemNotFound", location, "no such table");
}

/** TableCollection.add(address, hasHeaders): address is a Range, "Sheet!A1:D5", or local on the sheet. */
function add(scope: Scope, args: readonly unknown[], env: HostEnv, location: string): string {
  const [address, hasHeaders] = args;
  const state = env.state;
  // Only TableCollection has add (TableScopedCollection does not), so the client never sends it
  // for a range scope; should it, the double refuses as for any member it does not model.
  if (scope.kind === "range")
    throw new ExcelDoubleError("NotImplemented", location, "TableScopedCollection has no add");
  // worksheet.tables: local addresses are on that sheet; workbook.tables: on the active sheet.
  const sheetId = scope.kind === "sheet" ? scope.sheetId : state.activeSheetId;
  const ref = rangeArgument(address, env, location, sheetId);
  if (scope.kind === "sheet" && ref.sheetId !== scope.sheetId)
    throw new ExcelDoubleError("InvalidArgument", location, "the range is on another worksheet");
  return addTable(state, ref, Boolean(hasHeaders), location).id;
}

export const TABLE_COLLECTION_TYPE: HostType<Scope> = hostType<Scope>({
  name: TABLE_COLLECTION,
  properties: {
    count: { get: (scope, env) => tableIds(scope, env).length },
  },
  methods: {
    add: { call: (scope, args, env, loc) => tableRef(add(scope, args, env, loc)) },
    getCount: { api: "1.4", call: (scope, _args, env) => ({ value: tableIds(scope, env).length }) },
    getItemOrNullObject: {
      api: "1.4",
      call: (scope, [key], env) => {
        const id = findByKey(scope, key, env);
        return id === undefined ? null : tableRef(id);
      },
    },
    getFirst: {
      call: (scope, _args, env, loc) => {
        const id = tableIds(scope, env)[0];
        return id === undefined ? notFound(loc) : tableRef(id);
      },
    },
    getFirstOrNullObject: {
      api: "1.9",
      call: (scope, _args, env) => {
        const id = tableIds(scope, env)[0];
        return id === undefined ? null : tableRef(id);
      },
    },
  },
  collection: {
    items: (scope, env) => tableIds(scope, env).map(tableRef),
    getItem: (scope, key, env, loc) => {
      const id = findByKey(scope, key, env);
      return id === undefined ? notFound(loc) : tableRef(id);
    },
  },
});
