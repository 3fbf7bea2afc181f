/**
 * What the add-in wrote, remembered by workbook-scoped named items it owns (hidden from the Name
 * Manager list): the tier column, the summary sheet, the customers sheet and the comparison sheet. A name follows its
 * cells when the user inserts columns or renames a sheet, and it travels with the file, so a
 * re-run (or a colleague's refresh) recognises the add-in's own outputs and nothing else. A name
 * whose sheet was deleted reads as a broken reference ("=#REF!$A$1"): it then owns nothing.
 * https://learn.microsoft.com/javascript/api/excel/excel.nameditemcollection
 */
import { parseSheetAddress, type SheetRect } from "./a1";

export const OWNED_NAMES = {
  tierColumn: "CRMPyramid_TierColumn",
  /** A1 of the summary sheet: which sheet is the add-in's. */
  summarySheet: "CRMPyramid_SummarySheet",
  customersSheet: "CRMPyramid_CustomersSheet",
  /** The cells the add-in wrote on those sheets (writtenRegions.ts). */
  summaryReport: "CRMPyramid_SummaryReport",
  summaryChartData: "CRMPyramid_SummaryChartData",
  customersData: "CRMPyramid_CustomersData",
  /** The period comparison sheet (comparisonWriter.ts): its A1 and its three regions. */
  comparisonSheet: "CRMPyramid_ComparisonSheet",
  comparisonReport: "CRMPyramid_ComparisonReport",
  comparisonMatrix: "CRMPyramid_ComparisonMatrix",
  comparisonMovers: "CRMPyramid_ComparisonMovers",
} as const;

export type OwnedKey = keyof typeof OWNED_NAMES;

export interface OwnedName {
  /** The name exists (possibly broken, e.g. "#REF!" after its sheet was deleted). */
  exists: boolean;
  /** Where it points, when it is a range reference. */
  rect?: SheetRect;
}

export type OwnedOutputs = Record<OwnedKey, OwnedName>;

/** Queues the loads; call `read()` after the next sync. */
export function queueOwnedLoad(context: Excel.RequestContext): { read(): OwnedOutputs } {
  const items = Object.fromEntries(
    (Object.keys(OWNED_NAMES) as OwnedKey[]).map((key) => {
      const item = context.workbook.names.getItemOrNullObject(OWNED_NAMES[key]);
      item.load("name,type,value");
      return [key, item];
    })
  ) as Record<OwnedKey, Excel.NamedItem>;
  return {
    read() {
      const out = {} as OwnedOutputs;
      for (const key of Object.keys(items) as OwnedKey[]) {
        const item = items[key];
        if (item.isNullObject) {
          out[key] = { exists: false };
          continue;
        }
        const value = typeof item.value === "string" ? item.value.replace(/^=/, "") : "";
        const rect =
          item.type === "Range" ? parseSheetAddress(value.replace(/\$/g, "")) : undefined;
        out[key] = { exists: true, rect };
      }
      return out;
    },
  };
}

export async function loadOwned(context: Excel.RequestContext): Promise<OwnedOutputs> {
  const pending = queueOwnedLoad(context);
  await context.sync();
  return pending.read();
}

/** Queues (re)pointing an owned name at `range`: the old name is deleted first. */
export function queueOwnName(
  context: Excel.RequestContext,
  owned: OwnedOutputs,
  key: OwnedKey,
  range: Excel.Range
): void {
  if (owned[key].exists) context.workbook.names.getItem(OWNED_NAMES[key]).delete();
  const item = context.workbook.names.add(OWNED_NAMES[key], range, "Written by CRM Pyramid");
  item.visible = false;
}

export function queueDropName(
  context: Excel.RequestContext,
  owned: OwnedOutputs,
  key: OwnedKey
): void {
  if (owned[key].exists) context.workbook.names.getItem(OWNED_NAMES[key]).delete();
}
