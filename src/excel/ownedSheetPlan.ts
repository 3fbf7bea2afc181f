/**
 * Planning the write of one of the add-in's own sheets (ownedSheetWriter.ts), reading only: an edit
 * the user made inside a region, or a user's cell where a region grows, stops the plan.
 */
import { type CellRect, rectMinus, sameSheet, type SheetRect, sheetAddress } from "./a1";
import type { GridBlock } from "./gridBlock";
import type { OwnedKey, OwnedOutputs } from "./ownedRanges";
import type { SheetPlan } from "./ownedSheets";
import { editedParts } from "./regionEdits";
import { type SheetTable, tableAt } from "./sheetTables";
import { conflict, firstConflict, type PlanResult } from "./targetConflicts";
import type { OutputsRecord, RegionKey } from "./writtenRegions";

export interface RegionSpec {
  key: RegionKey & OwnedKey;
  /** Local rectangle on the sheet. */
  rect: CellRect;
}

/** One of the sheet's tables: where it goes, its name when this run creates it, its style. */
export interface SheetTableSpec {
  rect: CellRect;
  name?: string;
  style: string;
}

export interface OwnedSheetSpec {
  anchor: "summarySheet" | "customersSheet" | "comparisonSheet";
  regions: RegionSpec[];
  /** Regions of an earlier run that this one does not write: cleared, their names dropped. */
  retired?: (RegionKey & OwnedKey)[];
  blocks: GridBlock[];
  tables: SheetTableSpec[];
  /**
   * A sheet of the add-in whose regions were never recorded (written before regions were) was
   * recreated by every run: all of it is the add-in's, so no cell of it stops the plan.
   */
  unrecordedIsOwn?: boolean;
}

export interface OwnedSheetPlan {
  sheet: SheetPlan;
  spec: OwnedSheetSpec;
  /** The regions as the add-in last wrote them (local), to clear. */
  old: Partial<Record<RegionKey, CellRect>>;
  /** The table found at each of `spec.tables` (undefined: none, this run creates it). */
  tables: (SheetTable | undefined)[];
  /** The add-in's chart names already on the sheet. */
  charts: Set<string>;
}

export interface OwnedSheetPlanInputs {
  context: Excel.RequestContext;
  sheet: SheetPlan;
  spec: OwnedSheetSpec;
  owned: OwnedOutputs;
  record: OutputsRecord;
  chartNames?: readonly string[];
  overwrite: boolean;
  signal?: AbortSignal;
}

export async function planOwnedSheetWrite(
  input: OwnedSheetPlanInputs
): Promise<PlanResult<OwnedSheetPlan>> {
  const { context, sheet, spec, owned } = input;
  const plan: OwnedSheetPlan = { sheet, spec, old: {}, tables: [], charts: new Set() };
  if (!sheet.existing) return { ok: true, plan };
  const current = sheet.renameFrom ?? sheet.name;
  for (const table of spec.tables) plan.tables.push(await tableAt(context, current, table.rect));
  const keys = [...spec.regions.map((r) => r.key), ...(spec.retired ?? [])];
  for (const key of keys) {
    const rect = owned[key].rect;
    if (rect && sameSheet(rect.sheet, current)) plan.old[key] = rect;
  }
  if (!input.overwrite) {
    const stop = await userCells(input, plan, keys, current);
    if (stop) return stop;
  }
  if (input.chartNames && input.chartNames.length > 0) {
    const charts = context.workbook.worksheets.getItem(current).charts;
    charts.load("items/name");
    await context.sync();
    const ours = new Set(input.chartNames);
    for (const chart of charts.items) if (ours.has(chart.name)) plan.charts.add(chart.name);
  }
  return { ok: true, plan };
}

/** A user's edit inside the regions, or a user's cell where they grow: the plan stops. */
async function userCells(
  input: OwnedSheetPlanInputs,
  plan: OwnedSheetPlan,
  keys: (RegionKey & OwnedKey)[],
  current: string
): Promise<PlanResult<OwnedSheetPlan> | undefined> {
  const { context, spec, signal } = input;
  for (const key of keys) {
    const old = plan.old[key];
    const at = old && { ...old, sheet: current };
    const edits = await editedParts(context, at, input.record.regions[key], signal);
    if (edits.length > 0) return conflict("edited", edits.map(sheetAddress).join(", "));
  }
  const unrecorded = spec.regions.every((r) => plan.old[r.key] === undefined);
  if (spec.unrecordedIsOwn && unrecorded) return undefined;
  const tables = plan.tables.map((t) => t?.rect);
  const parts = spec.regions.flatMap((r) =>
    tables.reduce<SheetRect[]>(
      (rest, table) => rest.flatMap((p) => rectMinus(p, table)),
      rectMinus({ ...r.rect, sheet: current } as SheetRect, plan.old[r.key])
    )
  );
  const found = await firstConflict(context, parts, false, signal);
  return found ? conflict(found.kind, found.address) : undefined;
}
