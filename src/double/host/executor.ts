/**
 * The request executor Microsoft's client calls on every `context.sync()`: the double's Excel host.
 * One call is one sync: it is counted and logged here, at the wire, with the real request body.
 *
 * Limits (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins):
 * "Excel on the web has a payload size limit for requests and responses of 5MB". The request and
 * response are JSON text (the client's `buildMessageArrayForIRequestExecutor` sends
 * `JSON.stringify(Body)`, `buildResponseOnSuccess` parses the reply), so both are measured as the
 * UTF-8 bytes of that JSON. A request over the limit is refused before anything runs; a response
 * over it is rolled back, so nothing from that batch is applied. The codes are the client's own
 * (`RichApiMessageUtility.buildResponseOnError`: RequestPayloadSizeLimitExceeded,
 * ResponsePayloadSizeLimitExceeded).
 */
import type { DoubleRuntime, SyncRecord } from "../double-runtime";
import { ExcelDoubleError } from "../errors";
import { takeFault } from "../faults";
import { utf8Length } from "../payload-size";
import { compareVersions } from "../requirements";
import type { HostEnv } from "./host-type";
import { runActions } from "./run-actions";
import type { HostSession } from "./session";
import {
  ACTION,
  DELAY_FOR_CELL_EDIT_FLAG,
  type RequestMessage,
  type ResponseMessage,
} from "./wire";

export interface RequestExecutor {
  executeAsync(
    customData: unknown,
    requestFlags: number,
    message: RequestMessage
  ): Promise<ResponseMessage>;
}

export function createExecutor(runtime: DoubleRuntime, session: HostSession): RequestExecutor {
  return {
    async executeAsync(_customData, requestFlags, message) {
      // A sync is a round trip: nothing runs until the caller yields.
      await Promise.resolve();
      if (runtime.cellEdit.active && requestFlags & DELAY_FOR_CELL_EDIT_FLAG)
        await runtime.cellEdit.untilLeft();
      return execute(runtime, session, message);
    },
  };
}

function execute(
  runtime: DoubleRuntime,
  session: HostSession,
  message: RequestMessage
): ResponseMessage {
  const record: SyncRecord = {
    index: runtime.syncLog.length,
    operations: 0,
    requestBytes: utf8Length(JSON.stringify(message.Body)),
    responseBytes: 0,
    changed: false,
  };
  if (isCleanup(message)) record.cleanup = true;
  runtime.syncLog.push(record);
  // An injected fault targets a request that does work, not the client's reference clean-up.
  const fault = record.cleanup ? undefined : takeFault(runtime);
  const { limits, state } = runtime;
  if (runtime.cellEdit.active) return refused(record, "InvalidOperationInCellEditMode");
  if (record.requestBytes > limits.payloadLimitBytes)
    return refused(record, "RequestPayloadSizeLimitExceeded");
  state.begin();
  const outcome = runActions(message.Body, hostEnv(runtime), session, fault);
  record.operations = outcome.counted;
  const error = outcome.error;
  const body = error
    ? {
        Error: {
          Code: error.error.code,
          Message: error.error.message,
          Location: error.error.debugInfo.errorLocation,
          ActionIndex: error.actionIndex,
          HttpStatusCode: 400,
        },
      }
    : { Results: outcome.results };
  const text = JSON.stringify(body);
  record.responseBytes = utf8Length(text);
  if (!error && record.responseBytes > limits.payloadLimitBytes) {
    state.rollback();
    return refused(record, "ResponsePayloadSizeLimitExceeded");
  }
  settle(runtime, session, record);
  if (error) {
    record.error = error.error.code;
    if (fault) record.injected = true;
  }
  return {
    HttpStatusCode: error ? 400 : 200,
    ErrorCode: "",
    ErrorMessage: "",
    Headers: {},
    Body: JSON.parse(text),
  };
}

/**
 * Excel.run's last request when the batch used tracked objects (ranges): the client releases the
 * references it asked the host to keep (`workbook._RemoveReference`, `_runCommon` in the client).
 * It is a real round trip, so it is counted and logged, marked `cleanup`.
 */
function isCleanup(message: RequestMessage): boolean {
  const actions = message.Body.Actions;
  return (
    actions.some((a) => a.Name === "_RemoveReference") &&
    actions.every((a) => a.ActionType === ACTION.instantiate || a.Name === "_RemoveReference")
  );
}

function hostEnv(runtime: DoubleRuntime): HostEnv {
  return {
    get state() {
      return runtime.state;
    },
    runtime,
    requireApi(version, location) {
      if (compareVersions(runtime.maxExcelApi, version) < 0)
        throw new ExcelDoubleError(
          "ApiNotFound",
          location,
          `needs ExcelApi ${version}, host supports ${runtime.maxExcelApi}`
        );
    },
  };
}

/** A request refused as a whole (the client turns ErrorCode into OfficeExtension.Error.code). */
function refused(record: SyncRecord, code: string): ResponseMessage {
  record.error = code;
  return { HttpStatusCode: 400, ErrorCode: code, ErrorMessage: code, Headers: {}, Body: null };
}

/**
 * Keeps what the sync did and counts undo records. Excel.RunOptions.mergeUndoGroup: "When false, each
 * context.sync() call creates an undo record. When true, all context.sync() calls in a single
 * Excel.run are merged into one undo group." (https://learn.microsoft.com/javascript/api/excel/excel.runoptions).
 * The page does not say whether a sync that changes nothing makes a record; the double counts one
 * only for a sync that changed the workbook (not loads, selection or sheet activation).
 */
function settle(runtime: DoubleRuntime, session: HostSession, record: SyncRecord): void {
  record.changed = runtime.state.hasChanges();
  runtime.state.commit();
  if (!record.changed) return;
  if (session.options.mergeUndoGroup) {
    if (session.undoGroupRecorded) return;
    session.undoGroupRecorded = true;
  }
  runtime.undoRecords++;
}
