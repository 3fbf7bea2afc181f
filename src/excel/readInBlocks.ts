/**
 * Reading a large range in blocks of rows, values only, each request and response under Excel on
 * the web's 5 MB payload limit ("Excel on the web has a payload size limit for requests and
 * responses of 5MB" — https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins;
 * Microsoft suggests 5,000–20,000 rows per read for large ranges:
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-large).
 * The block size is estimated from the column count; a block Excel rejects as too large is retried
 * at half the size. Progress is reported and the AbortSignal checked between blocks.
 * Hidden rows can be skipped: the visible rows come from Range.getVisibleView (ExcelApi 1.3) over
 * one visible column; without it, from Range.rowHidden per row.
 */
import type { Cell } from "../engine";
import { columnLetters, localAddress, type SheetRect } from "./a1";
import { isTooLarge, throwIfAborted } from "./excelErrors";
import { ColumnHasher } from "./sourceChecksum";

/** Bytes a response may use (5 MB limit, with headroom for the JSON envelope). */
export const RESPONSE_BUDGET_BYTES = 4_000_000;
/** A generous estimate of one cell's JSON in a response (text cells, separators). */
export const BYTES_PER_CELL = 40;
export const MAX_BLOCK_ROWS = 20_000;

/** Rows per block for `columns` columns: up to 20,000, fewer for wide sources. */
export function blockRowsFor(columns: number): number {
  const rows = Math.floor(RESPONSE_BUDGET_BYTES / (Math.max(1, columns) * BYTES_PER_CELL));
  return Math.max(1, Math.min(MAX_BLOCK_ROWS, rows));
}

export interface BlockReadOptions {
  onProgress?: (rowsRead: number, rowsTotal: number) => void;
  signal?: AbortSignal;
  /** Default true. */
  includeHiddenRows?: boolean;
  /** Read only these columns (0-based within the rectangle); rows then hold them in this order. */
  columns?: readonly number[];
  /** Starting block size (tests); default from the column count. */
  blockRows?: number;
}

export interface BlockReadResult {
  rows: Cell[][];
  /** 0-based sheet rows of `rows`, when hidden rows were skipped. */
  rowNumbers?: number[];
  hasher: ColumnHasher;
  /** Block size in use at the end (after any halving). */
  blockRows: number;
  blocks: number;
}

export async function readInBlocks(
  context: Excel.RequestContext,
  rect: SheetRect,
  options: BlockReadOptions = {}
): Promise<BlockReadResult> {
  const sheet = context.workbook.worksheets.getItem(rect.sheet);
  const columns = options.columns;
  const width = columns ? columns.length : rect.colCount;
  const skipHidden = options.includeHiddenRows === false;
  const visibleColumn = skipHidden ? await firstVisibleColumn(context, sheet, rect) : 0;
  const hasher = new ColumnHasher(rect.colCount);
  const rows: Cell[][] = [];
  const rowNumbers: number[] | undefined = skipHidden ? [] : undefined;
  let blockRows = options.blockRows ?? blockRowsFor(width + (skipHidden ? 1 : 0));
  let done = 0;
  let blocks = 0;
  options.onProgress?.(0, rect.rowCount);
  while (done < rect.rowCount) {
    throwIfAborted(options.signal);
    const count = Math.min(blockRows, rect.rowCount - done);
    const block: SheetRect = { ...rect, row: rect.row + done, rowCount: count };
    let values: Cell[][];
    let visible: number[] | undefined;
    try {
      const ranges = queueBlock(sheet, block, columns);
      const hidden = skipHidden ? queueVisibleRows(sheet, block, visibleColumn) : undefined;
      // One request per block is the point of reading in blocks.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      values = blockValues(ranges, block.rowCount, columns !== undefined);
      visible = hidden ? visibleRows(hidden) : undefined;
    } catch (error) {
      if (isTooLarge(error) && count > 1) {
        blockRows = Math.max(1, Math.floor(count / 2));
        continue;
      }
      throw error;
    }
    blocks++;
    if (visible && rowNumbers) {
      const keep = new Set(visible);
      const kept: Cell[][] = [];
      values.forEach((row, i) => {
        if (keep.has(block.row + i)) {
          kept.push(row);
          rowNumbers.push(block.row + i);
        }
      });
      values = kept;
    }
    hasher.add(values, columns);
    for (const row of values) rows.push(row);
    done += count;
    options.onProgress?.(done, rect.rowCount);
  }
  return { rows, rowNumbers, hasher, blockRows, blocks };
}

/** Queues the block's values (all columns as one range, or the chosen columns one range each). */
function queueBlock(
  sheet: Excel.Worksheet,
  block: SheetRect,
  columns: readonly number[] | undefined
): Excel.Range[] {
  const rects = columns
    ? columns.map((c) => ({ ...block, col: block.col + c, colCount: 1 }))
    : [block];
  return rects.map((rect) => sheet.getRange(localAddress(rect)).load("values"));
}

/** The loaded block as rows (column ranges are zipped side by side). */
function blockValues(loaded: Excel.Range[], rowCount: number, byColumn: boolean): Cell[][] {
  const grids = loaded.map((r) => r.values);
  if (!byColumn) return grids[0] as Cell[][];
  return Array.from({ length: rowCount }, (_, i) => grids.map((grid) => grid[i][0] as Cell));
}

/**
 * Queues finding the block's visible rows (Range.getVisibleView, ExcelApi 1.3: "Represents the
 * visible rows of the current range"; read with visibleRows after the sync).
 */
function queueVisibleRows(
  sheet: Excel.Worksheet,
  block: SheetRect,
  column: number
): Excel.RangeView {
  const letters = columnLetters(block.col + column);
  const column1 = sheet.getRange(
    `${letters}${block.row + 1}:${letters}${block.row + block.rowCount}`
  );
  return column1.getVisibleView().load("cellAddresses");
}

/** 0-based sheet rows of the block's visible rows. */
function visibleRows(view: Excel.RangeView): number[] {
  const addresses = view.cellAddresses as string[][];
  return addresses.map((row) => rowOfAddress(String(row[0]))).filter((r) => r >= 0);
}

function rowOfAddress(address: string): number {
  const local = address.slice(address.lastIndexOf("!") + 1);
  const match = /(\d+)$/.exec(local);
  return match ? Number(match[1]) - 1 : -1;
}

/** The first column of the source that is not hidden (hidden rows are judged in it). */
async function firstVisibleColumn(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  rect: SheetRect
): Promise<number> {
  const cells = Array.from({ length: rect.colCount }, (_, c) => {
    const cell = sheet.getRange(`${columnLetters(rect.col + c)}${rect.row + 1}`);
    cell.load("columnHidden");
    return cell;
  });
  await context.sync();
  const index = cells.findIndex((cell) => cell.columnHidden !== true);
  return index < 0 ? 0 : index;
}
