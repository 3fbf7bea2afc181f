/**
 * Writing a result: check everything first (source unchanged, targets free), then write values and
 * formats in as few syncs as the request limit allows, then save the set-up. A check that fails
 * returns before the first write, so an "occupied" or "source-changed" outcome changes nothing.
 */
import type { TieringResult } from "../engine";
import { BatchWriter } from "./batchWriter";
import {
  isTransactionLevel,
  writeCustomersSheet,
  CUSTOMERS_TABLE_NAME,
} from "./customersSheetWriter";
import { errorMessage, isCancelled, SourceNotFoundError, throwIfAborted } from "./excelErrors";
import type { ExcelApiLevel } from "./excelRun";
import type { ApplyOutcome, SourceData } from "./gateway";
import { loadOwned, queueDropName } from "./ownedRanges";
import { planOwnedSheet, type SheetPlan } from "./ownedSheets";
import { problemCells } from "./problemAddresses";
import { sourceChangeReason } from "./readSource";
import type { RunSetup } from "./runSetup";
import { queueSaveSetup } from "./setupStore";
import { defaultCurrencyFormat, sheetText } from "./sheetText";
import { summaryLayout } from "./summaryLayout";
import { TIER_TABLE_NAME, writeSummarySheet } from "./summarySheetWriter";
import { planTierColumn, writeTierColumn } from "./tierColumnWriter";

export interface ApplyOptions {
  overwrite?: boolean;
  signal?: AbortSignal;
  /** Time stamp written to the summary (tests pass a fixed one). */
  now?: () => Date;
}

/** Table names in use, and the sheets that hold the ones we want. */
async function freeTableNames(
  context: Excel.RequestContext,
  names: string[],
  sheetsBeingReplaced: string[]
): Promise<Record<string, boolean>> {
  const items = names.map((name) => {
    const item = context.workbook.tables.getItemOrNullObject(name);
    item.load("name");
    return item;
  });
  await context.sync();
  const sheets = items.map((item) => {
    if (item.isNullObject) return undefined;
    const sheet = item.worksheet;
    sheet.load("name");
    return sheet;
  });
  if (sheets.some((s) => s)) await context.sync();
  const free: Record<string, boolean> = {};
  names.forEach((name, i) => {
    const sheet = sheets[i];
    free[name] =
      !sheet || sheetsBeingReplaced.some((s) => s.toLowerCase() === sheet.name.toLowerCase());
  });
  return free;
}

export async function applyResultIn(
  context: Excel.RequestContext,
  api: ExcelApiLevel,
  setup: RunSetup,
  data: SourceData,
  result: TieringResult,
  options: ApplyOptions = {}
): Promise<ApplyOutcome> {
  const overwrite = options.overwrite === true;
  try {
    throwIfAborted(options.signal);
    // 1. The source must still be what was read.
    const changed = await sourceChangeReason(
      context,
      data,
      setup.tiering.mapping,
      api,
      options.signal
    );
    if (changed)
      return {
        ok: false,
        reason: "source-changed",
        message: `${changed} Nothing was written: read the source again and re-run.`,
        address: data.info.address,
      };
    // 2. Targets: the tier column and the sheets, all checked before anything is written.
    const owned = await loadOwned(context);
    const tierPlan = await planTierColumn(context, setup, data, owned, overwrite);
    if (!tierPlan.ok)
      return {
        ok: false,
        reason: "occupied",
        address: tierPlan.address,
        message: tierPlan.message,
      };
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    const existing = sheets.items.map((s) => s.name);
    const summaryPlan = planOwnedSheet(
      setup.output.summarySheetName,
      existing,
      owned.summarySheet,
      overwrite
    );
    if (!summaryPlan.ok)
      return {
        ok: false,
        reason: "occupied",
        address: summaryPlan.address,
        message: summaryPlan.message,
      };
    const wantCustomers = isTransactionLevel(result);
    let customersPlan: SheetPlan | undefined;
    if (wantCustomers) {
      const plan = planOwnedSheet(
        setup.output.customersSheetName,
        [...existing, summaryPlan.plan.name],
        owned.customersSheet,
        overwrite
      );
      if (!plan.ok)
        return { ok: false, reason: "occupied", address: plan.address, message: plan.message };
      customersPlan = plan.plan;
    }
    const staleCustomers =
      !wantCustomers &&
      owned.customersSheet.rect &&
      existing.find((n) => n.toLowerCase() === owned.customersSheet.rect?.sheet.toLowerCase());
    const replaced = [summaryPlan.plan, customersPlan]
      .filter((p): p is SheetPlan => p !== undefined && p.replace)
      .map((p) => p.name);
    if (staleCustomers) replaced.push(staleCustomers);
    const freeNames = await freeTableNames(
      context,
      [TIER_TABLE_NAME, CUSTOMERS_TABLE_NAME],
      replaced
    );
    throwIfAborted(options.signal);

    // 3. Write.
    const writer = new BatchWriter(context);
    const text = sheetText(setup.output.language);
    const currency = setup.output.currencyFormat ?? defaultCurrencyFormat(setup.output.language);
    const tierColumnAddress = await writeTierColumn(
      context,
      writer,
      setup,
      data,
      result,
      tierPlan.plan,
      owned
    );
    const problems = problemCells(data, result);
    const runAt = (options.now?.() ?? new Date()).toISOString();
    const layout = summaryLayout({
      text,
      currency,
      result,
      scheme: setup.tiering.scheme,
      sourceAddress: data.info.address,
      tierColumnAddress,
      runAt,
      problems,
      charts: setup.output.charts,
      secondaryAxis: api.atLeast("1.8"),
    });
    const charts = await writeSummarySheet(
      context,
      writer,
      summaryPlan.plan,
      layout,
      text,
      api,
      owned,
      {
        tableName: freeNames[TIER_TABLE_NAME] ? TIER_TABLE_NAME : undefined,
        charts: setup.output.charts,
      }
    );
    let customersSheetName: string | undefined;
    if (customersPlan) {
      await writeCustomersSheet(
        context,
        writer,
        customersPlan,
        result,
        text,
        currency,
        api,
        owned,
        freeNames[CUSTOMERS_TABLE_NAME] ? CUSTOMERS_TABLE_NAME : undefined
      );
      customersSheetName = customersPlan.name;
    } else if (staleCustomers) {
      // An earlier run's customers sheet (the add-in's own) no longer applies.
      await writer.reserve(100);
      context.workbook.worksheets.getItem(staleCustomers).delete();
      queueDropName(context, owned, "customersSheet");
    }
    await writer.reserve(JSON.stringify(setup).length + 1000);
    queueSaveSetup(context, {
      ...setup,
      lastRun: {
        at: runAt,
        sourceAddress: data.info.address,
        header: data.info.header.map((h) => (h === undefined ? null : h)),
        tierColumnAddress,
        summarySheetName: summaryPlan.plan.name,
        customersSheetName,
        customers: result.customers.count,
      },
    });
    await writer.flush();
    return {
      ok: true,
      tierColumnAddress,
      summarySheetName: summaryPlan.plan.name,
      customersSheetName,
      charts,
      problems,
    };
  } catch (error) {
    if (isCancelled(error))
      return { ok: false, reason: "cancelled", message: "Cancelled: nothing was written." };
    if (error instanceof SourceNotFoundError)
      return { ok: false, reason: "not-found", message: error.message };
    return {
      ok: false,
      reason: "failed",
      message: `Writing the results failed: ${errorMessage(error)}`,
    };
  }
}
