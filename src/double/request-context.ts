/**
 * The request context: queues operations and runs them at `sync()`, in order, like Office.js
 * ("Any methods that you invoke or properties that you set or load on proxy objects are simply added
 * to a queue of pending commands" — https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model).
 *
 * Limits (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins):
 * "Excel on the web has a payload size limit for requests and responses of 5MB" and "A range is
 * limited to 5,000,000 cells for read operations". A batch over the request limit is rejected before
 * anything runs; a batch whose loaded data exceeds the response limit is rolled back, so in both
 * cases nothing from that batch is applied.
 */
import type { DoubleRuntime, SyncRecord } from "./double-runtime";
import { ExcelDoubleError } from "./errors";
import { type PendingFault, takeFault } from "./faults";
import { compareVersions } from "./requirements";
import type { WorkbookState } from "./workbook-state";

/** Result of running one queued operation: bytes it adds to the response, and what to publish on success. */
export interface OpResult {
  responseBytes: number;
  commit?: () => void;
}

export interface QueuedOp {
  /** API member, e.g. "Range.values", used in error messages. */
  location: string;
  /** Estimated bytes this operation adds to the request (JSON of written data plus a fixed overhead). */
  requestBytes: number;
  run(): OpResult | void;
}

export class RequestContextDouble {
  private queue: QueuedOp[] = [];
  private closed = false;
  /** Number of syncs this context sent, including rejected ones. */
  syncCount = 0;
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
  readonly requestHeaders: Record<string, string> = {};
  // Set by createExcelDouble (avoids an import cycle between the context and the workbook proxy).
  workbook!: unknown;
  application!: unknown;
  /** Excel.RunOptions.mergeUndoGroup of the run that made this context. */
  mergeUndoGroup = false;
  /** Excel.RunOptions.delayForCellEdit of the run that made this context (cell-edit.ts). */
  delayForCellEdit = false;
  /** Whether this (merged) run already made its one undo record. */
  private undoGroupRecorded = false;

  constructor(readonly runtime: DoubleRuntime) {}

  get state(): WorkbookState {
    return this.runtime.state;
  }

  get debugInfo(): { pendingStatements: string[] } {
    return { pendingStatements: this.queue.map((op) => op.location) };
  }

  get pendingOperations(): number {
    return this.queue.length;
  }

  enqueue(op: QueuedOp): void {
    if (this.closed) {
      throw new ExcelDoubleError(
        "InvalidOperation",
        op.location,
        "this proxy's Excel.run batch has finished; objects cannot be used across Excel.run calls"
      );
    }
    this.queue.push(op);
  }

  /** Fails the batch at sync with ApiNotFound when the simulated host lacks the requirement set. */
  requireApi(version: string, location: string): void {
    if (compareVersions(this.runtime.maxExcelApi, version) < 0) {
      throw new ExcelDoubleError(
        "ApiNotFound",
        location,
        `needs ExcelApi ${version}, host supports ${this.runtime.maxExcelApi}`
      );
    }
  }

  close(): void {
    this.closed = true;
  }

  /**
   * Undo records. Excel.RunOptions.mergeUndoGroup: "When false, each context.sync() call creates an
   * undo record. When true, all context.sync() calls in a single Excel.run are merged into one undo
   * group." (https://learn.microsoft.com/javascript/api/excel/excel.runoptions). The page does not
   * say whether a sync that changes nothing (only loads) creates a record; the double counts a record
   * only for a sync that changed the workbook (cells, sheets, tables, names, charts, settings, custom
   * XML), not for loads, selection or sheet activation, which Excel's Undo list does not hold either.
   */
  private recordUndo(changed: boolean): void {
    if (!changed) return;
    if (this.mergeUndoGroup) {
      if (this.undoGroupRecorded) return;
      this.undoGroupRecorded = true;
    }
    this.runtime.undoRecords++;
  }

  async sync(): Promise<void> {
    // Real syncs are round trips: nothing runs until the caller yields.
    await Promise.resolve();
    const { cellEdit } = this.runtime;
    if (cellEdit.active && this.delayForCellEdit) await cellEdit.untilLeft();
    const ops = this.queue;
    this.queue = [];
    this.syncCount++;
    const record: SyncRecord = {
      index: this.runtime.syncLog.length,
      operations: ops.length,
      requestBytes: 0,
      responseBytes: 0,
      changed: false,
    };
    this.runtime.syncLog.push(record);
    const fault = takeFault(this.runtime);
    record.requestBytes = ops.reduce((sum, op) => sum + op.requestBytes, 0);
    this.refuseUnsent(record);
    this.state.begin();
    const commits = this.runOperations(ops, fault, record);
    const { limits, state } = this.runtime;
    if (record.responseBytes > limits.payloadLimitBytes) {
      state.rollback();
      record.error = "ResponsePayloadSizeLimitExceeded";
      throw new ExcelDoubleError(
        "ResponsePayloadSizeLimitExceeded",
        "RequestContext.sync",
        `response of about ${record.responseBytes} bytes exceeds ${limits.payloadLimitBytes}`
      );
    }
    this.settle(record);
    commits.forEach((commit) => commit());
  }

  /** Batches refused before anything runs: in cell-edit mode (a fault due now is spent), or too large. */
  private refuseUnsent(record: SyncRecord): void {
    const { cellEdit, limits } = this.runtime;
    if (cellEdit.active) {
      record.error = "InvalidOperationInCellEditMode";
      throw new ExcelDoubleError(
        "InvalidOperationInCellEditMode",
        "RequestContext.sync",
        "the user is editing a cell and the run did not ask for delayForCellEdit"
      );
    }
    if (record.requestBytes > limits.payloadLimitBytes) {
      record.error = "RequestPayloadSizeLimitExceeded";
      throw new ExcelDoubleError(
        "RequestPayloadSizeLimitExceeded",
        "RequestContext.sync",
        `request of about ${record.requestBytes} bytes exceeds ${limits.payloadLimitBytes}`
      );
    }
  }

  /**
   * Runs the operations in order; returns what each load publishes if the sync succeeds.
   * Like Excel, operations before a failing one stay applied; the rest are dropped and no loaded
   * values are delivered (the response is the error). An injected fault fails the same way.
   * Microsoft's example under OfficeExtension.Error.traceMessages: a batch "successfully inserts
   * the third and fourth paragraphs but fails in the call to insert the fifth", and the inserted
   * paragraphs stay (https://learn.microsoft.com/javascript/api/office/officeextension.error).
   */
  private runOperations(
    ops: QueuedOp[],
    fault: PendingFault | undefined,
    record: SyncRecord
  ): (() => void)[] {
    const commits: (() => void)[] = [];
    for (let i = 0; i < ops.length; i++) {
      const op = ops[i];
      if (fault && i >= fault.afterOperations) break;
      try {
        const result = op.run();
        // A header cell written by this operation renames its table column (references follow).
        this.state.afterOperation();
        if (result) {
          record.responseBytes += result.responseBytes;
          if (result.commit) commits.push(result.commit);
        }
      } catch (error) {
        this.fail(
          record,
          error instanceof ExcelDoubleError
            ? error
            : new ExcelDoubleError("GeneralException", op.location, String(error))
        );
      }
    }
    if (fault) {
      record.injected = true;
      const at = ops[fault.afterOperations]?.location ?? "RequestContext.sync";
      this.fail(
        record,
        new ExcelDoubleError(
          fault.code,
          at,
          `fault injected by the test after ${Math.min(fault.afterOperations, ops.length)} of ${ops.length} operations`
        )
      );
    }
    return commits;
  }

  /** Rejects the sync with `error`; what ran before it stays applied (and may make an undo record). */
  private fail(record: SyncRecord, error: ExcelDoubleError): never {
    this.settle(record);
    record.error = error.code;
    throw error;
  }

  /** Keeps what the sync's operations did: notes whether it changed the workbook, for Undo. */
  private settle(record: SyncRecord): void {
    record.changed = this.state.hasChanges();
    this.state.commit();
    this.recordUndo(record.changed);
  }
}
