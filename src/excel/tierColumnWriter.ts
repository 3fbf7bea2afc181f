/**
 * The tier column beside the data. In a table: a new table column named output.tierColumnName (or
 * the add-in's own column from an earlier run). Otherwise: the column right of the source, with a
 * header, or the add-in's own column from an earlier run (remembered by the CRMPyramid_TierColumn
 * name). Planning only reads: cells the add-in did not write (a value, a number format the labels
 * would replace, or an edit inside its own column since it last wrote it) stop the plan.
 *
 * A new table column is made by growing the table over the empty column to its right
 * (Table.resize, ExcelApi 1.13), so nothing moves. TableColumnCollection.add, the fallback (below
 * 1.13, or when that column holds a value or a format, or another table, or the table has a total
 * row), inserts cells: what the user has right of the table, in its rows, moves one column right
 * (the plan names those cells), and on Excel on the web the insert fails with
 * OperationCellsExceedLimit once rows × (16,383 − columns) exceeds 33,554,000 cells
 * (https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).
 */
import { rowLabels, type Cell, type TieringResult } from "../engine";
import { localAddress, requireSheetAddress, sameSheet, type SheetRect, sheetAddress } from "./a1";
import type { WriteCell } from "./batchWriter";
import type { ExcelApiLevel } from "./excelRun";
import type { SourceData } from "./gateway";
import { dataRect } from "./locateSource";
import { type OwnedOutputs, queueOwnName } from "./ownedRanges";
import { editedParts } from "./regionEdits";
import type { RunSetup } from "./runSetup";
import { looksLikeFormula, typedTextSupported } from "./safeCellText";
import { tableGrowth, type TableGrowth } from "./tableGrowth";
import { conflict, firstConflict, type PlanResult, uncovered } from "./targetConflicts";
import type { WriteContext } from "./writeContext";
import type { RegionState } from "./writtenRegions";

export interface TierColumnPlan {
  /** Header (when the source has one) and data rows, one column. */
  target: SheetRect;
  hasHeader: boolean;
  /** Make the tier column a new column of this table first. */
  addToTable?: TableGrowth;
  /** Cells of the add-in's earlier tier column outside `target`: their contents are cleared. */
  clear: SheetRect[];
  /**
   * Some label would be read as a number, date or formula: the column's cells get "@". Never with
   * `typedText`, where labels are written as typed text.
   */
  textFormat: boolean;
  /** Write text as typed values (Range.valuesAsJson, ExcelApi 1.16; safeCellText.ts). */
  typedText: boolean;
}

/** Whether Excel would turn this label into something else than the text (number, date, formula). */
export function labelNeedsText(label: string): boolean {
  if (label === "") return false;
  if (looksLikeFormula(label)) return true;
  // Letters only (any script), spaces and light punctuation, no digit: never a number or a date.
  if (/^\p{L}[\p{L}\p{M} _&()'./]*$/u.test(label)) return /^(true|false)$/i.test(label);
  return true;
}

function isOwnColumn(owned: OwnedOutputs, sheet: string, col: number): SheetRect | undefined {
  const own = owned.tierColumn.rect;
  return own && sameSheet(own.sheet, sheet) && own.col === col && own.colCount === 1
    ? own
    : undefined;
}

export interface TierPlanInputs {
  context: Excel.RequestContext;
  api: ExcelApiLevel;
  setup: RunSetup;
  data: SourceData;
  result: TieringResult;
  owned: OwnedOutputs;
  /** What the add-in last wrote in its tier column. */
  print: RegionState | undefined;
  overwrite: boolean;
  signal?: AbortSignal;
}

export async function planTierColumn(input: TierPlanInputs): Promise<PlanResult<TierColumnPlan>> {
  const { context, setup, data, owned, overwrite } = input;
  const source = requireSheetAddress(data.info.address);
  const ownRect = owned.tierColumn.rect;
  const typedText = typedTextSupported(input.api);
  const textFormat = !typedText && input.result.tiers.some((t) => labelNeedsText(t.label));
  let target: SheetRect;
  let hasHeader = data.info.hasHeader !== false;
  let addToTable: TableGrowth | undefined;
  let mine: SheetRect | undefined;
  if (data.info.ref.kind === "table") {
    const tableName = data.info.ref.tableName;
    const table = context.workbook.tables.getItem(tableName);
    table.load("showTotals,columns/items/name");
    const range = table.getRange();
    range.load("address");
    await context.sync();
    const whole = requireSheetAddress(range.address);
    const wanted = setup.output.tierColumnName.toLowerCase();
    const index = table.columns.items.findIndex((c) => c.name.toLowerCase() === wanted);
    const col = index >= 0 ? whole.col + index : whole.col + whole.colCount;
    target = { ...source, col, colCount: 1 };
    hasHeader = true;
    mine = isOwnColumn(owned, source.sheet, col);
    if (index >= 0 && !mine && !overwrite) return conflict("occupied", sheetAddress(target));
    if (index < 0)
      addToTable = await tableGrowth(context, input.api, tableName, whole, table.showTotals);
  } else {
    const right =
      ownRect &&
      sameSheet(ownRect.sheet, source.sheet) &&
      ownRect.colCount === 1 &&
      ownRect.col >= source.col + source.colCount &&
      ownRect.row === source.row;
    mine = right ? ownRect : undefined;
    target = { ...source, col: mine ? mine.col : source.col + source.colCount, colCount: 1 };
    if (!overwrite) {
      const found = await firstConflict(context, uncovered(target, mine), textFormat, input.signal);
      if (found) return conflict(found.kind, found.address);
    }
  }
  if (mine && !overwrite) {
    const edits = await editedParts(context, mine, input.print, input.signal);
    if (edits.length > 0) return conflict("edited", edits.map(sheetAddress).join(", "));
  }
  return {
    ok: true,
    plan: {
      target,
      hasHeader,
      addToTable,
      textFormat,
      typedText,
      clear: leftOver(ownRect, mine, target),
    },
  };
}

/** The earlier tier column's cells the new one does not write. */
function leftOver(
  own: SheetRect | undefined,
  mine: SheetRect | undefined,
  target: SheetRect
): SheetRect[] {
  if (!own) return [];
  if (!mine) return [own];
  return uncovered(own, target);
}

/** Tier label per target row: hidden (skipped) rows get "". */
export function tierCells(data: SourceData, result: TieringResult): WriteCell[][] {
  const labels = rowLabels(result);
  const rect = dataRect(data.info);
  if (!data.rowNumbers) return labels.map((label) => [label]);
  const out: WriteCell[][] = Array.from({ length: rect.rowCount }, () => [""]);
  data.rowNumbers.forEach((sheetRow, i) => {
    const at = sheetRow - rect.row;
    if (at >= 0 && at < out.length) out[at] = [labels[i] ?? ""];
  });
  return out;
}

/**
 * Queues the tier column's writes; returns the cells written (header first), for the region print.
 * The first request also clears the earlier column and points the owned name at the new one, so a
 * run that fails after it leaves the name on cells the next run may rewrite.
 */
export async function writeTierColumn(
  ctx: WriteContext,
  tier: { plan: TierColumnPlan; cells: WriteCell[][]; name: string }
): Promise<Cell[][]> {
  const { context, writer, owned, markWriting } = ctx;
  const { plan, cells, name: columnName } = tier;
  const { target } = plan;
  writer.typedText = plan.typedText;
  await writer.add(500 + columnName.length * 3, () => {
    markWriting();
    for (const rect of plan.clear)
      context.workbook.worksheets
        .getItem(rect.sheet)
        .getRange(localAddress(rect))
        .clear("Contents");
    const grow = plan.addToTable;
    if (grow?.by === "resize") {
      // The header cell gets its name from the header write below.
      const range = context.workbook.worksheets
        .getItem(grow.range.sheet)
        .getRange(localAddress(grow.range));
      context.workbook.tables.getItem(grow.table).resize(range);
    } else if (grow)
      context.workbook.tables.getItem(grow.table).columns.add(undefined, undefined, columnName);
    const whole = context.workbook.worksheets.getItem(target.sheet).getRange(localAddress(target));
    queueOwnName(context, owned, "tierColumn", whole);
  });
  const header: WriteCell[][] = plan.hasHeader ? [[columnName]] : [];
  // Typed text needs no "@": the header cell keeps its format.
  if (plan.hasHeader)
    await writer.writeGrid(target.sheet, target, header, undefined, (name) =>
      !plan.typedText && labelNeedsText(name) ? "@" : undefined
    );
  // Labels that Excel keeps as typed are written without touching the cells' formats.
  const keepFormat = () => (plan.textFormat ? "@" : undefined);
  const first = { row: target.row + header.length, col: target.col };
  await writer.writeGrid(target.sheet, first, cells, undefined, keepFormat);
  const all = [...header, ...cells];
  await writer.add(100, () => {
    const sheet = context.workbook.worksheets.getItem(target.sheet);
    if (plan.hasHeader)
      sheet.getRange(localAddress({ ...target, rowCount: 1 })).format.font.bold = true;
    sheet.getRange(localAddress(target)).format.autofitColumns();
  });
  return all;
}
