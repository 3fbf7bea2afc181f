/**
 * Writing a period comparison to the add-in's comparison sheet, by the rules of the other writers:
 * the sheet is found by its hidden name (ownedSheets.ts: kept in place, renamed by the add-in only,
 * a sheet the user renamed is theirs); everything is planned, reading only, before the first write;
 * a cell the user changed inside the sheet's regions, or a user's cell where a region grows, stops
 * the plan ("occupied"); the two tables are resized in place, never deleted and re-added, and their
 * header rows are never cleared (that would rename their columns, and the user's structured
 * references with them); text goes through the batch writer, which formats it as Text first.
 */
import type { MigrationMatrix } from "../engine";
import { adapterMessage, excelRejection } from "./adapterMessages";
import {
  type CellRect,
  localAddress,
  rectMinus,
  sameSheet,
  type SheetRect,
  sheetAddress,
} from "./a1";
import { BatchWriter } from "./batchWriter";
import {
  COMPARISON_SHEET_NAME,
  COMPARISON_TABLE_STYLE,
  comparisonLayout,
  type ComparisonLayout,
  type ComparisonRegionKey,
  MATRIX_TABLE_NAME,
  MOVERS_TABLE_NAME,
} from "./comparisonLayout";
import { throwIfAborted } from "./excelErrors";
import { failureBeforeWriting, planFailure } from "./planFailure";
import { typedTextSupported } from "./safeCellText";
import type { ExcelApiLevel } from "./excelRun";
import type { ApplyFailure, ComparisonOutcome, ComparisonWriteOptions } from "./gateway";
import { loadOwned, type OwnedOutputs, queueOwnName } from "./ownedRanges";
import { planOwnedSheet, type SheetPlan, sheetNameProblem } from "./ownedSheets";
import { queueBlockFonts, regionGrid } from "./ownedSheetWriter";
import { editedParts } from "./regionEdits";
import { queueTableOver, type SheetTable, tableAt } from "./sheetTables";
import { sheetText } from "./sheetText";
import { type ConflictKind, conflictMessage, firstConflict } from "./tierColumnWriter";
import { loadRecord, type OutputsRecord, printRegion, queueSaveRecord } from "./writtenRegions";

export interface ComparisonWriteInputs extends ComparisonWriteOptions {
  /** Whether this Excel.run merges its requests into one undo record (set by the gateway). */
  undoMerged?: boolean;
}

interface ComparisonPlan {
  sheet: SheetPlan;
  layout: ComparisonLayout;
  owned: OwnedOutputs;
  record: OutputsRecord;
  /** The regions as the add-in last wrote them (local), to clear. */
  old: Partial<Record<ComparisonRegionKey, CellRect>>;
  tables: { matrix?: SheetTable; movers?: SheetTable };
  /** Names for tables created by this run (undefined: the name is taken elsewhere, Excel names it). */
  names: { matrix?: string; movers?: string };
}

type Planned = { ok: true; plan: ComparisonPlan } | { ok: false; failure: ApplyFailure };

const failure = planFailure;

export async function writeComparisonIn(
  context: Excel.RequestContext,
  api: ExcelApiLevel,
  matrix: MigrationMatrix,
  options: ComparisonWriteInputs
): Promise<ComparisonOutcome> {
  let planned: Planned;
  try {
    planned = await planComparison(context, matrix, options);
  } catch (error) {
    return failureBeforeWriting(error);
  }
  if (!planned.ok) return planned.failure;
  return write(context, api, planned.plan, options.undoMerged === true);
}

async function planComparison(
  context: Excel.RequestContext,
  matrix: MigrationMatrix,
  options: ComparisonWriteInputs
): Promise<Planned> {
  const { overwrite = false, signal } = options;
  throwIfAborted(signal);
  if (matrix.tiers.length === 0 || matrix.counts.length !== matrix.tiers.length + 1)
    return failure("no-data", adapterMessage("noComparisonTiers", {}));
  const name = options.sheetName ?? COMPARISON_SHEET_NAME;
  const problem = sheetNameProblem(name);
  if (problem)
    return failure(
      "invalid-setup",
      adapterMessage("badSheetName", { sheet: "comparison", name, problem })
    );
  const owned = await loadOwned(context);
  const record = await loadRecord(context);
  const sheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  const existing = sheets.items.map((s) => s.name);
  const sheet = planOwnedSheet(
    name,
    existing,
    owned.comparisonSheet,
    record.sheets?.comparison,
    overwrite
  );
  if (!sheet.ok)
    return failure("occupied", sheet.message, { address: sheet.address, conflict: sheet.conflict });
  const layout = comparisonLayout(matrix, sheetText(options.language));
  const plan: ComparisonPlan = {
    sheet: sheet.plan,
    layout,
    owned,
    record,
    old: {},
    tables: {},
    names: {},
  };
  if (sheet.plan.existing) {
    const current = sheet.plan.renameFrom ?? sheet.plan.name;
    plan.tables.matrix = await tableAt(context, current, layout.matrixTable);
    plan.tables.movers = await tableAt(context, current, layout.moversTable);
    for (const { key } of layout.regions) {
      const rect = owned[key].rect;
      if (rect && sameSheet(rect.sheet, current)) plan.old[key] = rect;
    }
    if (!overwrite) {
      const stop = await userCells(context, plan, current, signal);
      if (stop) return stop;
    }
  }
  plan.names = await freeTableNames(context, plan.tables);
  throwIfAborted(signal);
  return { ok: true, plan };
}

/** A user's edit inside the regions, or a user's cell where they grow: the plan stops. */
async function userCells(
  context: Excel.RequestContext,
  plan: ComparisonPlan,
  current: string,
  signal: AbortSignal | undefined
): Promise<Planned | undefined> {
  for (const { key } of plan.layout.regions) {
    const old = plan.old[key];
    const at = old && { ...old, sheet: current };
    const edits = await editedParts(context, at, plan.record.regions[key], signal);
    if (edits.length > 0) return conflict("edited", edits.map(sheetAddress).join(", "));
  }
  const tables = [plan.tables.matrix?.rect, plan.tables.movers?.rect];
  const parts = plan.layout.regions.flatMap((r) =>
    tables.reduce<SheetRect[]>(
      (rest, table) => rest.flatMap((p) => rectMinus(p, table)),
      rectMinus({ ...r.rect, sheet: current }, plan.old[r.key])
    )
  );
  const found = await firstConflict(context, parts, false, signal);
  return found ? conflict(found.kind, found.address) : undefined;
}

function conflict(kind: ConflictKind, address: string): Planned {
  return failure("occupied", conflictMessage(kind, address), { address, conflict: kind });
}

/** The add-in's table names, for tables this run creates, unless a table elsewhere has them. */
async function freeTableNames(
  context: Excel.RequestContext,
  found: ComparisonPlan["tables"]
): Promise<ComparisonPlan["names"]> {
  const probe = (have: SheetTable | undefined, name: string) =>
    have ? undefined : context.workbook.tables.getItemOrNullObject(name).load("name");
  const matrix = probe(found.matrix, MATRIX_TABLE_NAME);
  const movers = probe(found.movers, MOVERS_TABLE_NAME);
  if (!matrix && !movers) return {};
  await context.sync();
  return {
    matrix: matrix?.isNullObject ? MATRIX_TABLE_NAME : undefined,
    movers: movers?.isNullObject ? MOVERS_TABLE_NAME : undefined,
  };
}

async function write(
  context: Excel.RequestContext,
  api: ExcelApiLevel,
  plan: ComparisonPlan,
  undoMerged: boolean
): Promise<ComparisonOutcome> {
  const { sheet, layout, record, owned, tables } = plan;
  const name = sheet.name;
  const writer = new BatchWriter(context);
  writer.typedText = typedTextSupported(api);
  const prints = layout.regions.map((r) => ({
    key: r.key,
    print: printRegion(regionGrid(r.rect, layout.blocks), r.rect.colCount),
  }));
  try {
    // 1. Mark the regions as being written, take the sheet, clear the old cells, resize the tables.
    await writer.add(1000, () => {
      for (const { key } of layout.regions) record.regions[key] = "writing";
      queueSaveRecord(context, record);
      const worksheets = context.workbook.worksheets;
      if (sheet.renameFrom) worksheets.getItem(sheet.renameFrom).name = name;
      if (!sheet.existing) worksheets.add(name);
      const ws = worksheets.getItem(name);
      const headers = [tables.matrix, tables.movers].flatMap((t) =>
        t ? [{ ...t.rect, rowCount: 1 }] : []
      );
      for (const old of Object.values(plan.old)) {
        const parts = headers.reduce<CellRect[]>(
          (rest, header) => rest.flatMap((p) => rectMinus(p, header)),
          [old]
        );
        for (const part of parts) ws.getRange(localAddress(part)).clear("Contents");
      }
      if (tables.matrix)
        queueTableOver(
          context,
          api,
          name,
          layout.matrixTable,
          tables.matrix,
          undefined,
          COMPARISON_TABLE_STYLE
        );
      if (tables.movers)
        queueTableOver(
          context,
          api,
          name,
          layout.moversTable,
          tables.movers,
          undefined,
          COMPARISON_TABLE_STYLE
        );
      queueOwnName(context, owned, "comparisonSheet", ws.getRange("A1"));
      for (const region of layout.regions)
        queueOwnName(context, owned, region.key, ws.getRange(localAddress(region.rect)));
    });
    // 2. The cells: numbers with their formats (dates as dates), text as Text.
    for (const block of layout.blocks)
      await writer.writeGrid(
        name,
        block,
        block.values,
        (_r, c) => block.columnFormats?.[c] ?? "General"
      );
    // 3. New tables over the written headers, formats, and the prints of what was written.
    await writer.add(2000, () => {
      const ws = context.workbook.worksheets.getItem(name);
      queueBlockFonts(ws, layout.blocks);
      ws.getRange("A1").format.font.size = 14;
      // Fitted to the tables' cells only: the title and headings above may run over.
      ws.getRange(localAddress(layout.moversTable)).format.autofitColumns();
      ws.getRange(localAddress(layout.matrixTable)).format.autofitColumns();
      if (!tables.matrix)
        queueTableOver(
          context,
          api,
          name,
          layout.matrixTable,
          undefined,
          plan.names.matrix,
          COMPARISON_TABLE_STYLE
        );
      if (!tables.movers)
        queueTableOver(
          context,
          api,
          name,
          layout.moversTable,
          undefined,
          plan.names.movers,
          COMPARISON_TABLE_STYLE
        );
      for (const { key, print } of prints) record.regions[key] = print;
      record.sheets = { ...record.sheets, comparison: name };
      queueSaveRecord(context, record);
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
