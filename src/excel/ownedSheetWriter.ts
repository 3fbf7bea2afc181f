/**
 * Writing one of the add-in's own sheets in place (ownedSheets.ts decides which sheet). The sheet
 * holds the add-in's regions (hidden names + prints, writtenRegions.ts), its tables and maybe charts.
 * Planning (ownedSheetPlan.ts) reads only. Writing clears the old regions' contents (never a table's
 * header row: clearing it would rename the table's columns), resizes the tables, writes the new
 * blocks and re-points the hidden names. Everything else on the sheet is left as it is.
 */
import { type CellRect, localAddress, rectMinus } from "./a1";
import type { WriteCell } from "./batchWriter";
import type { GridBlock } from "./gridBlock";
import { queueDropName, queueOwnName } from "./ownedRanges";
import type { OwnedSheetPlan } from "./ownedSheetPlan";
import { queueTableOver } from "./sheetTables";
import type { WriteContext } from "./writeContext";

export {
  type OwnedSheetPlan,
  type OwnedSheetSpec,
  planOwnedSheetWrite,
  type RegionSpec,
  type SheetTableSpec,
} from "./ownedSheetPlan";

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

/** What a sheet's writer adds to the last request, before and after the new tables are made. */
export interface SheetFinish {
  /** Bytes of the last request (default: 200 per block + 500). */
  bytes?: number;
  beforeTables?(sheetName: string): void;
  after?(sheetName: string): void;
}

/**
 * Queues the sheet's writes. `ctx.markWriting` runs in the first request (with the hidden names),
 * so a failure after it leaves the regions marked for the next run to rewrite. `finish` queues
 * what follows the blocks (formats, charts, column widths) in the last request.
 */
export async function writeOwnedSheet(
  ctx: WriteContext,
  plan: OwnedSheetPlan,
  finish: SheetFinish = {}
): Promise<void> {
  const { context, writer } = ctx;
  const { spec } = plan;
  const name = plan.sheet.name;
  await writer.add(1000, () => queueTakeSheet(ctx, plan));
  for (const block of spec.blocks) {
    await writer.writeGrid(
      name,
      block,
      block.values,
      (_r, c) => block.columnFormats?.[c] ?? "General"
    );
  }
  await writer.add(finish.bytes ?? 200 * spec.blocks.length + 500, () => {
    const ws = context.workbook.worksheets.getItem(name);
    queueBlockFonts(ws, spec.blocks);
    finish.beforeTables?.(name);
    spec.tables.forEach((table, i) => {
      if (!plan.tables[i]) queueTableOver(ctx, name, { ...table, existing: undefined });
    });
    finish.after?.(name);
  });
}

/**
 * The first request: the mark, the sheet (renamed or added), the old regions cleared (but the
 * tables' header rows), the existing tables resized, and the hidden names re-pointed.
 */
function queueTakeSheet(ctx: WriteContext, plan: OwnedSheetPlan): void {
  const { context, owned } = ctx;
  const { sheet, spec } = plan;
  ctx.markWriting();
  const sheets = context.workbook.worksheets;
  if (sheet.renameFrom) sheets.getItem(sheet.renameFrom).name = sheet.name;
  if (!sheet.existing) sheets.add(sheet.name);
  const ws = sheets.getItem(sheet.name);
  const headers = plan.tables.flatMap((t) => (t ? [{ ...t.rect, rowCount: 1 }] : []));
  for (const old of Object.values(plan.old)) {
    const parts = headers.reduce<CellRect[]>(
      (rest, header) => rest.flatMap((p) => rectMinus(p, header)),
      [old]
    );
    for (const part of parts) ws.getRange(localAddress(part)).clear("Contents");
  }
  spec.tables.forEach((table, i) => {
    const existing = plan.tables[i];
    if (existing) queueTableOver(ctx, sheet.name, { ...table, name: undefined, existing });
  });
  queueOwnName(context, owned, spec.anchor, ws.getRange("A1"));
  for (const region of spec.regions)
    queueOwnName(context, owned, region.key, ws.getRange(localAddress(region.rect)));
  for (const key of spec.retired ?? []) queueDropName(context, owned, key);
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
