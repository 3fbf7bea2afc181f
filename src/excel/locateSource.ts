/**
 * Finding the source: the selection grows to its table (Range.getTables, ExcelApi 1.9) or, for a
 * single cell, to the data region around it (Range.getSurroundingRegion, ExcelApi 1.7; before that,
 * the sheet's used range). A remembered source is a table by name (so rows added later are picked
 * up) or a sheet address. The add-in's own tier column at the right edge is not part of the source.
 */
import type { Cell } from "../engine";
import {
  localAddress,
  parseSheetAddress,
  requireSheetAddress,
  sameSheet,
  type SheetRect,
  sheetAddress,
} from "./a1";
import type { ExcelApiLevel } from "./excelRun";
import { SourceNotFoundError } from "./excelErrors";
import { generatedHeader, looksLikeHeader } from "./detectHeader";
import type { SourceInfo } from "./gateway";
import { loadOwned } from "./ownedRanges";
import type { SourceRef } from "./runSetup";

/** The current selection as a source reference. */
export async function selectionRef(
  context: Excel.RequestContext,
  api: ExcelApiLevel
): Promise<SourceRef> {
  const selected = context.workbook.getSelectedRange();
  selected.load("address,cellCount");
  const tables = api.atLeast("1.9") ? selected.getTables(false) : undefined;
  tables?.load("items/name");
  await context.sync();
  if (tables && tables.items.length > 0) return { kind: "table", tableName: tables.items[0].name };
  const rect = requireSheetAddress(selected.address);
  if (!tables) {
    const found = await tableContaining(context, rect);
    if (found) return { kind: "table", tableName: found };
  }
  if (selected.cellCount > 1) return { kind: "range", address: selected.address };
  const region = api.atLeast("1.7")
    ? selected.getSurroundingRegion()
    : selected.worksheet.getUsedRange(true);
  region.load("address");
  await context.sync();
  return { kind: "range", address: region.address };
}

/** Before ExcelApi 1.9: the workbook's tables, compared by address. */
async function tableContaining(
  context: Excel.RequestContext,
  rect: SheetRect
): Promise<string | undefined> {
  const tables = context.workbook.tables;
  tables.load("items/name");
  await context.sync();
  const ranges = tables.items.map((t) => {
    const range = t.getRange();
    range.load("address");
    return { name: t.name, range };
  });
  await context.sync();
  for (const { name, range } of ranges) {
    const t = parseSheetAddress(range.address);
    if (
      t &&
      sameSheet(t.sheet, rect.sheet) &&
      rect.row >= t.row &&
      rect.col >= t.col &&
      rect.row < t.row + t.rowCount &&
      rect.col < t.col + t.colCount
    )
      return name;
  }
  return undefined;
}

/** The source's whole rectangle (header included, totals row excluded). */
async function sourceRect(
  context: Excel.RequestContext,
  ref: SourceRef,
  api: ExcelApiLevel
): Promise<SheetRect> {
  if (ref.kind === "table") {
    const table = api.atLeast("1.4")
      ? context.workbook.tables.getItemOrNullObject(ref.tableName)
      : context.workbook.tables.getItem(ref.tableName);
    table.load("showTotals");
    await context.sync();
    if (table.isNullObject)
      throw new SourceNotFoundError(`The table ${ref.tableName} was not found.`);
    const range = table.getRange();
    range.load("address");
    await context.sync();
    const rect = requireSheetAddress(range.address);
    return table.showTotals ? { ...rect, rowCount: rect.rowCount - 1 } : rect;
  }
  const rect = parseSheetAddress(ref.address);
  if (!rect) throw new SourceNotFoundError(`${ref.address} is not a sheet address.`);
  const sheet = api.atLeast("1.4")
    ? context.workbook.worksheets.getItemOrNullObject(rect.sheet)
    : context.workbook.worksheets.getItem(rect.sheet);
  sheet.load("name");
  await context.sync();
  if (sheet.isNullObject) throw new SourceNotFoundError(`The sheet ${rect.sheet} was not found.`);
  // The sheet's used range, values only, to clip the address to (see clipToUsed).
  const nullable = api.atLeast("1.4");
  const used = nullable ? sheet.getUsedRangeOrNullObject(true) : usedRange(sheet, api);
  used.load("address");
  await context.sync();
  const clipped = clipToUsed(
    rect,
    nullable && used.isNullObject ? undefined : parseSheetAddress(used.address)
  );
  if (!clipped) throw new SourceNotFoundError(`${ref.address} is empty.`);
  return { ...clipped, sheet: sheet.name };
}

/**
 * Worksheet.getUsedRange(valuesOnly): "the smallest range that encompasses any cells that have a
 * value or formatting assigned to them"; valuesOnly (ExcelApi 1.2) "considers only cells with
 * values as used cells (ignoring formatting)"; on a blank sheet it returns the top left cell, while
 * getUsedRangeOrNullObject (ExcelApi 1.4) returns a null object
 * (https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-getusedrange-member(1)).
 * Before ExcelApi 1.2 formatted cells count too: a larger box, still a bound.
 */
function usedRange(sheet: Excel.Worksheet, api: ExcelApiLevel): Excel.Range {
  return api.atLeast("1.2") ? sheet.getUsedRange(true) : sheet.getUsedRange();
}

/**
 * A saved or selected address larger than what the sheet holds (whole columns, or
 * Sales!A1:XFD1048576) is cut to the part inside the sheet's used range, so a refresh reads the
 * cells that have values instead of a million empty rows. Undefined when nothing is left (the
 * address lies wholly outside the used range, or the sheet is blank).
 */
export function clipToUsed(rect: SheetRect, used: SheetRect | undefined): SheetRect | undefined {
  if (!used) return undefined;
  const row = Math.max(rect.row, used.row);
  const col = Math.max(rect.col, used.col);
  const rowEnd = Math.min(rect.row + rect.rowCount, used.row + used.rowCount);
  const colEnd = Math.min(rect.col + rect.colCount, used.col + used.colCount);
  if (rowEnd <= row || colEnd <= col) return undefined;
  return { ...rect, row, col, rowCount: rowEnd - row, colCount: colEnd - col };
}

/** Drops the add-in's own tier column when it is the source's last column. */
function withoutOwnTierColumn(rect: SheetRect, own: SheetRect | undefined): SheetRect {
  if (
    own &&
    rect.colCount > 1 &&
    sameSheet(own.sheet, rect.sheet) &&
    own.col === rect.col + rect.colCount - 1
  )
    return { ...rect, colCount: rect.colCount - 1 };
  return rect;
}

export async function describeRef(
  context: Excel.RequestContext,
  ref: SourceRef,
  api: ExcelApiLevel
): Promise<SourceInfo> {
  let rect = await sourceRect(context, ref, api);
  if (api.atLeast("1.4"))
    rect = withoutOwnTierColumn(rect, (await loadOwned(context)).tierColumn.rect);
  const sheet = context.workbook.worksheets.getItem(rect.sheet);
  const top = sheet.getRange(localAddress({ ...rect, rowCount: Math.min(2, rect.rowCount) }));
  top.load("values");
  await context.sync();
  const first = (top.values[0] ?? []) as Cell[];
  const second = top.values[1] as Cell[] | undefined;
  const hasHeader = ref.kind === "table" || looksLikeHeader(first, second);
  return {
    ref,
    address: sheetAddress(rect),
    sheetName: rect.sheet,
    rowCount: hasHeader ? rect.rowCount - 1 : rect.rowCount,
    columnCount: rect.colCount,
    header: hasHeader ? first : generatedHeader(rect.col, rect.colCount),
    hasHeader,
  };
}

/** The data rows' rectangle (header excluded). */
export function dataRect(info: SourceInfo): SheetRect {
  const rect = requireSheetAddress(info.address);
  const skip = info.hasHeader === false ? 0 : 1;
  return { ...rect, row: rect.row + skip, rowCount: rect.rowCount - skip };
}
