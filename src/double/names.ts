/**
 * Workbook-scoped named items. https://learn.microsoft.com/javascript/api/excel/excel.nameditemcollection
 * A name added with a Range refers to it as "=Sheet1!$A$1:$B$2" (NamedItem.formula); `value` is the
 * same reference without "=".
 */
import { CollectionProxy } from "./collection-proxy";
import { ExcelDoubleError } from "./errors";
import { type PropertyDef, ProxyObject, asExcel } from "./proxy-object";
import { RangeDouble, rangeDouble } from "./range";
import type { RequestContextDouble } from "./request-context";
import { validateWorkbookName } from "./name-rules";
import type { NameState } from "./workbook-parts";
import type { WorkbookState } from "./workbook-state";

type Source<T> =
  | { target: T }
  | {
      resolve: () => T | null;
      orNull?: boolean;
      location: string;
      api?: string;
      payload?: unknown;
    };

function nameOf(state: WorkbookState, key: string, location: string): NameState {
  const n = state.findName(key);
  if (!n) throw new ExcelDoubleError("ItemNotFound", location, `no name ${key}`);
  return n;
}

function nameType(n: NameState): string {
  if (n.ref) return "Range";
  const body = (n.formula ?? "").slice(1);
  if (/^#/.test(body)) return "Error";
  if (/^(TRUE|FALSE)$/i.test(body)) return "Boolean";
  if (/^-?\d+$/.test(body)) return "Integer";
  if (!Number.isNaN(Number(body)) && body !== "") return "Double";
  if (/^".*"$/.test(body)) return "String";
  return "Formula";
}

/** "=Sheet1!$A$1" (or a table / name) → a range reference; anything else is kept as formula text. */
function parseNameReference(
  state: WorkbookState,
  reference: string,
  location: string
): Pick<NameState, "ref" | "formula"> {
  const text = reference.startsWith("=") ? reference.slice(1) : reference;
  let ref;
  try {
    ref = state.resolveAddress(text, undefined, location);
  } catch {
    ref = undefined;
  }
  return ref ? { ref } : { formula: `=${text}` };
}

export class NamedItemDouble extends ProxyObject<string> {
  constructor(ctx: RequestContextDouble, source: Source<string>) {
    super(ctx, "NamedItem", source);
  }
  protected override properties(): Record<string, PropertyDef<string>> {
    const state = this.ctx.state;
    const n = (key: string) => nameOf(state, key, "NamedItem");
    return {
      name: { get: (key) => n(key).name },
      type: { get: (key) => nameType(n(key)) },
      value: {
        get: (key) =>
          n(key).ref
            ? state.formatRef(n(key).ref!, true)
            : (n(key).formula ?? "").slice(1).replace(/^"(.*)"$/, "$1"),
      },
      // NamedItem.formula is read/write (ExcelApi 1.7): "The formula of the named item. Formulas
      // always start with an equal sign ("=")." (https://learn.microsoft.com/javascript/api/excel/excel.nameditem#excel-excel-nameditem-formula-member)
      formula: {
        get: (key) => (n(key).ref ? `=${state.formatRef(n(key).ref!, true)}` : n(key).formula),
        set: (key, v, loc) => {
          if (typeof v !== "string" || !v.startsWith("="))
            throw new ExcelDoubleError("InvalidArgument", loc, "a formula starts with =");
          const target = n(key);
          const parsed = parseNameReference(state, v, loc);
          delete target.ref;
          delete target.formula;
          Object.assign(target, parsed);
        },
        api: "1.7",
      },
      visible: {
        get: (key) => n(key).visible,
        set: (key, v) => void (n(key).visible = Boolean(v)),
      },
      comment: {
        get: (key) => n(key).comment,
        set: (key, v) => void (n(key).comment = String(v)),
        api: "1.4",
      },
      scope: { get: () => "Workbook", api: "1.4" },
    };
  }
  get name(): string {
    return this.read("name");
  }
  get type(): Excel.NamedItemType | any {
    return this.read("type");
  }
  get value(): any {
    return this.read("value");
  }
  get formula(): any {
    return this.read("formula");
  }
  set formula(v: any) {
    this.write("formula", v);
  }
  get visible(): boolean {
    return this.read("visible");
  }
  set visible(v: boolean) {
    this.write("visible", v);
  }
  get comment(): string {
    return this.read("comment");
  }
  set comment(v: string) {
    this.write("comment", v);
  }
  get scope(): Excel.NamedItemScope | any {
    return this.read("scope");
  }

  private range(method: string, orNull: boolean, api?: string): Excel.Range {
    const location = `NamedItem.${method}`;
    return asExcel<Excel.Range>(
      new RangeDouble(this.ctx, {
        location,
        orNull,
        api,
        resolve: () => {
          const n = nameOf(this.ctx.state, this.target(location), location);
          if (n.ref) return { sheetId: n.ref.sheetId, rect: { ...n.ref.rect } };
          if (orNull) return null;
          throw new ExcelDoubleError(
            "InvalidOperation",
            location,
            `${n.name} does not refer to a range`
          );
        },
      })
    );
  }
  getRange(): Excel.Range {
    return this.range("getRange", false);
  }
  getRangeOrNullObject(): Excel.Range {
    return this.range("getRangeOrNullObject", true, "1.4");
  }
  delete(): void {
    this.call(
      "delete",
      (key, loc) => {
        const n = nameOf(this.ctx.state, key, loc);
        this.ctx.state.names = this.ctx.state.names.filter((x) => x !== n);
      },
      undefined,
      "1.4"
    );
  }
}

export class NamedItemCollectionDouble extends CollectionProxy<true, string, NamedItemDouble> {
  constructor(ctx: RequestContextDouble) {
    super(ctx, "NamedItemCollection", { target: true });
  }
  protected override listItems(): string[] {
    return this.ctx.state.names.map((n) => n.name);
  }
  protected override createItem(name: string): NamedItemDouble {
    return new NamedItemDouble(this.ctx, { target: name });
  }
  get items(): Excel.NamedItem[] {
    return asExcel<Excel.NamedItem[]>(this.itemList());
  }
  private item(method: string, key: string, orNull: boolean, api?: string): Excel.NamedItem {
    const location = `NamedItemCollection.${method}`;
    return asExcel<Excel.NamedItem>(
      new NamedItemDouble(this.ctx, {
        location,
        orNull,
        api,
        payload: key,
        resolve: () => {
          const n = this.ctx.state.findName(key);
          if (n) return n.name;
          if (orNull) return null;
          throw new ExcelDoubleError("ItemNotFound", location, `no name ${key}`);
        },
      })
    );
  }
  getItem(name: string): Excel.NamedItem {
    return this.item("getItem", name, false);
  }
  getItemOrNullObject(name: string): Excel.NamedItem {
    return this.item("getItemOrNullObject", name, true, "1.4");
  }
  getCount(): OfficeExtension.ClientResult<number> {
    return this.callForResult("getCount", () => this.ctx.state.names.length, "1.4");
  }
  /** add(name, reference, comment?) — ExcelApi 1.4; reference is a Range or a formula such as "=Sheet1!$A$1". */
  add(name: string, reference: Excel.Range | string, comment?: string): Excel.NamedItem {
    this.call(
      "add",
      (_t, loc) => {
        const state = this.ctx.state;
        validateWorkbookName(state, name, loc);
        let n: NameState;
        if (typeof reference === "string") {
          n = {
            name,
            comment: comment ?? "",
            visible: true,
            ...parseNameReference(state, reference, loc),
          };
        } else {
          n = {
            name,
            ref: { ...rangeDouble(reference, this.ctx, loc).target(loc) },
            comment: comment ?? "",
            visible: true,
          };
        }
        state.names.push(n);
      },
      [name, typeof reference === "string" ? reference : "range", comment],
      "1.4"
    );
    return this.item("add", name, false);
  }
}
