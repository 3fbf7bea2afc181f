/**
 * Entry point: a strict Excel double with an `Excel.run`-shaped `run`, a workbook state that can be
 * loaded from and snapshotted to JSON, sync counters, and the selection control a playground needs.
 *
 *   const excel = createExcelDouble({ sheets: [{ name: "Sales", values: [["Customer", "Revenue"], ["A", 10]] }] });
 *   await adapterFunction(excel.run);            // adapter typed against Excel.RequestContext
 *   expect(excel.snapshot().sheets[0].values).toEqual(...);
 */
import { parseAddress } from "./address";
import { CellEditMode } from "./cell-edit";
import { ExcelDoubleError } from "./errors";
import { ProxyObject } from "./proxy-object";
import {
  compareVersions,
  DEFAULT_LIMITS,
  type DoubleLimits,
  type DoubleRuntime,
  type FaultSpec,
  type PendingFault,
  RequestContextDouble,
  type SyncRecord,
} from "./request-context";
import { createRequirements, type RequirementsStub } from "./requirements";
import { selectAreas, splitAreas } from "./selection";
import type { WorkbookJson } from "./workbook-json";
import { loadWorkbook } from "./workbook-load";
import { workbookSnapshot } from "./workbook-snapshot";
import type { WorkbookState } from "./workbook-state";
import { applicationDouble, WorkbookDouble } from "./workbook";

/**
 * The shape of Excel.run that adapters should accept by injection: `run(batch)` and
 * `run(options, batch)` with Excel.RunOptions (https://learn.microsoft.com/javascript/api/excel/excel.run).
 * The real `Excel.run` is assignable to it.
 */
export interface ExcelRun {
  <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  <T>(options: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

export interface ExcelDoubleOptions {
  /** Highest ExcelApi requirement set of the simulated host (default "1.17"). */
  maxExcelApi?: string;
  /**
   * Which Excel to play (default "desktop"). "web" adds the limits Microsoft documents for Excel
   * on the web only, such as OperationCellsExceedLimit for TableColumnCollection.add.
   */
  platform?: "desktop" | "web";
  limits?: Partial<DoubleLimits>;
  /** Throw NotImplemented on API members the double does not model (default true). */
  strictUnknownMembers?: boolean;
}

export interface ExcelDouble {
  /** Like Excel.run: a fresh request context per batch; pending operations are synced when the batch ends. */
  run: ExcelRun;
  /** A new request context on the same workbook, for code that takes a context rather than `run`. */
  createContext(): Excel.RequestContext;
  /** The underlying double context of an Excel.RequestContext created here (for assertions). */
  inspect(context: Excel.RequestContext): RequestContextDouble;
  /** Office.context.requirements stand-in agreeing with maxExcelApi. */
  requirements: RequirementsStub;
  /** Total syncs across all contexts. */
  readonly syncCount: number;
  /** One record per sync: operations, request/response bytes, error code if rejected, changed. */
  readonly syncLog: readonly SyncRecord[];
  /**
   * Undo records made so far: one per sync that changed the workbook, or one per
   * `run({ mergeUndoGroup: true }, ...)` for all its changing syncs.
   */
  readonly undoRecords: number;
  /**
   * Makes the `atSync`-th sync from now (1-based; every sync of every context counts) fail with
   * `code` (default "GeneralException") after running its first `afterOperations` (default 0) queued
   * operations: those stay applied, the rest are dropped, loaded values are not delivered. One fault
   * at a time (injecting while one is pending throws); it is consumed when it fires.
   */
  injectFault(fault: FaultSpec): void;
  clearFault(): void;
  /** The fault still waiting to fire, if any (undefined once it has fired or been cleared). */
  readonly pendingFault: Readonly<PendingFault> | undefined;
  loadWorkbook(json: WorkbookJson): void;
  snapshot(): WorkbookJson;
  /**
   * Selects a range like a user would ("Sales!B2:D40", or local to the active sheet); several
   * areas separated by commas ("Sales!A1:B5, Sales!D1:D5", one sheet) make a Ctrl+click selection.
   */
  select(address: string): void;
  /** The user starts typing in a cell: syncs fail with InvalidOperationInCellEditMode (cell-edit.ts). */
  enterCellEdit(): void;
  /** The user presses Enter or Esc: delayed syncs (delayForCellEdit: true) run now. */
  leaveCellEdit(): void;
  readonly inCellEdit: boolean;
  readonly state: WorkbookState;
}

export const EMPTY_WORKBOOK: WorkbookJson = { sheets: [{ name: "Sheet1" }] };

export function createExcelDouble(
  workbook: WorkbookJson = EMPTY_WORKBOOK,
  options: ExcelDoubleOptions = {}
): ExcelDouble {
  const maxExcelApi = options.maxExcelApi ?? "1.17";
  const runtime: DoubleRuntime = {
    state: loadWorkbook(workbook),
    limits: { ...DEFAULT_LIMITS, ...options.limits },
    maxExcelApi,
    platform: options.platform ?? "desktop",
    strictUnknownMembers: options.strictUnknownMembers ?? true,
    syncLog: [],
    undoRecords: 0,
    fault: undefined,
    cellEdit: new CellEditMode(),
  };
  const doubles = new WeakMap<object, RequestContextDouble>();

  const createContext = (): Excel.RequestContext => {
    const ctx = new RequestContextDouble(runtime);
    ctx.workbook = new WorkbookDouble(ctx);
    ctx.application = applicationDouble();
    const context = ctx as unknown as Excel.RequestContext;
    doubles.set(context, ctx);
    return context;
  };

  const runBatch = async <T>(
    options: Excel.RunOptions,
    batch: (context: Excel.RequestContext) => Promise<T>
  ): Promise<T> => {
    const context = createContext();
    const ctx = doubles.get(context)!;
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

  const run = (async (first: unknown, second?: unknown) => {
    if (typeof first === "function")
      return runBatch({}, first as (context: Excel.RequestContext) => Promise<unknown>);
    if (typeof second !== "function")
      throw new ExcelDoubleError("InvalidArgument", "Excel.run", "the last argument is the batch");
    const batch = second as (context: Excel.RequestContext) => Promise<unknown>;
    return runBatch(checkRunOptions(first, maxExcelApi), batch);
  }) as ExcelRun;

  return {
    run,
    createContext,
    inspect(context) {
      const ctx = doubles.get(context);
      if (!ctx) throw new Error("Not a context of this Excel double");
      return ctx;
    },
    requirements: createRequirements({ ExcelApi: maxExcelApi }),
    get syncCount() {
      return runtime.syncLog.length;
    },
    get syncLog() {
      return runtime.syncLog;
    },
    get undoRecords() {
      return runtime.undoRecords;
    },
    injectFault({ atSync, afterOperations = 0, code = "GeneralException" }) {
      if (runtime.fault)
        throw new Error("A fault is already pending; call clearFault() before injecting another");
      if (!Number.isInteger(atSync) || atSync < 1)
        throw new Error(`injectFault: atSync must be an integer ≥ 1, got ${atSync}`);
      if (!Number.isInteger(afterOperations) || afterOperations < 0)
        throw new Error(
          `injectFault: afterOperations must be an integer ≥ 0, got ${afterOperations}`
        );
      runtime.fault = { syncsLeft: atSync, afterOperations, code };
    },
    clearFault() {
      runtime.fault = undefined;
    },
    get pendingFault() {
      return runtime.fault ? { ...runtime.fault } : undefined;
    },
    loadWorkbook(json) {
      runtime.state = loadWorkbook(json);
      runtime.syncLog.length = 0;
      runtime.undoRecords = 0;
      runtime.fault = undefined;
    },
    snapshot() {
      return workbookSnapshot(runtime.state);
    },
    select(address) {
      const state = runtime.state;
      const active = state.sheet(state.activeSheetId, "select");
      const refs = splitAreas(address).map((area) => {
        parseAddress(area);
        return state.resolveAddress(area, active, "select");
      });
      if (refs.length === 0) parseAddress(address);
      if (refs.some((ref) => ref.sheetId !== refs[0].sheetId))
        throw new ExcelDoubleError("InvalidArgument", "select", "areas on different sheets");
      if (state.sheet(refs[0].sheetId, "select").visibility !== "Visible")
        throw new ExcelDoubleError("InvalidOperation", "select", "hidden sheet");
      selectAreas(state, refs);
    },
    enterCellEdit() {
      runtime.cellEdit.enter();
    },
    leaveCellEdit() {
      runtime.cellEdit.leave();
    },
    get inCellEdit() {
      return runtime.cellEdit.active;
    },
    get state() {
      return runtime.state;
    },
  };
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
