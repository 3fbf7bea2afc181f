/**
 * Home > CRM Pyramid > Refresh tiers: replays the set-up saved in the workbook without the pane.
 * No set-up (or a damaged one) → opens the pane. Otherwise reads the source, runs the engine and
 * writes WITHOUT overwriting (an occupied target stops the run with a message naming the range),
 * then reports success or the failure through `notify`.
 */
import type { Cell, TieringResult, TieringSetup } from "../engine";
import type { SavedSetupStatus, WorkbookGateway } from "../excel/gateway";

export type NoticeKind = "success" | "error" | "info";

export interface RefreshDeps {
  gateway: WorkbookGateway;
  runEngine(rows: Cell[][], setup: TieringSetup): TieringResult | Promise<TieringResult>;
  notify(message: string, kind: NoticeKind): void | Promise<void>;
  showPane(): Promise<void>;
}

export type RefreshOutcome =
  | { status: "no-setup" }
  | { status: "corrupt-setup"; message: string }
  | { status: "done"; message: string; tierColumnAddress: string; customers: number }
  | { status: "failed"; message: string };

async function savedSetup(gateway: WorkbookGateway): Promise<SavedSetupStatus> {
  if (gateway.inspectSetup) return gateway.inspectSetup();
  const setup = await gateway.loadSetup();
  return setup ? { status: "ok", setup } : { status: "none" };
}

function sameHeader(a: readonly Cell[], b: readonly Cell[]): boolean {
  return a.length === b.length && a.every((cell, i) => (cell ?? null) === (b[i] ?? null));
}

export async function refreshTiers(deps: RefreshDeps): Promise<RefreshOutcome> {
  const { gateway, notify } = deps;
  const fail = async (message: string): Promise<RefreshOutcome> => {
    await notify(message, "error");
    return { status: "failed", message };
  };
  let saved: SavedSetupStatus;
  try {
    saved = await savedSetup(gateway);
  } catch (error) {
    return fail(`Refresh tiers could not read the saved set-up: ${describe(error)}`);
  }
  if (saved.status === "none") {
    await deps.showPane();
    return { status: "no-setup" };
  }
  if (saved.status === "corrupt") {
    await notify(saved.message, "error");
    await deps.showPane();
    return { status: "corrupt-setup", message: saved.message };
  }
  const setup = saved.setup;
  try {
    const data = await gateway.readSource(setup.source, {
      includeHiddenRows: setup.includeHiddenRows,
    });
    const header = setup.lastRun?.header;
    if (header && !sameHeader(header, data.info.header)) {
      return fail(
        `The columns of ${data.info.address} changed since tiers were set up, so the saved column mapping may be wrong. Open the CRM Pyramid pane to check the mapping and apply again.`
      );
    }
    const result = await deps.runEngine(data.rows, setup.tiering);
    const outcome = await gateway.applyResult(setup, data, result, { overwrite: false });
    if (!outcome.ok) return fail(`Tiers were not refreshed. ${outcome.message}`);
    const customers = result.customers.count;
    const message = `Tiers refreshed: ${customers.toLocaleString("en-US")} customers, written to ${outcome.tierColumnAddress} and the sheet "${outcome.summarySheetName}".`;
    await notify(message, "success");
    return { status: "done", message, tierColumnAddress: outcome.tierColumnAddress, customers };
  } catch (error) {
    return fail(`Tiers were not refreshed: ${describe(error)}`);
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
