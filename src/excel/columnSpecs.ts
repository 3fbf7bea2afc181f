/**
 * A table layout as a list of columns: each column says its title, how a row gives its cell and the
 * cell's number format, in one place (no parallel header / value / format arrays to keep aligned).
 */
import type { WriteCell } from "./batchWriter";

export interface ColumnSpec<R> {
  title: string;
  value: (row: R) => WriteCell;
  /** Number format of the column's non-text cells. */
  format: string;
}

export interface SpecGrid {
  header: WriteCell[];
  rows: WriteCell[][];
  formats: string[];
}

/** The header row, one row of cells per item of `rows`, and the columns' formats. */
export function specGrid<R>(columns: readonly ColumnSpec<R>[], rows: readonly R[]): SpecGrid {
  return {
    header: columns.map((c) => c.title),
    rows: rows.map((row) => columns.map((c) => c.value(row))),
    formats: columns.map((c) => c.format),
  };
}
