/**
 * The tier column beside the data. In a table: a new table column named output.tierColumnName (or
 * the add-in's own column from an earlier run). Otherwise: the column right of the source, with a
 * header, or the add-in's own column from an earlier run (remembered by the CRMPyramid_TierColumn
 * name). Planning only reads: cells the add-in did not write (a value, a number format the labels
 * would replace, or an edit inside its own column since it last wrote it) stop the plan.
 */
import type { Cell, TieringResult } from "../engine";
import { localAddress, requireSheetAddress, sameSheet, type SheetRect, sheetAddress } from "./a1";
import type { BatchWriter, WriteCell } from "./batchWriter";
import { throwIfAborted } from "./excelErrors";
import type { ExcelApiLevel } from "./excelRun";
import type { SourceData } from "./gateway";
import { dataRect } from "./locateSource";
import { type OwnedOutputs, queueOwnName } from "./ownedRanges";
import { editedParts } from "./regionEdits";
import type { RunSetup } from "./runSetup";
import { looksLikeFormula } from "./safeCellText";
import type { RegionState } from "./writtenRegions";

export interface TierColumnPlan {
  /** Header (when the source has one) and data rows, one column. */
  target: SheetRect;
  hasHeader: boolean;
  /** Add a table column to this table first. */
  addToTable?: string;
  /** Cells of the add-in's earlier tier column outside `target`: their contents are cleared. */
  clear: SheetRect[];
  /** Some label would be read as a number, date or formula: the column's cells get "@". */
  textFormat: boolean;
}

/** Why a target cannot be written without asking. */
export type ConflictKind = "occupied" | "edited" | "formatted" | "sheet-taken";

export type PlanResult<P> =
  { ok: true; plan: P } | { ok: false; address: string; message: string; conflict: ConflictKind };

export function conflictMessage(kind: ConflictKind, address: string): string {
  switch (kind) {
    case "edited":
      return `${address} changed since CRM Pyramid last wrote it (the add-in keeps what you type there). Nothing was changed: clear or move those cells, or allow overwriting, then try again.`;
    case "formatted":
      return `${address} has number formats that are not CRM Pyramid's; writing tier labels there would set them to Text. Nothing was changed: clear those formats or move those cells, then try again.`;
    default:
      return `${address} is not empty and was not written by CRM Pyramid. Nothing was changed: clear or move those cells, or choose another source, then try again.`;
  }
}

function conflict<P>(kind: ConflictKind, address: string): PlanResult<P> {
  return { ok: false, conflict: kind, address, message: conflictMessage(kind, address) };
}

/** Whether Excel would turn this label into something else than the text (number, date, formula). */
export function labelNeedsText(label: string): boolean {
  if (label === "") return false;
  if (looksLikeFormula(label)) return true;
  // Letters only (any script), spaces and light punctuation, no digit: never a number or a date.
  if (/^\p{L}[\p{L}\p{M} _&()'./]*$/u.test(label)) return /^(true|false)$/i.test(label);
  return true;
}

/** Bounding box of the non-empty cells of `values` laid out at `rect`; undefined when all empty. */
function occupiedCells(
  rect: SheetRect,
  values: readonly (readonly unknown[])[]
): string | undefined {
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
  if (top < 0) return undefined;
  return sheetAddress({
    sheet: rect.sheet,
    row: rect.row + top,
    col: rect.col + left,
    rowCount: bottom - top + 1,
    colCount: right - left + 1,
  });
}

/** Rows per read when scanning target cells (values and number formats of one column). */
const SCAN_ROWS = 20_000;

/**
 * The first conflict in `parts`: a cell with a value, or (when `formats`) a number format other
 * than General or Text. Only the part of each range Excel reports as used is read
 * (Range.getUsedRangeOrNullObject, ExcelApi 1.4), in blocks.
 */
export async function firstConflict(
  context: Excel.RequestContext,
  parts: SheetRect[],
  formats: boolean,
  signal?: AbortSignal
): Promise<{ kind: ConflictKind; address: string } | undefined> {
  if (parts.length === 0) return undefined;
  const used = parts.map((part) =>
    context.workbook.worksheets
      .getItem(part.sheet)
      .getRange(localAddress(part))
      .getUsedRangeOrNullObject(!formats)
      .load("address")
  );
  await context.sync();
  for (const range of used) {
    if (range.isNullObject) continue;
    const rect = requireSheetAddress(range.address);
    for (let start = 0; start < rect.rowCount; start += SCAN_ROWS) {
      throwIfAborted(signal);
      const block = {
        ...rect,
        row: rect.row + start,
        rowCount: Math.min(SCAN_ROWS, rect.rowCount - start),
      };
      const cells = context.workbook.worksheets
        .getItem(block.sheet)
        .getRange(localAddress(block))
        .load(formats ? "values,numberFormat" : "values");
      await context.sync();
      const filled = occupiedCells(block, cells.values);
      if (filled) return { kind: "occupied", address: filled };
      if (formats) {
        const marks = cells.numberFormat.map((row) =>
          row.map((f) => (f === "General" || f === "@" ? "" : "x"))
        );
        const formatted = occupiedCells(block, marks);
        if (formatted) return { kind: "formatted", address: formatted };
      }
    }
  }
  return undefined;
}

/** Rows of `target` outside `covered` (same column assumed). */
export function uncovered(target: SheetRect, covered: SheetRect | undefined): SheetRect[] {
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

export interface TierPlanInputs {
  context: Excel.RequestContext;
  api: ExcelApiLevel;
  setup: RunSetup;
  data: SourceData;
  result: TieringResult;
  owned: OwnedOutputs;
  /** What the add-in last wrote in its tier column. */
  print: RegionState | undefined;
  overwrite: boolean;
  signal?: AbortSignal;
}

export async function planTierColumn(input: TierPlanInputs): Promise<PlanResult<TierColumnPlan>> {
  const { context, setup, data, owned, overwrite } = input;
  const source = requireSheetAddress(data.info.address);
  const ownRect = owned.tierColumn.rect;
  const textFormat = input.result.tiers.some((t) => labelNeedsText(t.label));
  let target: SheetRect;
  let hasHeader = data.info.hasHeader !== false;
  let addToTable: string | undefined;
  let mine: SheetRect | undefined;
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
    target = { ...source, col, colCount: 1 };
    hasHeader = true;
    mine = isOwnColumn(owned, source.sheet, col);
    if (index >= 0 && !mine && !overwrite) return conflict("occupied", sheetAddress(target));
    addToTable = index < 0 ? data.info.ref.tableName : undefined;
  } else {
    const right =
      ownRect &&
      sameSheet(ownRect.sheet, source.sheet) &&
      ownRect.colCount === 1 &&
      ownRect.col >= source.col + source.colCount &&
      ownRect.row === source.row;
    mine = right ? ownRect : undefined;
    target = { ...source, col: mine ? mine.col : source.col + source.colCount, colCount: 1 };
    if (!overwrite) {
      const found = await firstConflict(context, uncovered(target, mine), textFormat, input.signal);
      if (found) return conflict(found.kind, found.address);
    }
  }
  if (mine && !overwrite) {
    const edits = await editedParts(context, mine, input.print, input.signal);
    if (edits.length > 0) return conflict("edited", edits.map(sheetAddress).join(", "));
  }
  return {
    ok: true,
    plan: { target, hasHeader, addToTable, textFormat, clear: leftOver(ownRect, mine, target) },
  };
}

/** The earlier tier column's cells the new one does not write. */
function leftOver(
  own: SheetRect | undefined,
  mine: SheetRect | undefined,
  target: SheetRect
): SheetRect[] {
  if (!own) return [];
  if (!mine) return [own];
  return uncovered(own, target);
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

/**
 * Queues the tier column's writes; returns the cells written (header first), for the region print.
 * The first request also clears the earlier column and points the owned name at the new one, so a
 * run that fails after it leaves the name on cells the next run may rewrite.
 */
export async function writeTierColumn(
  context: Excel.RequestContext,
  writer: BatchWriter,
  setup: RunSetup,
  cells: WriteCell[][],
  plan: TierColumnPlan,
  owned: OwnedOutputs,
  markWriting: () => void
): Promise<Cell[][]> {
  const { target } = plan;
  await writer.add(500 + setup.output.tierColumnName.length * 3, () => {
    markWriting();
    for (const rect of plan.clear)
      context.workbook.worksheets
        .getItem(rect.sheet)
        .getRange(localAddress(rect))
        .clear("Contents");
    if (plan.addToTable)
      context.workbook.tables
        .getItem(plan.addToTable)
        .columns.add(undefined, undefined, setup.output.tierColumnName);
    const whole = context.workbook.worksheets.getItem(target.sheet).getRange(localAddress(target));
    queueOwnName(context, owned, "tierColumn", whole);
  });
  const header: WriteCell[][] = plan.hasHeader ? [[setup.output.tierColumnName]] : [];
  if (plan.hasHeader)
    await writer.writeGrid(target.sheet, target, header, undefined, (name) =>
      labelNeedsText(name) ? "@" : undefined
    );
  // Labels that Excel keeps as typed are written without touching the cells' formats.
  const keepFormat = () => (plan.textFormat ? "@" : undefined);
  const first = { row: target.row + header.length, col: target.col };
  await writer.writeGrid(target.sheet, first, cells, undefined, keepFormat);
  const all = [...header, ...cells];
  await writer.add(100, () => {
    const sheet = context.workbook.worksheets.getItem(target.sheet);
    if (plan.hasHeader)
      sheet.getRange(localAddress({ ...target, rowCount: 1 })).format.font.bold = true;
    sheet.getRange(localAddress(target)).format.autofitColumns();
  });
  return all;
}
