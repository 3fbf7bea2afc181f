/**
 * The tier column beside the data. In a table: a new table column named output.tierColumnName (or
 * the add-in's own column from an earlier run). Otherwise: the column right of the source, with a
 * header, or the add-in's own column from an earlier run (remembered by the CRMPyramid_TierColumn
 * name). Planning reads only; it reports an occupied target instead of writing over it.
 */
import type { TieringResult } from "../engine";
import { localAddress, requireSheetAddress, sameSheet, type SheetRect, sheetAddress } from "./a1";
import type { BatchWriter, WriteCell } from "./batchWriter";
import type { SourceData } from "./gateway";
import { dataRect } from "./locateSource";
import { type OwnedOutputs, queueOwnName } from "./ownedRanges";
import type { RunSetup } from "./runSetup";

export interface TierColumnPlan {
  /** Header (when the source has one) and data rows, one column. */
  target: SheetRect;
  hasHeader: boolean;
  /** Add a table column to this table first. */
  addToTable?: string;
  /** The add-in's earlier tier column, elsewhere: cleared. */
  clearOld?: SheetRect;
}

export type PlanResult<P> = { ok: true; plan: P } | { ok: false; address: string; message: string };

function occupiedMessage(address: string): string {
  return `${address} is not empty and was not written by CRM Pyramid. Nothing was changed: clear or move those cells, or choose another source, then try again.`;
}

/**
 * The first of `parts` holding a value, as the address of its non-empty cells' bounding box
 * (getUsedRangeOrNullObject(true) finds the part, its values locate the cells).
 */
async function firstOccupied(
  context: Excel.RequestContext,
  parts: SheetRect[]
): Promise<string | undefined> {
  const used = parts.map((part) =>
    context.workbook.worksheets
      .getItem(part.sheet)
      .getRange(localAddress(part))
      .getUsedRangeOrNullObject(true)
      .load("address,values")
  );
  if (used.length === 0) return undefined;
  await context.sync();
  const hit = used.find((r) => !r.isNullObject);
  if (!hit) return undefined;
  return occupiedCells(requireSheetAddress(hit.address), hit.values);
}

/** Address of the bounding box of the non-empty cells of `values` laid out at `rect`. */
function occupiedCells(rect: SheetRect, values: unknown[][]): string {
  let top = -1;
  let bottom = -1;
  let left = Infinity;
  let right = -1;
  values.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value === "" || value === null || value === undefined) return;
      if (top < 0) top = r;
      bottom = r;
      left = Math.min(left, c);
      right = Math.max(right, c);
    })
  );
  if (top < 0) return sheetAddress(rect);
  return sheetAddress({
    sheet: rect.sheet,
    row: rect.row + top,
    col: rect.col + left,
    rowCount: bottom - top + 1,
    colCount: right - left + 1,
  });
}

/** Rows of `target` outside `covered` (same column assumed). */
function uncovered(target: SheetRect, covered: SheetRect | undefined): SheetRect[] {
  if (!covered) return [target];
  const parts: SheetRect[] = [];
  const top = covered.row;
  const bottom = covered.row + covered.rowCount;
  if (target.row < top)
    parts.push({ ...target, rowCount: Math.min(top, target.row + target.rowCount) - target.row });
  const end = target.row + target.rowCount;
  if (end > bottom) {
    const start = Math.max(bottom, target.row);
    parts.push({ ...target, row: start, rowCount: end - start });
  }
  return parts;
}

function isOwnColumn(owned: OwnedOutputs, sheet: string, col: number): SheetRect | undefined {
  const own = owned.tierColumn.rect;
  return own && sameSheet(own.sheet, sheet) && own.col === col && own.colCount === 1
    ? own
    : undefined;
}

export async function planTierColumn(
  context: Excel.RequestContext,
  setup: RunSetup,
  data: SourceData,
  owned: OwnedOutputs,
  overwrite: boolean
): Promise<PlanResult<TierColumnPlan>> {
  const source = requireSheetAddress(data.info.address);
  const hasHeader = data.info.hasHeader !== false;
  const ownRect = owned.tierColumn.rect;
  if (data.info.ref.kind === "table") {
    const table = context.workbook.tables.getItem(data.info.ref.tableName);
    table.load("columns/items/name");
    const range = table.getRange();
    range.load("address");
    await context.sync();
    const whole = requireSheetAddress(range.address);
    const wanted = setup.output.tierColumnName.toLowerCase();
    const index = table.columns.items.findIndex((c) => c.name.toLowerCase() === wanted);
    const col = index >= 0 ? whole.col + index : whole.col + whole.colCount;
    const target: SheetRect = { ...source, col, colCount: 1 };
    const mine = isOwnColumn(owned, source.sheet, col);
    if (index >= 0 && !mine && !overwrite) {
      const address = sheetAddress(target);
      return { ok: false, address, message: occupiedMessage(address) };
    }
    const clearOld =
      ownRect && !(sameSheet(ownRect.sheet, source.sheet) && ownRect.col === col)
        ? ownRect
        : undefined;
    return {
      ok: true,
      plan: {
        target,
        hasHeader: true,
        addToTable: index < 0 ? data.info.ref.tableName : undefined,
        clearOld,
      },
    };
  }
  const mineRight =
    ownRect &&
    sameSheet(ownRect.sheet, source.sheet) &&
    ownRect.col >= source.col + source.colCount &&
    ownRect.row === source.row;
  const col = mineRight ? ownRect.col : source.col + source.colCount;
  const target: SheetRect = { ...source, col, colCount: 1 };
  const covered = mineRight ? ownRect : undefined;
  const occupied = overwrite ? undefined : await firstOccupied(context, uncovered(target, covered));
  if (occupied) return { ok: false, address: occupied, message: occupiedMessage(occupied) };
  return {
    ok: true,
    plan: { target, hasHeader, clearOld: ownRect && !mineRight ? ownRect : undefined },
  };
}

/** Tier label per target row: hidden (skipped) rows get "". */
export function tierCells(data: SourceData, result: TieringResult): WriteCell[][] {
  const labels = result.rowLabels();
  const rect = dataRect(data.info);
  if (!data.rowNumbers) return labels.map((label) => [label]);
  const out: WriteCell[][] = Array.from({ length: rect.rowCount }, () => [""]);
  data.rowNumbers.forEach((sheetRow, i) => {
    const at = sheetRow - rect.row;
    if (at >= 0 && at < out.length) out[at] = [labels[i] ?? ""];
  });
  return out;
}

/** Queues the tier column's writes; returns its address. */
export async function writeTierColumn(
  context: Excel.RequestContext,
  writer: BatchWriter,
  setup: RunSetup,
  data: SourceData,
  result: TieringResult,
  plan: TierColumnPlan,
  owned: OwnedOutputs
): Promise<string> {
  const { target } = plan;
  const sheet = context.workbook.worksheets.getItem(target.sheet);
  if (plan.clearOld) {
    await writer.reserve(0);
    context.workbook.worksheets
      .getItem(plan.clearOld.sheet)
      .getRange(localAddress(plan.clearOld))
      .clear("All");
  }
  if (plan.addToTable) {
    await writer.reserve(setup.output.tierColumnName.length);
    context.workbook.tables
      .getItem(plan.addToTable)
      .columns.add(undefined, undefined, setup.output.tierColumnName);
  }
  const body = tierCells(data, result);
  const first = plan.hasHeader ? target.row + 1 : target.row;
  if (plan.hasHeader) {
    await writer.writeGrid(sheet, { row: target.row, col: target.col }, [
      [setup.output.tierColumnName],
    ]);
    sheet.getRange(localAddress({ ...target, rowCount: 1 })).format.font.bold = true;
  }
  await writer.writeGrid(sheet, { row: first, col: target.col }, body);
  await writer.reserve(100);
  const whole = sheet.getRange(localAddress(target));
  queueOwnName(context, owned, "tierColumn", whole);
  whole.format.autofitColumns();
  return sheetAddress(target);
}
