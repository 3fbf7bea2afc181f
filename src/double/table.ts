/**
 * Excel.Table, TableCollection / TableScopedCollection, TableColumn(Collection), TableRowCollection.
 * https://learn.microsoft.com/javascript/api/excel/excel.table
 */
import { ExcelDoubleError } from "./errors";
import { CollectionProxy } from "./collection-proxy";
import { type PropertyDef, ProxyObject, asExcel } from "./proxy-object";
import { RangeDouble, rangeDouble } from "./range";
import { writeValues } from "./range-operations";
import type { RequestContextDouble } from "./request-context";
import { validateWorkbookName } from "./name-rules";
import { bodyRect, columnNames, headerRect, totalRect } from "./table-areas";
import { addTableColumn } from "./table-column-add";
import { addTable, deleteTable, resizeTable } from "./table-operations";
import { addTableRows, deleteTableRows, setShowTotals } from "./table-rows";
import { columnsRemoved, tableConverted, tableDeleted, tableRenamed } from "./references";
import type { RangeRef, TableState } from "./workbook-parts";
import { WorksheetDouble } from "./worksheet";

type Source<T> =
  | { target: T }
  | {
      resolve: () => T | null;
      orNull?: boolean;
      location: string;
      api?: string;
      payload?: unknown;
    };

/** Lists table ids at sync time; the same class serves workbook.tables, worksheet.tables and range.getTables(). */
export type TableLister = () => string[];

export class TableListDouble extends CollectionProxy<TableLister, string, TableDouble> {
  constructor(
    ctx: RequestContextDouble,
    typeName: string,
    source: Source<TableLister>,
    /** Sheet used for local addresses in add(); undefined → the active sheet. */
    private readonly sheetIdForAdd?: () => string
  ) {
    super(ctx, typeName, source);
  }

  protected override listItems(lister: TableLister): string[] {
    return lister();
  }
  protected override createItem(id: string): TableDouble {
    return new TableDouble(this.ctx, { target: id });
  }
  protected override properties(): Record<string, PropertyDef<TableLister>> {
    return { count: { get: (lister) => lister().length } };
  }

  get items(): Excel.Table[] {
    return asExcel<Excel.Table[]>(this.itemList());
  }
  get count(): number {
    return this.read("count");
  }

  private table(
    method: string,
    find: (ids: string[]) => string | undefined,
    orNull: boolean,
    api?: string,
    payload?: unknown
  ): Excel.Table {
    const location = `${this.typeName}.${method}`;
    return asExcel<Excel.Table>(
      new TableDouble(this.ctx, {
        location,
        orNull,
        api,
        payload,
        resolve: () => {
          const lister = this.targetOrNull(location);
          const id = lister ? find(lister()) : undefined;
          if (id !== undefined) return id;
          if (orNull) return null;
          throw new ExcelDoubleError("ItemNotFound", location, "no such table");
        },
      })
    );
  }

  private byKey(key: string | number): (ids: string[]) => string | undefined {
    return (ids) => {
      const lower = String(key).toLowerCase();
      return ids.find((id) => {
        const t = this.ctx.state.findTable(id);
        return t !== undefined && (t.name.toLowerCase() === lower || t.id === String(key));
      });
    };
  }

  getItem(key: string | number): Excel.Table {
    return this.table("getItem", this.byKey(key), false, undefined, key);
  }
  getItemOrNullObject(key: string | number): Excel.Table {
    return this.table("getItemOrNullObject", this.byKey(key), true, "1.4", key);
  }
  getItemAt(index: number): Excel.Table {
    return this.table("getItemAt", (ids) => ids[index], false);
  }
  getFirst(): Excel.Table {
    return this.table("getFirst", (ids) => ids[0], false);
  }
  getFirstOrNullObject(): Excel.Table {
    return this.table("getFirstOrNullObject", (ids) => ids[0], true, "1.9");
  }
  getCount(): OfficeExtension.ClientResult<number> {
    return this.callForResult("getCount", (lister) => lister().length, "1.4");
  }

  /** TableCollection.add(address, hasHeaders): address is a Range, "Sheet!A1:D5", or local on the sheet. */
  add(address: Excel.Range | string, hasHeaders: boolean): Excel.Table {
    const location = `${this.typeName}.add`;
    const state = this.ctx.state;
    const payload = typeof address === "string" ? address : "range";
    let created: string | undefined;
    this.call(
      "add",
      (_lister, loc) => {
        const defaultSheet = state.sheet(this.sheetIdForAdd?.() ?? state.activeSheetId, loc);
        const ref: RangeRef =
          typeof address === "string"
            ? state.resolveAddress(address, defaultSheet, loc)
            : rangeDouble(address, this.ctx, loc).target(loc);
        if (this.sheetIdForAdd && ref.sheetId !== this.sheetIdForAdd()) {
          throw new ExcelDoubleError("InvalidArgument", loc, "the range is on another worksheet");
        }
        created = addTable(state, ref, hasHeaders, loc).id;
      },
      payload
    );
    return asExcel<Excel.Table>(
      new TableDouble(this.ctx, {
        location,
        resolve: () => {
          if (created === undefined)
            throw new ExcelDoubleError("GeneralException", location, "table not created");
          return created;
        },
      })
    );
  }
}

export class TableDouble extends ProxyObject<string> {
  private columnsProxy: TableColumnCollectionDouble | undefined = undefined;
  private rowsProxy: TableRowCollectionDouble | undefined = undefined;
  private worksheetProxy: WorksheetDouble | undefined = undefined;

  constructor(ctx: RequestContextDouble, source: Source<string>) {
    super(ctx, "Table", source);
  }

  private state(location: string): TableState {
    return this.ctx.state.table(this.target(location), location);
  }

  protected override properties(): Record<string, PropertyDef<string>> {
    const state = this.ctx.state;
    const table = (id: string) => state.table(id, "Table");
    return {
      id: { get: (id) => id },
      name: {
        get: (id) => table(id).name,
        set: (id, v, loc) => {
          validateWorkbookName(state, String(v), loc, id);
          const before = table(id).name;
          table(id).name = String(v);
          // Structured references follow the new name.
          tableRenamed(state, before, table(id).name);
        },
      },
      showTotals: {
        get: (id) => table(id).showTotals,
        set: (id, v, loc) => setShowTotals(state, table(id), Boolean(v), loc),
      },
      showHeaders: { get: (id) => table(id).showHeaders },
      style: { get: (id) => table(id).style, set: (id, v) => void (table(id).style = String(v)) },
    };
  }

  protected override navigation(): Record<string, () => ProxyObject<unknown>> {
    return {
      columns: () => this.columnsDouble() as ProxyObject<unknown>,
      rows: () => this.rowsDouble() as ProxyObject<unknown>,
      worksheet: () => this.worksheetDouble() as ProxyObject<unknown>,
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
  get showTotals(): boolean {
    return this.read("showTotals");
  }
  set showTotals(show: boolean) {
    this.write("showTotals", show);
  }
  get showHeaders(): boolean {
    return this.read("showHeaders");
  }
  get style(): string {
    return this.read("style");
  }
  set style(style: string) {
    this.write("style", style);
  }

  private columnsDouble(): TableColumnCollectionDouble {
    this.columnsProxy ??= new TableColumnCollectionDouble(this.ctx, this);
    return this.columnsProxy;
  }
  get columns(): Excel.TableColumnCollection {
    return asExcel<Excel.TableColumnCollection>(this.columnsDouble());
  }
  private rowsDouble(): TableRowCollectionDouble {
    this.rowsProxy ??= new TableRowCollectionDouble(this.ctx, this);
    return this.rowsProxy;
  }
  get rows(): Excel.TableRowCollection {
    return asExcel<Excel.TableRowCollection>(this.rowsDouble());
  }
  private worksheetDouble(): WorksheetDouble {
    this.worksheetProxy ??= new WorksheetDouble(this.ctx, {
      location: "Table.worksheet",
      resolve: () => this.state("Table.worksheet").sheetId,
    });
    return this.worksheetProxy;
  }
  get worksheet(): Excel.Worksheet {
    return asExcel<Excel.Worksheet>(this.worksheetDouble());
  }

  private rangeOf(
    method: string,
    pick: (t: TableState) => RangeRef["rect"] | undefined,
    orNull = false
  ): Excel.Range {
    const location = `Table.${method}`;
    return asExcel<Excel.Range>(
      new RangeDouble(this.ctx, {
        location,
        orNull,
        resolve: () => {
          const t = this.state(location);
          const rect = pick(t);
          if (!rect || rect.rowCount < 1) {
            if (orNull) return null;
            throw new ExcelDoubleError("ItemNotFound", location, "the table has no such row");
          }
          return { sheetId: t.sheetId, rect: { ...rect } };
        },
      })
    );
  }
  getRange(): Excel.Range {
    return this.rangeOf("getRange", (t) => t.rect);
  }
  getHeaderRowRange(): Excel.Range {
    return this.rangeOf("getHeaderRowRange", headerRect);
  }
  getDataBodyRange(): Excel.Range {
    return this.rangeOf("getDataBodyRange", bodyRect);
  }
  getTotalRowRange(): Excel.Range {
    return this.rangeOf("getTotalRowRange", totalRect);
  }
  /** Table.resize(newRange) — ExcelApi 1.13; rules in resizeTable (table-operations.ts). */
  resize(newRange: Excel.Range | string): void {
    this.call(
      "resize",
      (id, loc) => {
        const t = this.ctx.state.table(id, loc);
        const sheet = this.ctx.state.sheet(t.sheetId, loc);
        const ref =
          typeof newRange === "string"
            ? this.ctx.state.resolveAddress(newRange, sheet, loc)
            : rangeDouble(newRange, this.ctx, loc).target(loc);
        const before = t.rect;
        const names = columnNames(this.ctx.state, t);
        resizeTable(this.ctx.state, t, ref, loc);
        // Columns that left the table: structured references to them become #REF!.
        const removed = names.filter((_, i) => {
          const col = before.col + i;
          return col < t.rect.col || col >= t.rect.col + t.rect.colCount;
        });
        columnsRemoved(this.ctx.state, t, removed);
        t.columns = columnNames(this.ctx.state, t);
      },
      typeof newRange === "string" ? newRange : "range",
      "1.13"
    );
  }
  delete(): void {
    this.call("delete", (id, loc) => {
      const t = this.ctx.state.table(id, loc);
      tableDeleted(this.ctx.state, t);
      deleteTable(this.ctx.state, t, false, loc);
    });
  }
  convertToRange(): Excel.Range {
    const range = this.getRange();
    this.call("convertToRange", (id, loc) => {
      const t = this.ctx.state.table(id, loc);
      tableConverted(this.ctx.state, t);
      deleteTable(this.ctx.state, t, true, loc);
    });
    return range;
  }
  clearFilters(): void {
    this.call("clearFilters", () => undefined);
  }
}

interface ColumnTarget {
  tableId: string;
  index: number;
}

export class TableColumnCollectionDouble extends CollectionProxy<
  string,
  ColumnTarget,
  TableColumnDouble
> {
  constructor(ctx: RequestContextDouble, table: TableDouble) {
    super(ctx, "TableColumnCollection", {
      location: "Table.columns",
      resolve: () => table.targetOrNull("Table.columns"),
    });
  }
  protected override listItems(tableId: string, location: string): ColumnTarget[] {
    const t = this.ctx.state.table(tableId, location);
    return Array.from({ length: t.rect.colCount }, (_, index) => ({ tableId, index }));
  }
  protected override createItem(target: ColumnTarget): TableColumnDouble {
    return new TableColumnDouble(this.ctx, { target });
  }
  protected override properties(): Record<string, PropertyDef<string>> {
    return {
      count: { get: (id) => this.ctx.state.table(id, "TableColumnCollection.count").rect.colCount },
    };
  }
  get items(): Excel.TableColumn[] {
    return asExcel<Excel.TableColumn[]>(this.itemList());
  }
  get count(): number {
    return this.read("count");
  }
  private column(
    method: string,
    find: (tableId: string) => number | undefined,
    orNull = false,
    api?: string
  ): Excel.TableColumn {
    const location = `TableColumnCollection.${method}`;
    return asExcel<Excel.TableColumn>(
      new TableColumnDouble(this.ctx, {
        location,
        orNull,
        api,
        resolve: () => {
          const tableId = this.target(location);
          const index = find(tableId);
          if (index === undefined || index < 0) {
            if (orNull) return null;
            throw new ExcelDoubleError("ItemNotFound", location, "no such column");
          }
          return { tableId, index };
        },
      })
    );
  }
  private byKey(key: number | string): (tableId: string) => number | undefined {
    return (tableId) => {
      const t = this.ctx.state.table(tableId, "TableColumnCollection.getItem");
      const names = columnNames(this.ctx.state, t);
      // A number is the column id; the double numbers columns 1..n from the left.
      if (typeof key === "number") return key >= 1 && key <= names.length ? key - 1 : undefined;
      const i = names.findIndex((n) => n.toLowerCase() === key.toLowerCase());
      return i < 0 ? undefined : i;
    };
  }
  getItem(key: number | string): Excel.TableColumn {
    return this.column("getItem", this.byKey(key));
  }
  getItemOrNullObject(key: number | string): Excel.TableColumn {
    return this.column("getItemOrNullObject", this.byKey(key), true, "1.4");
  }
  getItemAt(index: number): Excel.TableColumn {
    return this.column("getItemAt", (tableId) =>
      index < this.ctx.state.table(tableId, "getItemAt").rect.colCount ? index : undefined
    );
  }
  getCount(): OfficeExtension.ClientResult<number> {
    return this.callForResult(
      "getCount",
      (id) => this.ctx.state.table(id, "getCount").rect.colCount,
      "1.4"
    );
  }
  add(
    index?: number,
    values?: Array<Array<boolean | string | number>> | boolean | string | number,
    name?: string
  ): Excel.TableColumn {
    let added: ColumnTarget | undefined;
    this.call(
      "add",
      (tableId, loc) => {
        if (name !== undefined) this.ctx.requireApi("1.4", "TableColumnCollection.add(name)");
        const position = addTableColumn(
          this.ctx.state,
          this.ctx.state.table(tableId, loc),
          index,
          values,
          name,
          loc,
          this.ctx.runtime.platform
        );
        added = { tableId, index: position };
      },
      [index, values, name]
    );
    return asExcel<Excel.TableColumn>(
      new TableColumnDouble(this.ctx, {
        location: "TableColumnCollection.add",
        resolve: () => {
          if (!added)
            throw new ExcelDoubleError(
              "GeneralException",
              "TableColumnCollection.add",
              "column not added"
            );
          return added;
        },
      })
    );
  }
}

export class TableColumnDouble extends ProxyObject<ColumnTarget> {
  constructor(ctx: RequestContextDouble, source: Source<ColumnTarget>) {
    super(ctx, "TableColumn", source);
  }
  private tableState(target: ColumnTarget, location: string): TableState {
    return this.ctx.state.table(target.tableId, location);
  }
  protected override properties(): Record<string, PropertyDef<ColumnTarget>> {
    const state = this.ctx.state;
    return {
      id: { get: (t) => t.index + 1 },
      index: { get: (t) => t.index },
      name: {
        get: (t) => columnNames(state, this.tableState(t, "TableColumn.name"))[t.index],
        set: (t, v, loc) => {
          const table = this.tableState(t, loc);
          state
            .sheet(table.sheetId, loc)
            .grid.updateCell(table.rect.row, table.rect.col + t.index, (cell) => ({
              ...cell,
              value: String(v),
              formula: undefined,
            }));
        },
      },
      values: {
        get: (t) => state.rangeValues(this.columnRef(t, (x) => x.rect, "TableColumn.values")),
      },
    };
  }
  get id(): number {
    return this.read("id");
  }
  get index(): number {
    return this.read("index");
  }
  get name(): string {
    return this.read("name");
  }
  set name(name: string) {
    this.write("name", name);
  }
  get values(): any[][] {
    return this.read("values");
  }

  private columnRef(
    t: ColumnTarget,
    pick: (x: TableState) => RangeRef["rect"] | undefined,
    location: string
  ): RangeRef {
    const table = this.tableState(t, location);
    const rect = pick(table);
    if (!rect) throw new ExcelDoubleError("ItemNotFound", location, "the table has no such row");
    return {
      sheetId: table.sheetId,
      rect: { ...rect, col: table.rect.col + t.index, colCount: 1 },
    };
  }
  private rangeOf(
    method: string,
    pick: (x: TableState) => RangeRef["rect"] | undefined
  ): Excel.Range {
    const location = `TableColumn.${method}`;
    return asExcel<Excel.Range>(
      new RangeDouble(this.ctx, {
        location,
        resolve: () => this.columnRef(this.target(location), pick, location),
      })
    );
  }
  getRange(): Excel.Range {
    return this.rangeOf("getRange", (x) => x.rect);
  }
  getDataBodyRange(): Excel.Range {
    return this.rangeOf("getDataBodyRange", bodyRect);
  }
  getHeaderRowRange(): Excel.Range {
    return this.rangeOf("getHeaderRowRange", headerRect);
  }
  getTotalRowRange(): Excel.Range {
    return this.rangeOf("getTotalRowRange", totalRect);
  }
}

interface RowTarget {
  tableId: string;
  /** Index in the data body: "a TableRow object represents the physical location of the table row". */
  index: number;
}

/**
 * TableRowCollection (https://learn.microsoft.com/javascript/api/excel/excel.tablerowcollection):
 * count, items, getItemAt, getCount, add. deleteRows / deleteRowsAt are "ExcelApiOnline 1.1" (Excel
 * on the web only) and are not modelled.
 */
export class TableRowCollectionDouble extends CollectionProxy<string, RowTarget, TableRowDouble> {
  constructor(ctx: RequestContextDouble, table: TableDouble) {
    super(ctx, "TableRowCollection", {
      location: "Table.rows",
      resolve: () => table.targetOrNull("Table.rows"),
    });
  }
  protected override listItems(tableId: string, location: string): RowTarget[] {
    const count = bodyRect(this.ctx.state.table(tableId, location)).rowCount;
    return Array.from({ length: count }, (_, index) => ({ tableId, index }));
  }
  protected override createItem(target: RowTarget): TableRowDouble {
    return new TableRowDouble(this.ctx, { target });
  }
  protected override properties(): Record<string, PropertyDef<string>> {
    return {
      count: {
        get: (id) => bodyRect(this.ctx.state.table(id, "TableRowCollection.count")).rowCount,
      },
    };
  }
  get items(): Excel.TableRow[] {
    return asExcel<Excel.TableRow[]>(this.itemList());
  }
  get count(): number {
    return this.read("count");
  }
  getCount(): OfficeExtension.ClientResult<number> {
    return this.callForResult(
      "getCount",
      (id) => bodyRect(this.ctx.state.table(id, "getCount")).rowCount,
      "1.4"
    );
  }
  /** getItemAt(index) — ExcelApi 1.1; zero-based in the data body. */
  getItemAt(index: number): Excel.TableRow {
    const location = "TableRowCollection.getItemAt";
    return asExcel<Excel.TableRow>(
      new TableRowDouble(this.ctx, {
        location,
        resolve: () => {
          const tableId = this.target(location);
          const count = bodyRect(this.ctx.state.table(tableId, location)).rowCount;
          if (!Number.isInteger(index) || index < 0 || index >= count)
            throw new ExcelDoubleError("ItemNotFound", location, `table row ${index}`);
          return { tableId, index };
        },
      })
    );
  }
  /** add(index?, values?, alwaysInsert?) — returns "the top of the newly added row(s)". */
  add(
    index?: number | null,
    values?: Array<Array<boolean | string | number>> | boolean | string | number,
    alwaysInsert?: boolean
  ): Excel.TableRow {
    let added: RowTarget | undefined;
    this.call(
      "add",
      (id, loc) => {
        if (Array.isArray(values) && values.length > 1)
          this.ctx.requireApi("1.4", "TableRowCollection.add(several rows)");
        if (alwaysInsert !== undefined)
          this.ctx.requireApi("1.15", "TableRowCollection.add(alwaysInsert)");
        const at = addTableRows(
          this.ctx.state,
          this.ctx.state.table(id, loc),
          index,
          values,
          loc,
          alwaysInsert ?? true
        );
        added = { tableId: id, index: at };
      },
      values
    );
    return asExcel<Excel.TableRow>(
      new TableRowDouble(this.ctx, {
        location: "TableRowCollection.add",
        resolve: () => {
          if (!added)
            throw new ExcelDoubleError(
              "GeneralException",
              "TableRowCollection.add",
              "row not added"
            );
          return added;
        },
      })
    );
  }
}

/** TableRow (ExcelApi 1.1): index, values, getRange(), delete(). https://learn.microsoft.com/javascript/api/excel/excel.tablerow */
export class TableRowDouble extends ProxyObject<RowTarget> {
  constructor(ctx: RequestContextDouble, source: Source<RowTarget>) {
    super(ctx, "TableRow", source);
  }
  private rowRef(t: RowTarget, location: string): RangeRef {
    const table = this.ctx.state.table(t.tableId, location);
    const body = bodyRect(table);
    if (t.index >= body.rowCount)
      throw new ExcelDoubleError("ItemNotFound", location, `table row ${t.index} no longer exists`);
    return { sheetId: table.sheetId, rect: { ...body, row: body.row + t.index, rowCount: 1 } };
  }
  protected override properties(): Record<string, PropertyDef<RowTarget>> {
    const state = this.ctx.state;
    return {
      index: { get: (t) => (this.rowRef(t, "TableRow.index"), t.index) },
      values: {
        get: (t) => state.rangeValues(this.rowRef(t, "TableRow.values")),
        set: (t, v, loc) => writeValues(state, this.rowRef(t, loc), v, loc),
      },
    };
  }
  get index(): number {
    return this.read("index");
  }
  get values(): any[][] {
    return this.read("values");
  }
  set values(values: any[][]) {
    this.write("values", values);
  }
  getRange(): Excel.Range {
    const location = "TableRow.getRange";
    return asExcel<Excel.Range>(
      new RangeDouble(this.ctx, {
        location,
        resolve: () => this.rowRef(this.target(location), location),
      })
    );
  }
  delete(): void {
    this.call("delete", (t, loc) => {
      this.rowRef(t, loc);
      deleteTableRows(this.ctx.state, this.ctx.state.table(t.tableId, loc), t.index, 1, loc);
    });
  }
}
