/**
 * A proxy whose scalar properties come from a table, for the many small objects (chart title,
 * legend, axis, ...) where a hand-written class per object would add nothing.
 */
import { type PropertyDef, ProxyObject } from "./proxy-object";
import type { RequestContextDouble } from "./request-context";

export type Source<T> =
  | { target: T }
  | {
      resolve: () => T | null;
      orNull?: boolean;
      location: string;
      api?: string;
      payload?: unknown;
    };

export class FieldProxy<T> extends ProxyObject<T> {
  private defs: Record<string, PropertyDef<T>> = {};
  private children: Record<string, () => ProxyObject<unknown>> = {};

  constructor(
    ctx: RequestContextDouble,
    typeName: string,
    source: Source<T>,
    defs: Record<string, PropertyDef<T>>,
    children: Record<string, () => ProxyObject<unknown>> = {}
  ) {
    super(ctx, typeName, source);
    this.defs = defs;
    this.children = children;
    for (const name of Object.keys(defs)) {
      Object.defineProperty(this, name, {
        get: () => this.read(name),
        set: (value: unknown) => {
          this.write(name, value);
        },
        enumerable: true,
        configurable: true,
      });
    }
    for (const [name, child] of Object.entries(children)) {
      let cached: ProxyObject<unknown> | undefined;
      Object.defineProperty(this, name, {
        get: () => (cached ??= child()),
        enumerable: true,
        configurable: true,
      });
      this.children[name] = () => (cached ??= child());
    }
  }

  protected override properties(): Record<string, PropertyDef<T>> {
    return this.defs;
  }

  protected override navigation(): Record<string, () => ProxyObject<unknown>> {
    return this.children;
  }

  /** Adds a method that queues `apply` at sync. */
  method(
    name: string,
    apply: (target: T, location: string, ...args: unknown[]) => void,
    api?: string
  ): this {
    Object.defineProperty(this, name, {
      value: (...args: unknown[]) => this.call(name, (t, loc) => apply(t, loc, ...args), args, api),
      configurable: true,
    });
    return this;
  }
}
