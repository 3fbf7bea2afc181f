/**
 * Base of every proxy: properties throw PropertyNotLoaded until `load()` + `sync()`, loaded values
 * are snapshots taken at that point of the batch, writes are queued, `*OrNullObject` results learn
 * whether they exist at the next sync ("Office automatically loads [isNullObject] when context.sync
 * is called" — https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model).
 */
import { ClientResultDouble } from "./client-result";
import { ExcelDoubleError, propertyNotLoaded } from "./errors";
import { parseLoadOption } from "./load-option";
import { jsonLength, utf8Length } from "./payload-size";
import type { OpResult, RequestContextDouble } from "./request-context";
import { refuseUnknownMembers } from "./unknown-members";

export interface PropertyDef<T> {
  get(target: T): unknown;
  /** Absent for read-only properties. */
  set?(target: T, value: unknown, location: string): void;
  /** Requirement set that introduced the property, checked when it is used. */
  api?: string;
}

type Resolver<T> = () => T | null;

export abstract class ProxyObject<T> {
  private readonly loaded = new Map<string, unknown>();
  private boundTarget: T | undefined = undefined;
  /** undefined until the first sync after creation. */
  private isNull: boolean | undefined = undefined;

  protected constructor(
    readonly ctx: RequestContextDouble,
    readonly typeName: string,
    source:
      | { target: T }
      | {
          resolve: Resolver<T>;
          orNull?: boolean;
          location: string;
          api?: string;
          /** The call's arguments (an address, a name), counted in the request size. */
          payload?: unknown;
        }
  ) {
    if ("target" in source) {
      this.boundTarget = source.target;
      this.isNull = false;
    } else {
      const { resolve, orNull, location, api, payload } = source;
      ctx.enqueue({
        location,
        requestBytes: ctx.runtime.limits.bytesPerOperation + jsonLength(payload),
        run: () => {
          if (api) ctx.requireApi(api, location);
          const target = resolve();
          if (target === null) {
            if (!orNull) throw new ExcelDoubleError("ItemNotFound", location);
            this.isNull = true;
          } else {
            this.boundTarget = target;
            this.isNull = false;
          }
        },
      });
    }
    // Touching an API member the double does not model fails loudly instead of returning undefined.
    if (ctx.runtime.strictUnknownMembers) return refuseUnknownMembers(this);
  }

  /** Property table of the concrete class (scalar properties that `load` can fetch). */
  protected abstract properties(): Record<string, PropertyDef<T>>;

  /** Navigation properties that load paths such as "format/fill/color" can walk through. */
  protected navigation(): Record<string, () => ProxyObject<unknown>> {
    return {};
  }

  get context(): Excel.RequestContext {
    return this.ctx as unknown as Excel.RequestContext;
  }

  get isNullObject(): boolean {
    if (this.isNull === undefined) throw propertyNotLoaded(this.typeName, "isNullObject");
    return this.isNull;
  }

  /** The bound object; valid while a sync runs the operations queued after this proxy's creation. */
  target(location: string): T {
    if (this.isNull)
      throw new ExcelDoubleError("ItemNotFound", location, "the object is a null object");
    if (this.boundTarget === undefined)
      throw new ExcelDoubleError("InvalidReference", location, "object not resolved yet");
    return this.boundTarget;
  }

  /** The bound object or null for a null object (for resolvers of child objects). */
  targetOrNull(location: string): T | null {
    if (this.isNull) return null;
    return this.target(location);
  }

  /** Reads a property: loaded (or locally set) value, else PropertyNotLoaded like Office.js. */
  protected read<V>(name: string): V {
    if (this.loaded.has(name)) return this.loaded.get(name) as V;
    if (this.isNull) return null as V;
    throw propertyNotLoaded(this.typeName, name);
  }

  /**
   * Queues a property write. Like Office.js, the proxy keeps the value it was given, so reading it back
   * without a load returns what was set, not what Excel stored.
   */
  protected write(name: string, value: unknown): void {
    const def = this.properties()[name];
    const location = `${this.typeName}.${name}`;
    if (!def?.set) throw new ExcelDoubleError("InvalidArgument", location, "read-only property");
    const setter = def.set;
    this.ctx.enqueue({
      location,
      requestBytes: this.ctx.runtime.limits.bytesPerOperation + jsonLength(value),
      run: () => {
        if (def.api) this.ctx.requireApi(def.api, location);
        setter(this.target(location), value, location);
      },
    });
    this.loaded.set(name, value);
  }

  /** Queues a method call whose effect happens at sync. */
  protected call(
    method: string,
    apply: (target: T, location: string) => void,
    payload?: unknown,
    api?: string
  ): void {
    const location = `${this.typeName}.${method}`;
    this.ctx.enqueue({
      location,
      requestBytes: this.ctx.runtime.limits.bytesPerOperation + jsonLength(payload),
      run: () => {
        if (api) this.ctx.requireApi(api, location);
        apply(this.target(location), location);
      },
    });
  }

  /** Queues a method call returning a primitive (OfficeExtension.ClientResult). */
  protected callForResult<V>(
    method: string,
    compute: (target: T, location: string) => V,
    api?: string
  ): OfficeExtension.ClientResult<V> {
    const result = new ClientResultDouble<V>(`${this.typeName}.${method}`);
    const location = `${this.typeName}.${method}`;
    this.ctx.enqueue({
      location,
      requestBytes: this.ctx.runtime.limits.bytesPerOperation,
      run: () => {
        if (api) this.ctx.requireApi(api, location);
        const value = compute(this.target(location), location);
        return { responseBytes: jsonLength(value), commit: () => result.resolve(value) };
      },
    });
    return result as unknown as OfficeExtension.ClientResult<V>;
  }

  load(option?: unknown): this {
    const paths = parseLoadOption(option);
    this.queueLoad(paths);
    return this;
  }

  /** Splits load paths into own properties and navigation paths, then queues the fetch. */
  queueLoad(paths: string[]): void {
    const props = this.properties();
    const nav = this.navigation();
    const own: string[] = [];
    const children = new Map<string, string[]>();
    const wanted = paths.length === 0 ? Object.keys(props) : paths;
    for (const path of wanted) {
      const [head, ...rest] = path.split("/");
      if (rest.length === 0 && head in props) {
        own.push(head);
      } else if (head in nav) {
        children.set(head, [
          ...(children.get(head) ?? []),
          ...(rest.length ? [rest.join("/")] : []),
        ]);
      } else {
        this.ctx.enqueue({
          location: `${this.typeName}.load`,
          requestBytes: 0,
          run: () => {
            throw new ExcelDoubleError(
              "InvalidArgument",
              `${this.typeName}.load`,
              `unknown property ${JSON.stringify(path)}`
            );
          },
        });
      }
    }
    if (own.length > 0) this.queueOwnLoad(own, props);
    for (const [head, childPaths] of children) nav[head]().queueLoad(childPaths);
  }

  private queueOwnLoad(names: string[], props: Record<string, PropertyDef<T>>): void {
    const location = `${this.typeName}.load`;
    this.ctx.enqueue({
      location,
      requestBytes: this.ctx.runtime.limits.bytesPerOperation + utf8Length(names.join(",")),
      run: (): OpResult => this.fetch(names, props, location),
    });
  }

  /** Reads the properties now (during sync); they are published only if the sync succeeds. */
  fetch(names: string[], props: Record<string, PropertyDef<T>>, location: string): OpResult {
    if (this.isNull) return { responseBytes: 4 };
    const target = this.target(location);
    const values = new Map<string, unknown>();
    let bytes = 0;
    for (const name of names) {
      const def = props[name];
      if (def.api) this.ctx.requireApi(def.api, `${this.typeName}.${name}`);
      const value = def.get(target);
      bytes += utf8Length(name) + 3 + jsonLength(value);
      values.set(name, value);
    }
    return { responseBytes: bytes, commit: () => values.forEach((v, k) => this.loaded.set(k, v)) };
  }

  /** Loads all own scalar properties immediately (used when a collection load creates its items). */
  fetchAll(paths: string[]): OpResult {
    const props = this.properties();
    const names = (paths.length === 0 ? Object.keys(props) : paths).filter((p) => p in props);
    return this.fetch(names, props, `${this.typeName}.load`);
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }

  untrack(): this {
    return this;
  }

  track(): this {
    return this;
  }
}

/** Casts a double to the Office.js type it stands in for (the only cast adapter code never sees). */
export function asExcel<X>(proxy: unknown): X {
  return proxy as X;
}
