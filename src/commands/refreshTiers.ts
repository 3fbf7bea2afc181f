/**
 * Home > CRM Pyramid > Refresh tiers: replays the set-up saved in the workbook without the pane.
 * No set-up (or a damaged one) → opens the pane. Otherwise reads the source, runs the engine and
 * writes WITHOUT overwriting (an occupied target stops the run with a message naming the range),
 * then reports success or the failure through `notify`.
 *
 * While it runs, an optional `notice` shows progress (rows read, then writing) and offers Cancel:
 * Cancel aborts the AbortSignal given to gateway.readSource and gateway.applyResult, which stop
 * between blocks.
 *
 * Every message is a code (ribbonNotice.ts), worded by the notice in the user's language.
 */
import type { Cell, ColumnMapping, TieringResult, TieringSetup } from "../engine";
import { sourceProblem } from "../excel/excelErrors";
import type { ApplyFailure, SavedSetupStatus, SourceInfo, WorkbookGateway } from "../excel/gateway";
import type { RunSetup } from "../excel/runSetup";
import { noticeKind, type NoticeKind, type RibbonNotice } from "./ribbonNotice";

export type { NoticeKind, RibbonNotice } from "./ribbonNotice";

/** What a running refresh is doing, as data (the notice page words it). */
export type RefreshStep =
  | { step: "reading"; rowsRead: number; rowsTotal: number }
  | { step: "tiering" }
  | { step: "writing" };

/** Progress and Cancel while a refresh runs (the ribbon's notice dialog; tests pass fakes). */
export interface RefreshNotice {
  /** The final message: success or why not. */
  notify(notice: RibbonNotice, kind: NoticeKind): void | Promise<void>;
  /** Shows what the refresh is doing now; the first call may open the notice. */
  progress?(step: RefreshStep): void;
  /** Gives the notice the function its Cancel button calls. */
  onCancel?(cancel: () => void): void;
}

export interface RefreshDeps {
  gateway: WorkbookGateway;
  runEngine(rows: Cell[][], setup: TieringSetup): TieringResult | Promise<TieringResult>;
  /** Progress, Cancel and the final message. */
  notice?: RefreshNotice;
  /** The final message only (when there is no `notice`). */
  notify?(notice: RibbonNotice, kind: NoticeKind): void | Promise<void>;
  showPane(): Promise<void>;
}

export type RefreshOutcome =
  | { status: "no-setup" }
  | { status: "corrupt-setup"; code: "setup-damaged"; field: string; notice: RibbonNotice }
  | { status: "done"; notice: RibbonNotice; tierColumnAddress: string; customers: number }
  | { status: "cancelled"; notice: RibbonNotice }
  | { status: "failed"; notice: RibbonNotice };

const CANCELLED: RibbonNotice = { code: "cancelled", params: {} };
const CELL_EDIT: RibbonNotice = { code: "cellEdit", params: {} };

/** The saved set-up, or why it could not be read. */
async function savedSetup(
  gateway: WorkbookGateway
): Promise<SavedSetupStatus | { status: "unreadable"; notice: RibbonNotice }> {
  try {
    if (gateway.inspectSetup) return await gateway.inspectSetup();
    const setup = await gateway.loadSetup();
    return setup ? { status: "ok", setup } : { status: "none" };
  } catch (error) {
    const notice: RibbonNotice = isCellEdit(error)
      ? CELL_EDIT
      : { code: "setupUnreadable", params: { error: describe(error) } };
    return { status: "unreadable", notice };
  }
}

function sameHeader(a: readonly Cell[], b: readonly Cell[]): boolean {
  return a.length === b.length && a.every((cell, i) => (cell ?? null) === (b[i] ?? null));
}

/** The first mapped column the source does not have, if any. */
function columnPastSource(
  mapping: ColumnMapping,
  columnCount: number
): [string, number] | undefined {
  return Object.entries(mapping).find(
    (entry): entry is [string, number] => typeof entry[1] === "number" && entry[1] >= columnCount
  );
}

/** Why the source read does not fit the saved set-up any more, if it does not. */
function sourceMismatch(setup: RunSetup, info: SourceInfo): RibbonNotice | undefined {
  const header = setup.lastRun?.header;
  if (header && !sameHeader(header, info.header))
    return { code: "headerChanged", params: { address: info.address } };
  const past = columnPastSource(setup.tiering.mapping, info.columnCount);
  if (!past) return undefined;
  const [field, column] = past;
  return {
    code: "mappingPastSource",
    params: {
      field: `tiering.mapping.${field}`,
      column: column + 1,
      address: info.address,
      columnCount: info.columnCount,
    },
  };
}

/** The writer's refusal: it says what, if anything, it had written when Cancel stopped it. */
function writeFailure(outcome: ApplyFailure): RibbonNotice {
  if (outcome.reason === "cancelled")
    return { code: "writeCancelled", params: { adapter: outcome.message } };
  if (outcome.reason === "cell-edit") return CELL_EDIT;
  return { code: "writeFailed", params: { adapter: outcome.message } };
}

function thrownNotice(error: unknown): RibbonNotice {
  if (isAbort(error)) return CANCELLED;
  if (isCellEdit(error)) return CELL_EDIT;
  return { code: "failed", params: { error: describe(error) } };
}

/** Reads, tiers and writes; the notice to end with (the success one carries what was written). */
async function readTierWrite(
  deps: RefreshDeps,
  notice: RefreshNotice,
  setup: RunSetup,
  signal: AbortSignal
): Promise<RibbonNotice> {
  const { gateway } = deps;
  try {
    notice.progress?.({ step: "reading", rowsRead: 0, rowsTotal: 0 });
    const data = await gateway.readSource(setup.source, {
      includeHiddenRows: setup.includeHiddenRows,
      signal,
      onProgress: (rowsRead, rowsTotal) =>
        notice.progress?.({ step: "reading", rowsRead, rowsTotal }),
    });
    if (signal.aborted) return CANCELLED;
    const mismatch = sourceMismatch(setup, data.info);
    if (mismatch) return mismatch;
    notice.progress?.({ step: "tiering" });
    const result = await deps.runEngine(data.rows, setup.tiering);
    if (signal.aborted) return CANCELLED;
    notice.progress?.({ step: "writing" });
    const outcome = await gateway.applyResult(setup, data, result, { overwrite: false, signal });
    if (!outcome.ok) return writeFailure(outcome);
    const { tierColumnAddress, summarySheetName } = outcome;
    const customers = result.customers.count;
    return { code: "refreshed", params: { customers, tierColumnAddress, summarySheetName } };
  } catch (error) {
    return thrownNotice(error);
  }
}

function outcomeOf(notice: RibbonNotice): RefreshOutcome {
  if (notice.code === "refreshed") {
    const { tierColumnAddress, customers } = notice.params;
    return { status: "done", notice, tierColumnAddress, customers };
  }
  return noticeKind(notice) === "info"
    ? { status: "cancelled", notice }
    : { status: "failed", notice };
}

export async function refreshTiers(deps: RefreshDeps): Promise<RefreshOutcome> {
  const notice: RefreshNotice = deps.notice ?? { notify: deps.notify ?? (() => undefined) };
  const finish = async (message: RibbonNotice): Promise<RefreshOutcome> => {
    await notice.notify(message, noticeKind(message));
    return outcomeOf(message);
  };
  const saved = await savedSetup(deps.gateway);
  if (saved.status === "unreadable") return finish(saved.notice);
  if (saved.status === "none") {
    await deps.showPane();
    return { status: "no-setup" };
  }
  if (saved.status === "corrupt") {
    const damaged: RibbonNotice = { code: "setupDamaged", params: { adapter: saved.message } };
    await notice.notify(damaged, "error");
    await deps.showPane();
    return { status: "corrupt-setup", code: saved.code, field: saved.field, notice: damaged };
  }
  const controller = new AbortController();
  notice.onCancel?.(() => controller.abort());
  return finish(await readTierWrite(deps, notice, saved.setup, controller.signal));
}

function isAbort(error: unknown): boolean {
  return error instanceof Error && error.name === "AbortError";
}

/** Excel refuses every request while the user is typing in a cell (InvalidOperationInCellEditMode). */
function isCellEdit(error: unknown): boolean {
  return sourceProblem(error)?.code === "cellEditMode";
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
