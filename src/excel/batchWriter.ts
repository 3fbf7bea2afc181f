/**
 * Groups writes into as few syncs as the 5 MB request limit allows. Each write is kept as a small
 * closure until it is sent, so a request Excel rejects as too large can be sent again in halves
 * (a lone grid chunk splits by rows): "Excel on the web has a payload size limit for requests and
 * responses of 5MB" (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins).
 * When the request limit is exceeded nothing of that request is applied, so sending it again is
 * safe. Sizes are counted in UTF-8 bytes of the JSON Excel receives.
 * Every closure must look its proxies up again (by sheet or table name), never reuse a proxy made by
 * an earlier closure: a retried closure then runs against a fresh path.
 * Text is written formula-safe (safeCellText.ts): with `typedText` (ExcelApi 1.16) every cell goes
 * through Range.valuesAsJson as a typed value, so Excel never parses it; otherwise text cells get
 * the "@" number format in the same request, before their values.
 */
import { localAddress, type SheetRect } from "./a1";
import { isTooLarge } from "./excelErrors";
import { formatFor, TEXT_FORMAT, typedCell, TYPED_CELL_BYTES } from "./safeCellText";
import { utf8Length } from "./utf8";

/** Request bytes per sync the writer aims for (Excel on the web's limit is 5 MB). */
export const REQUEST_BUDGET_BYTES = 3_500_000;
/** Estimated overhead of one queued operation (its action and object path). */
const OPERATION_BYTES = 200;

export type WriteCell = string | number | boolean;

interface PendingWrite {
  bytes: number;
  queue(): void;
  /** Two smaller writes doing the same, when this one alone is too large. */
  split?(): PendingWrite[];
}

export class BatchWriter {
  private pending: PendingWrite[] = [];
  private pendingBytes = 0;
  /** Syncs sent by this writer, including rejected ones. */
  syncs = 0;
  /** Requests Excel rejected as too large and that were sent again in parts. */
  retries = 0;
  /**
   * Write grids through Range.valuesAsJson as typed values (set where ExcelApi 1.16 is supported,
   * safeCellText.ts `typedTextSupported`); false: "@" then Range.values.
   */
  typedText = false;

  constructor(
    private readonly context: Excel.RequestContext,
    private budget = REQUEST_BUDGET_BYTES
  ) {}

  /** Queues `queue` (which must only queue proxy calls) as one write of about `bytes`. */
  async add(bytes: number, queue: () => void): Promise<void> {
    await this.push({ bytes: bytes + OPERATION_BYTES, queue });
  }

  private async push(write: PendingWrite): Promise<void> {
    if (this.pending.length > 0 && this.pendingBytes + write.bytes > this.budget)
      await this.flush();
    this.pending.push(write);
    this.pendingBytes += write.bytes;
  }

  /** Sends everything queued; a too-large request is sent again in halves. */
  async flush(): Promise<void> {
    const writes = this.pending;
    this.pending = [];
    this.pendingBytes = 0;
    if (writes.length > 0) await this.send(writes);
  }

  private async send(writes: PendingWrite[]): Promise<void> {
    for (const write of writes) write.queue();
    try {
      this.syncs++;
      await this.context.sync();
    } catch (error) {
      if (!isTooLarge(error)) throw error;
      const parts = halves(writes);
      if (!parts) throw error;
      this.retries++;
      this.budget = Math.max(1, Math.floor(this.budget / 2));
      for (const part of parts) await this.send(part);
    }
  }

  /**
   * Writes `values` at `origin` (top-left) on the sheet named `sheetName`, in row chunks that fit
   * the budget. Formats come from `format(row, column)` for non-text cells. A text cell's format is
   * `textFormat(value)` ("@" by default); undefined keeps the cell's own format. With `typedText`
   * text needs no "@": a text cell whose `textFormat` is defined gets `format(row, column)`.
   */
  async writeGrid(
    sheetName: string,
    origin: { row: number; col: number },
    values: WriteCell[][],
    format: (row: number, column: number) => string = () => "General",
    textFormat: (value: string, row: number, column: number) => string | undefined = () => "@"
  ): Promise<void> {
    if (values.length === 0) return;
    let start = 0;
    while (start < values.length) {
      let bytes = 0;
      let end = start;
      while (end < values.length) {
        const rowBytes = rowRequestBytes(values[end], this.typedText);
        if (end > start && bytes + rowBytes > this.budget / 2) break;
        bytes += rowBytes;
        end++;
      }
      await this.push(
        this.gridWrite(sheetName, origin, values, start, end, bytes, format, textFormat)
      );
      start = end;
    }
  }

  private gridWrite(
    sheetName: string,
    origin: { row: number; col: number },
    values: WriteCell[][],
    start: number,
    end: number,
    bytes: number,
    format: (row: number, column: number) => string,
    textFormat: (value: string, row: number, column: number) => string | undefined
  ): PendingWrite {
    const width = values[start].length;
    const typed = this.typedText;
    return {
      bytes: bytes + OPERATION_BYTES,
      queue: () => {
        const chunk = values.slice(start, end);
        const rect: SheetRect = {
          sheet: sheetName,
          row: origin.row + start,
          col: origin.col,
          rowCount: chunk.length,
          colCount: width,
        };
        const formats = chunk.map((row, i) =>
          row.map((value, j) => {
            if (typeof value !== "string") return formatFor(value, format(start + i, j));
            const text = textFormat(value, start + i, j);
            return typed && text !== undefined ? format(start + i, j) : text;
          })
        );
        const range = this.context.workbook.worksheets
          .getItem(sheetName)
          .getRange(localAddress(rect));
        // A chunk whose formats are all undefined keeps the cells' own formats (the tier column
        // in the user's sheet, when no label needs "@"); otherwise every cell gets one.
        const setFormats = formats.some((row) => row.some((f) => f !== undefined));
        const filled = () =>
          formats.map((row, i) =>
            row.map((f, j) => f ?? (typed ? format(start + i, j) : TEXT_FORMAT))
          );
        if (typed) {
          // Typed values are never parsed, so the order does not matter for safety; the formats
          // go last so that they stand whatever a typed write does to a cell's format (the pages
          // do not say).
          range.valuesAsJson = chunk.map((row) => row.map(typedCell));
          if (setFormats) range.numberFormat = filled();
          return;
        }
        if (setFormats) range.numberFormat = filled();
        range.values = chunk;
      },
      split:
        end - start > 1
          ? () => {
              const mid = start + Math.floor((end - start) / 2);
              const half = Math.ceil(bytes / 2);
              return [
                this.gridWrite(sheetName, origin, values, start, mid, half, format, textFormat),
                this.gridWrite(sheetName, origin, values, mid, end, half, format, textFormat),
              ];
            }
          : undefined,
    };
  }
}

/**
 * UTF-8 bytes a row adds to a request: its values (as typed values when `typed`) and their number
 * formats, as JSON.
 */
export function rowRequestBytes(row: readonly WriteCell[], typed = false): number {
  return utf8Length(JSON.stringify(row)) + (12 + (typed ? TYPED_CELL_BYTES : 0)) * row.length;
}

function halves(writes: PendingWrite[]): PendingWrite[][] | undefined {
  if (writes.length > 1) {
    const mid = Math.floor(writes.length / 2);
    return [writes.slice(0, mid), writes.slice(mid)];
  }
  const parts = writes[0]?.split?.();
  return parts ? parts.map((part) => [part]) : undefined;
}
