/**
 * Custom XML parts (ExcelApi 1.5) as host types: CustomXmlPart (target: its id),
 * CustomXmlPartCollection (target: null, every part) and CustomXmlPartScopedCollection (target:
 * the namespace given to getByNamespace).
 * https://learn.microsoft.com/javascript/api/excel/excel.customxmlpartcollection
 * https://learn.microsoft.com/javascript/api/excel/excel.customxmlpartscopedcollection
 */
import { ExcelDoubleError } from "../errors";
import type { HostCollection, HostEnv, HostMethod, HostRef } from "../host/host-type";
import { hostType } from "../host/host-type";
import { CUSTOM_XML_PART_COLLECTION } from "../host/refs";
import { addPart, namespaceOf, partIds, partOf, validateXml } from "./custom-xml-rules";

export const CUSTOM_XML_PART = "CustomXmlPart";
export const CUSTOM_XML_PART_SCOPED_COLLECTION = "CustomXmlPartScopedCollection";

const partRef = (id: string): HostRef<string> => ({ type: CUSTOM_XML_PART, target: id });

export const CUSTOM_XML_PART_TYPE = hostType<string>({
  name: CUSTOM_XML_PART,
  idOf: (id) => id,
  properties: {
    id: { get: (id) => id },
    namespaceUri: {
      get: (id, env) => namespaceOf(partOf(env.state, id, "CustomXmlPart.namespaceUri").xml),
    },
  },
  methods: {
    getXml: { call: (id, _args, env, loc) => ({ value: partOf(env.state, id, loc).xml }) },
    setXml: {
      call: (id, [xml], env, loc) => void (partOf(env.state, id, loc).xml = validateXml(xml, loc)),
    },
    delete: {
      call: (id, _args, env) =>
        void (env.state.customXmlParts = env.state.customXmlParts.filter((p) => p.id !== id)),
    },
  },
});

type Namespace = string | null;

function ids(env: HostEnv, ns: Namespace, location: string): string[] {
  env.requireApi("1.5", location);
  return partIds(env.state, ns);
}

/**
 * getOnlyItem: "If the collection contains exactly one item, this method returns it. Otherwise, this
 * method produces an error."; getOnlyItemOrNullObject: "Otherwise, this method returns `null`" (a null
 * object), for none or several (https://learn.microsoft.com/javascript/api/excel/excel.customxmlpartscopedcollection).
 * The docs name no error code: the double says ItemNotFound for none, InvalidOperation for several.
 */
function onlyPart(env: HostEnv, ns: Namespace, orNull: boolean, location: string): HostRef | null {
  const all = ids(env, ns, location);
  if (all.length === 1) return partRef(all[0]);
  if (orNull) return null;
  if (all.length > 1)
    throw new ExcelDoubleError("InvalidOperation", location, "more than one part");
  throw new ExcelDoubleError("ItemNotFound", location, "no such custom XML part");
}

/** What both collections share: items, the indexer by id, getItemOrNullObject, getCount. */
const collection: HostCollection<Namespace> = {
  items: (ns, env, loc) => ids(env, ns, loc).map(partRef),
  getItem: (ns, key, env, loc) => {
    if (!ids(env, ns, loc).includes(String(key)))
      throw new ExcelDoubleError("ItemNotFound", loc, "no such custom XML part");
    return partRef(String(key));
  },
};

const shared: Record<string, HostMethod<Namespace>> = {
  getItemOrNullObject: {
    call: (ns, [key], env, loc) =>
      ids(env, ns, loc).includes(String(key)) ? partRef(String(key)) : null,
  },
  getCount: { call: (ns, _args, env, loc) => ({ value: ids(env, ns, loc).length }), api: "1.5" },
};

export const CUSTOM_XML_PART_COLLECTION_TYPE = hostType<Namespace>({
  name: CUSTOM_XML_PART_COLLECTION,
  properties: {},
  collection,
  methods: {
    ...shared,
    getByNamespace: {
      call: (_ns, [namespaceUri]) => ({
        type: CUSTOM_XML_PART_SCOPED_COLLECTION,
        target: String(namespaceUri),
      }),
    },
    add: {
      call: (_ns, [xml], env, loc) => partRef(addPart(env.state, xml, loc)),
      api: "1.5",
    },
  },
});

export const CUSTOM_XML_PART_SCOPED_COLLECTION_TYPE = hostType<Namespace>({
  name: CUSTOM_XML_PART_SCOPED_COLLECTION,
  properties: {},
  collection,
  methods: {
    ...shared,
    getOnlyItem: { call: (ns, _args, env, loc) => onlyPart(env, ns, false, loc) },
    getOnlyItemOrNullObject: { call: (ns, _args, env, loc) => onlyPart(env, ns, true, loc) },
  },
});
