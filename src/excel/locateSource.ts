/**
 * Finding the source. The selection must be one area (Workbook.getSelectedRanges, ExcelApi 1.9); it
 * grows to its table (Range.getTables, 1.9) or, for a single cell, to the data region around it
 * (Range.getSurroundingRegion, 1.7). Its position comes from Excel — rowIndex, columnIndex, rowCount,
 * columnCount (ExcelApi 1.1) and the worksheet's name — not from parsing Range.address, so whole
 * columns ("Sales!A:C"), whole rows and the whole sheet work like any range. A remembered source is
 * a table by name (so rows added later are picked up) or a sheet address the add-in saved (which may
 * be whole columns, so rows added later are picked up too). A range is cut to the cells in it that
 * hold values; one with none is reported as empty. The add-in's own tier column at the right edge is
 * not part of the source. The manifest requires ExcelApi 1.9: no member here needs a fallback.
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
import { adapterMessage } from "./adapterMessages";
import { MultipleAreasError, SourceEmptyError, SourceNotFoundError } from "./excelErrors";
import { generatedHeader, looksLikeHeader } from "./detectHeader";
import type { SourceInfo } from "./gateway";
import { loadOwned } from "./ownedRanges";
import type { SourceRef } from "./runSetup";

/** A loaded range's rectangle (load rowIndex, columnIndex, rowCount, columnCount first; ExcelApi 1.1). */
function rectOf(range: Excel.Range, sheet: string): SheetRect {
  return {
    sheet,
    row: range.rowIndex,
    col: range.columnIndex,
    rowCount: range.rowCount,
    colCount: range.columnCount,
  };
}

/**
 * The current selection as a source reference. Several areas (Ctrl+click) are refused, naming them:
 * Workbook.getSelectedRange "will throw an error" for them
 * (https://learn.microsoft.com/javascript/api/excel/excel.workbook#excel-excel-workbook-getselectedrange-member(1)).
 */
export async function selectionRef(context: Excel.RequestContext): Promise<SourceRef> {
  const all = context.workbook.getSelectedRanges();
  all.load("areaCount");
  all.areas.load("items/address");
  await context.sync();
  if (all.areaCount > 1) throw new MultipleAreasError(all.areas.items.map((area) => area.address));
  const selected = context.workbook.getSelectedRange();
  selected.load("rowIndex,columnIndex,rowCount,columnCount,worksheet/name");
  const tables = selected.getTables(false);
  tables.load("items/name");
  await context.sync();
  const tableName = tables.items[0]?.name;
  if (tableName !== undefined) return { kind: "table", tableName };
  const rect = rectOf(selected, selected.worksheet.name);
  if (rect.rowCount > 1 || rect.colCount > 1) return { kind: "range", address: sheetAddress(rect) };
  const region = selected.getSurroundingRegion();
  region.load("rowIndex,columnIndex,rowCount,columnCount");
  await context.sync();
  return { kind: "range", address: sheetAddress(rectOf(region, rect.sheet)) };
}

/** The source's whole rectangle (header included, totals row excluded). */
async function sourceRect(context: Excel.RequestContext, ref: SourceRef): Promise<SheetRect> {
  if (ref.kind === "table") {
    const table = context.workbook.tables.getItemOrNullObject(ref.tableName);
    table.load("showTotals");
    await context.sync();
    if (table.isNullObject)
      throw new SourceNotFoundError(
        adapterMessage("tableNotFound", { table: ref.tableName }),
        `The table ${ref.tableName} was not found.`
      );
    const range = table.getRange();
    range.load("rowIndex,columnIndex,rowCount,columnCount");
    table.load("worksheet/name");
    await context.sync();
    const rect = rectOf(range, table.worksheet.name);
    return table.showTotals ? { ...rect, rowCount: rect.rowCount - 1 } : rect;
  }
  // A saved address is the add-in's own text (sheetAddress), so parsing it is safe.
  const rect = parseSheetAddress(ref.address);
  if (!rect)
    throw new SourceNotFoundError(
      adapterMessage("notSheetAddress", { address: ref.address }),
      `${ref.address} is not a sheet address.`
    );
  const sheet = context.workbook.worksheets.getItemOrNullObject(rect.sheet);
  sheet.load("name");
  await context.sync();
  if (sheet.isNullObject)
    throw new SourceNotFoundError(
      adapterMessage("sheetNotFound", { sheet: rect.sheet }),
      `The sheet ${rect.sheet} was not found.`
    );
  const used = sheet.getRange(localAddress(rect)).getUsedRangeOrNullObject(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  await context.sync();
  if (used.isNullObject) throw new SourceEmptyError(sheetAddress({ ...rect, sheet: sheet.name }));
  return rectOf(used, sheet.name);
}

/*
 * Range.getUsedRangeOrNullObject(valuesOnly) (ExcelApi 1.4): "Returns the used range of the given
 * range object. If there are no used cells within the range, then this function returns a null
 * object"; valuesOnly "Considers only cells with values as used cells"
 * (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getusedrangeornullobject-member(1)).
 * So a saved or selected address larger than what the sheet holds (whole columns A:C, rows 1:11,
 * the whole sheet, Sales!A1:XFD1048576) is cut to the rows and columns with values — a refresh
 * reads those instead of a million empty rows — and blank cells (an empty selection, a saved
 * address whose cells were cleared) are reported as empty instead of "1 data row".
 */

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
  ref: SourceRef
): Promise<SourceInfo> {
  const whole = await sourceRect(context, ref);
  const rect = withoutOwnTierColumn(whole, (await loadOwned(context)).tierColumn.rect);
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
