/**
 * Excel.Worksheet and WorksheetCollection. https://learn.microsoft.com/javascript/api/excel/excel.worksheet
 */
import { type Rect, rectInGrid } from "./address";
import { ChartCollectionDouble } from "./chart";
import { CollectionProxy } from "./collection-proxy";
import { ExcelDoubleError } from "./errors";
import { FieldProxy } from "./field-proxy";
import { type PropertyDef, ProxyObject, asExcel } from "./proxy-object";
import { RangeDouble } from "./range";
import type { RequestContextDouble } from "./request-context";
import { sheetDeleted, sheetRenamed } from "./references";
import { TableListDouble } from "./table";
import type { SheetState } from "./sheet-state";
import type { WorkbookState } from "./workbook-state";

type Source<T> =
  | { target: T }
  | {
      resolve: () => T | null;
      orNull?: boolean;
      location: string;
      api?: string;
      payload?: unknown;
    };

/** Excel's sheet-name rules: 1–31 characters, none of : \ / ? * [ ], no leading/trailing apostrophe. */
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

export class WorksheetDouble extends ProxyObject<string> {
  private tablesProxy: TableListDouble | undefined = undefined;
  private chartsProxy: ChartCollectionDouble | undefined = undefined;

  constructor(ctx: RequestContextDouble, source: Source<string>) {
    super(ctx, "Worksheet", source);
  }

  protected override properties(): Record<string, PropertyDef<string>> {
    const state = this.ctx.state;
    const sheet = (id: string) => state.sheet(id, "Worksheet");
    return {
      id: { get: (id) => id },
      name: {
        get: (id) => sheet(id).name,
        set: (id, v, loc) => {
          const target = sheet(id);
          const before = target.name;
          target.name = validateSheetName(state, v, loc, id);
          // References to the sheet follow its new name (cell formulas, formula-text names;
          // range names and chart sources hold the sheet itself).
          sheetRenamed(state, before, target.name);
        },
      },
      position: {
        get: (id) => state.sheets.findIndex((s) => s.id === id),
        set: (id, v, loc) => {
          const index = Number(v);
          if (!Number.isInteger(index) || index < 0 || index >= state.sheets.length)
            throw new ExcelDoubleError("InvalidArgument", loc, `position ${v}`);
          const moving = sheet(id);
          state.sheets = state.sheets.filter((s) => s.id !== id);
          state.sheets.splice(index, 0, moving);
        },
      },
      showGridlines: {
        get: (id) => sheet(id).showGridlines,
        set: (id, v) => void (sheet(id).showGridlines = Boolean(v)),
        api: "1.8",
      },
      visibility: {
        get: (id) => sheet(id).visibility,
        set: (id, v, loc) => {
          if (v !== "Visible" && v !== "Hidden" && v !== "VeryHidden")
            throw new ExcelDoubleError("InvalidArgument", loc, String(v));
          if (
            v !== "Visible" &&
            state.sheets.filter((s) => s.visibility === "Visible" && s.id !== id).length === 0
          ) {
            throw new ExcelDoubleError(
              "InvalidOperation",
              loc,
              "a workbook must keep one visible sheet"
            );
          }
          sheet(id).visibility = v;
        },
      },
    };
  }

  protected override navigation(): Record<string, () => ProxyObject<unknown>> {
    return {
      tables: () => this.tablesDouble() as ProxyObject<unknown>,
      charts: () => this.chartsDouble() as ProxyObject<unknown>,
    };
  }

  get id(): string {
    return this.read("id");
  }
  get name(): string {
    return this.read("name");
  }
  set name(name: string) {
    this.write("name", name);
  }
  get position(): number {
    return this.read("position");
  }
  set position(position: number) {
    this.write("position", position);
  }
  get visibility(): Excel.SheetVisibility | "Visible" | "Hidden" | "VeryHidden" {
    return this.read("visibility");
  }
  set visibility(visibility: Excel.SheetVisibility | "Visible" | "Hidden" | "VeryHidden") {
    this.write("visibility", visibility);
  }

  get showGridlines(): boolean {
    return this.read("showGridlines");
  }
  set showGridlines(show: boolean) {
    this.write("showGridlines", show);
  }

  private freezePanesProxy: FieldProxy<string> | undefined = undefined;
  /** freezePanes (ExcelApi 1.7): freezeRows / freezeColumns / unfreeze, stored on the sheet. */
  get freezePanes(): Excel.WorksheetFreezePanes {
    const location = "Worksheet.freezePanes";
    if (!this.freezePanesProxy) {
      const sheet = (id: string, loc: string) => this.ctx.state.sheet(id, loc);
      const count = (v: unknown, loc: string) => {
        const n = v === undefined ? 1 : Number(v);
        if (!Number.isInteger(n) || n < 0)
          throw new ExcelDoubleError("InvalidArgument", loc, String(v));
        return n;
      };
      this.freezePanesProxy = new FieldProxy<string>(
        this.ctx,
        "WorksheetFreezePanes",
        { location, api: "1.7", resolve: () => this.targetOrNull(location) },
        {}
      )
        .method("freezeRows", (id, loc, n) => void (sheet(id, loc).frozenRows = count(n, loc)))
        .method(
          "freezeColumns",
          (id, loc, n) => void (sheet(id, loc).frozenColumns = count(n, loc))
        )
        .method("unfreeze", (id, loc) => {
          sheet(id, loc).frozenRows = 0;
          sheet(id, loc).frozenColumns = 0;
        });
    }
    return asExcel<Excel.WorksheetFreezePanes>(this.freezePanesProxy);
  }

  private tablesDouble(): TableListDouble {
    const location = "Worksheet.tables";
    this.tablesProxy ??= new TableListDouble(
      this.ctx,
      "TableCollection",
      {
        location,
        resolve: () => {
          const id = this.targetOrNull(location);
          if (id === null) return null;
          return () => this.ctx.state.tables.filter((t) => t.sheetId === id).map((t) => t.id);
        },
      },
      () => this.target(location)
    );
    return this.tablesProxy;
  }
  get tables(): Excel.TableCollection {
    return asExcel<Excel.TableCollection>(this.tablesDouble());
  }
  private chartsDouble(): ChartCollectionDouble {
    this.chartsProxy ??= new ChartCollectionDouble(this.ctx, this);
    return this.chartsProxy;
  }
  get charts(): Excel.ChartCollection {
    return asExcel<Excel.ChartCollection>(this.chartsDouble());
  }

  private range(
    method: string,
    compute: (sheet: SheetState, location: string) => Rect | null,
    orNull = false,
    api?: string,
    payload?: unknown
  ): Excel.Range {
    const location = `Worksheet.${method}`;
    return asExcel<Excel.Range>(
      new RangeDouble(this.ctx, {
        location,
        orNull,
        api,
        payload,
        resolve: () => {
          const id = this.targetOrNull(location);
          if (id === null) return null;
          const rect = compute(this.ctx.state.sheet(id, location), location);
          if (rect === null) return null;
          if (!rectInGrid(rect))
            throw new ExcelDoubleError("InvalidArgument", location, "outside the grid");
          return { sheetId: id, rect };
        },
      })
    );
  }

  /** getRange(): the whole sheet; getRange("A1:B2"), "Sheet1!A1", a defined name or a table name. */
  getRange(address?: string): Excel.Range {
    return this.range(
      "getRange",
      (sheet, loc) => {
        if (address === undefined || address === "")
          return { row: 0, col: 0, rowCount: 1048576, colCount: 16384 };
        const ref = this.ctx.state.resolveAddress(address, sheet, loc);
        if (ref.sheetId !== sheet.id)
          throw new ExcelDoubleError("InvalidArgument", loc, `${address} is not on ${sheet.name}`);
        return ref.rect;
      },
      false,
      undefined,
      address
    );
  }
  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number
  ): Excel.Range {
    return this.range(
      "getRangeByIndexes",
      () => ({ row: startRow, col: startColumn, rowCount, colCount: columnCount }),
      false,
      "1.7"
    );
  }
  getCell(row: number, column: number): Excel.Range {
    return this.range("getCell", () => ({ row, col: column, rowCount: 1, colCount: 1 }));
  }
  /** An empty sheet's used range is A1 ("If the entire worksheet is blank, this function will return the top left cell"). */
  getUsedRange(valuesOnly?: boolean): Excel.Range {
    return this.range(
      "getUsedRange",
      (sheet) =>
        sheet.grid.usedRect(Boolean(valuesOnly)) ?? { row: 0, col: 0, rowCount: 1, colCount: 1 }
    );
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): Excel.Range {
    return this.range(
      "getUsedRangeOrNullObject",
      (sheet) => sheet.grid.usedRect(Boolean(valuesOnly)) ?? null,
      true,
      "1.4"
    );
  }

  activate(): void {
    this.call("activate", (id, loc) => {
      const state = this.ctx.state;
      if (state.sheet(id, loc).visibility !== "Visible")
        throw new ExcelDoubleError("InvalidOperation", loc, "hidden sheets cannot be activated");
      state.activeSheetId = id;
      state.selection = { sheetId: id, rect: { row: 0, col: 0, rowCount: 1, colCount: 1 } };
    });
  }

  delete(): void {
    this.call("delete", (id, loc) => deleteSheet(this.ctx.state, id, loc));
  }
}

function deleteSheet(state: WorkbookState, id: string, location: string): void {
  const sheet = state.sheet(id, location);
  if (state.sheets.filter((s) => s.visibility === "Visible" && s.id !== id).length === 0) {
    throw new ExcelDoubleError(
      "InvalidOperation",
      location,
      "a workbook must keep one visible sheet"
    );
  }
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

export class WorksheetCollectionDouble extends CollectionProxy<true, string, WorksheetDouble> {
  constructor(ctx: RequestContextDouble) {
    super(ctx, "WorksheetCollection", { target: true });
  }
  protected override listItems(): string[] {
    return this.ctx.state.sheets.map((s) => s.id);
  }
  protected override createItem(id: string): WorksheetDouble {
    return new WorksheetDouble(this.ctx, { target: id });
  }
  get items(): Excel.Worksheet[] {
    return asExcel<Excel.Worksheet[]>(this.itemList());
  }

  private sheet(
    method: string,
    find: () => string | undefined,
    orNull = false,
    api?: string,
    payload?: unknown
  ): Excel.Worksheet {
    const location = `WorksheetCollection.${method}`;
    return asExcel<Excel.Worksheet>(
      new WorksheetDouble(this.ctx, {
        location,
        orNull,
        api,
        payload,
        resolve: () => {
          const id = find();
          if (id !== undefined) return id;
          if (orNull) return null;
          throw new ExcelDoubleError("ItemNotFound", location, "no such worksheet");
        },
      })
    );
  }
  private byKey(key: string): () => string | undefined {
    return () => (this.ctx.state.findSheetByName(key) ?? this.ctx.state.findSheet(key))?.id;
  }
  getItem(key: string): Excel.Worksheet {
    return this.sheet("getItem", this.byKey(key), false, undefined, key);
  }
  getItemOrNullObject(key: string): Excel.Worksheet {
    return this.sheet("getItemOrNullObject", this.byKey(key), true, "1.4", key);
  }
  getActiveWorksheet(): Excel.Worksheet {
    return this.sheet("getActiveWorksheet", () => this.ctx.state.activeSheetId);
  }
  getFirst(): Excel.Worksheet {
    return this.sheet("getFirst", () => this.ctx.state.sheets[0]?.id, false, "1.5");
  }
  getLast(): Excel.Worksheet {
    return this.sheet(
      "getLast",
      () => this.ctx.state.sheets[this.ctx.state.sheets.length - 1]?.id,
      false,
      "1.5"
    );
  }
  getCount(): OfficeExtension.ClientResult<number> {
    return this.callForResult("getCount", () => this.ctx.state.sheets.length, "1.4");
  }
  /** add(name?): a new sheet at the end; without a name, "SheetN" with the next free N. */
  add(name?: string): Excel.Worksheet {
    let created: string | undefined;
    this.call(
      "add",
      (_t, loc) => {
        const state = this.ctx.state;
        let sheetName = name;
        if (sheetName === undefined) {
          let n = state.sheets.length + 1;
          while (state.findSheetByName(`Sheet${n}`)) n++;
          sheetName = `Sheet${n}`;
        }
        validateSheetName(state, sheetName, loc);
        const sheet = state.newSheet(sheetName);
        state.sheets.push(sheet);
        created = sheet.id;
      },
      name
    );
    return this.sheet("add", () => created);
  }
}
