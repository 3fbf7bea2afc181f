/**
 * A block of cells the writers put on a sheet: values at a position, with number formats per column
 * and bold rows. Pure data (summaryLayout.ts, comparisonLayout.ts, customersSheetWriter.ts).
 */
import type { WriteCell } from "./batchWriter";

export const PERCENT = "0.0%";
export const THOUSANDS = "#,##0";

export interface GridBlock {
  row: number;
  col: number;
  values: WriteCell[][];
  /** Number format of the non-text cells of each column. */
  columnFormats?: string[];
  /** Rows (relative) to make bold. */
  boldRows?: number[];
}

/** A number, or a blank cell for a missing or non-finite one. */
export const blank = (v: number | null | undefined): WriteCell =>
  v === null || v === undefined || !Number.isFinite(v) ? "" : v;

/** A bold heading of one cell. */
export const heading = (row: number, col: number, title: string): GridBlock => ({
  row,
  col,
  values: [[title]],
  boldRows: [0],
});
