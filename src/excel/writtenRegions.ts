/**
 * What the add-in last wrote in each of its own regions (the tier column, the summary sheet's report
 * and chart data, the customers table, the comparison sheet's report, matrix and movers), so that a re-run can tell the user's edits inside them from
 * its own cells. A region is a hidden workbook name (ownedRanges.ts: it follows its cells when rows
 * or columns are inserted) plus a print saved in the add-in's settings: the region's size and one
 * FNV-1a hash per chunk of rows (one row per chunk up to 2,048 rows, so edits are named to the
 * cell's row; larger regions are named to the chunk of rows).
 * While a region is being written its print is "writing": a run that failed part-way leaves that
 * mark, and the next run treats the region as its own to rewrite.
 */
import type { Cell } from "../engine";
import { type SheetRect } from "./a1";
import { hashCells } from "./sourceChecksum";

export const OUTPUTS_KEY = "CRMPyramid.outputs";
const MAX_CHUNKS = 2048;

export type RegionKey =
  | "tierColumn"
  | "summaryReport"
  | "summaryChartData"
  | "customersData"
  | "comparisonReport"
  | "comparisonMatrix"
  | "comparisonMovers";

const REGION_KEYS: readonly RegionKey[] = [
  "tierColumn",
  "summaryReport",
  "summaryChartData",
  "customersData",
  "comparisonReport",
  "comparisonMatrix",
  "comparisonMovers",
];

export interface RegionPrint {
  rows: number;
  cols: number;
  /** Rows per hash. */
  chunk: number;
  hashes: string[];
}

export type RegionState = RegionPrint | "writing";

export interface OutputsRecord {
  version: 1;
  regions: Partial<Record<RegionKey, RegionState>>;
  /** The add-in's sheets' names when it last wrote them: a different name now means the user renamed it. */
  sheets?: { summary?: string; customers?: string; comparison?: string };
}

export function emptyRecord(): OutputsRecord {
  return { version: 1, regions: {} };
}

export function printRegion(values: readonly (readonly Cell[])[], cols: number): RegionPrint {
  const rows = values.length;
  const chunk = Math.max(1, Math.ceil(rows / MAX_CHUNKS));
  const hashes: string[] = [];
  for (let start = 0; start < rows; start += chunk) hashes.push(chunkHash(values, start, chunk));
  return { rows, cols, chunk, hashes };
}

function chunkHash(values: readonly (readonly Cell[])[], start: number, chunk: number): string {
  const cells: Cell[] = [];
  const end = Math.min(values.length, start + chunk);
  for (let r = start; r < end; r++) {
    // Blank and missing cells read back as "" from Excel.
    for (const cell of values[r]) cells.push(cell === null || cell === undefined ? "" : cell);
    cells.push("\u241e");
  }
  return hashCells(cells);
}

/**
 * Parts of `rect` (the region now) whose cells differ from `print`: the whole region when its size
 * changed (rows or columns inserted or deleted inside it), else the chunks whose hash differs,
 * adjacent ones merged.
 */
export function changedParts(
  rect: SheetRect,
  print: RegionPrint,
  values: readonly (readonly Cell[])[]
): SheetRect[] {
  if (rect.rowCount !== print.rows || rect.colCount !== print.cols) return [rect];
  const parts: SheetRect[] = [];
  print.hashes.forEach((hash, i) => {
    const start = i * print.chunk;
    if (chunkHash(values, start, print.chunk) === hash) return;
    const rowCount = Math.min(print.chunk, print.rows - start);
    const last = parts[parts.length - 1];
    if (last && last.row + last.rowCount === rect.row + start) last.rowCount += rowCount;
    else parts.push({ ...rect, row: rect.row + start, rowCount });
  });
  return parts;
}

/** Reads the saved record; anything unreadable counts as no record (every region then trusted). */
export function parseRecord(raw: unknown): OutputsRecord {
  let value: unknown = raw;
  if (typeof raw === "string") {
    try {
      value = JSON.parse(raw);
    } catch {
      return emptyRecord();
    }
  }
  if (typeof value !== "object" || value === null) return emptyRecord();
  const { version, regions, sheets } = value as Partial<OutputsRecord>;
  if (version !== 1 || typeof regions !== "object" || regions === null) return emptyRecord();
  const out = emptyRecord();
  // Every key is kept: each writer saves the whole record back, so a key dropped here would be lost.
  for (const key of REGION_KEYS) {
    const state = (regions as Record<string, unknown>)[key];
    if (state === "writing") out.regions[key] = "writing";
    else if (isPrint(state)) out.regions[key] = state;
  }
  if (typeof sheets === "object" && sheets !== null) {
    out.sheets = {};
    if (typeof sheets.summary === "string") out.sheets.summary = sheets.summary;
    if (typeof sheets.customers === "string") out.sheets.customers = sheets.customers;
    if (typeof sheets.comparison === "string") out.sheets.comparison = sheets.comparison;
  }
  return out;
}

function isPrint(value: unknown): value is RegionPrint {
  if (typeof value !== "object" || value === null) return false;
  const p = value as RegionPrint;
  return (
    Number.isInteger(p.rows) &&
    Number.isInteger(p.cols) &&
    Number.isInteger(p.chunk) &&
    p.chunk > 0 &&
    Array.isArray(p.hashes) &&
    p.hashes.length === Math.ceil(p.rows / p.chunk) &&
    p.hashes.every((h) => typeof h === "string")
  );
}

export async function loadRecord(context: Excel.RequestContext): Promise<OutputsRecord> {
  const item = context.workbook.settings.getItemOrNullObject(OUTPUTS_KEY);
  item.load("value");
  await context.sync();
  return item.isNullObject ? emptyRecord() : parseRecord(item.value);
}

/** Queues saving the record (SettingCollection.add replaces the value; ExcelApi 1.4). */
export function queueSaveRecord(context: Excel.RequestContext, record: OutputsRecord): void {
  context.workbook.settings.add(OUTPUTS_KEY, JSON.stringify(record));
}
