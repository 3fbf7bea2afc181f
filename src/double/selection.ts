/**
 * Multi-area selections (Ctrl+click). WorkbookState holds one selected rectangle (`selection`); the
 * other areas of a multi-area selection are kept here, per state, and hold only while
 * `state.selection` is still the object they were set with. Everything that selects (Range.select,
 * Worksheet.activate, deleting the active sheet, loadWorkbook, a rolled-back sync) assigns a new
 * one, so the selection becomes one area again, as it does in Excel.
 *
 * Microsoft: Workbook.getSelectedRange "Gets the currently selected single range from the
 * workbook. If there are multiple ranges selected, this method will throw an error."
 * Workbook.getSelectedRanges (ExcelApi 1.9) "Gets the currently selected one or more ranges from the
 * workbook. Unlike getSelectedRange(), this method returns a RangeAreas object that represents all
 * the selected ranges." (https://learn.microsoft.com/javascript/api/excel/excel.workbook).
 * The page does not name the error code; the double uses `InvalidSelection` ("The current selection
 * is invalid for this operation." —
 * https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).
 * Nor does it say which area holds the active cell: the double takes the last area (the one added
 * last with Ctrl+click, where Excel's UI puts the active cell).
 */
import { parseAddress } from "./address";
import { ExcelDoubleError } from "./errors";
import type { RangeRef } from "./workbook-parts";
import type { WorkbookState } from "./workbook-state";

const multiArea = new WeakMap<WorkbookState, { primary: RangeRef; areas: RangeRef[] }>();

/** Selects `areas` (one or more, same sheet); the last one becomes `state.selection`. */
export function selectAreas(state: WorkbookState, areas: readonly RangeRef[]): void {
  const copies = areas.map((a) => ({ sheetId: a.sheetId, rect: { ...a.rect } }));
  const primary = copies[copies.length - 1];
  state.activeSheetId = primary.sheetId;
  state.selection = primary;
  if (copies.length > 1) multiArea.set(state, { primary, areas: copies });
  else multiArea.delete(state);
}

/** The selected areas, in selection order (one area unless a multi-area selection still holds). */
export function selectedAreas(state: WorkbookState): RangeRef[] {
  const held = multiArea.get(state);
  const areas = held && held.primary === state.selection ? held.areas : [state.selection];
  return areas.map((a) => ({ sheetId: a.sheetId, rect: { ...a.rect } }));
}

/** Splits "Sales!A1:B5, Sales!D1:D5" at the commas between areas (not inside quoted sheet names). */
export function splitAreas(address: string): string[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) {
      parts.push(current.trim());
      current = "";
    } else current += ch;
  }
  parts.push(current.trim());
  return parts.filter((p) => p.length > 0);
}

/**
 * Selects like a user: "Sales!B2:D40", local to the active sheet, or several areas of one sheet
 * separated by commas (a Ctrl+click selection); a hidden sheet cannot be selected.
 */
export function selectAsUser(state: WorkbookState, address: string): void {
  const active = state.sheet(state.activeSheetId, "select");
  const refs = splitAreas(address).map((area) => {
    parseAddress(area);
    return state.resolveAddress(area, active, "select");
  });
  if (refs.length === 0) parseAddress(address);
  if (refs.some((ref) => ref.sheetId !== refs[0].sheetId))
    throw new ExcelDoubleError("InvalidArgument", "select", "areas on different sheets");
  if (state.sheet(refs[0].sheetId, "select").visibility !== "Visible")
    throw new ExcelDoubleError("InvalidOperation", "select", "hidden sheet");
  selectAreas(state, refs);
}
