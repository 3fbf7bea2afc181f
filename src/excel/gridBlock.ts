/**
 * A block of cells the writers put on a sheet: values at a position, with number formats per column
 * and bold rows. Pure data (summaryLayout.ts, comparisonLayout.ts, customersSheetWriter.ts).
 */
import type { WriteCell } from "./batchWriter";

export const PERCENT = "0.0%";
export const THOUSANDS = "#,##0";
/** A date and time as Excel shows it in every locale (an unambiguous ISO-like order). */
export const DATE_TIME = "yyyy-mm-dd hh:mm:ss";

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/**
 * The Excel serial of a moment in the user's local time: Excel's date-times carry no time zone, so a
 * run at 09:30 in Shanghai reads 09:30 (https://support.microsoft.com/office/date-systems-in-excel-e7fe7167-48a9-4b96-bb53-5612a800b487:
 * dates are days since 1899-12-30 in the 1900 system, times the fraction of a day).
 */
export function localExcelSerial(moment: Date): number {
  const localMs = moment.getTime() - moment.getTimezoneOffset() * 60_000;
  return (localMs - EXCEL_EPOCH_MS) / 86_400_000;
}

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
