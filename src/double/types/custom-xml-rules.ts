/**
 * What the double checks about custom XML parts: a part's namespace is the xmlns of its root
 * element; a part's XML must look like one XML document.
 * https://learn.microsoft.com/javascript/api/excel/excel.customxmlpart
 */
import { ExcelDoubleError } from "../errors";
import type { CustomXmlPartState } from "../workbook-parts";
import type { WorkbookState } from "../workbook-state";

export function namespaceOf(xml: string): string {
  const root = /<([A-Za-z_][\w.-]*(?::[\w.-]+)?)([^>]*)>/.exec(xml.replace(/<\?[^>]*\?>/g, ""));
  if (!root) return "";
  const prefix = root[1].includes(":") ? root[1].split(":")[0] : "";
  const attr = new RegExp(`xmlns${prefix ? `:${prefix}` : ""}\\s*=\\s*["']([^"']*)["']`).exec(
    root[2]
  );
  return attr ? attr[1] : "";
}

/** The double does not parse XML; it refuses what cannot be one document (our choice). */
export function validateXml(xml: unknown, location: string): string {
  if (
    typeof xml !== "string" ||
    !/^\s*(<\?xml[^>]*\?>\s*)?<[A-Za-z_]/.test(xml) ||
    !/>\s*$/.test(xml)
  ) {
    throw new ExcelDoubleError("InvalidArgument", location, "not an XML document");
  }
  return xml;
}

export function partOf(state: WorkbookState, id: string, location: string): CustomXmlPartState {
  const part = state.customXmlParts.find((p) => p.id === id);
  if (!part) throw new ExcelDoubleError("ItemNotFound", location, `no custom XML part ${id}`);
  return part;
}

/** Ids of the parts in a collection: all of them, or those whose root has `namespace`. */
export function partIds(state: WorkbookState, namespace: string | null): string[] {
  return state.customXmlParts
    .filter((p) => namespace === null || namespaceOf(p.xml) === namespace)
    .map((p) => p.id);
}

/** A new part with a GUID-shaped id, as Excel gives ("{…}"). */
export function addPart(state: WorkbookState, xml: unknown, location: string): string {
  const id = `{00000000-0000-4000-8000-${state.newId("").padStart(12, "0")}}`;
  state.customXmlParts.push({ id, xml: validateXml(xml, location) });
  return id;
}
