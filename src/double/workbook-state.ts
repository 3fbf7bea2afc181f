/**
 * The live workbook behind the double: sheets (sheet-state.ts, with their cell grids), tables, named
 * items, charts, settings, custom XML parts (workbook-parts.ts), active sheet and selection. Proxies
 * refer to things here by id, so a rejected sync can restore the small metadata wholesale
 * (sync-backup.ts) and undo cell changes step by step. Loaded from JSON by workbook-load.ts,
 * written back by workbook-snapshot.ts.
 */
import { formatAddress, tryParseAddress } from "./address";
import { ExcelDoubleError } from "./errors";
import { hasRefError } from "./formula-scan";
import { evaluateFormula, type EvalHost } from "./formulas";
import { evalHost, reconcileTableColumns } from "./references";
import type { Cell } from "./sheet-grid";
import { SheetState } from "./sheet-state";
import { fingerprint, type MetaBackup, restoreBackup, takeBackup } from "./sync-backup";
import type { CellValue } from "./workbook-json";
import type {
  ChartState,
  CustomXmlPartState,
  NameState,
  RangeRef,
  TableState,
} from "./workbook-parts";

export class WorkbookState {
  sheets: SheetState[] = [];
  tables: TableState[] = [];
  names: NameState[] = [];
  charts: ChartState[] = [];
  settings = new Map<string, unknown>();
  customXmlParts: CustomXmlPartState[] = [];
  activeSheetId = "";
  /** Application.cultureInfo.name (workbook-json.ts `culture`). */
  culture = "en-US";
  selection: RangeRef = { sheetId: "", rect: { row: 0, col: 0, rowCount: 1, colCount: 1 } };
  /** The number in the next id (restored when a sync is rolled back). */
  nextId = 1;
  private evaluating = new Set<string>();
  private host: EvalHost | undefined;
  private undoLog: (() => void)[] | undefined;
  private backup: MetaBackup | undefined;

  readonly recordUndo = (undo: () => void): void => {
    this.undoLog?.push(undo);
  };

  newId(prefix: string): string {
    return `${prefix}${this.nextId++}`;
  }

  /**
   * The value of a formula cell: evaluated when the double can (formulas.ts), "#REF!" for an
   * unevaluated formula holding a #REF! reference, else the stored value. A circular reference is 0,
   * as Excel shows it after its circular-reference warning.
   */
  evaluatedValue(sheet: SheetState, r: number, c: number, cell: Cell): CellValue {
    if (cell.formula === undefined) return cell.value;
    const key = `${sheet.id}:${r}:${c}`;
    if (this.evaluating.has(key)) return 0;
    this.evaluating.add(key);
    try {
      this.host ??= evalHost(this);
      const value = evaluateFormula(cell.formula, sheet.id, this.host);
      if (value !== undefined) return value;
      return hasRefError(cell.formula) ? "#REF!" : cell.value;
    } finally {
      this.evaluating.delete(key);
    }
  }

  /** Run by the request context after each operation of a sync. */
  afterOperation(): void {
    if (this.tables.length > 0) reconcileTableColumns(this);
  }

  /** Creates a sheet belonging to this workbook (not yet in `sheets`). */
  newSheet(name: string): SheetState {
    return new SheetState(this.newId("sheet"), name, this);
  }

  // ---- transactions (used by the request context around each sync) ----

  begin(): void {
    this.undoLog = [];
    this.backup = takeBackup(this);
  }

  /** True when the operations run since begin() changed cells or anything in the fingerprint. */
  hasChanges(): boolean {
    if ((this.undoLog?.length ?? 0) > 0) return true;
    return this.backup !== undefined && this.backup.fingerprint !== fingerprint(this);
  }

  commit(): void {
    this.undoLog = undefined;
    this.backup = undefined;
  }

  rollback(): void {
    const log = this.undoLog ?? [];
    for (let i = log.length - 1; i >= 0; i--) log[i]();
    if (this.backup) restoreBackup(this, this.backup);
    this.commit();
  }

  // ---- lookups ----

  findSheetByName(name: string): SheetState | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  sheetByName(name: string, location: string): SheetState {
    const sheet = this.findSheetByName(name);
    if (!sheet)
      throw new ExcelDoubleError(
        "ItemNotFound",
        location,
        `no worksheet named ${JSON.stringify(name)}`
      );
    return sheet;
  }

  findSheet(id: string): SheetState | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  sheet(id: string, location: string): SheetState {
    const sheet = this.findSheet(id);
    if (!sheet)
      throw new ExcelDoubleError("ItemNotFound", location, "the worksheet no longer exists");
    return sheet;
  }

  findTable(id: string): TableState | undefined {
    return this.tables.find((t) => t.id === id);
  }

  table(id: string, location: string): TableState {
    const table = this.findTable(id);
    if (!table) throw new ExcelDoubleError("ItemNotFound", location, "the table no longer exists");
    return table;
  }

  findTableByName(name: string): TableState | undefined {
    const lower = name.toLowerCase();
    return this.tables.find((t) => t.name.toLowerCase() === lower);
  }

  findName(name: string): NameState | undefined {
    const lower = name.toLowerCase();
    return this.names.find((n) => n.name.toLowerCase() === lower);
  }

  findChart(id: string): ChartState | undefined {
    return this.charts.find((c) => c.id === id);
  }

  chart(id: string, location: string): ChartState {
    const chart = this.findChart(id);
    if (!chart) throw new ExcelDoubleError("ItemNotFound", location, "the chart no longer exists");
    return chart;
  }

  /** Resolves "Sheet1!A1:B2", a local "A1:B2" (on `defaultSheet`), a defined name or a table name. */
  resolveAddress(
    address: string,
    defaultSheet: SheetState | undefined,
    location: string
  ): RangeRef {
    const parsed = tryParseAddress(address);
    if (parsed) {
      const sheet =
        parsed.sheet !== undefined ? this.sheetByName(parsed.sheet, location) : defaultSheet;
      if (!sheet)
        throw new ExcelDoubleError(
          "InvalidArgument",
          location,
          `address without sheet: ${address}`
        );
      return { sheetId: sheet.id, rect: parsed.rect };
    }
    const named = this.findName(address);
    if (named?.ref) return { sheetId: named.ref.sheetId, rect: { ...named.ref.rect } };
    const table = this.findTableByName(address);
    if (table) return { sheetId: table.sheetId, rect: { ...table.rect } };
    throw new ExcelDoubleError(
      "InvalidArgument",
      location,
      `not a valid address or name: ${JSON.stringify(address)}`
    );
  }

  formatRef(ref: RangeRef, absolute = false): string {
    return formatAddress(this.sheet(ref.sheetId, "address").name, ref.rect, absolute);
  }

  rangeValues(ref: RangeRef): CellValue[][] {
    const sheet = this.sheet(ref.sheetId, "values");
    const out: CellValue[][] = [];
    for (let r = 0; r < ref.rect.rowCount; r++) {
      const row: CellValue[] = new Array(ref.rect.colCount);
      for (let c = 0; c < ref.rect.colCount; c++)
        row[c] = sheet.valueAt(ref.rect.row + r, ref.rect.col + c);
      out.push(row);
    }
    return out;
  }
}
