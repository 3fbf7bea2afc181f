/**
 * Base of every proxy: properties throw PropertyNotLoaded until `load()` + `sync()`, loaded values
 * are snapshots taken at that point of the batch, writes are queued, `*OrNullObject` results learn
 * whether they exist at the next sync ("Office automatically loads [isNullObject] when context.sync
 * is called" — https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model).
 */
import { ExcelDoubleError, propertyNotLoaded } from "./errors";
import type { OpResult, RequestContextDouble } from "./request-context";

export interface PropertyDef<T> {
  get(target: T): unknown;
  /** Absent for read-only properties. */
  set?(target: T, value: unknown, location: string): void;
  /** Requirement set that introduced the property, checked when it is used. */
  api?: string;
}

/** Names that tooling (Promise resolution, Jest, JSON, inspectors) probes on any object. */
const TOOLING_NAMES = new Set([
  "then",
  "toJSON",
  "constructor",
  "asymmetricMatch",
  "nodeType",
  "tagName",
  "inspect",
  "toAsymmetricMatcher",
  "jasmineToString",
  "length",
  "prototype",
]);

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
    if (ctx.runtime.strictUnknownMembers) {
      // Touching an API member the double does not model fails loudly instead of returning undefined.
      return new Proxy(this, {
        get(target, prop, receiver) {
          if (
            typeof prop === "symbol" ||
            prop in target ||
            TOOLING_NAMES.has(prop) ||
            /^[_$@]/.test(prop)
          ) {
            return Reflect.get(target, prop, receiver);
          }
          throw new ExcelDoubleError(
            "NotImplemented",
            `${target.typeName}.${prop}`,
            "not modelled by the Excel double"
          );
        },
      });
    }
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

export class ClientResultDouble<V> {
  private done = false;
  private result: V | undefined = undefined;

  constructor(private readonly location: string) {}

  resolve(value: V): void {
    this.result = value;
    this.done = true;
  }

  get value(): V {
    if (!this.done) throw propertyNotLoaded(this.location, "value");
    return this.result as V;
  }
}

export function parseLoadOption(option: unknown): string[] {
  if (option === undefined || option === null) return [];
  if (typeof option === "string") return splitList(option);
  if (Array.isArray(option)) return option.flatMap((o) => splitList(String(o)));
  if (typeof option === "object") {
    const o = option as { select?: string | string[]; expand?: string | string[] };
    const select =
      o.select === undefined
        ? []
        : Array.isArray(o.select)
          ? o.select.flatMap(splitList)
          : splitList(o.select);
    const expand =
      o.expand === undefined
        ? []
        : Array.isArray(o.expand)
          ? o.expand.flatMap(splitList)
          : splitList(o.expand);
    // Plain property bags ({ values: true }) are Office.js's other load form.
    const flags = Object.entries(option as Record<string, unknown>)
      .filter(([k, v]) => k !== "select" && k !== "expand" && k !== "$all" && v === true)
      .map(([k]) => k);
    return [...select, ...expand, ...flags];
  }
  return [];
}

function splitList(text: string): string[] {
  return text
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/**
 * Bytes of `value` on the wire: the UTF-8 length of its JSON. The 5MB limits of Excel on the web are
 * payload sizes (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins),
 * and a request travels as UTF-8 text, so "名" counts 3 bytes, not 1 UTF-16 unit. The page does not
 * give Excel's exact envelope; the double counts the JSON of the arguments plus a fixed overhead per
 * operation (DoubleLimits.bytesPerOperation).
 */
export function jsonLength(value: unknown): number {
  if (value === undefined) return 0;
  const json = JSON.stringify(value);
  return json === undefined ? 0 : utf8Length(json);
}

/** UTF-8 byte length of a string, without encoding it. */
export function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    if (code < 0x800) bytes += 1;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      // A surrogate pair: 2 UTF-16 units, 4 UTF-8 bytes.
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 2;
        i++;
      } else bytes += 2;
    } else bytes += 2;
  }
  return bytes;
}

/** Casts a double to the Office.js type it stands in for (the only cast adapter code never sees). */
export function asExcel<X>(proxy: unknown): X {
  return proxy as X;
}
