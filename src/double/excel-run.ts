/**
 * Excel.run for the double: `run(batch)` and `run(options, batch)`, a fresh request context per
 * batch, what is still queued sent when the batch resolves, the context closed after it.
 */
import { ExcelDoubleError } from "./errors";
import { ProxyObject } from "./proxy-object";
import { RequestContextDouble } from "./request-context";
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

/** The `run` of a double whose contexts `createContext` makes (`doubleOf` gives the double behind one). */
export function excelRun(
  createContext: () => Excel.RequestContext,
  doubleOf: (context: Excel.RequestContext) => RequestContextDouble,
  maxExcelApi: string
): ExcelRun {
  const runBatch = async <T>(
    options: Excel.RunOptions,
    batch: (context: Excel.RequestContext) => Promise<T>
  ): Promise<T> => {
    const context = createContext();
    const ctx = doubleOf(context);
    ctx.mergeUndoGroup = options.mergeUndoGroup === true;
    ctx.delayForCellEdit = options.delayForCellEdit === true;
    try {
      const result = await batch(context);
      // Excel.run sends what is still queued when the batch resolves.
      if (ctx.pendingOperations > 0) await ctx.sync();
      return result;
    } finally {
      ctx.close();
    }
  };
  return (async (first: unknown, second?: unknown) => {
    if (typeof first === "function")
      return runBatch({}, first as (context: Excel.RequestContext) => Promise<unknown>);
    if (typeof second !== "function")
      throw new ExcelDoubleError("InvalidArgument", "Excel.run", "the last argument is the batch");
    const batch = second as (context: Excel.RequestContext) => Promise<unknown>;
    return runBatch(checkRunOptions(first, maxExcelApi), batch);
  }) as ExcelRun;
}

/**
 * Excel.RunOptions (https://learn.microsoft.com/javascript/api/excel/excel.runoptions):
 * - mergeUndoGroup — "[Api set: ExcelApi 1.20]": on an older host the run is rejected with
 *   ApiNotFound before the batch starts, whether the value is true or false (the page does not say
 *   what an older host does with the option; refusing it is the strict reading, so code must leave
 *   the option out where ExcelApi 1.20 is not supported);
 * - delayForCellEdit — honoured in cell-edit mode (enterCellEdit): a run without it fails each sync
 *   with InvalidOperationInCellEditMode, a run with it waits until leaveCellEdit (cell-edit.ts);
 * - session / previousObjects (OfficeExtension.RunOptions) and the Excel.run(object, batch) forms are
 *   not modelled (NotImplemented).
 */
function checkRunOptions(options: unknown, maxExcelApi: string): Excel.RunOptions {
  if (
    options instanceof ProxyObject ||
    Array.isArray(options) ||
    options instanceof RequestContextDouble
  )
    throw new ExcelDoubleError(
      "NotImplemented",
      "Excel.run",
      "Excel.run(object, batch) is not modelled by the Excel double"
    );
  if (typeof options !== "object" || options === null)
    throw new ExcelDoubleError("InvalidArgument", "Excel.run", "options must be an object");
  const o = options as Record<string, unknown>;
  for (const key of Object.keys(o)) {
    if (key === "mergeUndoGroup" || key === "delayForCellEdit") {
      if (o[key] !== undefined && typeof o[key] !== "boolean")
        throw new ExcelDoubleError("InvalidArgument", `RunOptions.${key}`, "expected a boolean");
    } else {
      throw new ExcelDoubleError(
        "NotImplemented",
        `RunOptions.${key}`,
        "not modelled by the Excel double"
      );
    }
  }
  if (o.mergeUndoGroup !== undefined && compareVersions(maxExcelApi, "1.20") < 0)
    throw new ExcelDoubleError(
      "ApiNotFound",
      "RunOptions.mergeUndoGroup",
      `needs ExcelApi 1.20, host supports ${maxExcelApi}`
    );
  return o as Excel.RunOptions;
}
