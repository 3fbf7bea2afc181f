/**
 * Cell storage of one worksheet: a row array of dense value arrays plus sparse attribute arrays,
 * so a 200,000-row sheet stays cheap. Every change goes through `setCell`, which reports an undo
 * step so that a rejected sync can be rolled back.
 */
import type { Rect } from "./address";
import type { CellValue } from "./workbook-json";

export interface Cell {
  value: CellValue;
  formula?: string;
  numberFormat?: string;
  fill?: string;
  bold?: boolean;
}

interface RowData {
  v: CellValue[];
  f?: (string | undefined)[];
  nf?: (string | undefined)[];
  fill?: (string | undefined)[];
  bold?: (boolean | undefined)[];
}

export const GENERAL = "General";

export class SheetGrid {
  private rows: (RowData | undefined)[] = [];

  constructor(private readonly recordUndo: (undo: () => void) => void) {}

  getValue(r: number, c: number): CellValue {
    const v = this.rows[r]?.v[c];
    return v === undefined ? "" : v;
  }

  hasFormula(r: number, c: number): boolean {
    return this.rows[r]?.f?.[c] !== undefined;
  }

  /** Every formula cell, row by row: [row, column, formula]. */
  *formulas(): Generator<[number, number, string]> {
    for (let r = 0; r < this.rows.length; r++) {
      const f = this.rows[r]?.f;
      if (!f) continue;
      for (let c = 0; c < f.length; c++) {
        const formula = f[c];
        if (formula !== undefined) yield [r, c, formula];
      }
    }
  }

  getCell(r: number, c: number): Cell {
    const row = this.rows[r];
    if (!row) return { value: "" };
    const cell: Cell = { value: row.v[c] ?? "" };
    const f = row.f?.[c];
    if (f !== undefined) cell.formula = f;
    const nf = row.nf?.[c];
    if (nf !== undefined) cell.numberFormat = nf;
    const fill = row.fill?.[c];
    if (fill !== undefined) cell.fill = fill;
    const bold = row.bold?.[c];
    if (bold !== undefined) cell.bold = bold;
    return cell;
  }

  /** True when the cell has neither a value nor a formula (formatting does not count). */
  isBlank(r: number, c: number): boolean {
    const row = this.rows[r];
    if (!row) return true;
    const v = row.v[c];
    return (v === undefined || v === "") && row.f?.[c] === undefined;
  }

  hasFormatting(r: number, c: number): boolean {
    const row = this.rows[r];
    if (!row) return false;
    return row.nf?.[c] !== undefined || row.fill?.[c] !== undefined || row.bold?.[c] !== undefined;
  }

  setCell(r: number, c: number, cell: Cell): void {
    const before = this.getCell(r, c);
    this.recordUndo(() => this.writeRaw(r, c, before));
    this.writeRaw(r, c, cell);
  }

  /** Applies `change` to the cell's current content. */
  updateCell(r: number, c: number, change: (cell: Cell) => Cell): void {
    this.setCell(r, c, change(this.getCell(r, c)));
  }

  private writeRaw(r: number, c: number, cell: Cell): void {
    let row = this.rows[r];
    if (!row) {
      if (isEmptyCell(cell)) return;
      row = this.rows[r] = { v: [] };
    }
    setSparse(row.v, c, cell.value === "" ? undefined : cell.value);
    row.f = setAttr(row.f, c, cell.formula);
    row.nf = setAttr(row.nf, c, cell.numberFormat === GENERAL ? undefined : cell.numberFormat);
    row.fill = setAttr(row.fill, c, cell.fill);
    row.bold = setAttr(row.bold, c, cell.bold || undefined);
  }

  /** Rows that hold any cell (value, formula or format), as [rowIndex, maxColumnExclusive]. */
  *occupiedRows(): Generator<[number, number]> {
    for (let r = 0; r < this.rows.length; r++) {
      const row = this.rows[r];
      if (!row) continue;
      const width = Math.max(
        row.v.length,
        row.f?.length ?? 0,
        row.nf?.length ?? 0,
        row.fill?.length ?? 0,
        row.bold?.length ?? 0
      );
      if (width > 0) yield [r, width];
    }
  }

  /**
   * Bounding rectangle of cells with values/formulas (valuesOnly) or also formatting,
   * which is how Worksheet.getUsedRange(valuesOnly) decides; with `within`, only the cells inside
   * that rectangle count (Range.getUsedRange).
   */
  usedRect(valuesOnly: boolean, within?: Rect): Rect | undefined {
    let minR = Infinity;
    let maxR = -1;
    let minC = Infinity;
    let maxC = -1;
    const c0 = within ? within.col : 0;
    const rowEnd = within ? within.row + within.rowCount : Infinity;
    const colEnd = within ? within.col + within.colCount : Infinity;
    for (const [r, width] of this.occupiedRows()) {
      if (within && r < within.row) continue;
      if (r >= rowEnd) break;
      for (let c = c0; c < Math.min(width, colEnd); c++) {
        if (!this.isBlank(r, c) || (!valuesOnly && this.hasFormatting(r, c))) {
          if (r < minR) minR = r;
          if (r > maxR) maxR = r;
          if (c < minC) minC = c;
          if (c > maxC) maxC = c;
        }
      }
    }
    if (maxR < 0) return undefined;
    return { row: minR, col: minC, rowCount: maxR - minR + 1, colCount: maxC - minC + 1 };
  }
}

function isEmptyCell(cell: Cell): boolean {
  return (
    cell.value === "" &&
    cell.formula === undefined &&
    (cell.numberFormat === undefined || cell.numberFormat === GENERAL) &&
    cell.fill === undefined &&
    !cell.bold
  );
}

function setSparse<T>(array: (T | undefined)[], index: number, value: T | undefined): void {
  if (value === undefined) {
    if (index < array.length) {
      array[index] = undefined;
      // Keep arrays short so used-range scans stay proportional to the data.
      while (array.length > 0 && array[array.length - 1] === undefined) array.length--;
    }
  } else {
    array[index] = value;
  }
}

function setAttr<T>(
  array: (T | undefined)[] | undefined,
  index: number,
  value: T | undefined
): (T | undefined)[] | undefined {
  if (value === undefined && !array) return undefined;
  const target = array ?? [];
  setSparse(target, index, value);
  return target.length === 0 ? undefined : target;
}
