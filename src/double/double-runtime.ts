/**
 * What every request context of one double shares: the workbook state, the limits, the API level,
 * the sync log, undo records, a pending fault and cell-edit mode.
 */
import type { CellEditMode } from "./cell-edit";
import type { PendingFault } from "./faults";
import type { WorkbookState } from "./workbook-state";

export interface SyncRecord {
  index: number;
  operations: number;
  requestBytes: number;
  responseBytes: number;
  /** Error code when the sync was rejected. */
  error?: string;
  /** True when the error was injected with `injectFault`. */
  injected?: boolean;
  /** True when the sync changed the workbook (what leaves something for Undo to take back). */
  changed: boolean;
  /**
   * True for the request Microsoft's client sends when an Excel.run ends, to release the objects it
   * kept (host/executor.ts): a round trip, but no work of the batch. Faults never target it.
   */
  cleanup?: boolean;
}

export interface DoubleLimits {
  /** Request and response payload limit per sync, bytes. Excel on the web: 5MB. */
  payloadLimitBytes: number;
  /** Most cells one read may return. */
  readCellLimit: number;
}

export const DEFAULT_LIMITS: DoubleLimits = {
  payloadLimitBytes: 5 * 1024 * 1024,
  readCellLimit: 5_000_000,
};

/** Shared by every context of one double: the state, the limits, the counters and the API level. */
export interface DoubleRuntime {
  state: WorkbookState;
  limits: DoubleLimits;
  /** Highest ExcelApi requirement set the simulated host supports, e.g. "1.12". */
  maxExcelApi: string;
  /** Which Excel the double plays: limits documented for Excel on the web apply on "web" only. */
  platform: "desktop" | "web";
  syncLog: SyncRecord[];
  /** Undo records the user would find in Excel's Undo list (host/executor.ts). */
  undoRecords: number;
  fault: PendingFault | undefined;
  /** Whether the user is editing a cell (cell-edit.ts). */
  cellEdit: CellEditMode;
}
