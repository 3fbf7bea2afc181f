/** Every type the host knows, by name: the four families register one array each. */
import { ExcelDoubleError } from "../errors";
import { CHART_HOST_TYPES } from "../types/chart";
import { RANGE_HOST_TYPES } from "../types/range";
import { TABLE_HOST_TYPES } from "../types/table";
import { WORKBOOK_HOST_TYPES } from "../types/workbook";
import type { HostType } from "./host-type";

let registry: Map<string, HostType> | undefined;

function types(): Map<string, HostType> {
  if (!registry) {
    registry = new Map();
    const all = [
      ...WORKBOOK_HOST_TYPES,
      ...RANGE_HOST_TYPES,
      ...TABLE_HOST_TYPES,
      ...CHART_HOST_TYPES,
    ];
    for (const type of all) {
      if (registry.has(type.name)) throw new Error(`host type ${type.name} registered twice`);
      registry.set(type.name, type);
    }
  }
  return registry;
}

export function hostTypeOf(name: string, location: string): HostType {
  const type = types().get(name);
  if (!type)
    throw new ExcelDoubleError("NotImplemented", location, `the double has no type ${name}`);
  return type;
}
