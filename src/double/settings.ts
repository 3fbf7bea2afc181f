/**
 * Workbook settings (Excel.SettingCollection, ExcelApi 1.4): key/value pairs saved with the workbook.
 * https://learn.microsoft.com/javascript/api/excel/excel.settingcollection
 * Values round-trip through JSON, as the host stores them serialized.
 */
import { CollectionProxy } from "./collection-proxy";
import { ExcelDoubleError } from "./errors";
import { type PropertyDef, ProxyObject, asExcel } from "./proxy-object";
import type { RequestContextDouble } from "./request-context";
import { cloneJson } from "./clone-json";

type Source<T> =
  { target: T } | { resolve: () => T | null; orNull?: boolean; location: string; api?: string };

function serialize(value: unknown, location: string): unknown {
  if (value === undefined || typeof value === "function" || typeof value === "symbol") {
    throw new ExcelDoubleError(
      "InvalidArgument",
      location,
      "setting values must be JSON-serializable"
    );
  }
  return cloneJson(value);
}

export class SettingDouble extends ProxyObject<string> {
  constructor(ctx: RequestContextDouble, source: Source<string>) {
    super(ctx, "Setting", source);
  }
  protected override properties(): Record<string, PropertyDef<string>> {
    const settings = () => this.ctx.state.settings;
    const existing = (key: string, loc: string) => {
      if (!settings().has(key))
        throw new ExcelDoubleError("ItemNotFound", loc, `no setting ${key}`);
      return key;
    };
    return {
      key: { get: (key) => key },
      value: {
        get: (key) => cloneJson(settings().get(existing(key, "Setting.value"))),
        set: (key, v, loc) => void settings().set(existing(key, loc), serialize(v, loc)),
      },
    };
  }
  get key(): string {
    return this.read("key");
  }
  get value(): any {
    return this.read("value");
  }
  set value(v: any) {
    this.write("value", v);
  }
  delete(): void {
    this.call("delete", (key) => void this.ctx.state.settings.delete(key));
  }
}

export class SettingCollectionDouble extends CollectionProxy<true, string, SettingDouble> {
  constructor(ctx: RequestContextDouble) {
    super(ctx, "SettingCollection", { target: true });
  }
  protected override listItems(): string[] {
    this.ctx.requireApi("1.4", "SettingCollection.load");
    return [...this.ctx.state.settings.keys()];
  }
  protected override createItem(key: string): SettingDouble {
    return new SettingDouble(this.ctx, { target: key });
  }
  get items(): Excel.Setting[] {
    return asExcel<Excel.Setting[]>(this.itemList());
  }
  private item(method: string, key: string, orNull: boolean): Excel.Setting {
    const location = `SettingCollection.${method}`;
    return asExcel<Excel.Setting>(
      new SettingDouble(this.ctx, {
        location,
        orNull,
        api: "1.4",
        resolve: () => {
          if (this.ctx.state.settings.has(key)) return key;
          if (orNull) return null;
          throw new ExcelDoubleError("ItemNotFound", location, `no setting ${key}`);
        },
      })
    );
  }
  getItem(key: string): Excel.Setting {
    return this.item("getItem", key, false);
  }
  getItemOrNullObject(key: string): Excel.Setting {
    return this.item("getItemOrNullObject", key, true);
  }
  getCount(): OfficeExtension.ClientResult<number> {
    return this.callForResult("getCount", () => this.ctx.state.settings.size, "1.4");
  }
  /** add(key, value): creates or replaces the setting. */
  add(key: string, value: string | number | boolean | Date | any[] | any): Excel.Setting {
    this.call(
      "add",
      (_t, loc) => {
        if (typeof key !== "string" || key === "")
          throw new ExcelDoubleError("InvalidArgument", loc, "empty key");
        this.ctx.state.settings.set(key, serialize(value, loc));
      },
      [key, value],
      "1.4"
    );
    return this.item("add", key, false);
  }
}
