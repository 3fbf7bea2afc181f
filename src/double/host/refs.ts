/**
 * The objects one family of types hands to another, by type name and target shape. Each family
 * (types/range*, types/table*, types/chart*, types/workbook*) registers the types named here with
 * exactly these targets, so a Range's `worksheet` or a Table's `getRange()` lands on the right type.
 */
import type { RangeRef } from "../workbook-parts";
import type { HostRef } from "./host-type";

export const WORKBOOK = "Workbook"; // target: true (the request's global object)
export const APPLICATION = "Application"; // target: true
export const WORKSHEET_COLLECTION = "WorksheetCollection"; // target: true
export const WORKSHEET = "Worksheet"; // target: sheet id
export const RANGE = "Range"; // target: RangeRef
export const RANGE_AREAS = "RangeAreas"; // target: RangeRef[] (one sheet)
export const TABLE_COLLECTION = "TableCollection"; // target: TableScope
export const TABLE = "Table"; // target: table id
export const CHART_COLLECTION = "ChartCollection"; // target: sheet id
export const CHART = "Chart"; // target: chart id
export const NAMED_ITEM_COLLECTION = "NamedItemCollection"; // target: true
export const NAMED_ITEM = "NamedItem"; // target: the name
export const SETTING_COLLECTION = "SettingCollection"; // target: true
export const CUSTOM_XML_PART_COLLECTION = "CustomXmlPartCollection"; // target: namespace or null

/** Which tables a TableCollection lists: the workbook's, one sheet's, or those a range touches. */
export type TableScope =
  | { readonly kind: "workbook" }
  | { readonly kind: "sheet"; readonly sheetId: string }
  | { readonly kind: "range"; readonly ref: RangeRef };

export const workbookRef = (): HostRef<true> => ({ type: WORKBOOK, target: true });
export const worksheetRef = (sheetId: string): HostRef<string> => ({
  type: WORKSHEET,
  target: sheetId,
});
export const rangeRef = (ref: RangeRef): HostRef<RangeRef> => ({ type: RANGE, target: ref });
export const rangeAreasRef = (refs: RangeRef[]): HostRef<RangeRef[]> => ({
  type: RANGE_AREAS,
  target: refs,
});
export const tableCollectionRef = (scope: TableScope): HostRef<TableScope> => ({
  type: TABLE_COLLECTION,
  target: scope,
});
export const tableRef = (id: string): HostRef<string> => ({ type: TABLE, target: id });
export const chartCollectionRef = (sheetId: string): HostRef<string> => ({
  type: CHART_COLLECTION,
  target: sheetId,
});
export const chartRef = (id: string): HostRef<string> => ({ type: CHART, target: id });
export const namedItemRef = (name: string): HostRef<string> => ({ type: NAMED_ITEM, target: name });

/** A method argument the client passed as an Office.js object, narrowed to a type. */
export function refArgument<T>(arg: unknown, type: string): HostRef<T> | undefined {
  return isHostRef(arg) && arg.type === type ? (arg as HostRef<T>) : undefined;
}

const objectArguments = new WeakSet<object>();

/** Marks a HostRef the executor made from an object argument (so JSON never passes for one). */
export function asObjectArgument(ref: HostRef): HostRef {
  objectArguments.add(ref);
  return ref;
}

function isHostRef(value: unknown): value is HostRef {
  return typeof value === "object" && value !== null && objectArguments.has(value);
}
