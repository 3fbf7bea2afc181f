import type { Cell, MigrationMatrix, TieringResult } from "../../src/engine";
import type {
  ApplyOutcome,
  ComparisonOutcome,
  ComparisonWriteOptions,
  ProblemCell,
  ReadOptions,
  SavedSetupStatus,
  SourceData,
  SourceInfo,
  WorkbookGateway,
} from "../../src/excel/gateway";
import type { RunSetup, SourceRef } from "../../src/excel/runSetup";
import { adapterMessage } from "../../src/excel/adapterMessages";

const BUSY = adapterMessage("busy", {});

export interface FakeWorkbookOptions {
  sheetName?: string;
  header: Cell[];
  rows: Cell[][];
  /** describeSelection rejects with this message (or this error, e.g. one of the adapter's coded errors). */
  selectionError?: string | Error;
  /** readSource rejects with this message. */
  readError?: string;
  /** The first applyResult without overwrite answers "occupied" for this range. */
  occupied?: string;
  /** Why the occupied range is not free ("edited": the user changed the add-in's own cells). */
  conflict?: "occupied" | "edited" | "formatted";
  /** Every applyResult answers "busy" (another write is running). */
  busy?: boolean;
  /** Every applyResult answers "cell-edit" (the user is typing in a cell). */
  cellEdit?: boolean;
  /** What the success outcome says Undo takes back. */
  undo?: "one-step" | "per-request";
  /** applyResult waits for the signal to abort, then answers "cancelled". */
  waitForCancel?: boolean;
  savedSetup?: RunSetup | null;
  /** The saved set-up failed its check at this field (inspectSetup answers "corrupt"). */
  damagedField?: string;
  /** The first writeComparison without overwrite answers "occupied" ("edited") for this range. */
  comparisonEdited?: string;
  /** Every writeComparison answers "busy". */
  comparisonBusy?: boolean;
}

export interface ApplyCall {
  setup: RunSetup;
  data: SourceData;
  result: TieringResult;
  overwrite: boolean;
}

const letters = (index: number): string => {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
};

/**
 * An in-memory WorkbookGateway over one sheet whose data starts at A1 (header in row 1). It records
 * every apply and select so tests can check what the pane asked the workbook to do.
 */
export class FakeWorkbook implements WorkbookGateway {
  readonly applyCalls: ApplyCall[] = [];
  readonly selected: string[] = [];
  readonly readCalls: { ref: SourceRef; includeHiddenRows?: boolean }[] = [];
  readonly comparisonCalls: { matrix: MigrationMatrix; options: ComparisonWriteOptions }[] = [];
  options: FakeWorkbookOptions;

  constructor(options: FakeWorkbookOptions) {
    this.options = options;
  }

  get sheetName(): string {
    return this.options.sheetName ?? "Sales";
  }

  info(): SourceInfo {
    const { header, rows } = this.options;
    const address = `${this.sheetName}!A1:${letters(Math.max(0, header.length - 1))}${rows.length + 1}`;
    return {
      ref: { kind: "range", address },
      address,
      sheetName: this.sheetName,
      rowCount: rows.length,
      columnCount: header.length,
      header,
    };
  }

  async describeSelection(): Promise<SourceInfo> {
    const { selectionError } = this.options;
    if (selectionError)
      throw selectionError instanceof Error ? selectionError : new Error(selectionError);
    return this.info();
  }

  async describeSource(): Promise<SourceInfo> {
    return this.info();
  }

  async readSource(
    ref: SourceRef,
    options?: ReadOptions & { includeHiddenRows?: boolean }
  ): Promise<SourceData> {
    this.readCalls.push({ ref, includeHiddenRows: options?.includeHiddenRows });
    if (this.options.readError) throw new Error(this.options.readError);
    const rows = this.options.rows.map((row) => [...row]);
    options?.onProgress?.(rows.length, rows.length);
    return { info: this.info(), rows, checksum: `rows:${rows.length}` };
  }

  async applyResult(
    setup: RunSetup,
    data: SourceData,
    result: TieringResult,
    options?: { overwrite?: boolean; signal?: AbortSignal }
  ): Promise<ApplyOutcome> {
    const overwrite = options?.overwrite ?? false;
    this.applyCalls.push({ setup, data, result, overwrite });
    if (this.options.waitForCancel) {
      await new Promise<void>((resolve) =>
        options?.signal?.addEventListener("abort", () => resolve())
      );
      return { ok: false, reason: "cancelled", message: adapterMessage("cancelled", {}) };
    }
    if (this.options.busy) return { ok: false, reason: "busy", message: BUSY };
    if (this.options.cellEdit)
      return { ok: false, reason: "cell-edit", message: adapterMessage("cellEdit", {}) };
    if (this.options.occupied && !overwrite) {
      return {
        ok: false,
        reason: "occupied",
        message: adapterMessage("occupied", { address: this.options.occupied }),
        address: this.options.occupied,
        conflict: this.options.conflict,
      };
    }
    const column = letters(this.options.header.length);
    return {
      ok: true,
      tierColumnAddress: `${this.sheetName}!${column}1:${column}${data.rows.length + 1}`,
      summarySheetName: setup.output.summarySheetName,
      charts: ["Pyramid", "Pareto", "Whale curve"],
      problems: this.problemCells(data, result),
      undo: this.options.undo ?? "per-request",
      requests: 4,
    };
  }

  async writeComparison(
    matrix: MigrationMatrix,
    options: ComparisonWriteOptions
  ): Promise<ComparisonOutcome> {
    this.comparisonCalls.push({ matrix, options });
    if (this.options.comparisonBusy) return { ok: false, reason: "busy", message: BUSY };
    const edited = this.options.comparisonEdited;
    if (edited && !options.overwrite)
      return {
        ok: false,
        reason: "occupied",
        message: adapterMessage("edited", { address: edited }),
        address: edited,
        conflict: "edited",
      };
    const movers =
      matrix.movedUp.length +
      matrix.movedDown.length +
      matrix.newList.length +
      matrix.lostList.length;
    return {
      ok: true,
      sheetName: options.sheetName ?? "CRM Comparison",
      matrixAddress: "'CRM Comparison'!G14:M19",
      moversAddress: `'CRM Comparison'!A14:E${14 + movers}`,
      movers,
      undo: this.options.undo ?? "per-request",
      requests: 2,
    };
  }

  problemCells(_data: SourceData, result: TieringResult): ProblemCell[] {
    return result.problems.map((p) => ({
      address: `${this.sheetName}!${letters(p.column)}${p.row + 2}`,
      value: p.value,
      reason: p.reason,
    }));
  }

  async select(address: string): Promise<void> {
    this.selected.push(address);
  }

  async inspectSetup(): Promise<SavedSetupStatus> {
    if (this.options.damagedField !== undefined)
      return {
        status: "corrupt",
        code: "setup-damaged",
        field: this.options.damagedField,
        message: {
          code: "setupDamaged",
          params: { field: this.options.damagedField, problem: { code: "missing", params: {} } },
        },
      };
    const setup = this.options.savedSetup;
    return setup ? { status: "ok", setup } : { status: "none" };
  }

  async loadSetup(): Promise<RunSetup | null> {
    return this.options.savedSetup ?? null;
  }

  async saveSetup(setup: RunSetup): Promise<void> {
    this.options.savedSetup = setup;
  }
}
