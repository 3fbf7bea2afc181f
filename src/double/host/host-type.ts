/**
 * What the host knows about one Excel object type: the scalar properties a query can select or a
 * request can set, the navigation properties and methods that lead to other objects, the methods
 * that act or return a value, and, for collections, their items. Microsoft's client
 * (@microsoft/office-js) sends these by name in its request messages; the executor
 * (executor.ts) looks them up here. Names are camelCase, as in the Office.js API: the client sends
 * "GetRange" / "Values" and the host matches "getRange" / "values" (the client's own pretty-printer
 * maps names the same way, `Utility._toCamelLowerCase`).
 */
import type { DoubleRuntime } from "../double-runtime";
import type { WorkbookState } from "../workbook-state";

/** An object the host hands out: a registered type name and the plain data that locates it. */
export interface HostRef<T = unknown> {
  readonly type: string;
  readonly target: T;
}

/** What a type's code may use while a request runs. */
export interface HostEnv {
  readonly state: WorkbookState;
  readonly runtime: DoubleRuntime;
  /** Fails the request with ApiNotFound when the simulated host lacks ExcelApi `version`. */
  requireApi(version: string, location: string): void;
}

export interface HostProperty<T> {
  get(target: T, env: HostEnv): unknown;
  /** Absent for read-only properties (a set then fails with InvalidArgument). */
  set?(target: T, value: unknown, env: HostEnv, location: string): void;
  /** ExcelApi requirement set that introduced the property, checked when it is used. */
  api?: string;
}

/**
 * A method's outcome: another object (when the client uses it as an object path), `null` for the
 * null object of an `...OrNullObject` method, `{ value }` for a method returning a primitive
 * (OfficeExtension.ClientResult), nothing for a method that only acts.
 */
export type HostOutcome = HostRef | null | { readonly value: unknown } | void;

export interface HostMethod<T> {
  /**
   * `args` are the JSON arguments the client sent, except that an argument the client passed as an
   * Office.js object (a Range given to `tables.add`, `chart.setData`, `getIntersection`) arrives
   * as the HostRef it resolves to.
   */
  call(target: T, args: readonly unknown[], env: HostEnv, location: string): HostOutcome;
  api?: string;
}

export interface HostCollection<T> {
  /** The items, in the order Office.js lists them (`load("items")`, `getItemAt`). */
  items(target: T, env: HostEnv, location: string): HostRef[];
  /** The indexer (`getItem(key)` and the client's own item paths): throw ItemNotFound if absent. */
  getItem?(target: T, key: unknown, env: HostEnv, location: string): HostRef;
}

export interface HostType<T = any> {
  /** The Office.js class name ("Range", "TableCollection"): errors and debug info say it. */
  readonly name: string;
  readonly properties: Readonly<Record<string, HostProperty<T>>>;
  readonly navigation?: Readonly<
    Record<string, (target: T, env: HostEnv, location: string) => HostRef | null>
  >;
  readonly methods?: Readonly<Record<string, HostMethod<T>>>;
  readonly collection?: HostCollection<T>;
  /**
   * A stable key of an item that the collection's `getItem` accepts (a worksheet's or table's id, a
   * name's name). The host sends it as `_Id` with every collection item it returns, and Microsoft's
   * client then addresses that item by it (`tryGetObjectIdFromLoadOrRetrieveResult` reads `_Id`)
   * rather than by its position, so an item keeps its identity when others are added or removed.
   */
  idOf?(target: T, env: HostEnv): string | number;
}

/** Declares a type with its target's shape checked (the registry stores them as HostType<any>). */
export function hostType<T>(type: HostType<T>): HostType<T> {
  return type;
}
