/**
 * What Excel checks and does when sheets are named, added and deleted (the Worksheet and
 * WorksheetCollection host types use these).
 * https://learn.microsoft.com/javascript/api/excel/excel.worksheetcollection
 */
import { ExcelDoubleError } from "../errors";
import { sheetDeleted } from "../references";
import type { WorkbookState } from "../workbook-state";

/**
 * Excel's sheet-name rules: 1–31 characters, none of : \ / ? * [ ], no leading/trailing apostrophe,
 * not "History". The API docs name no error codes: InvalidArgument for a bad name and
 * ItemAlreadyExists for a taken one are our choice.
 */
export function validateSheetName(
  state: WorkbookState,
  name: unknown,
  location: string,
  exceptId?: string
): string {
  if (
    typeof name !== "string" ||
    name.length === 0 ||
    name.length > 31 ||
    /[:\\/?*[\]]/.test(name) ||
    /^'|'$/.test(name) ||
    name.toLowerCase() === "history"
  ) {
    throw new ExcelDoubleError(
      "InvalidArgument",
      location,
      `invalid sheet name ${JSON.stringify(name)}`
    );
  }
  const clash = state.findSheetByName(name);
  if (clash && clash.id !== exceptId)
    throw new ExcelDoubleError("ItemAlreadyExists", location, `a sheet named ${name} exists`);
  return name;
}

/**
 * Fails when no visible sheet would remain besides `id`: Excel keeps one visible sheet; the API docs
 * do not say how a request that would break that fails (InvalidOperation is our choice).
 */
export function keepOneVisible(state: WorkbookState, id: string, location: string): void {
  if (state.sheets.filter((s) => s.visibility === "Visible" && s.id !== id).length === 0) {
    throw new ExcelDoubleError(
      "InvalidOperation",
      location,
      "a workbook must keep one visible sheet"
    );
  }
}

/** add(name?): a new sheet at the end; without a name, "SheetN" with the next free N. */
export function addSheet(state: WorkbookState, name: unknown, location: string): string {
  let sheetName = name;
  if (sheetName === undefined || sheetName === null) {
    let n = state.sheets.length + 1;
    while (state.findSheetByName(`Sheet${n}`)) n++;
    sheetName = `Sheet${n}`;
  }
  const sheet = state.newSheet(validateSheetName(state, sheetName, location));
  state.sheets.push(sheet);
  return sheet.id;
}

/**
 * Worksheet.delete: "if the worksheet's visibility is set to "VeryHidden", the delete operation will
 * fail with an InvalidOperation exception" (https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-delete-member(1)).
 */
export function deleteSheet(state: WorkbookState, id: string, location: string): void {
  const sheet = state.sheet(id, location);
  if (sheet.visibility === "VeryHidden")
    throw new ExcelDoubleError(
      "InvalidOperation",
      location,
      "a very hidden sheet cannot be deleted"
    );
  keepOneVisible(state, id, location);
  const index = state.sheets.indexOf(sheet);
  // References to the sheet and its tables (formulas elsewhere, names, chart sources) become #REF!.
  sheetDeleted(state, sheet);
  state.sheets = state.sheets.filter((s) => s.id !== id);
  state.tables = state.tables.filter((t) => t.sheetId !== id);
  state.charts = state.charts.filter((c) => c.sheetId !== id);
  if (state.activeSheetId === id) {
    const next =
      state.sheets.slice(Math.max(0, index - 1)).find((s) => s.visibility === "Visible") ??
      state.sheets.find((s) => s.visibility === "Visible")!;
    state.activeSheetId = next.id;
    state.selection = { sheetId: next.id, rect: { row: 0, col: 0, rowCount: 1, colCount: 1 } };
  }
}

/** Worksheet.position = index: moves the sheet there (0-based, within the sheet list). */
export function moveSheet(
  state: WorkbookState,
  id: string,
  value: unknown,
  location: string
): void {
  const index = Number(value);
  if (!Number.isInteger(index) || index < 0 || index >= state.sheets.length)
    throw new ExcelDoubleError("InvalidArgument", location, `position ${value}`);
  const moving = state.sheet(id, location);
  state.sheets = state.sheets.filter((s) => s.id !== id);
  state.sheets.splice(index, 0, moving);
}
