/**
 * Groups queued writes into as few syncs as the 5 MB request limit allows: each write reserves its
 * estimated request size, and a sync is sent only when the next write would not fit.
 * Text cells get the "@" number format in the same request, before their values (safeCellText.ts).
 */
import { localAddress, type SheetRect } from "./a1";
import { formatFor } from "./safeCellText";

/** Request bytes per sync the writer aims for (Excel on the web's limit is 5 MB). */
export const REQUEST_BUDGET_BYTES = 3_500_000;
/** Estimated overhead of one queued operation. */
const OPERATION_BYTES = 200;

export type WriteCell = string | number | boolean;

export class BatchWriter {
  private pending = 0;
  /** Syncs sent by this writer. */
  syncs = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly budget = REQUEST_BUDGET_BYTES
  ) {}

  /** Makes room for `bytes` more, syncing what is queued first if needed. */
  async reserve(bytes: number): Promise<void> {
    if (this.pending > 0 && this.pending + bytes > this.budget) await this.flush();
    this.pending += bytes + OPERATION_BYTES;
  }

  async flush(): Promise<void> {
    await this.context.sync();
    this.syncs++;
    this.pending = 0;
  }

  /**
   * Writes `values` at `origin` (top-left), in row chunks that fit the budget. Formats come from
   * `format(row, column)` for non-text cells; text cells are always "@", set before the values.
   */
  async writeGrid(
    sheet: Excel.Worksheet,
    origin: { row: number; col: number },
    values: WriteCell[][],
    format: (row: number, column: number) => string = () => "General"
  ): Promise<void> {
    if (values.length === 0) return;
    const width = values[0].length;
    let start = 0;
    while (start < values.length) {
      let bytes = 0;
      let end = start;
      while (end < values.length) {
        const rowBytes = 2 * JSON.stringify(values[end]).length + 12 * width;
        if (end > start && bytes + rowBytes > this.budget / 2) break;
        bytes += rowBytes;
        end++;
      }
      await this.reserve(bytes);
      const chunk = values.slice(start, end);
      const rect: SheetRect = {
        sheet: "",
        row: origin.row + start,
        col: origin.col,
        rowCount: chunk.length,
        colCount: width,
      };
      const range = sheet.getRange(localAddress(rect));
      range.numberFormat = chunk.map((row, i) =>
        row.map((value, j) => formatFor(value, format(start + i, j)))
      );
      range.values = chunk;
      start = end;
    }
  }
}
