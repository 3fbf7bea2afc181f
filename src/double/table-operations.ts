/**
 * What table calls do to the workbook state: adding, resizing and deleting a table (rows are
 * table-rows.ts, a new column table-column-add.ts, the table's parts table-areas.ts). Semantics from
 * https://learn.microsoft.com/javascript/api/excel/excel.tablecollection#excel-excel-tablecollection-add-member(1)
 * and https://learn.microsoft.com/javascript/api/excel/excel.tablecolumncollection#excel-excel-tablecolumncollection-add-member(1):
 * header cells become unique column names ("Column1" for blanks), tables cannot overlap, new rows and
 * columns insert cells (shifting what is below/right of the table) rather than overwrite them.
 */
import { intersectRects, type Rect } from "./address";
import { ExcelDoubleError } from "./errors";
import type { SheetState } from "./sheet-state";
import { refuseTableOverlap } from "./table-areas";
import type { RangeRef, TableState } from "./workbook-parts";
import type { WorkbookState } from "./workbook-state";

export function addTable(
  state: WorkbookState,
  ref: RangeRef,
  hasHeaders: boolean,
  location: string
): TableState {
  if (!hasHeaders) {
    throw new ExcelDoubleError(
      "NotImplemented",
      location,
      "the double only supports hasHeaders = true (write headers first)"
    );
  }
  const rect: Rect = { ...ref.rect };
  // A table always has at least one data row.
  if (rect.rowCount === 1) rect.rowCount = 2;
  refuseTableOverlap(state, ref.sheetId, rect, location);
  const sheet = state.sheet(ref.sheetId, location);
  uniqueHeaders(sheet, rect);
  let n = state.tables.length + 1;
  while (state.findTableByName(`Table${n}`) || state.findName(`Table${n}`)) n++;
  const table: TableState = {
    id: state.newId("table"),
    name: `Table${n}`,
    sheetId: ref.sheetId,
    rect,
    showHeaders: true,
    showTotals: false,
    style: "TableStyleMedium2",
  };
  state.tables.push(table);
  return table;
}

/** Header cells become unique strings: blanks → "ColumnN", duplicates → "Name2". */
function uniqueHeaders(sheet: SheetState, rect: Rect): void {
  const seen = new Set<string>();
  for (let c = 0; c < rect.colCount; c++) {
    const raw = sheet.grid.getValue(rect.row, rect.col + c);
    let name = raw === "" ? `Column${c + 1}` : String(raw);
    const base = name;
    for (let k = 2; seen.has(name.toLowerCase()); k++) name = `${base}${k}`;
    seen.add(name.toLowerCase());
    if (name !== raw)
      sheet.grid.updateCell(rect.row, rect.col + c, (cell) => ({
        ...cell,
        value: name,
        formula: undefined,
      }));
  }
}

/**
 * Table.resize(newRange) — ExcelApi 1.13: "The new range must overlap with the original table range
 * and the headers (or the top of the table) must be in the same row."
 * https://learn.microsoft.com/javascript/api/excel/excel.table#excel-excel-table-resize-member(1)
 * The page is silent on the rest; the double is strict: the range must be on the table's sheet, keep
 * a header and at least one data row, and not overlap another table (MergedRangeConflict, as for
 * TableCollection.add). Cells are neither inserted nor moved; cells left outside keep their content;
 * header cells the table takes over get unique names like new tables do. Tables with a total row
 * are not modelled (NotImplemented).
 */
export function resizeTable(
  state: WorkbookState,
  t: TableState,
  ref: RangeRef,
  location: string
): void {
  if (ref.sheetId !== t.sheetId)
    throw new ExcelDoubleError("InvalidArgument", location, "the range is on another worksheet");
  if (ref.rect.row !== t.rect.row)
    throw new ExcelDoubleError("InvalidArgument", location, "the header row must stay in place");
  if (!intersectRects(ref.rect, t.rect))
    throw new ExcelDoubleError("InvalidArgument", location, "must overlap the original table");
  if (t.showTotals)
    throw new ExcelDoubleError("NotImplemented", location, "resizing a table with a total row");
  if (ref.rect.rowCount < (t.showHeaders ? 2 : 1))
    throw new ExcelDoubleError("InvalidArgument", location, "a table needs a data row");
  refuseTableOverlap(state, t.sheetId, ref.rect, location, t.id);
  t.rect = { ...ref.rect };
  if (t.showHeaders) uniqueHeaders(state.sheet(t.sheetId, location), t.rect);
}

export function deleteTable(
  state: WorkbookState,
  t: TableState,
  keepData: boolean,
  location: string
): void {
  if (!keepData) {
    const sheet = state.sheet(t.sheetId, location);
    for (let r = 0; r < t.rect.rowCount; r++)
      for (let c = 0; c < t.rect.colCount; c++)
        sheet.grid.setCell(t.rect.row + r, t.rect.col + c, { value: "" });
  }
  state.tables = state.tables.filter((x) => x.id !== t.id);
}
