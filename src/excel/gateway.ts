import type { Cell, MigrationMatrix, ProblemReason, TieringResult } from "../engine";
import type { AdapterMessage, SetupDamagedMessage } from "./adapterMessages";
import type { OutputLanguage, RunSetup, SourceRef } from "./runSetup";

/** What the pane shows about a source before reading it all. */
export interface SourceInfo {
  ref: SourceRef;
  /** Sheet-qualified address of the whole source including its header row, e.g. "Sales!A1:F2001". */
  address: string;
  sheetName: string;
  /** Data rows (header excluded). */
  rowCount: number;
  columnCount: number;
  header: Cell[];
  /**
   * False when the first row did not look like a header: then every row is data and `header`
   * holds generated names ("Column A", ...). Missing means true.
   */
  hasHeader?: boolean;
}

/** A source read in full, with what is needed to notice it changing before results are written. */
export interface SourceData {
  info: SourceInfo;
  /** Data rows without the header, as range.values gives them. */
  rows: Cell[][];
  /** Fingerprint of what was read (row count, header, values). */
  checksum: string;
  /**
   * Set when hidden rows were skipped: the 0-based sheet row of each entry of `rows`. Missing
   * means the rows are the source's data rows in order, none skipped.
   */
  rowNumbers?: number[];
  /** Whether hidden/filtered rows were included when reading (missing means true). */
  includeHiddenRows?: boolean;
}

export interface ReadOptions {
  onProgress?: (rowsRead: number, rowsTotal: number) => void;
  /** Checked between blocks. */
  signal?: AbortSignal;
}

/** A problem cell as the user sees it. */
export interface ProblemCell {
  /** Sheet-qualified A1 address, e.g. "Sales!D17". */
  address: string;
  value: Cell;
  reason: ProblemReason;
}

/** One of the add-in's outputs, in the order they are written. */
export type OutputKind = "tierColumn" | "summarySheet" | "customersSheet" | "setup";

export interface ApplySuccess {
  ok: true;
  tierColumnAddress: string;
  summarySheetName: string;
  customersSheetName?: string;
  charts: string[];
  problems: ProblemCell[];
  /**
   * What Excel's Undo takes back: "one-step" when the whole write is one undo record
   * (Excel.RunOptions.mergeUndoGroup, ExcelApi 1.20), else "per-request": each of `requests`
   * requests is its own record.
   */
  undo: "one-step" | "per-request";
  requests: number;
}

export interface ApplyFailure {
  ok: false;
  reason:
    | "occupied"
    | "source-changed"
    | "not-found"
    | "cancelled"
    | "failed"
    | "busy"
    | "no-data"
    | "invalid-setup"
    | "partial"
    | "cell-edit";
  /** What to tell the user, naming the range or cell concerned (src/i18n puts it into words). */
  message: AdapterMessage;
  /** For "occupied": the range the add-in did not write (or that changed since it wrote it). */
  address?: string;
  /** For "occupied": why ("edited" = the user changed cells inside the add-in's own output). */
  conflict?: "occupied" | "edited" | "formatted" | "sheet-taken";
  /** For "partial": the outputs written in full before Excel rejected a write, and the one cut short. */
  written?: { kind: OutputKind; where: string }[];
  interrupted?: { kind: OutputKind; where: string };
}

export type ApplyOutcome = ApplySuccess | ApplyFailure;

/** How the period comparison is written (comparisonWriter.ts). */
export interface ComparisonWriteOptions {
  /** Language of the headings: the set-up's output language. */
  language: OutputLanguage;
  /** The sheet to write; default "CRM Comparison". */
  sheetName?: string;
  /** Write over cells the user changed inside the sheet's regions (the pane asks first). */
  overwrite?: boolean;
  signal?: AbortSignal;
}

export interface ComparisonSuccess {
  ok: true;
  sheetName: string;
  /** Sheet-qualified addresses of the two tables, header row included. */
  matrixAddress: string;
  moversAddress: string;
  /** Customers listed as movers (up, down, new, lost), one table row each. */
  movers: number;
  undo: "one-step" | "per-request";
  requests: number;
}

/** Failures have applyResult's shape: "occupied" with a conflict, "busy", "partial", ... */
export type ComparisonOutcome = ComparisonSuccess | ApplyFailure;

/**
 * Everything the pane and the ribbon command need from the workbook. src/excel implements it over
 * Excel.run (and the strict double in tests and the playground); nothing else touches Excel.
 */
export interface WorkbookGateway {
  /** The current selection, expanded to its table or to the data region around a single cell. */
  describeSelection(): Promise<SourceInfo>;
  /** Describes a remembered source (table by name or address). */
  describeSource(ref: SourceRef): Promise<SourceInfo>;
  /** Reads the source in blocks. */
  readSource(
    ref: SourceRef,
    options?: ReadOptions & { includeHiddenRows?: boolean }
  ): Promise<SourceData>;
  /**
   * Writes the tier column, summary sheet, customers sheet and charts, then saves `setup` in the
   * workbook. Never overwrites a non-empty cell the add-in did not write unless `overwrite` is
   * true (the pane asks the user first). Re-reads the source fingerprint first and stops if the
   * source changed since `data` was read.
   */
  applyResult(
    setup: RunSetup,
    data: SourceData,
    result: TieringResult,
    options?: { overwrite?: boolean; signal?: AbortSignal }
  ): Promise<ApplyOutcome>;
  /** Whether a write (from the pane or the ribbon) is running now. Optional for hand-written fakes. */
  isBusy?(): boolean;
  /** The problem cells of a result, with their sheet addresses. */
  problemCells(data: SourceData, result: TieringResult): ProblemCell[];
  /** Selects a cell or range (e.g. a problem cell the user clicked). */
  select(address: string): Promise<void>;
  loadSetup(): Promise<RunSetup | null>;
  /**
   * The workbook's culture name as Excel reports it ("en-GB"; Application.cultureInfo, ExcelApi
   * 1.11), or null where the host has no such API. Optional for hand-written fakes.
   */
  workbookCulture?(): Promise<string | null>;
  saveSetup(setup: RunSetup): Promise<void>;
  /**
   * Like loadSetup, but tells a damaged saved value apart from none (loadSetup returns null for
   * both). Optional so that hand-written fakes of this interface need not provide it.
   */
  inspectSetup?(): Promise<SavedSetupStatus>;
  /**
   * Writes a period comparison (the migration matrix and every mover) to the add-in's comparison
   * sheet, with applyResult's safety rules and run lock. Optional for hand-written fakes.
   */
  writeComparison?(
    comparison: MigrationMatrix,
    options: ComparisonWriteOptions
  ): Promise<ComparisonOutcome>;
}

/** What the workbook holds for the saved set-up. */
export type SavedSetupStatus =
  | { status: "none" }
  | { status: "ok"; setup: RunSetup }
  | {
      status: "corrupt";
      /** Always "setup-damaged". */
      code: "setup-damaged";
      /** Path of the first damaged field, e.g. "tiering.mapping.revenue"; "$" for the whole value. */
      field: string;
      /** What to tell the user: the adapter's "setupDamaged" message (the field and its problem). */
      message: SetupDamagedMessage;
    };
