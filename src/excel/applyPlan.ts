/**
 * Planning a write: everything that will be written is decided, and every target checked, before
 * the first write is queued. A plan that fails returns a reason and the workbook is exactly as it
 * was. Only reads happen here.
 */
import type { TieringResult } from "../engine";
import { type AdapterMessage, adapterMessage, type NumberFormatProblem } from "./adapterMessages";
import { sheetAddress } from "./a1";
import { customersSpec, CUSTOMERS_TABLE_NAME, isTransactionLevel } from "./customersSheetWriter";
import { throwIfAborted } from "./excelErrors";
import type { ExcelApiLevel } from "./excelRun";
import type { ApplyFailure, ProblemCell, SourceData } from "./gateway";
import { loadOwned, type OwnedOutputs } from "./ownedRanges";
import { planOwnedSheet, sheetNameProblem } from "./ownedSheets";
import { type OwnedSheetPlan, planOwnedSheetWrite } from "./ownedSheetWriter";
import { problemCells } from "./problemAddresses";
import { sourceChangeReason } from "./readSource";
import type { RunSetup } from "./runSetup";
import { defaultCurrencyFormat, sheetText, type SheetText } from "./sheetText";
import { summaryLayout, type SummaryLayout } from "./summaryLayout";
import { summarySpec, SUMMARY_CHART_NAMES, TIER_TABLE_NAME } from "./summarySheetWriter";
import {
  planTierColumn,
  type PlanResult,
  tierCells,
  type TierColumnPlan,
} from "./tierColumnWriter";
import type { WriteCell } from "./batchWriter";
import { loadRecord, type OutputsRecord } from "./writtenRegions";
import { planFailure } from "./planFailure";

export interface WritePlan {
  owned: OwnedOutputs;
  record: OutputsRecord;
  tier: TierColumnPlan;
  tierCells: WriteCell[][];
  tierColumnAddress: string;
  summary: OwnedSheetPlan;
  layout: SummaryLayout;
  customers?: OwnedSheetPlan;
  /** The add-in's sheets that the user renamed: only the add-in's hidden names there are dropped. */
  released: string[];
  text: SheetText;
  runAt: Date;
  problems: ProblemCell[];
}

export interface PlanInputs {
  context: Excel.RequestContext;
  api: ExcelApiLevel;
  setup: RunSetup;
  data: SourceData;
  result: TieringResult;
  overwrite: boolean;
  signal?: AbortSignal;
  now: Date;
}

const fail = planFailure;

function conflictFailure<P>(plan: Exclude<PlanResult<P>, { ok: true }>) {
  return fail("occupied", plan.message, { address: plan.address, conflict: plan.conflict });
}

/** A number format Excel would reject: unbalanced quotes or brackets, or more than 4 sections. */
export function numberFormatProblem(format: string): NumberFormatProblem | undefined {
  if (format.length === 0 || format.length > 255) return "length";
  const unquoted = format.replace(/"[^"]*"/g, "").replace(/\\./g, "");
  if (unquoted.includes('"')) return "unclosedQuote";
  const open = (unquoted.match(/\[/g) ?? []).length;
  if (open !== (unquoted.match(/]/g) ?? []).length) return "unclosedBracket";
  if (unquoted.split(";").length > 4) return "tooManySections";
  return undefined;
}

/** Set-up values Excel would reject part-way through a write. */
function setupProblem(setup: RunSetup): AdapterMessage | undefined {
  const out = setup.output;
  for (const [sheet, name] of [
    ["summary", out.summarySheetName],
    ["customers", out.customersSheetName],
  ] as const) {
    const problem = sheetNameProblem(name);
    if (problem) return adapterMessage("badSheetName", { sheet, name, problem });
  }
  if (out.tierColumnName.trim() === "" || out.tierColumnName.length > 255)
    return adapterMessage("badTierColumnName", {});
  if (out.currencyFormat !== undefined) {
    const problem = numberFormatProblem(out.currencyFormat);
    if (problem)
      return adapterMessage("badCurrencyFormat", { format: out.currencyFormat, problem });
  }
  return undefined;
}

/** Table names in use, and whether each is free for the sheet that wants it. */
async function freeTableNames(
  context: Excel.RequestContext,
  names: string[],
  ownSheets: string[]
): Promise<Record<string, boolean>> {
  const items = names.map((name) => context.workbook.tables.getItemOrNullObject(name).load("name"));
  await context.sync();
  const sheets = items.map((item) => (item.isNullObject ? undefined : item.worksheet.load("name")));
  if (sheets.some((s) => s)) await context.sync();
  const free: Record<string, boolean> = {};
  names.forEach((name, i) => {
    const sheet = sheets[i];
    free[name] = !sheet || ownSheets.some((s) => s.toLowerCase() === sheet.name.toLowerCase());
  });
  return free;
}

export async function planWrite(
  input: PlanInputs
): Promise<{ ok: true; plan: WritePlan } | { ok: false; failure: ApplyFailure }> {
  const { context, api, setup, data, result, overwrite, signal } = input;
  throwIfAborted(signal);
  if (result.customers.count === 0 || result.tiers.length === 0)
    return fail("no-data", adapterMessage("noData", { address: data.info.address }), {
      address: data.info.address,
    });
  const invalid = setupProblem(setup);
  if (invalid) return fail("invalid-setup", invalid);
  const changed = await sourceChangeReason(context, data, setup.tiering.mapping, signal);
  if (changed) return fail("source-changed", changed, { address: data.info.address });
  const owned = await loadOwned(context);
  const record = await loadRecord(context);
  const tier = await planTierColumn({
    context,
    api,
    setup,
    data,
    result,
    owned,
    print: record.regions.tierColumn,
    overwrite,
    signal,
  });
  if (!tier.ok) return conflictFailure(tier);
  const sheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  const existing = sheets.items.map((s) => s.name);
  const summarySheet = planOwnedSheet(
    setup.output.summarySheetName,
    existing,
    owned.summarySheet,
    record.sheets?.summary,
    overwrite
  );
  if (!summarySheet.ok) return conflictFailure(summarySheet);
  const released: string[] = [];
  if (summarySheet.plan.released) released.push(summarySheet.plan.released);
  const customersSheet = planOwnedSheet(
    setup.output.customersSheetName,
    [...existing.filter((n) => n !== summarySheet.plan.renameFrom), summarySheet.plan.name],
    owned.customersSheet,
    record.sheets?.customers,
    overwrite
  );
  // Customer-level data: the customers sheet is kept up to date if the add-in has one, never created.
  const wantCustomers =
    isTransactionLevel(result) || (customersSheet.ok && customersSheet.plan.existing);
  if (wantCustomers && !customersSheet.ok) return conflictFailure(customersSheet);
  if (customersSheet.ok && customersSheet.plan.released)
    released.push(customersSheet.plan.released);
  const ownSheets = [
    summarySheet.plan,
    ...(wantCustomers && customersSheet.ok ? [customersSheet.plan] : []),
  ]
    .filter((p) => p.existing)
    .map((p) => p.renameFrom ?? p.name);
  const freeNames = await freeTableNames(
    context,
    [TIER_TABLE_NAME, CUSTOMERS_TABLE_NAME],
    ownSheets
  );
  const text = sheetText(setup.output.language);
  const currency = setup.output.currencyFormat ?? defaultCurrencyFormat(setup.output.language);
  const tierColumnAddress = sheetAddress(tier.plan.target);
  const problems = problemCells(data, result);
  const layout = summaryLayout({
    text,
    currency,
    result,
    scheme: setup.tiering.scheme,
    sourceAddress: data.info.address,
    tierColumnAddress,
    runAt: input.now.toISOString(),
    problems,
    charts: setup.output.charts,
  });
  const summary = await planOwnedSheetWrite({
    context,
    api,
    sheet: summarySheet.plan,
    spec: summarySpec(layout, freeNames[TIER_TABLE_NAME] ? TIER_TABLE_NAME : undefined),
    owned,
    record,
    chartNames: SUMMARY_CHART_NAMES,
    overwrite,
    signal,
  });
  if (!summary.ok) return conflictFailure(summary);
  let customers: OwnedSheetPlan | undefined;
  if (wantCustomers && customersSheet.ok) {
    const tableName = freeNames[CUSTOMERS_TABLE_NAME] ? CUSTOMERS_TABLE_NAME : undefined;
    const planned = await planOwnedSheetWrite({
      context,
      api,
      sheet: customersSheet.plan,
      spec: customersSpec(result, text, currency, tableName),
      owned,
      record,
      overwrite,
      signal,
    });
    if (!planned.ok) return conflictFailure(planned);
    customers = planned.plan;
  }
  throwIfAborted(signal);
  return {
    ok: true,
    plan: {
      owned,
      record,
      tier: tier.plan,
      tierCells: tierCells(data, result),
      tierColumnAddress,
      summary: summary.plan,
      layout,
      customers,
      released,
      text,
      runAt: input.now,
      problems,
    },
  };
}
