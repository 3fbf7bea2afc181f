/**
 * Excel.Range double. https://learn.microsoft.com/javascript/api/excel/excel.range
 * A range is bound at sync time to a sheet and a rectangle; derived ranges (getCell, getOffsetRange,
 * getSurroundingRegion, ...) are computed from their parent when the batch runs.
 */
import {
  boundingRect,
  containsRect,
  formatAddress,
  formatLocal,
  intersectRects,
  MAX_COLUMNS,
  MAX_ROWS,
  type Rect,
  rectInGrid,
} from "./address";
import { ExcelDoubleError } from "./errors";
import { FieldProxy } from "./field-proxy";
import { type PropertyDef, ProxyObject, asExcel } from "./proxy-object";
import {
  checkReadable,
  CLEAR_APPLY_TO,
  clampToUsed,
  clearRange,
  hiddenState,
  pickFormula,
  pickNumberFormat,
  pickText,
  pickValue,
  readGrid,
  setHidden,
  surroundingRegion,
  uniformValue,
  updateCells,
  writeNumberFormat,
  writeValues,
  writeValuesAsJson,
} from "./range-operations";
import { jsonValueOf } from "./cell-input";
import type { RequestContextDouble } from "./request-context";
import { TableListDouble } from "./table";
import type { SheetState } from "./sheet-state";
import type { RangeRef } from "./workbook-parts";
import { WorksheetDouble } from "./worksheet";

export type RangeInput = Excel.Range | string;

type RangeSource =
  | { target: RangeRef }
  | {
      resolve: () => RangeRef | null;
      orNull?: boolean;
      location: string;
      api?: string;
      payload?: unknown;
    };

export class RangeDouble extends ProxyObject<RangeRef> {
  private formatProxy: RangeFormatDouble | undefined = undefined;
  private worksheetProxy: WorksheetDouble | undefined = undefined;

  constructor(ctx: RequestContextDouble, source: RangeSource) {
    super(ctx, "Range", source);
  }

  /** A range computed at sync time from this one. */
  private derive(
    method: string,
    compute: (ref: RangeRef, location: string) => RangeRef | null,
    orNull = false,
    api?: string
  ): Excel.Range {
    const location = `Range.${method}`;
    return asExcel<Excel.Range>(
      new RangeDouble(this.ctx, {
        location,
        orNull,
        api,
        resolve: () => {
          const ref = this.targetOrNull(location);
          if (ref === null) return null;
          const next = compute(ref, location);
          if (next && !rectInGrid(next.rect))
            throw new ExcelDoubleError("InvalidArgument", location, "outside the grid");
          return next;
        },
      })
    );
  }

  protected override properties(): Record<string, PropertyDef<RangeRef>> {
    const state = this.ctx.state;
    const limit = this.ctx.runtime.limits.readCellLimit;
    const grid =
      <V>(pick: Parameters<typeof readGrid<V>>[2]) =>
      (ref: RangeRef) =>
        readGrid(checkReadable(state, ref, "Range.load", limit), ref.rect, pick);
    return {
      address: { get: (ref) => state.formatRef(ref) },
      addressLocal: { get: (ref) => state.formatRef(ref) },
      cellCount: { get: (ref) => ref.rect.rowCount * ref.rect.colCount },
      rowCount: { get: (ref) => ref.rect.rowCount },
      columnCount: { get: (ref) => ref.rect.colCount },
      rowIndex: { get: (ref) => ref.rect.row },
      columnIndex: { get: (ref) => ref.rect.col },
      isEntireColumn: { get: (ref) => ref.rect.row === 0 && ref.rect.rowCount === MAX_ROWS },
      isEntireRow: { get: (ref) => ref.rect.col === 0 && ref.rect.colCount === MAX_COLUMNS },
      values: { get: grid(pickValue), set: (ref, v, loc) => writeValues(state, ref, v, loc) },
      formulas: { get: grid(pickFormula), set: (ref, v, loc) => writeValues(state, ref, v, loc) },
      // ExcelApi 1.16: typed values (cell-input.ts).
      valuesAsJson: {
        get: grid((cell) => jsonValueOf(cell.value)),
        set: (ref, v, loc) => writeValuesAsJson(state, ref, v, loc),
        api: "1.16",
      },
      numberFormat: {
        get: grid(pickNumberFormat),
        set: (ref, v, loc) => writeNumberFormat(state, ref, v, loc),
      },
      text: { get: grid(pickText) },
      valueTypes: { get: grid((cell) => valueType(cell.value)) },
      rowHidden: {
        get: (ref) =>
          hiddenState(
            state.sheet(ref.sheetId, "Range.rowHidden").hiddenRows,
            ref.rect.row,
            ref.rect.rowCount
          ),
        set: (ref, v) =>
          setHidden(
            state.sheet(ref.sheetId, "Range.rowHidden").hiddenRows,
            ref.rect.row,
            ref.rect.rowCount,
            Boolean(v)
          ),
      },
      columnHidden: {
        get: (ref) =>
          hiddenState(
            state.sheet(ref.sheetId, "Range.columnHidden").hiddenColumns,
            ref.rect.col,
            ref.rect.colCount
          ),
        set: (ref, v) =>
          setHidden(
            state.sheet(ref.sheetId, "Range.columnHidden").hiddenColumns,
            ref.rect.col,
            ref.rect.colCount,
            Boolean(v)
          ),
      },
    };
  }

  protected override navigation(): Record<string, () => ProxyObject<unknown>> {
    return {
      format: () => this.formatDouble() as ProxyObject<unknown>,
      worksheet: () => this.worksheetDouble() as ProxyObject<unknown>,
    };
  }

  // ---- scalar properties ----
  get address(): string {
    return this.read("address");
  }
  get addressLocal(): string {
    return this.read("addressLocal");
  }
  get cellCount(): number {
    return this.read("cellCount");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get isEntireColumn(): boolean {
    return this.read("isEntireColumn");
  }
  get isEntireRow(): boolean {
    return this.read("isEntireRow");
  }
  get values(): any[][] {
    return this.read("values");
  }
  set values(values: any[][]) {
    this.write("values", values);
  }
  get valuesAsJson(): Excel.CellValue[][] {
    return this.read("valuesAsJson");
  }
  set valuesAsJson(values: Excel.CellValue[][]) {
    this.write("valuesAsJson", values);
  }
  get formulas(): any[][] {
    return this.read("formulas");
  }
  set formulas(formulas: any[][]) {
    this.write("formulas", formulas);
  }
  get numberFormat(): any[][] {
    return this.read("numberFormat");
  }
  set numberFormat(formats: any[][]) {
    this.write("numberFormat", formats);
  }
  get text(): string[][] {
    return this.read("text");
  }
  get valueTypes(): Excel.RangeValueType[][] {
    return this.read("valueTypes");
  }
  get rowHidden(): boolean {
    return this.read("rowHidden");
  }
  set rowHidden(hidden: boolean) {
    this.write("rowHidden", hidden);
  }
  get columnHidden(): boolean {
    return this.read("columnHidden");
  }
  set columnHidden(hidden: boolean) {
    this.write("columnHidden", hidden);
  }

  // ---- navigation ----
  private formatDouble(): RangeFormatDouble {
    this.formatProxy ??= new RangeFormatDouble(this.ctx, this);
    return this.formatProxy;
  }
  get format(): Excel.RangeFormat {
    return asExcel<Excel.RangeFormat>(this.formatDouble());
  }
  private worksheetDouble(): WorksheetDouble {
    this.worksheetProxy ??= new WorksheetDouble(this.ctx, {
      location: "Range.worksheet",
      resolve: () => this.target("Range.worksheet").sheetId,
    });
    return this.worksheetProxy;
  }
  get worksheet(): Excel.Worksheet {
    return asExcel<Excel.Worksheet>(this.worksheetDouble());
  }

  // ---- derived ranges ----
  getCell(row: number, column: number): Excel.Range {
    return this.derive("getCell", (ref) => ({
      sheetId: ref.sheetId,
      rect: { row: ref.rect.row + row, col: ref.rect.col + column, rowCount: 1, colCount: 1 },
    }));
  }
  getOffsetRange(rowOffset: number, columnOffset: number): Excel.Range {
    return this.derive("getOffsetRange", (ref) => ({
      sheetId: ref.sheetId,
      rect: { ...ref.rect, row: ref.rect.row + rowOffset, col: ref.rect.col + columnOffset },
    }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): Excel.Range {
    return this.derive(
      "getResizedRange",
      (ref) => ({
        sheetId: ref.sheetId,
        rect: {
          ...ref.rect,
          rowCount: ref.rect.rowCount + deltaRows,
          colCount: ref.rect.colCount + deltaColumns,
        },
      }),
      false,
      "1.2"
    );
  }
  getAbsoluteResizedRange(numRows: number, numColumns: number): Excel.Range {
    return this.derive(
      "getAbsoluteResizedRange",
      (ref) => ({
        sheetId: ref.sheetId,
        rect: { ...ref.rect, rowCount: numRows, colCount: numColumns },
      }),
      false,
      "1.7"
    );
  }
  getRow(row: number): Excel.Range {
    return this.derive("getRow", (ref, loc) => {
      if (row < 0 || row >= ref.rect.rowCount)
        throw new ExcelDoubleError("InvalidArgument", loc, `row ${row} outside range`);
      return { sheetId: ref.sheetId, rect: { ...ref.rect, row: ref.rect.row + row, rowCount: 1 } };
    });
  }
  getColumn(column: number): Excel.Range {
    return this.derive("getColumn", (ref, loc) => {
      if (column < 0 || column >= ref.rect.colCount)
        throw new ExcelDoubleError("InvalidArgument", loc, `column ${column} outside range`);
      return {
        sheetId: ref.sheetId,
        rect: { ...ref.rect, col: ref.rect.col + column, colCount: 1 },
      };
    });
  }
  getRowsAbove(count = 1): Excel.Range {
    return this.derive(
      "getRowsAbove",
      (ref) => ({
        sheetId: ref.sheetId,
        rect: { ...ref.rect, row: ref.rect.row - count, rowCount: count },
      }),
      false,
      "1.2"
    );
  }
  getRowsBelow(count = 1): Excel.Range {
    return this.derive(
      "getRowsBelow",
      (ref) => ({
        sheetId: ref.sheetId,
        rect: { ...ref.rect, row: ref.rect.row + ref.rect.rowCount, rowCount: count },
      }),
      false,
      "1.2"
    );
  }
  getColumnsBefore(count = 1): Excel.Range {
    return this.derive(
      "getColumnsBefore",
      (ref) => ({
        sheetId: ref.sheetId,
        rect: { ...ref.rect, col: ref.rect.col - count, colCount: count },
      }),
      false,
      "1.2"
    );
  }
  getColumnsAfter(count = 1): Excel.Range {
    return this.derive(
      "getColumnsAfter",
      (ref) => ({
        sheetId: ref.sheetId,
        rect: { ...ref.rect, col: ref.rect.col + ref.rect.colCount, colCount: count },
      }),
      false,
      "1.2"
    );
  }
  getLastRow(): Excel.Range {
    return this.derive("getLastRow", (ref) => ({
      sheetId: ref.sheetId,
      rect: { ...ref.rect, row: ref.rect.row + ref.rect.rowCount - 1, rowCount: 1 },
    }));
  }
  getLastColumn(): Excel.Range {
    return this.derive("getLastColumn", (ref) => ({
      sheetId: ref.sheetId,
      rect: { ...ref.rect, col: ref.rect.col + ref.rect.colCount - 1, colCount: 1 },
    }));
  }
  getLastCell(): Excel.Range {
    return this.derive("getLastCell", (ref) => ({
      sheetId: ref.sheetId,
      rect: {
        row: ref.rect.row + ref.rect.rowCount - 1,
        col: ref.rect.col + ref.rect.colCount - 1,
        rowCount: 1,
        colCount: 1,
      },
    }));
  }
  getEntireColumn(): Excel.Range {
    return this.derive("getEntireColumn", (ref) => ({
      sheetId: ref.sheetId,
      rect: { row: 0, rowCount: MAX_ROWS, col: ref.rect.col, colCount: ref.rect.colCount },
    }));
  }
  getEntireRow(): Excel.Range {
    return this.derive("getEntireRow", (ref) => ({
      sheetId: ref.sheetId,
      rect: { col: 0, colCount: MAX_COLUMNS, row: ref.rect.row, rowCount: ref.rect.rowCount },
    }));
  }
  getIntersection(anotherRange: RangeInput): Excel.Range {
    return this.derive("getIntersection", (ref, loc) => {
      const other = this.otherRect(anotherRange, ref, loc);
      const rect = other && intersectRects(ref.rect, other);
      if (!rect) throw new ExcelDoubleError("ItemNotFound", loc, "the ranges do not intersect");
      return { sheetId: ref.sheetId, rect };
    });
  }
  getIntersectionOrNullObject(anotherRange: RangeInput): Excel.Range {
    return this.derive(
      "getIntersectionOrNullObject",
      (ref, loc) => {
        const other = this.otherRect(anotherRange, ref, loc);
        const rect = other && intersectRects(ref.rect, other);
        return rect ? { sheetId: ref.sheetId, rect } : null;
      },
      true,
      "1.4"
    );
  }
  getBoundingRect(anotherRange: RangeInput): Excel.Range {
    return this.derive("getBoundingRect", (ref, loc) => {
      const other = this.otherRect(anotherRange, ref, loc);
      if (!other)
        throw new ExcelDoubleError("InvalidArgument", loc, "ranges are on different sheets");
      return { sheetId: ref.sheetId, rect: boundingRect(ref.rect, other) };
    });
  }
  getSurroundingRegion(): Excel.Range {
    return this.derive(
      "getSurroundingRegion",
      (ref, loc) => ({
        sheetId: ref.sheetId,
        rect: surroundingRegion(this.ctx.state.sheet(ref.sheetId, loc), ref.rect),
      }),
      false,
      "1.7"
    );
  }
  /**
   * Range.getUsedRange(valuesOnly): "Returns the used range of the given range object. If there are
   * no used cells within the range, this function will throw an ItemNotFound error."
   * (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getusedrange-member(1)).
   * Only cells *within* the range count, so the result is the smallest range around the used cells
   * inside it ("The used range is the smallest range that encompasses any cells that have a value or
   * formatting assigned to them" — Worksheet.getUsedRange), not the range cut by the worksheet's used
   * range: an empty column inside the sheet's used area has no used range. valuesOnly: "Considers
   * only cells with values as used cells" (ExcelApi 1.2).
   */
  getUsedRange(valuesOnly?: boolean): Excel.Range {
    return this.derive("getUsedRange", (ref, loc) => {
      if (valuesOnly !== undefined) this.ctx.requireApi("1.2", "Range.getUsedRange(valuesOnly)");
      const rect = this.ctx.state
        .sheet(ref.sheetId, loc)
        .grid.usedRect(Boolean(valuesOnly), ref.rect);
      if (!rect) throw new ExcelDoubleError("ItemNotFound", loc, "no used cells in the range");
      return { sheetId: ref.sheetId, rect };
    });
  }
  /** Range.getUsedRangeOrNullObject(valuesOnly) — ExcelApi 1.4: a null object where getUsedRange throws. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): Excel.Range {
    return this.derive(
      "getUsedRangeOrNullObject",
      (ref, loc) => {
        const rect = this.ctx.state
          .sheet(ref.sheetId, loc)
          .grid.usedRect(Boolean(valuesOnly), ref.rect);
        return rect ? { sheetId: ref.sheetId, rect } : null;
      },
      true,
      "1.4"
    );
  }

  /** Tables overlapping this range (or fully inside it). ExcelApi 1.9. */
  getTables(fullyContained?: boolean): Excel.TableScopedCollection {
    const location = "Range.getTables";
    return asExcel<Excel.TableScopedCollection>(
      new TableListDouble(this.ctx, "TableScopedCollection", {
        location,
        api: "1.9",
        resolve: () => {
          const ref = this.target(location);
          return () =>
            this.ctx.state.tables
              .filter((t) => t.sheetId === ref.sheetId)
              .filter((t) =>
                fullyContained
                  ? containsRect(ref.rect, t.rect)
                  : intersectRects(ref.rect, t.rect) !== undefined
              )
              .map((t) => t.id);
        },
      })
    );
  }

  /**
   * getVisibleView() — ExcelApi 1.3: the rows and columns not hidden (or filtered out), for code
   * that skips hidden rows. https://learn.microsoft.com/javascript/api/excel/excel.rangeview
   */
  getVisibleView(): Excel.RangeView {
    const location = "Range.getVisibleView";
    const state = this.ctx.state;
    const visible = (ref: RangeRef) => {
      const sheet = state.sheet(ref.sheetId, location);
      const rows = Array.from({ length: ref.rect.rowCount }, (_, i) => ref.rect.row + i).filter(
        (r) => !sheet.hiddenRows.has(r)
      );
      const cols = Array.from({ length: ref.rect.colCount }, (_, i) => ref.rect.col + i).filter(
        (c) => !sheet.hiddenColumns.has(c)
      );
      return { sheet, rows, cols };
    };
    const grid = <V>(
      pick: (
        cell: ReturnType<SheetState["grid"]["getCell"]>,
        r: number,
        c: number,
        name: string
      ) => V
    ) => ({
      get: (ref: RangeRef): V[][] => {
        checkReadable(state, ref, location, this.ctx.runtime.limits.readCellLimit);
        const { sheet, rows, cols } = visible(ref);
        return rows.map((r) => cols.map((c) => pick(sheet.cellAt(r, c), r, c, sheet.name)));
      },
    });
    return asExcel<Excel.RangeView>(
      new FieldProxy<RangeRef>(
        this.ctx,
        "RangeView",
        { location, api: "1.3", resolve: () => this.targetOrNull(location) },
        {
          values: grid(pickValue),
          formulas: grid(pickFormula),
          numberFormat: grid(pickNumberFormat),
          text: grid(pickText),
          cellAddresses: grid((_cell, r, c, name) =>
            formatAddress(name, { row: r, col: c, rowCount: 1, colCount: 1 })
          ),
          rowCount: { get: (ref) => visible(ref).rows.length },
          columnCount: { get: (ref) => visible(ref).cols.length },
          index: { get: () => 0 },
        }
      )
    );
  }

  private otherRect(other: RangeInput, ref: RangeRef, location: string): Rect | undefined {
    const otherRef =
      typeof other === "string"
        ? this.ctx.state.resolveAddress(
            other,
            this.ctx.state.sheet(ref.sheetId, location),
            location
          )
        : rangeDouble(other, this.ctx, location).target(location);
    return otherRef.sheetId === ref.sheetId ? otherRef.rect : undefined;
  }

  // ---- methods ----
  select(): void {
    this.call("select", (ref) => {
      this.ctx.state.activeSheetId = ref.sheetId;
      this.ctx.state.selection = { sheetId: ref.sheetId, rect: { ...ref.rect } };
    });
  }
  clear(
    applyTo?:
      | Excel.ClearApplyTo
      | "All"
      | "Formats"
      | "Contents"
      | "Hyperlinks"
      | "RemoveHyperlinks"
      | "ResetContents"
  ): void {
    const mode = applyTo ?? "All";
    this.call(
      "clear",
      (ref, loc) => {
        if (!(mode in CLEAR_APPLY_TO))
          throw new ExcelDoubleError("InvalidArgument", loc, `applyTo ${JSON.stringify(mode)}`);
        const api = CLEAR_APPLY_TO[mode];
        if (api) this.ctx.requireApi(api, `Range.clear(${mode})`);
        clearRange(this.ctx.state, ref, mode, loc);
      },
      mode
    );
  }
}

/** Unwraps an Excel.Range that must come from this double and this context. */
export function rangeDouble(
  range: unknown,
  ctx: RequestContextDouble,
  location: string
): RangeDouble {
  if (!(range instanceof RangeDouble))
    throw new ExcelDoubleError("InvalidArgument", location, "expected a Range from this double");
  if (range.ctx !== ctx)
    throw new ExcelDoubleError(
      "InvalidArgument",
      location,
      "the Range belongs to another request context"
    );
  return range;
}

function valueType(value: unknown): Excel.RangeValueType {
  if (value === "") return "Empty" as Excel.RangeValueType;
  if (typeof value === "number") return "Double" as Excel.RangeValueType;
  if (typeof value === "boolean") return "Boolean" as Excel.RangeValueType;
  if (typeof value === "string" && /^#/.test(value) && /[!?A]$/.test(value))
    return "Error" as Excel.RangeValueType;
  return "String" as Excel.RangeValueType;
}

/** Colour names Office.js accepts, normalised to "#RRGGBB" like Excel returns them. */
const NAMED_COLORS: Record<string, string> = {
  black: "#000000",
  white: "#FFFFFF",
  red: "#FF0000",
  green: "#008000",
  blue: "#0000FF",
  yellow: "#FFFF00",
  orange: "#FFA500",
  gray: "#808080",
  grey: "#808080",
  lightgray: "#D3D3D3",
  purple: "#800080",
};

export function normalizeColor(color: unknown, location: string): string {
  if (typeof color !== "string")
    throw new ExcelDoubleError("InvalidArgument", location, "colour must be a string");
  const named = NAMED_COLORS[color.toLowerCase()];
  if (named) return named;
  if (/^#[0-9a-f]{6}$/i.test(color)) return color.toUpperCase();
  if (/^#[0-9a-f]{3}$/i.test(color))
    return `#${[...color.slice(1)].map((ch) => ch + ch).join("")}`.toUpperCase();
  throw new ExcelDoubleError("InvalidArgument", location, `not a colour: ${color}`);
}

/** A formatting property stored by address rather than modelled per cell (see SheetJson.rangeFormats). */
function storedFormat(
  state: RequestContextDouble["state"],
  key: string,
  fallback: unknown,
  check?: (v: unknown, location: string) => unknown
): PropertyDef<RangeRef> {
  return {
    get: (ref) => {
      const sheet = state.sheet(ref.sheetId, key);
      const own = sheet.rangeFormats.get(formatLocal(ref.rect));
      return own && key in own ? own[key] : fallback;
    },
    set: (ref, v, location) => {
      const sheet = state.sheet(ref.sheetId, location);
      const address = formatLocal(ref.rect);
      const value = check ? check(v, location) : v;
      sheet.rangeFormats.set(address, { ...(sheet.rangeFormats.get(address) ?? {}), [key]: value });
    },
  };
}

const oneOf =
  (...allowed: string[]) =>
  (v: unknown, location: string) => {
    if (typeof v !== "string" || !allowed.includes(v))
      throw new ExcelDoubleError("InvalidArgument", location, String(v));
    return v;
  };
const isBoolean = (v: unknown, location: string) => {
  if (typeof v !== "boolean")
    throw new ExcelDoubleError("InvalidArgument", location, "expected a boolean");
  return v;
};
const isNumber = (v: unknown, location: string) => {
  if (typeof v !== "number" || !Number.isFinite(v) || v < 0)
    throw new ExcelDoubleError("InvalidArgument", location, "expected a number ≥ 0");
  return v;
};

/** Range.format: column width, autofit, and the fill/font children. */
export class RangeFormatDouble extends ProxyObject<RangeRef> {
  private fillProxy: RangeFillDouble | undefined = undefined;
  private fontProxy: RangeFontDouble | undefined = undefined;

  constructor(
    ctx: RequestContextDouble,
    readonly range: RangeDouble
  ) {
    super(ctx, "RangeFormat", {
      location: "Range.format",
      resolve: () => range.targetOrNull("Range.format"),
    });
  }

  protected override properties(): Record<string, PropertyDef<RangeRef>> {
    const state = this.ctx.state;
    return {
      horizontalAlignment: storedFormat(
        state,
        "horizontalAlignment",
        "General",
        oneOf(
          "General",
          "Left",
          "Center",
          "Right",
          "Fill",
          "Justify",
          "CenterAcrossSelection",
          "Distributed"
        )
      ),
      verticalAlignment: storedFormat(
        state,
        "verticalAlignment",
        "Bottom",
        oneOf("Top", "Center", "Bottom", "Justify", "Distributed")
      ),
      wrapText: storedFormat(state, "wrapText", false, isBoolean),
      rowHeight: storedFormat(state, "rowHeight", 15, isNumber),
      columnWidth: {
        get: (ref) => {
          const sheet = state.sheet(ref.sheetId, "RangeFormat.columnWidth");
          const widths = new Set<number>();
          for (let c = ref.rect.col; c < ref.rect.col + Math.min(ref.rect.colCount, 256); c++)
            widths.add(sheet.columnWidths.get(c) ?? 48);
          return widths.size === 1 ? [...widths][0] : null;
        },
        set: (ref, v, loc) => {
          if (typeof v !== "number" || v < 0)
            throw new ExcelDoubleError("InvalidArgument", loc, "width must be a number ≥ 0");
          const sheet = state.sheet(ref.sheetId, loc);
          for (let c = ref.rect.col; c < ref.rect.col + ref.rect.colCount; c++)
            sheet.columnWidths.set(c, v);
        },
      },
    };
  }

  protected override navigation(): Record<string, () => ProxyObject<unknown>> {
    return {
      fill: () => this.fillDouble() as ProxyObject<unknown>,
      font: () => this.fontDouble() as ProxyObject<unknown>,
    };
  }

  get columnWidth(): number {
    return this.read("columnWidth");
  }
  get horizontalAlignment(): Excel.HorizontalAlignment | any {
    return this.read("horizontalAlignment");
  }
  set horizontalAlignment(v: Excel.HorizontalAlignment | any) {
    this.write("horizontalAlignment", v);
  }
  get verticalAlignment(): Excel.VerticalAlignment | any {
    return this.read("verticalAlignment");
  }
  set verticalAlignment(v: Excel.VerticalAlignment | any) {
    this.write("verticalAlignment", v);
  }
  get wrapText(): boolean {
    return this.read("wrapText");
  }
  set wrapText(v: boolean) {
    this.write("wrapText", v);
  }
  get rowHeight(): number {
    return this.read("rowHeight");
  }
  set rowHeight(v: number) {
    this.write("rowHeight", v);
  }
  set columnWidth(width: number) {
    this.write("columnWidth", width);
  }
  private fillDouble(): RangeFillDouble {
    this.fillProxy ??= new RangeFillDouble(this.ctx, this.range);
    return this.fillProxy;
  }
  private fontDouble(): RangeFontDouble {
    this.fontProxy ??= new RangeFontDouble(this.ctx, this.range);
    return this.fontProxy;
  }
  get fill(): Excel.RangeFill {
    return asExcel<Excel.RangeFill>(this.fillDouble());
  }
  get font(): Excel.RangeFont {
    return asExcel<Excel.RangeFont>(this.fontDouble());
  }

  /** Widths are not measured; autofit stores a width per column from the longest text, roughly. */
  autofitColumns(): void {
    this.call("autofitColumns", (ref, loc) => {
      const sheet = this.ctx.state.sheet(ref.sheetId, loc);
      const rect = clampToUsed(sheet, ref.rect);
      if (!rect) return;
      for (let c = rect.col; c < rect.col + rect.colCount; c++) {
        let longest = 0;
        for (let r = rect.row; r < rect.row + rect.rowCount; r++)
          longest = Math.max(longest, pickText(sheet.grid.getCell(r, c)).length);
        sheet.columnWidths.set(c, Math.max(12, Math.round(longest * 6 + 6)));
      }
    });
  }
  autofitRows(): void {
    this.call("autofitRows", () => undefined);
  }
}

export class RangeFillDouble extends ProxyObject<RangeRef> {
  constructor(ctx: RequestContextDouble, range: RangeDouble) {
    super(ctx, "RangeFill", {
      location: "RangeFormat.fill",
      resolve: () => range.targetOrNull("RangeFormat.fill"),
    });
  }
  protected override properties(): Record<string, PropertyDef<RangeRef>> {
    const state = this.ctx.state;
    return {
      color: {
        // Excel reports "#FFFFFF" for no fill and null for mixed fills.
        get: (ref) =>
          uniformValue(
            state.sheet(ref.sheetId, "RangeFill.color"),
            ref.rect,
            (cell) => cell.fill ?? "#FFFFFF"
          ),
        set: (ref, v, loc) => {
          const color = normalizeColor(v, loc);
          updateCells(state, ref, loc, (cell) => ({ ...cell, fill: color }));
        },
      },
    };
  }
  get color(): string {
    return this.read("color");
  }
  set color(color: string) {
    this.write("color", color);
  }
  clear(): void {
    this.call("clear", (ref, loc) =>
      updateCells(this.ctx.state, ref, loc, (cell) => ({ ...cell, fill: undefined }))
    );
  }
}

export class RangeFontDouble extends ProxyObject<RangeRef> {
  constructor(ctx: RequestContextDouble, range: RangeDouble) {
    super(ctx, "RangeFont", {
      location: "RangeFormat.font",
      resolve: () => range.targetOrNull("RangeFormat.font"),
    });
  }
  protected override properties(): Record<string, PropertyDef<RangeRef>> {
    const state = this.ctx.state;
    return {
      color: storedFormat(state, "font.color", "#000000", (v, loc) => normalizeColor(v, loc)),
      italic: storedFormat(state, "font.italic", false, isBoolean),
      size: storedFormat(state, "font.size", 11, isNumber),
      name: storedFormat(state, "font.name", "Calibri", (v, loc) => {
        if (typeof v !== "string" || v === "")
          throw new ExcelDoubleError("InvalidArgument", loc, "font name");
        return v;
      }),
      bold: {
        get: (ref) =>
          uniformValue(
            state.sheet(ref.sheetId, "RangeFont.bold"),
            ref.rect,
            (cell) => cell.bold ?? false
          ),
        set: (ref, v, loc) => {
          if (typeof v !== "boolean")
            throw new ExcelDoubleError("InvalidArgument", loc, "bold must be a boolean");
          updateCells(state, ref, loc, (cell) => ({ ...cell, bold: v || undefined }));
        },
      },
    };
  }
  get bold(): boolean {
    return this.read("bold");
  }
  set bold(bold: boolean) {
    this.write("bold", bold);
  }
  get color(): string {
    return this.read("color");
  }
  set color(v: string) {
    this.write("color", v);
  }
  get italic(): boolean {
    return this.read("italic");
  }
  set italic(v: boolean) {
    this.write("italic", v);
  }
  get size(): number {
    return this.read("size");
  }
  set size(v: number) {
    this.write("size", v);
  }
  get name(): string {
    return this.read("name");
  }
  set name(v: string) {
    this.write("name", v);
  }
}

export { formatLocal };
