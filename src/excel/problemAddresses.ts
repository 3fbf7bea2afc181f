/** The engine's problems (0-based row/column into the rows it was given) as sheet cells. */
import type { TieringResult } from "../engine";
import { sheetAddress } from "./a1";
import type { ProblemCell, SourceData } from "./gateway";
import { dataRect } from "./locateSource";

/** Sheet row (0-based) of data row `row`. */
export function sheetRowOf(data: SourceData, row: number): number {
  if (data.rowNumbers) return data.rowNumbers[row] ?? -1;
  return dataRect(data.info).row + row;
}

export function problemCells(data: SourceData, result: TieringResult): ProblemCell[] {
  const rect = dataRect(data.info);
  return result.problems.map((p) => ({
    address: sheetAddress({
      sheet: rect.sheet,
      row: sheetRowOf(data, p.row),
      col: rect.col + p.column,
      rowCount: 1,
      colCount: 1,
    }),
    value: p.value,
    reason: p.reason,
  }));
}
