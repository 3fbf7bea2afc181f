/**
 * A Query action's value: the selected scalar properties of an object under the names the client
 * reads back ("address" → "Address"), navigation paths as nested objects ("format/fill/color" →
 * `{ Format: { Fill: { Color } } }`), and a collection's items under `_Items`. No Select, or "*",
 * means every scalar property the host's API level has (Office.js `load()`: "all scalar properties").
 */
import { ExcelDoubleError } from "../errors";
import { compareVersions } from "../requirements";
import type { HostEnv, HostRef, HostType } from "./host-type";
import { hostTypeOf } from "./registry";
import { wireName } from "./wire";

type Value = Record<string, unknown>;

export function queryValue(ref: HostRef | null, select: readonly string[], env: HostEnv): unknown {
  if (ref === null) return null;
  const type = hostTypeOf(ref.type, "RequestContext.load");
  return type.collection
    ? collectionValue(type, ref, select, env)
    : objectValue(type, ref, select, env);
}

function collectionValue(
  type: HostType,
  ref: HostRef,
  select: readonly string[],
  env: HostEnv
): Value {
  const own = select.filter((path) => path in type.properties);
  const value = readScalars(type, ref, own, env);
  if (own.length > 0 && own.length === select.length) return value;
  const itemSelect = select
    .filter((path) => !(path in type.properties))
    .map((path) => (path.startsWith("items/") ? path.slice(6) : path))
    .filter((path) => path !== "items");
  const location = `${type.name}.load`;
  value._Items = type.collection!.items(ref.target, env, location).map((item) => {
    const itemType = hostTypeOf(item.type, location);
    const itemValue = objectValue(itemType, item, itemSelect, env);
    if (itemType.idOf) itemValue._Id = itemType.idOf(item.target, env);
    return itemValue;
  });
  return value;
}

function objectValue(type: HostType, ref: HostRef, select: readonly string[], env: HostEnv): Value {
  if (select.length === 0 || select.includes("*")) {
    const all = Object.keys(type.properties).filter((name) => {
      const api = type.properties[name].api;
      return !api || compareVersions(env.runtime.maxExcelApi, api) >= 0;
    });
    return readScalars(type, ref, all, env);
  }
  const scalars: string[] = [];
  const children = new Map<string, string[]>();
  for (const path of select) {
    const [head, ...rest] = path.split("/");
    if (rest.length === 0 && head in type.properties) scalars.push(head);
    else if (type.navigation && head in type.navigation) {
      const list = children.get(head) ?? [];
      if (rest.length > 0) list.push(rest.join("/"));
      children.set(head, list);
    } else {
      throw new ExcelDoubleError(
        "InvalidArgument",
        `${type.name}.load`,
        `unknown property ${JSON.stringify(path)}`
      );
    }
  }
  const value = readScalars(type, ref, scalars, env);
  for (const [head, paths] of children) {
    const child = type.navigation![head](ref.target, env, `${type.name}.${head}`);
    value[wireName(head)] = queryValue(child, paths, env);
  }
  return value;
}

function readScalars(type: HostType, ref: HostRef, names: readonly string[], env: HostEnv): Value {
  const value: Value = {};
  for (const name of names) {
    const property = type.properties[name];
    if (property.api) env.requireApi(property.api, `${type.name}.${name}`);
    value[wireName(name)] = property.get(ref.target, env);
  }
  return value;
}
