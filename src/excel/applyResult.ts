/**
 * Writing a result: plan everything first (applyPlan.ts: source unchanged, targets free, names and
 * formats valid), then write the outputs one after the other — tier column, summary sheet,
 * customers sheet, then the saved set-up — in as few requests as the request limit allows.
 * A plan that fails changes nothing. If Excel rejects a write part-way, the outcome says which
 * outputs were written in full and which one was cut short; the hidden names and the outputs record
 * then mark the cut-short one as "writing", so the next run rewrites it as its own.
 */
import type { TieringResult } from "../engine";
import { adapterMessage, excelRejection } from "./adapterMessages";
import { planWrite, type WritePlan } from "./applyPlan";
import { BatchWriter } from "./batchWriter";
import { writeCustomersSheet } from "./customersSheetWriter";
import { failureBeforeWriting } from "./planFailure";
import type { ExcelApiLevel } from "./excelRun";
import type { ApplyOutcome, OutputKind, SourceData } from "./gateway";
import { OWNED_NAMES, type OwnedKey } from "./ownedRanges";
import { regionGrid } from "./ownedSheetWriter";
import type { RunSetup } from "./runSetup";
import { queueSaveSetup } from "./setupStore";
import { writeSummarySheet } from "./summarySheetWriter";
import { writeTierColumn } from "./tierColumnWriter";
import { printRegion, queueSaveRecord, type RegionKey } from "./writtenRegions";
import { sameSheet } from "./a1";

export interface ApplyOptions {
  overwrite?: boolean;
  signal?: AbortSignal;
  /** Time stamp written to the summary (tests pass a fixed one). */
  now?: () => Date;
  /** Whether this Excel.run merges its requests into one undo record (set by the gateway). */
  undoMerged?: boolean;
}

export async function applyResultIn(
  context: Excel.RequestContext,
  api: ExcelApiLevel,
  setup: RunSetup,
  data: SourceData,
  result: TieringResult,
  options: ApplyOptions = {}
): Promise<ApplyOutcome> {
  let planned: Awaited<ReturnType<typeof planWrite>>;
  try {
    planned = await planWrite({
      context,
      api,
      setup,
      data,
      result,
      overwrite: options.overwrite === true,
      signal: options.signal,
      now: options.now?.() ?? new Date(),
    });
  } catch (error) {
    return failureBeforeWriting(error);
  }
  if (!planned.ok) return planned.failure;
  return write(context, api, setup, data, result, planned.plan, options.undoMerged === true);
}

async function write(
  context: Excel.RequestContext,
  api: ExcelApiLevel,
  setup: RunSetup,
  data: SourceData,
  result: TieringResult,
  plan: WritePlan,
  undoMerged: boolean
): Promise<ApplyOutcome> {
  const writer = new BatchWriter(context);
  const record = plan.record;
  const written: { kind: OutputKind; where: string }[] = [];
  let current: { kind: OutputKind; where: string } | undefined;
  const start = (kind: OutputKind, where: string, regions: RegionKey[]) => {
    current = { kind, where };
    return () => {
      for (const key of regions) record.regions[key] = "writing";
      queueSaveRecord(context, record);
    };
  };
  const finish = async () => {
    await writer.flush();
    if (current) written.push(current);
    current = undefined;
  };
  try {
    // 1. The tier column.
    const tierMark = start("tierColumn", plan.tierColumnAddress, ["tierColumn"]);
    const tierWritten = await writeTierColumn(
      context,
      writer,
      setup,
      plan.tierCells,
      plan.tier,
      plan.owned,
      tierMark
    );
    await finish();
    record.regions.tierColumn = printRegion(tierWritten, 1);

    // 2. The summary sheet.
    const summaryRegions = plan.summary.spec.regions.map((r) => r.key);
    const summaryMark = start("summarySheet", plan.summary.sheet.name, [
      ...summaryRegions,
      ...(plan.summary.spec.retired ?? []),
    ]);
    const charts = await writeSummarySheet(
      context,
      writer,
      api,
      plan.summary,
      plan.layout,
      plan.text,
      plan.owned,
      summaryMark
    );
    await finish();
    for (const region of plan.summary.spec.regions)
      record.regions[region.key] = printRegion(
        regionGrid(region.rect, plan.summary.spec.blocks),
        region.rect.colCount
      );
    for (const key of plan.summary.spec.retired ?? []) delete record.regions[key];
    record.sheets = { ...record.sheets, summary: plan.summary.sheet.name };

    // 3. The customers sheet.
    let customersSheetName: string | undefined;
    if (plan.customers) {
      const customers = plan.customers;
      const mark = start("customersSheet", customers.sheet.name, ["customersData"]);
      await writeCustomersSheet(context, writer, api, customers, plan.owned, mark);
      await finish();
      const region = customers.spec.regions[0];
      record.regions.customersData = printRegion(
        regionGrid(region.rect, customers.spec.blocks),
        region.rect.colCount
      );
      record.sheets = { ...record.sheets, customers: customers.sheet.name };
      customersSheetName = customers.sheet.name;
    }

    // 4. The set-up, the outputs record, and the hidden names of sheets the user took over.
    current = { kind: "setup", where: "" };
    await writer.add(
      JSON.stringify(setup).length * 3 + JSON.stringify(record).length + 1000,
      () => {
        dropReleasedNames(context, plan, customersSheetName !== undefined);
        if (!plan.customers && record.sheets?.customers) {
          delete record.regions.customersData;
          delete record.sheets.customers;
        }
        queueSaveRecord(context, record);
        queueSaveSetup(context, {
          ...setup,
          lastRun: {
            at: plan.runAt.toISOString(),
            sourceAddress: data.info.address,
            header: data.info.header.map((h) => (h === undefined ? null : h)),
            tierColumnAddress: plan.tierColumnAddress,
            summarySheetName: plan.summary.sheet.name,
            customersSheetName,
            customers: result.customers.count,
          },
        });
      }
    );
    await finish();
    return {
      ok: true,
      tierColumnAddress: plan.tierColumnAddress,
      summarySheetName: plan.summary.sheet.name,
      customersSheetName,
      charts,
      problems: plan.problems,
      undo: undoMerged ? "one-step" : "per-request",
      requests: writer.syncs,
    };
  } catch (error) {
    // Excel keeps the operations of a request that ran before the one that failed, so even a
    // failure in the first request may have written something: always say what.
    return {
      ok: false,
      reason: "partial",
      written,
      interrupted: current,
      message: adapterMessage("partial", {
        ...excelRejection(error),
        written,
        ...(current ? { interrupted: current } : {}),
      }),
    };
  }
}

/** Drops the add-in's hidden names that point into sheets the user renamed (now theirs). */
function dropReleasedNames(
  context: Excel.RequestContext,
  plan: WritePlan,
  customersWritten: boolean
) {
  const keys: OwnedKey[] = [
    "summarySheet",
    "summaryReport",
    "summaryChartData",
    "customersSheet",
    "customersData",
  ];
  for (const sheet of plan.released) {
    for (const key of keys) {
      const rect = plan.owned[key].rect;
      if (!rect || !sameSheet(rect.sheet, sheet)) continue;
      // Names the summary or customers write re-pointed already are the new sheet's.
      const repointed =
        key.startsWith("summary") || (customersWritten && key.startsWith("customers"));
      if (!repointed) context.workbook.names.getItem(OWNED_NAMES[key]).delete();
    }
  }
}
