/**
 * What a sync can take back: the metadata copied when a sync begins (sheets' names, visibility,
 * hidden rows/columns, widths and extras; tables, names, charts, custom XML parts, settings, active
 * sheet, selection, the id counter), restored wholesale when the sync is rolled back. Cell changes
 * are undone step by step from the grid's undo log instead (WorkbookState.rollback).
 */
import { applySheetExtras, sheetExtras, type SheetState } from "./sheet-state";
import type { RangeRef } from "./workbook-parts";
import type { WorkbookState } from "./workbook-state";

/** Metadata copied at the start of each sync so that a rejected batch can be undone. */
export interface MetaBackup {
  sheets: {
    sheet: SheetState;
    name: string;
    visibility: SheetState["visibility"];
    hiddenRows: Set<number>;
    hiddenColumns: Set<number>;
    columnWidths: Map<number, number>;
    extras: string;
  }[];
  json: string;
  settings: Map<string, unknown>;
  activeSheetId: string;
  selection: RangeRef;
  nextId: number;
  /** What the workbook holds apart from cells, to tell whether a sync changed it. */
  fingerprint: string;
}

export function takeBackup(state: WorkbookState): MetaBackup {
  return {
    sheets: state.sheets.map((sheet) => ({
      sheet,
      name: sheet.name,
      visibility: sheet.visibility,
      hiddenRows: new Set(sheet.hiddenRows),
      hiddenColumns: new Set(sheet.hiddenColumns),
      columnWidths: new Map(sheet.columnWidths),
      extras: JSON.stringify(sheetExtras(sheet)),
    })),
    json: JSON.stringify({
      tables: state.tables,
      names: state.names,
      charts: state.charts,
      parts: state.customXmlParts,
    }),
    settings: new Map(state.settings),
    activeSheetId: state.activeSheetId,
    selection: { sheetId: state.selection.sheetId, rect: { ...state.selection.rect } },
    nextId: state.nextId,
    fingerprint: fingerprint(state),
  };
}

/**
 * Everything an undo record could take back apart from cells: sheets (order, names, visibility,
 * hidden rows/columns, widths, stored formats, panes), tables, names, charts, settings and custom
 * XML parts. Selection and the active sheet are left out: selecting is not an undoable change.
 */
export function fingerprint(state: WorkbookState): string {
  return JSON.stringify({
    sheets: state.sheets.map((s) => [
      s.id,
      s.name,
      s.visibility,
      [...s.hiddenRows],
      [...s.hiddenColumns],
      [...s.columnWidths],
      sheetExtras(s),
    ]),
    tables: state.tables,
    names: state.names,
    charts: state.charts,
    parts: state.customXmlParts,
    settings: [...state.settings],
  });
}

export function restoreBackup(state: WorkbookState, b: MetaBackup): void {
  state.sheets = b.sheets.map((s) => {
    s.sheet.name = s.name;
    s.sheet.visibility = s.visibility;
    s.sheet.hiddenRows = s.hiddenRows;
    s.sheet.hiddenColumns = s.hiddenColumns;
    s.sheet.columnWidths = s.columnWidths;
    applySheetExtras(s.sheet, JSON.parse(s.extras));
    return s.sheet;
  });
  const meta = JSON.parse(b.json);
  state.tables = meta.tables;
  state.names = meta.names;
  state.charts = meta.charts;
  state.customXmlParts = meta.parts;
  state.settings = b.settings;
  state.activeSheetId = b.activeSheetId;
  state.selection = b.selection;
  state.nextId = b.nextId;
}
