/**
 * Object paths to host objects. Every path of a request resolves once, the first time an action
 * needs it, so a method that creates something (`tables.add`) runs exactly once and in request order.
 * A parent that is a null object makes its children null objects too, as Office.js promises for
 * `...OrNullObject` results ("methods and properties on a null object are also null objects").
 */
import { ExcelDoubleError } from "../errors";
import { asObjectArgument, workbookRef } from "./refs";
import type { HostEnv, HostRef, HostType } from "./host-type";
import { hostTypeOf } from "./registry";
import type { HostSession } from "./session";
import { PATH, memberName, type ArgumentInfo, type ObjectPathInfo } from "./wire";

export class PathResolver {
  private readonly resolved = new Map<number, HostRef | null>();

  constructor(
    private readonly paths: Readonly<Record<string, ObjectPathInfo>>,
    private readonly env: HostEnv,
    private readonly session: HostSession
  ) {}

  /** Whether the path was resolved already in this request. */
  has(id: number): boolean {
    return this.resolved.has(id);
  }

  resolve(id: number): HostRef | null {
    if (this.resolved.has(id)) return this.resolved.get(id)!;
    const info = this.paths[String(id)];
    if (!info)
      throw new ExcelDoubleError("InvalidArgument", "RequestContext.sync", `no object path ${id}`);
    const ref = this.resolveInfo(info);
    this.resolved.set(id, ref);
    return ref;
  }

  /** The arguments of a method or path, with Office.js objects passed as arguments resolved. */
  arguments(info: ArgumentInfo | undefined): unknown[] {
    const args = info?.Arguments ?? [];
    const objects = info?.ReferencedObjectPathIds ?? [];
    return args.map((arg, i) => {
      if (!objects[i]) return arg;
      const ref = this.resolve(objects[i]);
      return ref === null ? null : asObjectArgument(ref);
    });
  }

  private resolveInfo(info: ObjectPathInfo): HostRef | null {
    switch (info.ObjectPathType) {
      case PATH.global:
        return workbookRef();
      case PATH.nullObject:
        return null;
      case PATH.referenceId: {
        const ref = this.session.reference(info.Name);
        if (!ref)
          throw new ExcelDoubleError(
            "InvalidReference",
            "RequestContext.sync",
            `unknown reference ${info.Name}`
          );
        return ref;
      }
      case PATH.property:
      case PATH.method:
      case PATH.indexer:
        return this.resolveChild(info);
      default:
        throw new ExcelDoubleError(
          "NotImplemented",
          "RequestContext.sync",
          `object path type ${info.ObjectPathType} (${info.Name})`
        );
    }
  }

  private resolveChild(info: ObjectPathInfo): HostRef | null {
    const parent = this.resolve(info.ParentObjectPathId ?? -1);
    if (parent === null) return null;
    const type = hostTypeOf(parent.type, "RequestContext.sync");
    const name = memberName(info.Name);
    const location = `${type.name}.${info.ObjectPathType === PATH.indexer ? "getItem" : name}`;
    if (info.ObjectPathType === PATH.property) {
      const navigate = type.navigation?.[name];
      if (!navigate) throw notModelled(location);
      return navigate(parent.target, this.env, location);
    }
    const args = this.arguments(info.ArgumentInfo);
    if (info.ObjectPathType === PATH.indexer)
      return indexer(type, parent, args[0], this.env, location);
    return callForObject(type, parent, name, args, this.env, location);
  }
}

function indexer(
  type: HostType,
  parent: HostRef,
  key: unknown,
  env: HostEnv,
  location: string
): HostRef {
  const getItem = type.collection?.getItem;
  if (!getItem) throw notModelled(location);
  return getItem(parent.target, key, env, location);
}

function callForObject(
  type: HostType,
  parent: HostRef,
  name: string,
  args: unknown[],
  env: HostEnv,
  location: string
): HostRef | null {
  const method = type.methods?.[name];
  if (!method) {
    // The client addresses a loaded collection's items by position when they have no id.
    if (name === "getItemAt" && type.collection)
      return itemAt(type, parent, args[0], env, location);
    throw notModelled(location);
  }
  if (method.api) env.requireApi(method.api, location);
  const outcome = method.call(parent.target, args, env, location);
  if (outcome === null) return null;
  if (outcome && "type" in outcome && "target" in outcome) return outcome;
  throw new ExcelDoubleError(
    "GeneralException",
    location,
    "the double's method returned no object"
  );
}

function itemAt(
  type: HostType,
  parent: HostRef,
  index: unknown,
  env: HostEnv,
  location: string
): HostRef {
  const items = type.collection!.items(parent.target, env, location);
  const item = typeof index === "number" ? items[index] : undefined;
  if (!item) throw new ExcelDoubleError("ItemNotFound", location, `no item at ${String(index)}`);
  return item;
}

export function notModelled(location: string): ExcelDoubleError {
  return new ExcelDoubleError("NotImplemented", location, "the double does not model this member");
}
