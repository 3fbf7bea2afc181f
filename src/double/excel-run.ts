/**
 * Excel.run for the double: Microsoft's own `Excel.run` with a session whose executor is the double's
 * host, so batching, loads, `isNullObject` and the context's lifetime are Microsoft's code.
 */
import type { DoubleRuntime } from "./double-runtime";
import { ExcelDoubleError } from "./errors";
import { createExecutor } from "./host/executor";
import { HostSession } from "./host/session";
import { hostSession, officeClient } from "./office-client";
import { compareVersions } from "./requirements";

/**
 * The shape of Excel.run that adapters should accept by injection: `run(batch)` and
 * `run(options, batch)` with Excel.RunOptions (https://learn.microsoft.com/javascript/api/excel/excel.run).
 * The real `Excel.run` is assignable to it.
 */
export interface ExcelRun {
  <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  <T>(options: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

type Batch = (context: Excel.RequestContext) => Promise<unknown>;

export function excelRun(runtime: DoubleRuntime): ExcelRun {
  return (async (first: unknown, second?: unknown) => {
    if (typeof first === "function") return runBatch(runtime, {}, first as Batch);
    if (typeof second !== "function")
      throw new ExcelDoubleError("InvalidArgument", "Excel.run", "the last argument is the batch");
    return runBatch(runtime, checkRunOptions(first, runtime.maxExcelApi), second as Batch);
  }) as ExcelRun;
}

function runBatch(
  runtime: DoubleRuntime,
  options: Excel.RunOptions,
  batch: Batch
): Promise<unknown> {
  const session = new HostSession({ mergeUndoGroup: options.mergeUndoGroup === true });
  const { Excel } = officeClient();
  const runOptions = {
    ...(options.delayForCellEdit === undefined
      ? {}
      : { delayForCellEdit: options.delayForCellEdit }),
    session: hostSession(createExecutor(runtime, session)),
  };
  return Excel.run(runOptions as Excel.RunOptions, batch);
}

/** A context outside Excel.run, for code that takes a context (it is never closed). */
export function createRequestContext(runtime: DoubleRuntime): Excel.RequestContext {
  const { Excel } = officeClient();
  const session = new HostSession({ mergeUndoGroup: false });
  return new Excel.RequestContext(
    hostSession(createExecutor(runtime, session)) as unknown as string
  );
}

/**
 * Excel.RunOptions (https://learn.microsoft.com/javascript/api/excel/excel.runoptions):
 * - mergeUndoGroup — "[Api set: ExcelApi 1.20]": on an older host the run is rejected with
 *   ApiNotFound before the batch starts, whether the value is true or false (the page does not say
 *   what an older host does with the option; refusing it is the strict reading). Microsoft's pinned
 *   client 1.1.110 does not send the option on the wire at all, so the double's run hands it to its
 *   host session itself;
 * - delayForCellEdit — passed to Microsoft's Excel.run, which sets request flag 64 (cell-edit.ts);
 * - session / previousObjects (OfficeExtension.RunOptions) and the Excel.run(object, batch) forms are
 *   not modelled (NotImplemented): the double's run owns the session.
 */
function checkRunOptions(options: unknown, maxExcelApi: string): Excel.RunOptions {
  if (typeof options !== "object" || options === null || Array.isArray(options))
    throw new ExcelDoubleError("InvalidArgument", "Excel.run", "options must be an object");
  if (Object.getPrototypeOf(options) !== Object.prototype)
    throw new ExcelDoubleError(
      "NotImplemented",
      "Excel.run",
      "Excel.run(object, batch) is not modelled by the Excel double"
    );
  const o = options as Record<string, unknown>;
  for (const key of Object.keys(o)) {
    if (key !== "mergeUndoGroup" && key !== "delayForCellEdit")
      throw new ExcelDoubleError(
        "NotImplemented",
        `RunOptions.${key}`,
        "not modelled by the Excel double"
      );
    if (o[key] !== undefined && typeof o[key] !== "boolean")
      throw new ExcelDoubleError("InvalidArgument", `RunOptions.${key}`, "expected a boolean");
  }
  if (o.mergeUndoGroup !== undefined && compareVersions(maxExcelApi, "1.20") < 0)
    throw new ExcelDoubleError(
      "ApiNotFound",
      "RunOptions.mergeUndoGroup",
      `needs ExcelApi 1.20, host supports ${maxExcelApi}`
    );
  return o as Excel.RunOptions;
}
