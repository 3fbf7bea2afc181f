/**
 * Why a target cannot be written without asking, and finding the first such cell: a value where
 * the add-in would write, or (for the tier column) a number format its labels would replace.
 * Planning only reads.
 */
import { localAddress, requireSheetAddress, type SheetRect, sheetAddress } from "./a1";
import { type AdapterMessage, adapterMessage } from "./adapterMessages";
import { throwIfAborted } from "./excelErrors";

/** Why a target cannot be written without asking. */
export type ConflictKind = "occupied" | "edited" | "formatted" | "sheet-taken";

export type PlanResult<P> =
  | { ok: true; plan: P }
  | { ok: false; address: string; message: AdapterMessage; conflict: ConflictKind };

/** The message for a conflict at `address` ("sheet-taken": `address` is the quoted sheet name). */
export function conflictMessage(kind: ConflictKind, address: string): AdapterMessage {
  switch (kind) {
    case "edited":
      return adapterMessage("edited", { address });
    case "formatted":
      return adapterMessage("formatted", { address });
    default:
      return adapterMessage("occupied", { address });
  }
}

export function conflict<P>(kind: ConflictKind, address: string): PlanResult<P> {
  return { ok: false, conflict: kind, address, message: conflictMessage(kind, address) };
}

/** Bounding box of the non-empty cells of `values` laid out at `rect`; undefined when all empty. */
function occupiedCells(
  rect: SheetRect,
  values: readonly (readonly unknown[])[]
): string | undefined {
  let top = -1;
  let bottom = -1;
  let left = Infinity;
  let right = -1;
  values.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value === "" || value === null || value === undefined) return;
      if (top < 0) top = r;
      bottom = r;
      left = Math.min(left, c);
      right = Math.max(right, c);
    })
  );
  if (top < 0) return undefined;
  return sheetAddress({
    sheet: rect.sheet,
    row: rect.row + top,
    col: rect.col + left,
    rowCount: bottom - top + 1,
    colCount: right - left + 1,
  });
}

/** Rows per read when scanning target cells (values and number formats of one column). */
const SCAN_ROWS = 20_000;

/**
 * The first conflict in `parts`: a cell with a value, or (when `formats`) a number format other
 * than General or Text. Only the part of each range Excel reports as used is read
 * (Range.getUsedRangeOrNullObject, ExcelApi 1.4), in blocks.
 */
export async function firstConflict(
  context: Excel.RequestContext,
  parts: SheetRect[],
  formats: boolean,
  signal?: AbortSignal
): Promise<{ kind: ConflictKind; address: string } | undefined> {
  if (parts.length === 0) return undefined;
  const used = parts.map((part) =>
    context.workbook.worksheets
      .getItem(part.sheet)
      .getRange(localAddress(part))
      .getUsedRangeOrNullObject(!formats)
      .load("address")
  );
  await context.sync();
  for (const range of used) {
    if (range.isNullObject) continue;
    const rect = requireSheetAddress(range.address);
    for (let start = 0; start < rect.rowCount; start += SCAN_ROWS) {
      throwIfAborted(signal);
      const block = {
        ...rect,
        row: rect.row + start,
        rowCount: Math.min(SCAN_ROWS, rect.rowCount - start),
      };
      const cells = context.workbook.worksheets
        .getItem(block.sheet)
        .getRange(localAddress(block))
        .load(formats ? "values,numberFormat" : "values");
      await context.sync();
      const filled = occupiedCells(block, cells.values);
      if (filled) return { kind: "occupied", address: filled };
      if (formats) {
        const marks = cells.numberFormat.map((row) =>
          row.map((f) => (f === "General" || f === "@" ? "" : "x"))
        );
        const formatted = occupiedCells(block, marks);
        if (formatted) return { kind: "formatted", address: formatted };
      }
    }
  }
  return undefined;
}

/** Rows of `target` outside `covered` (same column assumed). */
export function uncovered(target: SheetRect, covered: SheetRect | undefined): SheetRect[] {
  if (!covered) return [target];
  const parts: SheetRect[] = [];
  const top = covered.row;
  const bottom = covered.row + covered.rowCount;
  if (target.row < top)
    parts.push({ ...target, rowCount: Math.min(top, target.row + target.rowCount) - target.row });
  const end = target.row + target.rowCount;
  if (end > bottom) {
    const start = Math.max(bottom, target.row);
    parts.push({ ...target, row: start, rowCount: end - start });
  }
  return parts;
}
