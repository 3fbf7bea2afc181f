/**
 * Planning a write: everything that will be written is decided, and every target checked, before
 * the first write is queued. A plan that fails returns a reason and the workbook is exactly as it
 * was. Only reads happen here; the plan is plain data that applyWrite.ts executes.
 */
import type { TieringResult } from "../engine";
import { adapterMessage } from "./adapterMessages";
import { sheetAddress } from "./a1";
import type { WriteCell } from "./batchWriter";
import { chartNamesFor } from "./chartWriter";
import { customersSpec, CUSTOMERS_TABLE_NAME, isTransactionLevel } from "./customersSheetWriter";
import { throwIfAborted } from "./excelErrors";
import type { ExcelApiLevel } from "./excelRun";
import type { ApplyFailure, ProblemCell, SourceData } from "./gateway";
import { loadOwned, type OwnedOutputs } from "./ownedRanges";
import { decideOutputNames, queueTierHeader } from "./outputNames";
import { planOwnedSheet, type SheetPlan } from "./ownedSheets";
import { type OwnedSheetPlan, planOwnedSheetWrite } from "./ownedSheetWriter";
import { planFailure } from "./planFailure";
import { problemCells } from "./problemAddresses";
import { sourceChangeReason } from "./readSource";
import type { LastRun, RunSetup } from "./runSetup";
import { setupProblem } from "./setupChecks";
import { currencyNumberFormat, DEFAULT_CURRENCY } from "../i18n/currency";
import { sheetText, type SheetText } from "../i18n/sheetText";
import { summaryLayout, type SummaryLayout } from "./summaryLayout";
import { summarySpec, SUMMARY_CHART_NAMES, TIER_TABLE_NAME } from "./summarySheetWriter";
import type { PlanResult } from "./targetConflicts";
import { planTierColumn, tierCells, type TierColumnPlan } from "./tierColumnWriter";
import { loadRecord, type OutputsRecord } from "./writtenRegions";

export { numberFormatProblem } from "./setupChecks";

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
  problems: ProblemCell[];
  /** The charts on the summary sheet once it is written. */
  chartNames: string[];
  /** The set-up as given, and the last run saved with it once everything is written. */
  setup: RunSetup;
  lastRun: LastRun;
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

export type Planned = { ok: true; plan: WritePlan } | { ok: false; failure: ApplyFailure };

const fail = planFailure;

function conflictFailure<P>(plan: Exclude<PlanResult<P>, { ok: true }>) {
  return fail("occupied", plan.message, { address: plan.address, conflict: plan.conflict });
}

/** What stops a write before any target is looked at: no tiers, a bad set-up, a changed source. */
async function precheck(input: PlanInputs): Promise<Planned | undefined> {
  const { context, setup, data, result, signal } = input;
  throwIfAborted(signal);
  if (result.customers.count === 0 || result.tiers.length === 0)
    return fail("no-data", adapterMessage("noData", { address: data.info.address }), {
      address: data.info.address,
    });
  const invalid = setupProblem(setup);
  if (invalid) return fail("invalid-setup", invalid);
  const changed = await sourceChangeReason(context, data, setup.tiering.mapping, signal);
  if (changed) return fail("source-changed", changed, { address: data.info.address });
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

interface OutputSheets {
  summary: SheetPlan;
  /** Undefined: no customers sheet this run. */
  customers?: SheetPlan;
  released: string[];
  /** The add-in's sheets as they are named now (before this run renames them). */
  ownSheets: string[];
}

/**
 * Which sheets the summary and the customers table go to. Customer-level data: the customers
 * sheet is kept up to date if the add-in has one, never created.
 */
async function planOutputSheets(
  input: PlanInputs,
  owned: OwnedOutputs,
  record: OutputsRecord
): Promise<{ ok: true; sheets: OutputSheets } | { ok: false; failure: ApplyFailure }> {
  const { context, setup, result, overwrite } = input;
  const all = context.workbook.worksheets.load("items/name");
  await context.sync();
  const existing = all.items.map((s) => s.name);
  const summary = planOwnedSheet(
    setup.output.summarySheetName,
    existing,
    owned.summarySheet,
    record.sheets?.summary,
    overwrite
  );
  if (!summary.ok) return conflictFailure(summary);
  const released: string[] = [];
  if (summary.plan.released) released.push(summary.plan.released);
  const customers = planOwnedSheet(
    setup.output.customersSheetName,
    [...existing.filter((n) => n !== summary.plan.renameFrom), summary.plan.name],
    owned.customersSheet,
    record.sheets?.customers,
    overwrite
  );
  const want = isTransactionLevel(result) || (customers.ok && customers.plan.existing);
  if (want && !customers.ok) return conflictFailure(customers);
  if (customers.ok && customers.plan.released) released.push(customers.plan.released);
  const wanted = want && customers.ok ? customers.plan : undefined;
  const ownSheets = [summary.plan, ...(wanted ? [wanted] : [])]
    .filter((p) => p.existing)
    .map((p) => p.renameFrom ?? p.name);
  return { ok: true, sheets: { summary: summary.plan, customers: wanted, released, ownSheets } };
}

export async function planWrite(given: PlanInputs): Promise<Planned> {
  const stop = await precheck(given);
  if (stop) return stop;
  const owned = await loadOwned(given.context);
  const tierHeader = queueTierHeader(given.context, given.data, owned);
  const record = await loadRecord(given.context); // its sync loads the header too
  // The output names of the first Apply are kept (outputNames.ts); the plan saves them.
  const named = decideOutputNames({ setup: given.setup, owned, record, tierHeader });
  const input = { ...given, setup: named };
  const { context, setup, data, result, overwrite, signal } = input;
  const print = record.regions.tierColumn;
  const tier = await planTierColumn({ ...input, owned, print });
  if (!tier.ok) return conflictFailure(tier);
  const planned = await planOutputSheets(input, owned, record);
  if (!planned.ok) return planned;
  const { sheets } = planned;
  const names = [TIER_TABLE_NAME, CUSTOMERS_TABLE_NAME];
  const freeNames = await freeTableNames(context, names, sheets.ownSheets);
  const free = (name: string) => (freeNames[name] ? name : undefined);
  const text = sheetText(setup.output.language);
  // The set-up's currency, whatever the output language (issue 17).
  const currency =
    setup.output.currencyFormat ?? currencyNumberFormat(setup.output.currency ?? DEFAULT_CURRENCY);
  const tierColumnAddress = sheetAddress(tier.plan.target);
  const problems = problemCells(data, result);
  const layout = summaryLayout({
    text,
    currency,
    result,
    scheme: setup.tiering.scheme,
    sourceAddress: data.info.address,
    tierColumnAddress,
    runAt: input.now,
    problems,
    charts: setup.output.charts,
  });
  const common = { context, owned, record, overwrite, signal };
  const summary = await planOwnedSheetWrite({
    ...common,
    sheet: sheets.summary,
    spec: summarySpec(layout, free(TIER_TABLE_NAME)),
    chartNames: SUMMARY_CHART_NAMES,
  });
  if (!summary.ok) return conflictFailure(summary);
  let customers: OwnedSheetPlan | undefined;
  if (sheets.customers) {
    const spec = customersSpec(result, text, currency, free(CUSTOMERS_TABLE_NAME));
    const planned = await planOwnedSheetWrite({ ...common, sheet: sheets.customers, spec });
    if (!planned.ok) return conflictFailure(planned);
    customers = planned.plan;
  }
  throwIfAborted(signal);
  const lastRun: LastRun = {
    at: input.now.toISOString(),
    sourceAddress: data.info.address,
    header: data.info.header.map((h) => (h === undefined ? null : h)),
    tierColumnAddress,
    summarySheetName: summary.plan.sheet.name,
    customersSheetName: customers?.sheet.name,
    customers: result.customers.count,
  };
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
      released: sheets.released,
      text,
      problems,
      chartNames: chartNamesFor(layout),
      setup,
      lastRun,
    },
  };
}
