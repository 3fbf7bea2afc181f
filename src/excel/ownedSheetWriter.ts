/**
 * Writing one of the add-in's own sheets in place (ownedSheets.ts decides which sheet). The sheet
 * holds the add-in's regions (hidden names + prints, writtenRegions.ts), one table and maybe charts.
 * Planning reads only: an edit the user made inside a region, or a user's cell where a region grows,
 * stops the plan. Writing clears the old regions' contents (never the table's header row: clearing
 * it would rename the table's columns), resizes the table, writes the new blocks and re-points the
 * hidden names. Everything else on the sheet is left as it is.
 */
import {
  type CellRect,
  localAddress,
  rectMinus,
  sameSheet,
  type SheetRect,
  sheetAddress,
} from "./a1";
import type { BatchWriter, WriteCell } from "./batchWriter";
import type { ExcelApiLevel } from "./excelRun";
import { type OwnedKey, type OwnedOutputs, queueDropName, queueOwnName } from "./ownedRanges";
import type { SheetPlan } from "./ownedSheets";
import { editedParts } from "./regionEdits";
import { queueTableOver, type SheetTable, tableAt } from "./sheetTables";
import {
  type ConflictKind,
  conflictMessage,
  firstConflict,
  type PlanResult,
} from "./tierColumnWriter";
import type { GridBlock } from "./summaryLayout";
import type { OutputsRecord, RegionKey } from "./writtenRegions";

export interface RegionSpec {
  key: RegionKey & OwnedKey;
  /** Local rectangle on the sheet. */
  rect: CellRect;
}

export interface OwnedSheetSpec {
  anchor: "summarySheet" | "customersSheet";
  regions: RegionSpec[];
  /** Regions of an earlier run that this one does not write: cleared, their names dropped. */
  retired?: (RegionKey & OwnedKey)[];
  blocks: GridBlock[];
  table: { rect: CellRect; name?: string; style: string };
}

export interface OwnedSheetPlan {
  sheet: SheetPlan;
  spec: OwnedSheetSpec;
  /** The regions as the add-in last wrote them (local), to clear. */
  old: Partial<Record<RegionKey, CellRect>>;
  table?: SheetTable;
  /** The add-in's chart names already on the sheet. */
  charts: Set<string>;
}

export interface OwnedSheetPlanInputs {
  context: Excel.RequestContext;
  api: ExcelApiLevel;
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
  const { context, sheet, spec, owned, record } = input;
  const plan: OwnedSheetPlan = { sheet, spec, old: {}, charts: new Set() };
  if (!sheet.existing) return { ok: true, plan };
  const current = sheet.renameFrom ?? sheet.name;
  plan.table = await tableAt(context, current, spec.table.rect);
  const keys = [...spec.regions.map((r) => r.key), ...(spec.retired ?? [])];
  for (const key of keys) {
    const rect = owned[key].rect;
    if (rect && sameSheet(rect.sheet, current)) plan.old[key] = rect;
  }
  if (!input.overwrite) {
    for (const key of keys) {
      const old = plan.old[key];
      const at = old && { ...old, sheet: current };
      const edits = await editedParts(context, at, record.regions[key], input.signal);
      if (edits.length > 0) return conflict("edited", edits.map(sheetAddress).join(", "));
    }
    // A sheet written before regions were recorded was recreated by every run: all of it is ours.
    const legacy = spec.regions.every((r) => plan.old[r.key] === undefined);
    if (!legacy) {
      const parts = spec.regions.flatMap((r) =>
        rectMinus({ ...r.rect, sheet: current } as SheetRect, plan.old[r.key]).flatMap((p) =>
          rectMinus(p, plan.table?.rect)
        )
      );
      const found = await firstConflict(context, parts, false, input.signal);
      if (found) return conflict(found.kind, found.address);
    }
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

function conflict<P>(kind: ConflictKind, address: string): PlanResult<P> {
  return { ok: false, conflict: kind, address, message: conflictMessage(kind, address) };
}

/** The values of a region as written: its blocks painted over blanks (for the region's print). */
export function regionGrid(rect: CellRect, blocks: readonly GridBlock[]): WriteCell[][] {
  const grid: WriteCell[][] = Array.from({ length: rect.rowCount }, () =>
    new Array<WriteCell>(rect.colCount).fill("")
  );
  for (const block of blocks)
    block.values.forEach((row, r) =>
      row.forEach((value, c) => {
        const y = block.row + r - rect.row;
        const x = block.col + c - rect.col;
        if (y >= 0 && y < rect.rowCount && x >= 0 && x < rect.colCount) grid[y][x] = value;
      })
    );
  return grid;
}

/**
 * Queues the sheet's writes. `markWriting` runs in the first request (with the hidden names), so a
 * failure after it leaves the regions marked for the next run to rewrite. `extra` queues what
 * follows the blocks (charts, column widths) in the last request.
 */
export async function writeOwnedSheet(
  context: Excel.RequestContext,
  writer: BatchWriter,
  api: ExcelApiLevel,
  plan: OwnedSheetPlan,
  owned: OwnedOutputs,
  markWriting: () => void,
  extra: (sheetName: string) => void
): Promise<void> {
  const { sheet, spec } = plan;
  const name = sheet.name;
  await writer.add(1000, () => {
    markWriting();
    const sheets = context.workbook.worksheets;
    if (sheet.renameFrom) sheets.getItem(sheet.renameFrom).name = name;
    if (!sheet.existing) sheets.add(name);
    const ws = sheets.getItem(name);
    const header = plan.table && { ...plan.table.rect, rowCount: 1 };
    for (const old of Object.values(plan.old))
      for (const part of rectMinus(old, header)) ws.getRange(localAddress(part)).clear("Contents");
    if (plan.table)
      queueTableOver(context, api, name, spec.table.rect, plan.table, undefined, spec.table.style);
    queueOwnName(context, owned, spec.anchor, ws.getRange("A1"));
    for (const region of spec.regions)
      queueOwnName(context, owned, region.key, ws.getRange(localAddress(region.rect)));
    for (const key of spec.retired ?? []) queueDropName(context, owned, key);
  });
  for (const block of spec.blocks) {
    await writer.writeGrid(
      name,
      block,
      block.values,
      (_r, c) => block.columnFormats?.[c] ?? "General"
    );
  }
  await writer.add(200 * spec.blocks.length + 500, () => {
    const ws = context.workbook.worksheets.getItem(name);
    queueBlockFonts(ws, spec.blocks);
    if (!plan.table)
      queueTableOver(
        context,
        api,
        name,
        spec.table.rect,
        undefined,
        spec.table.name,
        spec.table.style
      );
    extra(name);
  });
}

/** Queues each block's font weight: plain, with its bold rows (headings, totals) in bold. */
export function queueBlockFonts(ws: Excel.Worksheet, blocks: readonly GridBlock[]): void {
  for (const block of blocks) {
    const width = Math.max(...block.values.map((r) => r.length));
    const rect = { row: block.row, col: block.col, rowCount: block.values.length, colCount: width };
    ws.getRange(localAddress(rect)).format.font.bold = false;
    for (const r of block.boldRows ?? [])
      ws.getRange(localAddress({ ...rect, row: block.row + r, rowCount: 1 })).format.font.bold =
        true;
  }
}
