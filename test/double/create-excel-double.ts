/**
 * Entry point: a strict Excel double with an `Excel.run`-shaped `run`, a workbook state that can be
 * loaded from and snapshotted to JSON, sync counters, and the selection control a playground needs.
 *
 *   const excel = createExcelDouble({ sheets: [{ name: "Sales", values: [["Customer", "Revenue"], ["A", 10]] }] });
 *   await adapterFunction(excel.run);            // adapter typed against Excel.RequestContext
 *   expect(excel.snapshot().sheets[0].values).toEqual(...);
 */
import { parseAddress } from "./address";
import { ExcelDoubleError } from "./errors";
import {
  DEFAULT_LIMITS,
  type DoubleLimits,
  type DoubleRuntime,
  RequestContextDouble,
  type SyncRecord,
} from "./request-context";
import { createRequirements, type RequirementsStub } from "./requirements";
import type { WorkbookJson } from "./workbook-json";
import { WorkbookState } from "./workbook-state";
import { applicationDouble, WorkbookDouble } from "./workbook";

/** The shape of Excel.run that adapters should accept by injection. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface ExcelDoubleOptions {
  /** Highest ExcelApi requirement set of the simulated host (default "1.17"). */
  maxExcelApi?: string;
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
  /** One record per sync: operations, estimated request/response bytes, error code if rejected. */
  readonly syncLog: readonly SyncRecord[];
  loadWorkbook(json: WorkbookJson): void;
  snapshot(): WorkbookJson;
  /** Selects a range like a user would ("Sales!B2:D40", or local to the active sheet). */
  select(address: string): void;
  readonly state: WorkbookState;
}

export const EMPTY_WORKBOOK: WorkbookJson = { sheets: [{ name: "Sheet1" }] };

export function createExcelDouble(
  workbook: WorkbookJson = EMPTY_WORKBOOK,
  options: ExcelDoubleOptions = {}
): ExcelDouble {
  const maxExcelApi = options.maxExcelApi ?? "1.17";
  const runtime: DoubleRuntime = {
    state: WorkbookState.fromJson(workbook),
    limits: { ...DEFAULT_LIMITS, ...options.limits },
    maxExcelApi,
    strictUnknownMembers: options.strictUnknownMembers ?? true,
    syncLog: [],
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

  const run: ExcelRun = async <T>(
    batch: (context: Excel.RequestContext) => Promise<T>
  ): Promise<T> => {
    const context = createContext();
    const ctx = doubles.get(context)!;
    try {
      const result = await batch(context);
      // Excel.run sends what is still queued when the batch resolves.
      if (ctx.pendingOperations > 0) await ctx.sync();
      return result;
    } finally {
      ctx.close();
    }
  };

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
    loadWorkbook(json) {
      runtime.state = WorkbookState.fromJson(json);
      runtime.syncLog.length = 0;
    },
    snapshot() {
      return runtime.state.toJson();
    },
    select(address) {
      const state = runtime.state;
      const active = state.sheet(state.activeSheetId, "select");
      parseAddress(address);
      const ref = state.resolveAddress(address, active, "select");
      if (state.sheet(ref.sheetId, "select").visibility !== "Visible")
        throw new ExcelDoubleError("InvalidOperation", "select", "hidden sheet");
      state.activeSheetId = ref.sheetId;
      state.selection = ref;
    },
    get state() {
      return runtime.state;
    },
  };
}
