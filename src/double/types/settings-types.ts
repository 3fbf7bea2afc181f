/**
 * Workbook settings (Excel.SettingCollection, ExcelApi 1.4) as host types: key/value pairs saved
 * with the workbook. Setting target: its key; SettingCollection target: true.
 * https://learn.microsoft.com/javascript/api/excel/excel.settingcollection
 * Values round-trip through JSON, as the host stores them serialized (Microsoft's client also turns
 * a Date into the string "Date(<ms>)" before sending it, and back when it reads a value).
 */
import { cloneJson } from "../clone-json";
import { ExcelDoubleError } from "../errors";
import type { HostEnv, HostRef } from "../host/host-type";
import { hostType } from "../host/host-type";
import { SETTING_COLLECTION } from "../host/refs";

export const SETTING = "Setting";

const settingRef = (key: string): HostRef<string> => ({ type: SETTING, target: key });

/**
 * A value JSON cannot carry fails with InvalidArgument (the docs name no error; our choice). Through
 * Microsoft's client `add(key, undefined)` never arrives: its JSON round trip throws a SyntaxError.
 */
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

function existing(env: HostEnv, key: string, location: string): string {
  if (!env.state.settings.has(key))
    throw new ExcelDoubleError("ItemNotFound", location, `no setting ${key}`);
  return key;
}

export const SETTING_TYPE = hostType<string>({
  name: SETTING,
  idOf: (key) => key,
  properties: {
    key: { get: (key) => key },
    value: {
      get: (key, env) => cloneJson(env.state.settings.get(existing(env, key, "Setting.value"))),
      set: (key, v, env, loc) =>
        void env.state.settings.set(existing(env, key, loc), serialize(v, loc)),
    },
  },
  methods: {
    delete: { call: (key, _args, env) => void env.state.settings.delete(key) },
  },
});

export const SETTING_COLLECTION_TYPE = hostType<true>({
  name: SETTING_COLLECTION,
  properties: {},
  collection: {
    items: (_t, env, loc) => {
      env.requireApi("1.4", loc);
      return [...env.state.settings.keys()].map(settingRef);
    },
    getItem: (_t, key, env, loc) => {
      env.requireApi("1.4", loc);
      return settingRef(existing(env, String(key), loc));
    },
  },
  methods: {
    getItemOrNullObject: {
      call: (_t, [key], env) => {
        const k = String(key);
        return env.state.settings.has(k) ? settingRef(k) : null;
      },
      api: "1.4",
    },
    getCount: { call: (_t, _args, env) => ({ value: env.state.settings.size }), api: "1.4" },
    /** add(key, value): "Sets or adds the specified setting"; an empty key is InvalidArgument (our choice). */
    add: {
      call: (_t, [key, value], env, loc) => {
        if (typeof key !== "string" || key === "")
          throw new ExcelDoubleError("InvalidArgument", loc, "empty key");
        env.state.settings.set(key, serialize(value, loc));
        return settingRef(key);
      },
      api: "1.4",
    },
  },
});
