/** The parts of a table's rectangle (header row, data body, total row), its column names, overlaps. */
import { intersectRects, type Rect } from "./address";
import { ExcelDoubleError } from "./errors";
import type { TableState } from "./workbook-parts";
import type { WorkbookState } from "./workbook-state";

export function headerRect(t: TableState): Rect | undefined {
  return t.showHeaders ? { ...t.rect, rowCount: 1 } : undefined;
}

export function bodyRect(t: TableState): Rect {
  const top = t.showHeaders ? 1 : 0;
  const bottom = t.showTotals ? 1 : 0;
  return { ...t.rect, row: t.rect.row + top, rowCount: t.rect.rowCount - top - bottom };
}

export function totalRect(t: TableState): Rect | undefined {
  return t.showTotals
    ? { ...t.rect, row: t.rect.row + t.rect.rowCount - 1, rowCount: 1 }
    : undefined;
}

export function columnNames(state: WorkbookState, t: TableState): string[] {
  const sheet = state.sheet(t.sheetId, "Table.columns");
  return Array.from({ length: t.rect.colCount }, (_, c) =>
    String(sheet.grid.getValue(t.rect.row, t.rect.col + c))
  );
}

/** Tables cannot overlap: MergedRangeConflict when `rect` meets another table on the sheet. */
export function refuseTableOverlap(
  state: WorkbookState,
  sheetId: string,
  rect: Rect,
  location: string,
  exceptId?: string
): void {
  for (const other of state.tables) {
    if (other.id !== exceptId && other.sheetId === sheetId && intersectRects(other.rect, rect))
      throw new ExcelDoubleError("MergedRangeConflict", location, `overlaps table ${other.name}`);
  }
}
