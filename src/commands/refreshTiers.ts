/**
 * Home > CRM Pyramid > Refresh tiers: replays the set-up saved in the workbook without the pane.
 * No set-up (or a damaged one) → opens the pane. Otherwise reads the source, runs the engine and
 * writes WITHOUT overwriting (an occupied target stops the run with a message naming the range),
 * then reports success or the failure through `notify`.
 *
 * While it runs, an optional `notice` shows progress (rows read, then writing) and offers Cancel:
 * Cancel aborts the AbortSignal given to gateway.readSource and gateway.applyResult, which stop
 * between blocks.
 */
import type { Cell, ColumnMapping, TieringResult, TieringSetup } from "../engine";
import { sourceProblem } from "../excel/excelErrors";
import type { SavedSetupStatus, WorkbookGateway } from "../excel/gateway";
import { messagesFor } from "../i18n";

export type NoticeKind = "success" | "error" | "info";

/** What a running refresh is doing, as data (the notice page words it). */
export type RefreshStep =
  | { step: "reading"; rowsRead: number; rowsTotal: number }
  | { step: "tiering" }
  | { step: "writing" };

/** Progress and Cancel while a refresh runs (the ribbon's notice dialog; tests pass fakes). */
export interface RefreshNotice {
  /** The final message: success or why not. */
  notify(message: string, kind: NoticeKind): void | Promise<void>;
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
  notify?(message: string, kind: NoticeKind): void | Promise<void>;
  showPane(): Promise<void>;
}

export type RefreshOutcome =
  | { status: "no-setup" }
  | { status: "corrupt-setup"; code: "setup-damaged"; field: string; message: string }
  | { status: "done"; message: string; tierColumnAddress: string; customers: number }
  | { status: "cancelled"; message: string }
  | { status: "failed"; message: string };

async function savedSetup(gateway: WorkbookGateway): Promise<SavedSetupStatus> {
  if (gateway.inspectSetup) return gateway.inspectSetup();
  const setup = await gateway.loadSetup();
  return setup ? { status: "ok", setup } : { status: "none" };
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

function isAbort(error: unknown): boolean {
  return error instanceof Error && error.name === "AbortError";
}

const CANCELLED = "Refresh cancelled: nothing was written.";

export async function refreshTiers(deps: RefreshDeps): Promise<RefreshOutcome> {
  const { gateway } = deps;
  const notice: RefreshNotice = deps.notice ?? { notify: deps.notify ?? (() => undefined) };
  const notify = (message: string, kind: NoticeKind) => notice.notify(message, kind);
  const fail = async (message: string): Promise<RefreshOutcome> => {
    await notify(message, "error");
    return { status: "failed", message };
  };
  let saved: SavedSetupStatus;
  try {
    saved = await savedSetup(gateway);
  } catch (error) {
    const editing = cellEditText(error);
    if (editing) return fail(`Tiers were not refreshed. ${editing}`);
    return fail(`Refresh tiers could not read the saved set-up: ${describe(error)}`);
  }
  if (saved.status === "none") {
    await deps.showPane();
    return { status: "no-setup" };
  }
  if (saved.status === "corrupt") {
    await notify(saved.message, "error");
    await deps.showPane();
    return {
      status: "corrupt-setup",
      code: saved.code,
      field: saved.field,
      message: saved.message,
    };
  }
  const setup = saved.setup;
  const controller = new AbortController();
  const { signal } = controller;
  notice.onCancel?.(() => controller.abort());
  const cancelled = async (message = CANCELLED): Promise<RefreshOutcome> => {
    await notify(message, "info");
    return { status: "cancelled", message };
  };
  try {
    notice.progress?.({ step: "reading", rowsRead: 0, rowsTotal: 0 });
    const data = await gateway.readSource(setup.source, {
      includeHiddenRows: setup.includeHiddenRows,
      signal,
      onProgress: (rowsRead, rowsTotal) =>
        notice.progress?.({ step: "reading", rowsRead, rowsTotal }),
    });
    if (signal.aborted) return cancelled();
    const header = setup.lastRun?.header;
    if (header && !sameHeader(header, data.info.header)) {
      return fail(
        `The columns of ${data.info.address} changed since tiers were set up, so the saved column mapping may be wrong. Open the CRM Pyramid pane to check the mapping and apply again.`
      );
    }
    const past = columnPastSource(setup.tiering.mapping, data.info.columnCount);
    if (past) {
      return fail(
        `Tiers were not refreshed: the saved set-up maps tiering.mapping.${past[0]} to column ${past[1] + 1}, but ${data.info.address} has ${data.info.columnCount} columns. Open the CRM Pyramid pane to check the mapping and apply again.`
      );
    }
    notice.progress?.({ step: "tiering" });
    const result = await deps.runEngine(data.rows, setup.tiering);
    if (signal.aborted) return cancelled();
    notice.progress?.({ step: "writing" });
    const outcome = await gateway.applyResult(setup, data, result, { overwrite: false, signal });
    if (!outcome.ok) {
      // The writer says what, if anything, it had written when Cancel stopped it.
      if (outcome.reason === "cancelled") return cancelled(outcome.message);
      if (outcome.reason === "cell-edit")
        return fail(`Tiers were not refreshed. ${messagesFor("en-US").cellEditMode}`);
      return fail(`Tiers were not refreshed. ${outcome.message}`);
    }
    const customers = result.customers.count;
    const message = `Tiers refreshed: ${customers.toLocaleString("en-US")} customers, written to ${outcome.tierColumnAddress} and the sheet "${outcome.summarySheetName}".`;
    await notify(message, "success");
    return { status: "done", message, tierColumnAddress: outcome.tierColumnAddress, customers };
  } catch (error) {
    if (isAbort(error)) return cancelled();
    const editing = cellEditText(error);
    if (editing) return fail(`Tiers were not refreshed. ${editing}`);
    return fail(`Tiers were not refreshed: ${describe(error)}`);
  }
}

/**
 * Excel refuses every request while the user is typing in a cell (InvalidOperationInCellEditMode):
 * say how to get out of it. English, like the command's other messages.
 */
function cellEditText(error: unknown): string | undefined {
  return sourceProblem(error)?.code === "cellEditMode"
    ? messagesFor("en-US").cellEditMode
    : undefined;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
