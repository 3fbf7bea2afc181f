/**
 * Workbook-scoped named items as host types: NamedItem (target: the name as stored) and
 * NamedItemCollection (target: true). https://learn.microsoft.com/javascript/api/excel/excel.nameditemcollection
 */
import { ExcelDoubleError } from "../errors";
import type { HostEnv } from "../host/host-type";
import { hostType } from "../host/host-type";
import {
  NAMED_ITEM,
  NAMED_ITEM_COLLECTION,
  RANGE,
  namedItemRef,
  rangeRef,
  refArgument,
} from "../host/refs";
import { validateWorkbookName } from "../name-rules";
import type { NameState, RangeRef } from "../workbook-parts";
import { nameFormula, nameOf, nameType, nameValue, parseNameReference } from "./names-rules";

const named = (env: HostEnv, key: string, location = "NamedItem") =>
  nameOf(env.state, key, location);

/**
 * getRange "Throws an error if the named item's type is not a range"
 * (https://learn.microsoft.com/javascript/api/excel/excel.nameditem); the docs name no code, the
 * double says InvalidOperation (our choice). getRangeOrNullObject gives the null object instead.
 */
function nameRange(env: HostEnv, key: string, orNull: boolean, location: string) {
  const n = named(env, key, location);
  if (n.ref) return rangeRef({ sheetId: n.ref.sheetId, rect: { ...n.ref.rect } });
  if (orNull) return null;
  throw new ExcelDoubleError("InvalidOperation", location, `${n.name} does not refer to a range`);
}

export const NAMED_ITEM_TYPE = hostType<string>({
  name: NAMED_ITEM,
  idOf: (key) => key,
  properties: {
    name: { get: (key, env) => named(env, key).name },
    type: { get: (key, env) => nameType(named(env, key)) },
    value: { get: (key, env) => nameValue(env.state, named(env, key)) },
    // NamedItem.formula is read/write (ExcelApi 1.7): "The formula of the named item. Formulas
    // always start with an equal sign ("=")." (https://learn.microsoft.com/javascript/api/excel/excel.nameditem#excel-excel-nameditem-formula-member)
    formula: {
      get: (key, env) => nameFormula(env.state, named(env, key)),
      set: (key, v, env, loc) => {
        if (typeof v !== "string" || !v.startsWith("="))
          throw new ExcelDoubleError("InvalidArgument", loc, "a formula starts with =");
        const target = named(env, key, loc);
        const parsed = parseNameReference(env.state, v, loc);
        delete target.ref;
        delete target.formula;
        Object.assign(target, parsed);
      },
      api: "1.7",
    },
    visible: {
      get: (key, env) => named(env, key).visible,
      set: (key, v, env, loc) => void (named(env, key, loc).visible = Boolean(v)),
    },
    comment: {
      get: (key, env) => named(env, key).comment,
      set: (key, v, env, loc) => void (named(env, key, loc).comment = String(v)),
      api: "1.4",
    },
    // The double models workbook-scoped names only.
    scope: { get: () => "Workbook", api: "1.4" },
  },
  methods: {
    getRange: { call: (key, _args, env, loc) => nameRange(env, key, false, loc) },
    getRangeOrNullObject: {
      call: (key, _args, env, loc) => nameRange(env, key, true, loc),
      api: "1.4",
    },
    delete: {
      call: (key, _args, env, loc) => {
        const n = named(env, key, loc);
        env.state.names = env.state.names.filter((x) => x !== n);
      },
      api: "1.4",
    },
  },
});

/** add(name, reference, comment?) — ExcelApi 1.4; reference is a Range or a formula such as "=Sheet1!$A$1". */
function addName(env: HostEnv, args: readonly unknown[], location: string): string {
  const [name, reference, comment] = args;
  const state = env.state;
  if (typeof name !== "string")
    throw new ExcelDoubleError("InvalidArgument", location, `invalid name ${JSON.stringify(name)}`);
  validateWorkbookName(state, name, location);
  const base = {
    name,
    comment: comment === undefined || comment === null ? "" : String(comment),
    visible: true,
  };
  let n: NameState;
  if (typeof reference === "string") {
    n = { ...base, ...parseNameReference(state, reference, location) };
  } else {
    const range = refArgument<RangeRef>(reference, RANGE);
    if (!range) throw new ExcelDoubleError("InvalidArgument", location, "reference is not a Range");
    n = { ...base, ref: { sheetId: range.target.sheetId, rect: { ...range.target.rect } } };
  }
  state.names.push(n);
  return n.name;
}

export const NAMED_ITEM_COLLECTION_TYPE = hostType<true>({
  name: NAMED_ITEM_COLLECTION,
  properties: {},
  collection: {
    items: (_t, env) => env.state.names.map((n) => namedItemRef(n.name)),
    getItem: (_t, key, env, loc) => namedItemRef(nameOf(env.state, String(key), loc).name),
  },
  methods: {
    getItemOrNullObject: {
      call: (_t, [key], env) => {
        const n = env.state.findName(String(key));
        return n ? namedItemRef(n.name) : null;
      },
      api: "1.4",
    },
    getCount: { call: (_t, _args, env) => ({ value: env.state.names.length }), api: "1.4" },
    add: { call: (_t, args, env, loc) => namedItemRef(addName(env, args, loc)), api: "1.4" },
  },
});
