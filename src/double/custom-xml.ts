/**
 * Custom XML parts (ExcelApi 1.5): XML documents stored in the workbook.
 * https://learn.microsoft.com/javascript/api/excel/excel.customxmlpartcollection
 * The namespace of a part is the xmlns of its root element.
 */
import { CollectionProxy } from "./collection-proxy";
import { ExcelDoubleError } from "./errors";
import { type PropertyDef, ProxyObject, asExcel } from "./proxy-object";
import type { RequestContextDouble } from "./request-context";
import type { WorkbookState } from "./workbook-state";

type Source<T> =
  { target: T } | { resolve: () => T | null; orNull?: boolean; location: string; api?: string };

export function namespaceOf(xml: string): string {
  const root = /<([A-Za-z_][\w.-]*(?::[\w.-]+)?)([^>]*)>/.exec(xml.replace(/<\?[^>]*\?>/g, ""));
  if (!root) return "";
  const prefix = root[1].includes(":") ? root[1].split(":")[0] : "";
  const attr = new RegExp(`xmlns${prefix ? `:${prefix}` : ""}\\s*=\\s*["']([^"']*)["']`).exec(
    root[2]
  );
  return attr ? attr[1] : "";
}

function validateXml(xml: unknown, location: string): string {
  if (
    typeof xml !== "string" ||
    !/^\s*(<\?xml[^>]*\?>\s*)?<[A-Za-z_]/.test(xml) ||
    !/>\s*$/.test(xml)
  ) {
    throw new ExcelDoubleError("InvalidArgument", location, "not an XML document");
  }
  return xml;
}

function partOf(state: WorkbookState, id: string, location: string) {
  const part = state.customXmlParts.find((p) => p.id === id);
  if (!part) throw new ExcelDoubleError("ItemNotFound", location, `no custom XML part ${id}`);
  return part;
}

export class CustomXmlPartDouble extends ProxyObject<string> {
  constructor(ctx: RequestContextDouble, source: Source<string>) {
    super(ctx, "CustomXmlPart", source);
  }
  protected override properties(): Record<string, PropertyDef<string>> {
    return {
      id: { get: (id) => id },
      namespaceUri: {
        get: (id) => namespaceOf(partOf(this.ctx.state, id, "CustomXmlPart.namespaceUri").xml),
      },
    };
  }
  get id(): string {
    return this.read("id");
  }
  get namespaceUri(): string {
    return this.read("namespaceUri");
  }
  getXml(): OfficeExtension.ClientResult<string> {
    return this.callForResult("getXml", (id, loc) => partOf(this.ctx.state, id, loc).xml);
  }
  setXml(xml: string): void {
    this.call(
      "setXml",
      (id, loc) => void (partOf(this.ctx.state, id, loc).xml = validateXml(xml, loc)),
      xml
    );
  }
  delete(): void {
    this.call(
      "delete",
      (id) =>
        void (this.ctx.state.customXmlParts = this.ctx.state.customXmlParts.filter(
          (p) => p.id !== id
        ))
    );
  }
}

/** Serves both CustomXmlPartCollection and the namespace-scoped collection. */
export class CustomXmlPartCollectionDouble extends CollectionProxy<
  string | null,
  string,
  CustomXmlPartDouble
> {
  constructor(
    ctx: RequestContextDouble,
    namespace: string | null,
    typeName = "CustomXmlPartCollection"
  ) {
    super(ctx, typeName, namespace === null ? { target: null } : { target: namespace });
  }
  protected override listItems(namespace: string | null): string[] {
    this.ctx.requireApi("1.5", `${this.typeName}.load`);
    return this.ctx.state.customXmlParts
      .filter((p) => namespace === null || namespaceOf(p.xml) === namespace)
      .map((p) => p.id);
  }
  protected override createItem(id: string): CustomXmlPartDouble {
    return new CustomXmlPartDouble(this.ctx, { target: id });
  }
  get items(): Excel.CustomXmlPart[] {
    return asExcel<Excel.CustomXmlPart[]>(this.itemList());
  }
  private part(
    method: string,
    find: (ids: string[]) => string | undefined,
    orNull: boolean,
    onlyOne = false
  ): Excel.CustomXmlPart {
    const location = `${this.typeName}.${method}`;
    return asExcel<Excel.CustomXmlPart>(
      new CustomXmlPartDouble(this.ctx, {
        location,
        orNull,
        api: "1.5",
        resolve: () => {
          const ids = this.listItems(this.target(location));
          if (onlyOne && ids.length > 1)
            throw new ExcelDoubleError("InvalidOperation", location, "more than one part");
          const id = find(ids);
          if (id !== undefined) return id;
          if (orNull) return null;
          throw new ExcelDoubleError("ItemNotFound", location, "no such custom XML part");
        },
      })
    );
  }
  getItem(id: string): Excel.CustomXmlPart {
    return this.part("getItem", (ids) => ids.find((x) => x === id), false);
  }
  getItemOrNullObject(id: string): Excel.CustomXmlPart {
    return this.part("getItemOrNullObject", (ids) => ids.find((x) => x === id), true);
  }
  getOnlyItem(): Excel.CustomXmlPart {
    return this.part("getOnlyItem", (ids) => ids[0], false, true);
  }
  getOnlyItemOrNullObject(): Excel.CustomXmlPart {
    return this.part("getOnlyItemOrNullObject", (ids) => ids[0], true, true);
  }
  getCount(): OfficeExtension.ClientResult<number> {
    return this.callForResult("getCount", (ns) => this.listItems(ns).length, "1.5");
  }
  getByNamespace(namespaceUri: string): Excel.CustomXmlPartScopedCollection {
    return asExcel<Excel.CustomXmlPartScopedCollection>(
      new CustomXmlPartCollectionDouble(this.ctx, namespaceUri, "CustomXmlPartScopedCollection")
    );
  }
  add(xml: string): Excel.CustomXmlPart {
    let created: string | undefined;
    this.call(
      "add",
      (_t, loc) => {
        const state = this.ctx.state;
        const id = `{00000000-0000-4000-8000-${state.newId("").padStart(12, "0")}}`;
        state.customXmlParts.push({ id, xml: validateXml(xml, loc) });
        created = id;
      },
      xml,
      "1.5"
    );
    return this.part("add", () => created, false);
  }
}
