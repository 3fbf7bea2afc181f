/**
 * What every writer gets: the request context, the Excel API level, the batch writer that queues
 * its requests, the add-in's hidden names, and the mark to queue in the output's first request.
 */
import type { BatchWriter } from "./batchWriter";
import type { ExcelApiLevel } from "./excelRun";
import type { OwnedOutputs } from "./ownedRanges";

export interface WriteContext {
  context: Excel.RequestContext;
  api: ExcelApiLevel;
  writer: BatchWriter;
  /** The add-in's hidden names as they were when the write was planned. */
  owned: OwnedOutputs;
  /**
   * Queued in the output's first request: marks its regions "writing" in the outputs record, so a
   * failure after it leaves them for the next run to rewrite.
   */
  markWriting: () => void;
}
