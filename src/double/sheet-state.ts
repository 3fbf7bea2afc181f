/**
 * One worksheet of the workbook state: its cell grid (sheet-grid.ts) and what the double keeps
 * beside the cells (hidden rows and columns, widths, stored range formats, frozen panes, gridlines).
 */
import { cloneJson } from "./clone-json";
import { type Cell, SheetGrid } from "./sheet-grid";
import type { CellValue, SheetJson } from "./workbook-json";
import type { WorkbookState } from "./workbook-state";

export class SheetState {
  readonly grid: SheetGrid;
  hiddenRows = new Set<number>();
  hiddenColumns = new Set<number>();
  columnWidths = new Map<number, number>();
  /** Formatting the double stores but does not model per cell (alignment, font colour, ...), by local address. */
  rangeFormats = new Map<string, Record<string, unknown>>();
  frozenRows = 0;
  frozenColumns = 0;
  showGridlines = true;
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";

  constructor(
    readonly id: string,
    public name: string,
    readonly owner: WorkbookState
  ) {
    this.grid = new SheetGrid(owner.recordUndo);
  }

  /** The cell as Range.values reads it: a formula cell's value is evaluated (see formulas.ts). */
  cellAt(r: number, c: number): Cell {
    const cell = this.grid.getCell(r, c);
    if (cell.formula === undefined) return cell;
    return { ...cell, value: this.owner.evaluatedValue(this, r, c, cell) };
  }

  valueAt(r: number, c: number): CellValue {
    return this.grid.hasFormula(r, c) ? this.cellAt(r, c).value : this.grid.getValue(r, c);
  }
}

/** The optional sheet fields beyond cells: range formats, frozen panes, gridlines. */
export type SheetExtras = Pick<
  SheetJson,
  "rangeFormats" | "frozenRows" | "frozenColumns" | "showGridlines"
>;

export function sheetExtras(sheet: SheetState): SheetExtras {
  const extras: SheetExtras = {};
  if (sheet.rangeFormats.size)
    extras.rangeFormats = cloneJson(Object.fromEntries(sheet.rangeFormats));
  if (sheet.frozenRows) extras.frozenRows = sheet.frozenRows;
  if (sheet.frozenColumns) extras.frozenColumns = sheet.frozenColumns;
  if (!sheet.showGridlines) extras.showGridlines = false;
  return extras;
}

export function applySheetExtras(sheet: SheetState, json: SheetExtras): void {
  sheet.rangeFormats = new Map(Object.entries(cloneJson(json.rangeFormats ?? {})));
  sheet.frozenRows = json.frozenRows ?? 0;
  sheet.frozenColumns = json.frozenColumns ?? 0;
  sheet.showGridlines = json.showGridlines ?? true;
}
