/**
 * Entry point: a strict Excel double with an `Excel.run`-shaped `run`, a workbook state that can be
 * loaded from and snapshotted to JSON, sync counters, and the selection control a playground needs.
 *
 *   const excel = createExcelDouble({ sheets: [{ name: "Sales", values: [["Customer", "Revenue"], ["A", 10]] }] });
 *   await adapterFunction(excel.run);            // adapter typed against Excel.RequestContext
 *   expect(excel.snapshot().sheets[0].values).toEqual(...);
 */
import { CellEditMode } from "./cell-edit";
import {
  DEFAULT_LIMITS,
  type DoubleLimits,
  type DoubleRuntime,
  type SyncRecord,
} from "./double-runtime";
import { createRequestContext, excelRun, type ExcelRun } from "./excel-run";
import { type FaultSpec, injectFault, type PendingFault } from "./faults";
import { createRequirements, type RequirementsStub } from "./requirements";
import { selectAsUser } from "./selection";
import type { WorkbookJson } from "./workbook-json";
import { loadWorkbook } from "./workbook-load";
import { workbookSnapshot } from "./workbook-snapshot";
import type { WorkbookState } from "./workbook-state";

export type { ExcelRun } from "./excel-run";

export interface ExcelDoubleOptions {
  /** Highest ExcelApi requirement set of the simulated host (default "1.17"). */
  maxExcelApi?: string;
  /**
   * Which Excel to play (default "desktop"). "web" adds the limits Microsoft documents for Excel
   * on the web only, such as OperationCellsExceedLimit for TableColumnCollection.add.
   */
  platform?: "desktop" | "web";
  limits?: Partial<DoubleLimits>;
}

export interface ExcelDouble {
  /** Microsoft's Excel.run, its requests executed by this double's host. */
  run: ExcelRun;
  /** A new Microsoft request context on the same workbook, for code that takes a context. */
  createContext(): Excel.RequestContext;
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
    syncLog: [],
    undoRecords: 0,
    fault: undefined,
    cellEdit: new CellEditMode(),
  };
  return withRuntime(runtime, {
    run: excelRun(runtime),
    createContext: () => createRequestContext(runtime),
    requirements: createRequirements({ ExcelApi: maxExcelApi }),
  });
}

/** The ExcelDouble: `parts` and the members that read or drive the shared runtime (live getters). */
function withRuntime(
  runtime: DoubleRuntime,
  parts: Pick<ExcelDouble, "run" | "createContext" | "requirements">
): ExcelDouble {
  return {
    ...parts,
    get syncCount() {
      return runtime.syncLog.length;
    },
    get syncLog() {
      return runtime.syncLog;
    },
    get undoRecords() {
      return runtime.undoRecords;
    },
    injectFault: (fault) => injectFault(runtime, fault),
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
    snapshot: () => workbookSnapshot(runtime.state),
    select: (address) => selectAsUser(runtime.state, address),
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
