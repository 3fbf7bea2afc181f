/**
 * Writing a period comparison to the add-in's comparison sheet, by the rules of the other writers
 * (ownedSheetPlan.ts, ownedSheetWriter.ts): the sheet is found by its hidden name (ownedSheets.ts:
 * kept in place, renamed by the add-in only, a sheet the user renamed is theirs); everything is
 * planned, reading only, before the first write; a cell the user changed inside the sheet's
 * regions, or a user's cell where a region grows, stops the plan ("occupied"); the two tables are
 * resized in place, never deleted and re-added, and their header rows are never cleared (that
 * would rename their columns, and the user's structured references with them); text goes through
 * the batch writer, which formats it as Text first.
 */
import type { MigrationMatrix } from "../engine";
import { type CellRect, localAddress, sheetAddress } from "./a1";
import { adapterMessage, excelRejection } from "./adapterMessages";
import { BatchWriter } from "./batchWriter";
import {
  comparisonSheetName,
  COMPARISON_TABLE_STYLE,
  comparisonLayout,
  type ComparisonLayout,
  MATRIX_TABLE_NAME,
  MOVERS_TABLE_NAME,
} from "./comparisonLayout";
import { throwIfAborted } from "./excelErrors";
import type { ExcelApiLevel } from "./excelRun";
import type { ApplyFailure, ComparisonOutcome, ComparisonWriteOptions } from "./gateway";
import { loadOwned, type OwnedOutputs } from "./ownedRanges";
import { planOwnedSheet, sheetNameProblem } from "./ownedSheets";
import {
  type OwnedSheetPlan,
  planOwnedSheetWrite,
  regionGrid,
  writeOwnedSheet,
} from "./ownedSheetWriter";
import { failureBeforeWriting, planFailure } from "./planFailure";
import { typedTextSupported } from "./safeCellText";
import type { SheetTable } from "./sheetTables";
import { sheetText } from "../i18n/sheetText";
import type { PlanResult } from "./targetConflicts";
import { loadRecord, type OutputsRecord, printRegion, queueSaveRecord } from "./writtenRegions";

export interface ComparisonWriteInputs extends ComparisonWriteOptions {
  /** Whether this Excel.run merges its requests into one undo record (set by the gateway). */
  undoMerged?: boolean;
}

interface ComparisonPlan {
  sheet: OwnedSheetPlan;
  layout: ComparisonLayout;
  owned: OwnedOutputs;
  record: OutputsRecord;
}

type Planned = { ok: true; plan: ComparisonPlan } | { ok: false; failure: ApplyFailure };

const failure = planFailure;

export async function writeComparisonIn(
  context: Excel.RequestContext,
  api: ExcelApiLevel,
  matrix: MigrationMatrix,
  options: ComparisonWriteInputs
): Promise<ComparisonOutcome> {
  // Plan every write before the first one: a plan that stops has changed nothing.
  let planned: Planned;
  try {
    planned = await planComparison(context, matrix, options);
  } catch (error) {
    return failureBeforeWriting(error);
  }
  if (!planned.ok) return planned.failure;
  return write(context, api, planned.plan, options.undoMerged === true);
}

const occupied = (plan: Exclude<PlanResult<unknown>, { ok: true }>): Planned =>
  failure("occupied", plan.message, { address: plan.address, conflict: plan.conflict });

async function planComparison(
  context: Excel.RequestContext,
  matrix: MigrationMatrix,
  options: ComparisonWriteInputs
): Promise<Planned> {
  const { overwrite = false, signal } = options;
  throwIfAborted(signal);
  if (matrix.tiers.length === 0 || matrix.counts.length !== matrix.tiers.length + 1)
    return failure("no-data", adapterMessage("noComparisonTiers", {}));
  const problem = options.sheetName === undefined ? undefined : sheetNameProblem(options.sheetName);
  if (problem)
    return failure(
      "invalid-setup",
      adapterMessage("badSheetName", { sheet: "comparison", name: options.sheetName!, problem })
    );
  const owned = await loadOwned(context);
  const record = await loadRecord(context);
  const sheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  const existing = sheets.items.map((s) => s.name);
  const name =
    options.sheetName ??
    comparisonSheetName(
      existing,
      owned.comparisonSheet.rect?.sheet,
      record.sheets?.comparison,
      options.language
    );
  const sheet = planOwnedSheet(
    name,
    existing,
    owned.comparisonSheet,
    record.sheets?.comparison,
    overwrite
  );
  if (!sheet.ok) return occupied(sheet);
  const layout = comparisonLayout(matrix, sheetText(options.language));
  const planned = await planOwnedSheetWrite({
    context,
    sheet: sheet.plan,
    spec: {
      anchor: "comparisonSheet",
      regions: layout.regions,
      blocks: layout.blocks,
      tables: [
        { rect: layout.matrixTable, name: MATRIX_TABLE_NAME, style: COMPARISON_TABLE_STYLE },
        { rect: layout.moversTable, name: MOVERS_TABLE_NAME, style: COMPARISON_TABLE_STYLE },
      ],
    },
    owned,
    record,
    overwrite,
    signal,
  });
  if (!planned.ok) return occupied(planned);
  await nameFreeTables(context, planned.plan);
  throwIfAborted(signal);
  return { ok: true, plan: { sheet: planned.plan, layout, owned, record } };
}

/**
 * Tables this run creates get the add-in's names unless a table elsewhere has them (then Excel
 * names them).
 */
async function nameFreeTables(context: Excel.RequestContext, plan: OwnedSheetPlan): Promise<void> {
  const probe = (have: SheetTable | undefined, name: string | undefined) =>
    have || !name ? undefined : context.workbook.tables.getItemOrNullObject(name).load("name");
  const probes = plan.spec.tables.map((t, i) => probe(plan.tables[i], t.name));
  if (probes.every((p) => !p)) return;
  await context.sync();
  plan.spec.tables.forEach((t, i) => {
    if (!probes[i]?.isNullObject) t.name = undefined;
  });
}

async function write(
  context: Excel.RequestContext,
  api: ExcelApiLevel,
  plan: ComparisonPlan,
  undoMerged: boolean
): Promise<ComparisonOutcome> {
  const { layout, record, owned } = plan;
  const name = plan.sheet.sheet.name;
  const writer = new BatchWriter(context);
  writer.typedText = typedTextSupported(api);
  const prints = layout.regions.map((r) => ({
    key: r.key,
    print: printRegion(regionGrid(r.rect, layout.blocks), r.rect.colCount),
  }));
  const markWriting = () => {
    for (const { key } of layout.regions) record.regions[key] = "writing";
    queueSaveRecord(context, record);
  };
  try {
    await writeOwnedSheet({ context, api, writer, owned, markWriting }, plan.sheet, {
      bytes: 2000,
      beforeTables: () => {
        const ws = context.workbook.worksheets.getItem(name);
        ws.getRange("A1").format.font.size = 14;
        // Fitted to the tables' cells only: the title and headings above may run over.
        ws.getRange(localAddress(layout.moversTable)).format.autofitColumns();
        ws.getRange(localAddress(layout.matrixTable)).format.autofitColumns();
      },
      after: () => {
        for (const { key, print } of prints) record.regions[key] = print;
        record.sheets = { ...record.sheets, comparison: name };
        queueSaveRecord(context, record);
      },
    });
    await writer.flush();
  } catch (error) {
    return {
      ok: false,
      reason: "partial",
      message: adapterMessage("comparisonPartial", { ...excelRejection(error), sheet: name }),
    };
  }
  const at = (rect: CellRect) => sheetAddress({ ...rect, sheet: name });
  return {
    ok: true,
    sheetName: name,
    matrixAddress: at(layout.matrixTable),
    moversAddress: at(layout.moversTable),
    movers: layout.movers,
    undo: undoMerged ? "one-step" : "per-request",
    requests: writer.syncs,
  };
}
