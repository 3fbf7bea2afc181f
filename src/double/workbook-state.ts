/**
 * The live workbook behind the double: sheets (with their cell grids), tables, named items, charts,
 * settings, custom XML parts, active sheet and selection. Proxies refer to things here by id, so a
 * rejected sync can restore the small metadata wholesale and undo cell changes step by step.
 */
import {
  formatAddress,
  formatLocal,
  parseAddress,
  quoteSheetName,
  type Rect,
  tryParseAddress,
} from "./address";
import { ExcelDoubleError } from "./errors";
import { hasRefError } from "./formula-scan";
import { evaluateFormula, type EvalHost } from "./formulas";
import { evalHost, reconcileTableColumns } from "./references";
import { type Cell, SheetGrid } from "./sheet-grid";
import type {
  CellValue,
  ChartAxisJson,
  ChartJson,
  ChartSeriesJson,
  CustomXmlPartJson,
  NamedItemJson,
  SheetJson,
  TableJson,
  WorkbookJson,
} from "./workbook-json";

export interface RangeRef {
  sheetId: string;
  rect: Rect;
}

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

export interface TableState {
  id: string;
  name: string;
  sheetId: string;
  /** Whole table: header row (when shown), data body and total row (when shown). */
  rect: Rect;
  showHeaders: boolean;
  showTotals: boolean;
  style: string;
  /** Column names as last seen, so a changed header can rename structured references. */
  columns?: string[];
}

export interface NameState {
  name: string;
  /** Set when the name refers to a range; kept structured so sheet renames follow. */
  ref?: RangeRef;
  /** Formula text for names that are not a plain range reference ("=42"). */
  formula?: string;
  comment: string;
  visible: boolean;
}

export interface AxisState {
  title: string;
  titleVisible: boolean;
  visible: boolean;
  minimum?: number;
  maximum?: number;
  numberFormat?: string;
  reversePlotOrder?: boolean;
}

export interface SeriesState {
  name: string;
  /** "#REF!" once the sheet it pointed at was deleted. */
  values?: RangeRef | CellValue[] | "#REF!";
  xValues?: RangeRef | CellValue[] | "#REF!";
  chartType?: string;
  axisGroup: "Primary" | "Secondary";
  gapWidth?: number;
  fillColor?: string | null;
  pointColors: Record<string, string>;
  hasDataLabels?: boolean;
}

export interface ChartState {
  id: string;
  name: string;
  sheetId: string;
  chartType: string;
  seriesBy: string;
  /** "#REF!" once the sheet it pointed at was deleted. */
  source?: RangeRef | "#REF!";
  title: { text: string; visible: boolean };
  series: SeriesState[];
  axes: { category: AxisState; value: AxisState; secondaryValue: AxisState };
  legend: { visible: boolean; position: string };
  dataLabels: { showValue: boolean };
  position: {
    top: number;
    left: number;
    width: number;
    height: number;
    startCell?: string;
    endCell?: string;
  };
}

export interface CustomXmlPartState {
  id: string;
  xml: string;
}

export function newAxis(): AxisState {
  return { title: "", titleVisible: false, visible: true };
}

/** Metadata copied at the start of each sync so that a rejected batch can be undone. */
interface MetaBackup {
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

export class WorkbookState {
  sheets: SheetState[] = [];
  tables: TableState[] = [];
  names: NameState[] = [];
  charts: ChartState[] = [];
  settings = new Map<string, unknown>();
  customXmlParts: CustomXmlPartState[] = [];
  activeSheetId = "";
  selection: RangeRef = { sheetId: "", rect: { row: 0, col: 0, rowCount: 1, colCount: 1 } };
  private nextId = 1;
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
    this.backup = {
      sheets: this.sheets.map((sheet) => ({
        sheet,
        name: sheet.name,
        visibility: sheet.visibility,
        hiddenRows: new Set(sheet.hiddenRows),
        hiddenColumns: new Set(sheet.hiddenColumns),
        columnWidths: new Map(sheet.columnWidths),
        extras: JSON.stringify(sheetExtras(sheet)),
      })),
      json: JSON.stringify({
        tables: this.tables,
        names: this.names,
        charts: this.charts,
        parts: this.customXmlParts,
      }),
      settings: new Map(this.settings),
      activeSheetId: this.activeSheetId,
      selection: { sheetId: this.selection.sheetId, rect: { ...this.selection.rect } },
      nextId: this.nextId,
      fingerprint: this.fingerprint(),
    };
  }

  /**
   * Everything an undo record could take back apart from cells: sheets (order, names, visibility,
   * hidden rows/columns, widths, stored formats, panes), tables, names, charts, settings and custom
   * XML parts. Selection and the active sheet are left out: selecting is not an undoable change.
   */
  private fingerprint(): string {
    return JSON.stringify({
      sheets: this.sheets.map((s) => [
        s.id,
        s.name,
        s.visibility,
        [...s.hiddenRows],
        [...s.hiddenColumns],
        [...s.columnWidths],
        sheetExtras(s),
      ]),
      tables: this.tables,
      names: this.names,
      charts: this.charts,
      parts: this.customXmlParts,
      settings: [...this.settings],
    });
  }

  /** True when the operations run since begin() changed cells or anything in the fingerprint. */
  hasChanges(): boolean {
    if ((this.undoLog?.length ?? 0) > 0) return true;
    return this.backup !== undefined && this.backup.fingerprint !== this.fingerprint();
  }

  commit(): void {
    this.undoLog = undefined;
    this.backup = undefined;
  }

  rollback(): void {
    const log = this.undoLog ?? [];
    for (let i = log.length - 1; i >= 0; i--) log[i]();
    const b = this.backup;
    if (b) {
      this.sheets = b.sheets.map((s) => {
        s.sheet.name = s.name;
        s.sheet.visibility = s.visibility;
        s.sheet.hiddenRows = s.hiddenRows;
        s.sheet.hiddenColumns = s.hiddenColumns;
        s.sheet.columnWidths = s.columnWidths;
        applySheetExtras(s.sheet, JSON.parse(s.extras));
        return s.sheet;
      });
      const meta = JSON.parse(b.json);
      this.tables = meta.tables;
      this.names = meta.names;
      this.charts = meta.charts;
      this.customXmlParts = meta.parts;
      this.settings = b.settings;
      this.activeSheetId = b.activeSheetId;
      this.selection = b.selection;
      this.nextId = b.nextId;
    }
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

  // ---- JSON ----

  static fromJson(json: WorkbookJson): WorkbookState {
    const state = new WorkbookState();
    if (!json.sheets || json.sheets.length === 0)
      throw new Error("A workbook needs at least one sheet");
    for (const sheetJson of json.sheets) state.loadSheet(sheetJson);
    for (const t of json.tables ?? []) {
      const sheet = state.sheetByName(t.sheet, "loadWorkbook");
      state.tables.push({
        id: state.newId("table"),
        name: t.name,
        sheetId: sheet.id,
        rect: parseAddress(t.address).rect,
        showHeaders: t.showHeaders ?? true,
        showTotals: t.showTotals ?? false,
        style: t.style ?? "TableStyleMedium2",
      });
    }
    reconcileTableColumns(state);
    for (const n of json.names ?? []) state.names.push(state.nameFromJson(n));
    for (const c of json.charts ?? []) state.charts.push(state.chartFromJson(c));
    for (const [key, value] of Object.entries(json.settings ?? {}))
      state.settings.set(key, cloneJson(value));
    for (const p of json.customXmlParts ?? []) state.customXmlParts.push({ id: p.id, xml: p.xml });
    const active = json.activeSheet
      ? state.sheetByName(json.activeSheet, "loadWorkbook")
      : (state.sheets.find((s) => s.visibility === "Visible") ?? state.sheets[0]);
    state.activeSheetId = active.id;
    state.selection = json.selection
      ? state.resolveAddress(json.selection, active, "loadWorkbook")
      : { sheetId: active.id, rect: { row: 0, col: 0, rowCount: 1, colCount: 1 } };
    return state;
  }

  private loadSheet(json: SheetJson): void {
    if (this.findSheetByName(json.name)) throw new Error(`Duplicate sheet name ${json.name}`);
    const sheet = this.newSheet(json.name);
    sheet.visibility = json.visibility ?? "Visible";
    const rows = Math.max(
      json.values?.length ?? 0,
      json.formulas?.length ?? 0,
      json.numberFormats?.length ?? 0,
      json.fills?.length ?? 0,
      json.bold?.length ?? 0
    );
    for (let r = 0; r < rows; r++) {
      const cols = Math.max(
        json.values?.[r]?.length ?? 0,
        json.formulas?.[r]?.length ?? 0,
        json.numberFormats?.[r]?.length ?? 0,
        json.fills?.[r]?.length ?? 0,
        json.bold?.[r]?.length ?? 0
      );
      for (let c = 0; c < cols; c++) {
        const formula = json.formulas?.[r]?.[c] ?? undefined;
        const value = json.values?.[r]?.[c];
        sheet.grid.setCell(r, c, {
          value: value ?? (formula ? formula : ""),
          formula: formula || undefined,
          numberFormat: json.numberFormats?.[r]?.[c] ?? undefined,
          fill: json.fills?.[r]?.[c] ?? undefined,
          bold: json.bold?.[r]?.[c] ?? undefined,
        });
      }
    }
    for (const r of json.hiddenRows ?? []) sheet.hiddenRows.add(r);
    for (const c of json.hiddenColumns ?? []) sheet.hiddenColumns.add(c);
    for (const [c, w] of Object.entries(json.columnWidths ?? {}))
      sheet.columnWidths.set(Number(c), w);
    applySheetExtras(sheet, json);
    this.sheets.push(sheet);
  }

  private nameFromJson(n: NamedItemJson): NameState {
    const text = n.formula.startsWith("=") ? n.formula.slice(1) : n.formula;
    const parsed = tryParseAddress(text);
    const base = { name: n.name, comment: n.comment ?? "", visible: n.visible ?? true };
    if (parsed?.sheet !== undefined) {
      return {
        ...base,
        ref: { sheetId: this.sheetByName(parsed.sheet, "loadWorkbook").id, rect: parsed.rect },
      };
    }
    return { ...base, formula: n.formula.startsWith("=") ? n.formula : `=${n.formula}` };
  }

  private refOrValues(
    value: string | CellValue[] | undefined
  ): RangeRef | CellValue[] | "#REF!" | undefined {
    if (value === undefined || Array.isArray(value) || value === "#REF!") return value;
    return this.resolveAddress(value, undefined, "loadWorkbook");
  }

  private axisFromJson(json: ChartAxisJson | undefined): AxisState {
    return {
      ...newAxis(),
      ...(json ?? {}),
      title: json?.title ?? "",
      titleVisible: json?.titleVisible ?? Boolean(json?.title),
    };
  }

  private chartFromJson(c: ChartJson): ChartState {
    const sheet = this.sheetByName(c.sheet, "loadWorkbook");
    return {
      id: this.newId("chart"),
      name: c.name,
      sheetId: sheet.id,
      chartType: c.chartType,
      seriesBy: c.seriesBy ?? "Auto",
      source:
        c.source === "#REF!"
          ? "#REF!"
          : c.source
            ? this.resolveAddress(c.source, sheet, "loadWorkbook")
            : undefined,
      title: { text: c.title ?? "", visible: c.titleVisible ?? Boolean(c.title) },
      series: c.series.map((s: ChartSeriesJson) => ({
        name: s.name,
        values: this.refOrValues(s.values),
        xValues: this.refOrValues(s.xValues),
        chartType: s.chartType,
        axisGroup: s.axisGroup ?? "Primary",
        gapWidth: s.gapWidth,
        fillColor: s.fillColor,
        pointColors: { ...(s.pointColors ?? {}) },
        hasDataLabels: s.hasDataLabels,
      })),
      axes: {
        category: this.axisFromJson(c.axes?.category),
        value: this.axisFromJson(c.axes?.value),
        secondaryValue: this.axisFromJson(c.axes?.secondaryValue),
      },
      legend: { visible: c.legendVisible ?? true, position: c.legendPosition ?? "Right" },
      dataLabels: { showValue: c.dataLabelsShowValue ?? false },
      position: c.position ?? { top: 0, left: 0, width: 360, height: 216 },
    };
  }

  toJson(): WorkbookJson {
    const sheetName = (id: string) => this.sheet(id, "snapshot").name;
    const refText = (v: RangeRef | CellValue[] | "#REF!" | undefined) =>
      v === undefined || Array.isArray(v) || v === "#REF!" ? v : this.formatRef(v, true);
    const resolved = (v: RangeRef | CellValue[] | "#REF!" | undefined) =>
      v === undefined || v === "#REF!"
        ? undefined
        : Array.isArray(v)
          ? [...v]
          : this.findSheet(v.sheetId)
            ? this.rangeValues(v).flat()
            : undefined;
    return {
      sheets: this.sheets.map((s) => sheetToJson(s)),
      activeSheet: sheetName(this.activeSheetId),
      selection: this.formatRef(this.selection),
      tables: this.tables.map((t): TableJson => ({
        name: t.name,
        sheet: sheetName(t.sheetId),
        address: formatLocal(t.rect),
        showHeaders: t.showHeaders,
        showTotals: t.showTotals,
        style: t.style,
      })),
      names: this.names.map((n): NamedItemJson => ({
        name: n.name,
        formula: n.ref ? `=${this.formatRef(n.ref, true)}` : (n.formula ?? ""),
        comment: n.comment,
        visible: n.visible,
      })),
      charts: this.charts.map((c): ChartJson => ({
        name: c.name,
        sheet: sheetName(c.sheetId),
        chartType: c.chartType,
        source:
          c.source === "#REF!" ? "#REF!" : c.source ? this.formatRef(c.source, true) : undefined,
        seriesBy: c.seriesBy,
        title: c.title.text,
        titleVisible: c.title.visible,
        series: c.series.map((s) => ({
          name: s.name,
          values: refText(s.values),
          xValues: refText(s.xValues),
          chartType: s.chartType,
          axisGroup: s.axisGroup,
          gapWidth: s.gapWidth,
          fillColor: s.fillColor,
          pointColors: { ...s.pointColors },
          hasDataLabels: s.hasDataLabels,
          resolvedValues: resolved(s.values),
          resolvedXValues: resolved(s.xValues),
        })),
        axes: {
          category: { ...c.axes.category },
          value: { ...c.axes.value },
          secondaryValue: { ...c.axes.secondaryValue },
        },
        legendVisible: c.legend.visible,
        legendPosition: c.legend.position,
        dataLabelsShowValue: c.dataLabels.showValue,
        position: { ...c.position },
      })),
      settings: Object.fromEntries([...this.settings].map(([k, v]) => [k, cloneJson(v)])),
      customXmlParts: this.customXmlParts.map((p): CustomXmlPartJson => ({ ...p })),
    };
  }
}

function sheetToJson(sheet: SheetState): SheetJson {
  const used = sheet.grid.usedRect(false);
  const json: SheetJson = {
    name: sheet.name,
    visibility: sheet.visibility,
    values: [],
    numberFormats: [],
  };
  if (used) {
    const rows = used.row + used.rowCount;
    const cols = used.col + used.colCount;
    const formulas: (string | null)[][] = [];
    const fills: (string | null)[][] = [];
    const bold: (boolean | null)[][] = [];
    let anyFormula = false;
    let anyFill = false;
    let anyBold = false;
    for (let r = 0; r < rows; r++) {
      const vRow: CellValue[] = [];
      const nfRow: string[] = [];
      const fRow: (string | null)[] = [];
      const fillRow: (string | null)[] = [];
      const boldRow: (boolean | null)[] = [];
      for (let c = 0; c < cols; c++) {
        const cell = sheet.cellAt(r, c);
        vRow.push(cell.value);
        nfRow.push(cell.numberFormat ?? "General");
        fRow.push(cell.formula ?? null);
        fillRow.push(cell.fill ?? null);
        boldRow.push(cell.bold ?? null);
        anyFormula ||= cell.formula !== undefined;
        anyFill ||= cell.fill !== undefined;
        anyBold ||= cell.bold !== undefined;
      }
      json.values!.push(vRow);
      json.numberFormats!.push(nfRow);
      formulas.push(fRow);
      fills.push(fillRow);
      bold.push(boldRow);
    }
    if (anyFormula) json.formulas = formulas;
    if (anyFill) json.fills = fills;
    if (anyBold) json.bold = bold;
  }
  if (sheet.hiddenRows.size) json.hiddenRows = [...sheet.hiddenRows].sort((a, b) => a - b);
  if (sheet.hiddenColumns.size) json.hiddenColumns = [...sheet.hiddenColumns].sort((a, b) => a - b);
  if (sheet.columnWidths.size)
    json.columnWidths = Object.fromEntries([...sheet.columnWidths].map(([c, w]) => [String(c), w]));
  return { ...json, ...sheetExtras(sheet) };
}

/** The optional sheet fields beyond cells: range formats, frozen panes, gridlines. */
function sheetExtras(
  sheet: SheetState
): Pick<SheetJson, "rangeFormats" | "frozenRows" | "frozenColumns" | "showGridlines"> {
  const extras: Pick<SheetJson, "rangeFormats" | "frozenRows" | "frozenColumns" | "showGridlines"> =
    {};
  if (sheet.rangeFormats.size)
    extras.rangeFormats = cloneJson(Object.fromEntries(sheet.rangeFormats));
  if (sheet.frozenRows) extras.frozenRows = sheet.frozenRows;
  if (sheet.frozenColumns) extras.frozenColumns = sheet.frozenColumns;
  if (!sheet.showGridlines) extras.showGridlines = false;
  return extras;
}

function applySheetExtras(
  sheet: SheetState,
  json: Pick<SheetJson, "rangeFormats" | "frozenRows" | "frozenColumns" | "showGridlines">
): void {
  sheet.rangeFormats = new Map(Object.entries(cloneJson(json.rangeFormats ?? {})));
  sheet.frozenRows = json.frozenRows ?? 0;
  sheet.frozenColumns = json.frozenColumns ?? 0;
  sheet.showGridlines = json.showGridlines ?? true;
}

export function cloneJson<T>(value: T): T {
  return value === undefined ? value : JSON.parse(JSON.stringify(value));
}

export { quoteSheetName };
