/**
 * Executing a write plan (applyPlan.ts): one step per output, in order. Each step marks its
 * regions "writing" in its first request, writes, and is recorded once Excel has taken all of it.
 * If Excel rejects a write part-way, the outcome says which outputs were written in full and which
 * one was cut short; the hidden names and the outputs record then mark the cut-short one as
 * "writing", so the next run rewrites it as its own.
 */
import { sameSheet } from "./a1";
import { adapterMessage, excelRejection, type OutputRef } from "./adapterMessages";
import type { WritePlan } from "./applyPlan";
import type { BatchWriter } from "./batchWriter";
import { writeCustomersSheet } from "./customersSheetWriter";
import type { ApplyOutcome, OutputKind } from "./gateway";
import { OWNED_NAMES, type OwnedKey } from "./ownedRanges";
import { type OwnedSheetPlan, regionGrid } from "./ownedSheetWriter";
import { queueSaveSetup } from "./setupStore";
import { writeSummarySheet } from "./summarySheetWriter";
import { writeTierColumn } from "./tierColumnWriter";
import type { WriteContext } from "./writeContext";
import { printRegion, queueSaveRecord, type RegionKey } from "./writtenRegions";

type Base = Omit<WriteContext, "owned" | "markWriting">;

/** One output: what it is, the regions it marks, its writes, and what the record says after. */
interface OutputStep {
  kind: OutputKind;
  where: string;
  regions: RegionKey[];
  /** Queues the output's writes; returns how to record it once it is written in full. */
  write(ctx: WriteContext): Promise<() => void>;
}

export async function writePlan(
  base: Base,
  plan: WritePlan,
  undoMerged: boolean
): Promise<ApplyOutcome> {
  const { context, writer } = base;
  const ctx = { ...base, owned: plan.owned };
  const written: OutputRef[] = [];
  let current: OutputRef | undefined;
  try {
    for (const step of outputSteps(plan)) {
      current = { kind: step.kind, where: step.where };
      const markWriting = () => {
        for (const key of step.regions) plan.record.regions[key] = "writing";
        queueSaveRecord(context, plan.record);
      };
      const record = await step.write({ ...ctx, markWriting });
      await writer.flush();
      written.push(current);
      current = undefined;
      record();
    }
    return success(plan, undoMerged, writer);
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

function success(plan: WritePlan, undoMerged: boolean, writer: BatchWriter): ApplyOutcome {
  return {
    ok: true,
    tierColumnAddress: plan.tierColumnAddress,
    summarySheetName: plan.summary.sheet.name,
    customersSheetName: plan.customers?.sheet.name,
    charts: plan.chartNames,
    problems: plan.problems,
    undo: undoMerged ? "one-step" : "per-request",
    requests: writer.syncs,
  };
}

/** The print of each of a sheet's regions, as written. */
function recordSheet(plan: WritePlan, sheet: OwnedSheetPlan): void {
  for (const region of sheet.spec.regions)
    plan.record.regions[region.key] = printRegion(
      regionGrid(region.rect, sheet.spec.blocks),
      region.rect.colCount
    );
}

function outputSteps(plan: WritePlan): OutputStep[] {
  const { record, summary, customers } = plan;
  const steps: OutputStep[] = [
    {
      kind: "tierColumn",
      where: plan.tierColumnAddress,
      regions: ["tierColumn"],
      async write(ctx) {
        const tier = {
          plan: plan.tier,
          cells: plan.tierCells,
          name: plan.setup.output.tierColumnName,
        };
        const cells = await writeTierColumn(ctx, tier);
        return () => (record.regions.tierColumn = printRegion(cells, 1));
      },
    },
    {
      kind: "summarySheet",
      where: summary.sheet.name,
      regions: [...summary.spec.regions.map((r) => r.key), ...(summary.spec.retired ?? [])],
      async write(ctx) {
        await writeSummarySheet(ctx, { sheet: summary, layout: plan.layout, text: plan.text });
        return () => {
          recordSheet(plan, summary);
          for (const key of summary.spec.retired ?? []) delete record.regions[key];
          record.sheets = { ...record.sheets, summary: summary.sheet.name };
        };
      },
    },
  ];
  if (customers)
    steps.push({
      kind: "customersSheet",
      where: customers.sheet.name,
      regions: ["customersData"],
      async write(ctx) {
        await writeCustomersSheet(ctx, customers);
        return () => {
          recordSheet(plan, customers);
          record.sheets = { ...record.sheets, customers: customers.sheet.name };
        };
      },
    });
  steps.push({ kind: "setup", where: "", regions: [], write: (ctx) => saveSetup(ctx, plan) });
  return steps;
}

/** The set-up, the outputs record, and the hidden names of sheets the user took over. */
async function saveSetup(ctx: WriteContext, plan: WritePlan): Promise<() => void> {
  const { context, writer } = ctx;
  const { record, setup } = plan;
  await writer.add(JSON.stringify(setup).length * 3 + JSON.stringify(record).length + 1000, () => {
    dropReleasedNames(context, plan);
    if (!plan.customers && record.sheets?.customers) {
      delete record.regions.customersData;
      delete record.sheets.customers;
    }
    queueSaveRecord(context, record);
    queueSaveSetup(context, { ...setup, lastRun: plan.lastRun });
  });
  return () => undefined;
}

/** Drops the add-in's hidden names that point into sheets the user renamed (now theirs). */
function dropReleasedNames(context: Excel.RequestContext, plan: WritePlan) {
  const keys: OwnedKey[] = [
    "summarySheet",
    "summaryReport",
    "summaryChartData",
    "customersSheet",
    "customersData",
  ];
  const customersWritten = plan.customers !== undefined;
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
