/**
 * Excel.Chart and its parts: ChartCollection, series, axes, title, legend, data labels.
 * https://learn.microsoft.com/javascript/api/excel/excel.chart
 */
import { CollectionProxy } from "./collection-proxy";
import { newChart, seriesFromSource, validateChartType } from "./chart-operations";
import { ExcelDoubleError } from "./errors";
import { FieldProxy, type Source } from "./field-proxy";
import { type PropertyDef, ProxyObject, asExcel } from "./proxy-object";
import { normalizeColor, rangeDouble } from "./range";
import type { RequestContextDouble } from "./request-context";
import type { AxisState, ChartState, SeriesState } from "./workbook-parts";
import type { WorkbookState } from "./workbook-state";
import type { WorksheetDouble } from "./worksheet";

type AxisKey = "category" | "value" | "secondaryValue";

function chartOf(state: WorkbookState, id: string, location: string): ChartState {
  return state.chart(id, location);
}

function num(location: string) {
  return (v: unknown): number => {
    if (typeof v !== "number" || !Number.isFinite(v))
      throw new ExcelDoubleError("InvalidArgument", location, "expected a number");
    return v;
  };
}

export class ChartCollectionDouble extends CollectionProxy<string, string, ChartDouble> {
  constructor(ctx: RequestContextDouble, sheet: WorksheetDouble) {
    super(ctx, "ChartCollection", {
      location: "Worksheet.charts",
      resolve: () => sheet.targetOrNull("Worksheet.charts"),
    });
  }
  protected override listItems(sheetId: string): string[] {
    return this.ctx.state.charts.filter((c) => c.sheetId === sheetId).map((c) => c.id);
  }
  protected override createItem(id: string): ChartDouble {
    return new ChartDouble(this.ctx, { target: id });
  }
  protected override properties(): Record<string, PropertyDef<string>> {
    return { count: { get: (sheetId) => this.listItems(sheetId).length } };
  }
  get items(): Excel.Chart[] {
    return asExcel<Excel.Chart[]>(this.itemList());
  }
  get count(): number {
    return this.read("count");
  }
  getCount(): OfficeExtension.ClientResult<number> {
    return this.callForResult("getCount", (sheetId) => this.listItems(sheetId).length, "1.4");
  }

  private chart(
    method: string,
    find: (sheetId: string) => string | undefined,
    orNull = false,
    api?: string
  ): Excel.Chart {
    const location = `ChartCollection.${method}`;
    return asExcel<Excel.Chart>(
      new ChartDouble(this.ctx, {
        location,
        orNull,
        api,
        resolve: () => {
          const id = find(this.target(location));
          if (id !== undefined) return id;
          if (orNull) return null;
          throw new ExcelDoubleError("ItemNotFound", location, "no such chart");
        },
      })
    );
  }
  getItem(name: string): Excel.Chart {
    return this.chart(
      "getItem",
      (sheetId) => this.ctx.state.charts.find((c) => c.sheetId === sheetId && c.name === name)?.id
    );
  }
  getItemOrNullObject(name: string): Excel.Chart {
    return this.chart(
      "getItemOrNullObject",
      (sheetId) => this.ctx.state.charts.find((c) => c.sheetId === sheetId && c.name === name)?.id,
      true,
      "1.4"
    );
  }
  getItemAt(index: number): Excel.Chart {
    return this.chart("getItemAt", (sheetId) => this.listItems(sheetId)[index]);
  }

  /** add(type, sourceData, seriesBy = "Auto"). */
  add(
    type: Excel.ChartType | string,
    sourceData: Excel.Range,
    seriesBy?: Excel.ChartSeriesBy | "Auto" | "Columns" | "Rows"
  ): Excel.Chart {
    let created: string | undefined;
    this.call(
      "add",
      (sheetId, loc) => {
        const chartType = validateChartType(type, this.ctx.runtime.maxExcelApi, loc);
        const source = rangeDouble(sourceData, this.ctx, loc).target(loc);
        const chart = newChart(this.ctx.state, sheetId, chartType, source, seriesBy ?? "Auto");
        this.ctx.state.charts.push(chart);
        created = chart.id;
      },
      [type, seriesBy]
    );
    return this.chart("add", () => created);
  }
}

export class ChartDouble extends ProxyObject<string> {
  private parts: Record<string, ProxyObject<unknown>> = {};

  constructor(ctx: RequestContextDouble, source: Source<string>) {
    super(ctx, "Chart", source);
  }

  private chart(location: string): ChartState {
    return chartOf(this.ctx.state, this.target(location), location);
  }

  protected override properties(): Record<string, PropertyDef<string>> {
    const state = this.ctx.state;
    const c = (id: string) => chartOf(state, id, "Chart");
    const position = (key: "top" | "left" | "width" | "height"): PropertyDef<string> => ({
      get: (id) => c(id).position[key],
      set: (id, v, loc) => void (c(id).position[key] = num(loc)(v)),
    });
    return {
      id: { get: (id) => id },
      name: {
        get: (id) => c(id).name,
        set: (id, v, loc) => {
          const chart = c(id);
          if (state.charts.some((x) => x.sheetId === chart.sheetId && x.id !== id && x.name === v))
            throw new ExcelDoubleError("ItemAlreadyExists", loc, String(v));
          chart.name = String(v);
        },
      },
      chartType: {
        get: (id) => c(id).chartType,
        set: (id, v, loc) =>
          void (c(id).chartType = validateChartType(v, this.ctx.runtime.maxExcelApi, loc)),
      },
      top: position("top"),
      left: position("left"),
      width: position("width"),
      height: position("height"),
    };
  }

  protected override navigation(): Record<string, () => ProxyObject<unknown>> {
    return {
      title: () => this.part("title"),
      legend: () => this.part("legend"),
      dataLabels: () => this.part("dataLabels"),
      axes: () => this.part("axes"),
      series: () => this.part("series"),
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
  get chartType(): Excel.ChartType | any {
    return this.read("chartType");
  }
  set chartType(type: Excel.ChartType | any) {
    this.write("chartType", type);
  }
  get top(): number {
    return this.read("top");
  }
  set top(v: number) {
    this.write("top", v);
  }
  get left(): number {
    return this.read("left");
  }
  set left(v: number) {
    this.write("left", v);
  }
  get width(): number {
    return this.read("width");
  }
  set width(v: number) {
    this.write("width", v);
  }
  get height(): number {
    return this.read("height");
  }
  set height(v: number) {
    this.write("height", v);
  }

  private childSource<T>(name: string, map: (id: string) => T): Source<T> {
    const location = `Chart.${name}`;
    return {
      location,
      resolve: () => (this.targetOrNull(location) === null ? null : map(this.target(location))),
    };
  }

  private part(name: string): ProxyObject<unknown> {
    if (this.parts[name]) return this.parts[name];
    const state = this.ctx.state;
    const c = (id: string) => chartOf(state, id, `Chart.${name}`);
    let made: ProxyObject<unknown>;
    switch (name) {
      case "title":
        made = new FieldProxy<string>(
          this.ctx,
          "ChartTitle",
          this.childSource(name, (id) => id),
          {
            text: {
              get: (id) => c(id).title.text,
              set: (id, v) => {
                c(id).title.text = String(v);
                c(id).title.visible = true;
              },
            },
            visible: {
              get: (id) => c(id).title.visible,
              set: (id, v) => void (c(id).title.visible = Boolean(v)),
            },
          }
        ) as ProxyObject<unknown>;
        break;
      case "legend":
        made = new FieldProxy<string>(
          this.ctx,
          "ChartLegend",
          this.childSource(name, (id) => id),
          {
            visible: {
              get: (id) => c(id).legend.visible,
              set: (id, v) => void (c(id).legend.visible = Boolean(v)),
            },
            position: {
              get: (id) => c(id).legend.position,
              set: (id, v) => void (c(id).legend.position = String(v)),
            },
          }
        ) as ProxyObject<unknown>;
        break;
      case "dataLabels":
        made = new FieldProxy<string>(
          this.ctx,
          "ChartDataLabels",
          this.childSource(name, (id) => id),
          {
            showValue: {
              get: (id) => c(id).dataLabels.showValue,
              set: (id, v) => void (c(id).dataLabels.showValue = Boolean(v)),
            },
          }
        ) as ProxyObject<unknown>;
        break;
      case "axes":
        made = new ChartAxesDouble(
          this.ctx,
          this.childSource(name, (id) => id)
        ) as ProxyObject<unknown>;
        break;
      default:
        made = new ChartSeriesCollectionDouble(
          this.ctx,
          this.childSource(name, (id) => id)
        ) as ProxyObject<unknown>;
    }
    this.parts[name] = made;
    return made;
  }

  get title(): Excel.ChartTitle {
    return asExcel<Excel.ChartTitle>(this.part("title"));
  }
  get legend(): Excel.ChartLegend {
    return asExcel<Excel.ChartLegend>(this.part("legend"));
  }
  get dataLabels(): Excel.ChartDataLabels {
    return asExcel<Excel.ChartDataLabels>(this.part("dataLabels"));
  }
  get axes(): Excel.ChartAxes {
    return asExcel<Excel.ChartAxes>(this.part("axes"));
  }
  get series(): Excel.ChartSeriesCollection {
    return asExcel<Excel.ChartSeriesCollection>(this.part("series"));
  }

  /** setPosition(startCell, endCell?): anchors the chart to cells (positions are approximated in points). */
  setPosition(startCell: Excel.Range | string, endCell?: Excel.Range | string): void {
    this.call(
      "setPosition",
      (id, loc) => {
        const chart = this.chart(loc);
        const sheet = this.ctx.state.sheet(chart.sheetId, loc);
        const ref = (x: Excel.Range | string) =>
          typeof x === "string"
            ? this.ctx.state.resolveAddress(x, sheet, loc)
            : rangeDouble(x, this.ctx, loc).target(loc);
        const start = ref(startCell);
        const end = endCell === undefined ? undefined : ref(endCell);
        if (start.sheetId !== chart.sheetId || (end && end.sheetId !== chart.sheetId))
          throw new ExcelDoubleError("InvalidArgument", loc, "cells on another sheet");
        chart.position.startCell = this.ctx.state.formatRef(start).split("!")[1];
        chart.position.top = start.rect.row * 15;
        chart.position.left = start.rect.col * 48;
        if (end) {
          chart.position.endCell = this.ctx.state.formatRef(end).split("!")[1];
          chart.position.height = Math.max(
            15,
            (end.rect.row + end.rect.rowCount - start.rect.row) * 15
          );
          chart.position.width = Math.max(
            48,
            (end.rect.col + end.rect.colCount - start.rect.col) * 48
          );
        }
        void id;
      },
      [
        typeof startCell === "string" ? startCell : "range",
        typeof endCell === "string" ? endCell : "range",
      ]
    );
  }

  setData(
    sourceData: Excel.Range,
    seriesBy?: Excel.ChartSeriesBy | "Auto" | "Columns" | "Rows"
  ): void {
    // Chart.setData(sourceData, seriesBy?) — ExcelApi 1.1: "Resets the source data for the chart."
    // (https://learn.microsoft.com/javascript/api/excel/excel.chart#excel-excel-chart-setdata-member(1)).
    // The chart keeps its name, type, position, title, axes and legend; its series are rebuilt
    // from the new source, so per-series formatting goes (the page says nothing of keeping it).
    this.call(
      "setData",
      (_id, loc) => {
        const chart = this.chart(loc);
        const by = seriesBy ?? "Auto";
        if (by !== "Auto" && by !== "Columns" && by !== "Rows")
          throw new ExcelDoubleError("InvalidArgument", loc, `seriesBy ${String(by)}`);
        chart.source = rangeDouble(sourceData, this.ctx, loc).target(loc);
        chart.seriesBy = by;
        chart.series = seriesFromSource(this.ctx.state, chart.source, chart.seriesBy);
      },
      [seriesBy]
    );
  }

  delete(): void {
    this.call("delete", (id) => {
      this.ctx.state.charts = this.ctx.state.charts.filter((c) => c.id !== id);
    });
  }

  activate(): void {
    this.call("activate", () => undefined);
  }
}

class ChartAxesDouble extends ProxyObject<string> {
  private axesByKey: Partial<Record<AxisKey, ProxyObject<unknown>>> = {};

  constructor(ctx: RequestContextDouble, source: Source<string>) {
    super(ctx, "ChartAxes", source);
  }
  protected override properties(): Record<string, PropertyDef<string>> {
    return {};
  }
  protected override navigation(): Record<string, () => ProxyObject<unknown>> {
    return {
      categoryAxis: () => this.axis("category", "ChartAxes.categoryAxis"),
      valueAxis: () => this.axis("value", "ChartAxes.valueAxis"),
    };
  }
  get categoryAxis(): Excel.ChartAxis {
    return asExcel<Excel.ChartAxis>(this.axis("category", "ChartAxes.categoryAxis"));
  }
  get valueAxis(): Excel.ChartAxis {
    return asExcel<Excel.ChartAxis>(this.axis("value", "ChartAxes.valueAxis"));
  }
  /** getItem(type, group) — ExcelApi 1.7. The secondary value axis exists once a series is on it. */
  getItem(
    type: Excel.ChartAxisType | "Invalid" | "Category" | "Value" | "Series",
    group?: Excel.ChartAxisGroup | "Primary" | "Secondary"
  ): Excel.ChartAxis {
    const location = "ChartAxes.getItem";
    if (type !== "Category" && type !== "Value") {
      return asExcel<Excel.ChartAxis>(
        this.axisProxy("category", location, () => {
          throw new ExcelDoubleError("NotImplemented", location, `axis type ${type}`);
        })
      );
    }
    if (group === "Secondary") {
      if (type === "Category") {
        return asExcel<Excel.ChartAxis>(
          this.axisProxy("category", location, () => {
            throw new ExcelDoubleError("NotImplemented", location, "secondary category axis");
          })
        );
      }
      return asExcel<Excel.ChartAxis>(
        this.axisProxy(
          "secondaryValue",
          location,
          (chart) => {
            if (!chart.series.some((s) => s.axisGroup === "Secondary")) {
              throw new ExcelDoubleError(
                "InvalidArgument",
                location,
                "no series is on the secondary axis"
              );
            }
          },
          "1.7"
        )
      );
    }
    return asExcel<Excel.ChartAxis>(
      this.axisProxy(type === "Category" ? "category" : "value", location, undefined, "1.7")
    );
  }

  private axis(key: AxisKey, location: string): ProxyObject<unknown> {
    return (this.axesByKey[key] ??= this.axisProxy(key, location));
  }

  private axisProxy(
    key: AxisKey,
    location: string,
    check?: (chart: ChartState) => void,
    api?: string
  ): ProxyObject<unknown> {
    const state = this.ctx.state;
    const axis = (id: string): AxisState => chartOf(state, id, location).axes[key];
    const source: Source<string> = {
      location,
      api,
      resolve: () => {
        const id = this.targetOrNull(location);
        if (id === null) return null;
        check?.(chartOf(state, id, location));
        return id;
      },
    };
    const optionalNumber = (field: "minimum" | "maximum"): PropertyDef<string> => ({
      get: (id) => axis(id)[field] ?? null,
      set: (id, v, loc) => void (axis(id)[field] = num(loc)(v)),
    });
    return new FieldProxy<string>(
      this.ctx,
      "ChartAxis",
      source,
      {
        visible: {
          get: (id) => axis(id).visible,
          set: (id, v) => void (axis(id).visible = Boolean(v)),
        },
        minimum: optionalNumber("minimum"),
        maximum: optionalNumber("maximum"),
        numberFormat: {
          get: (id) => axis(id).numberFormat ?? "General",
          set: (id, v) => void (axis(id).numberFormat = String(v)),
          api: "1.8",
        },
        reversePlotOrder: {
          get: (id) => axis(id).reversePlotOrder ?? false,
          set: (id, v) => void (axis(id).reversePlotOrder = Boolean(v)),
          api: "1.7",
        },
      },
      {
        title: () =>
          new FieldProxy<string>(
            this.ctx,
            "ChartAxisTitle",
            { location: `${location}.title`, resolve: () => this.targetOrNull(location) },
            {
              text: {
                get: (id) => axis(id).title,
                set: (id, v) => {
                  axis(id).title = String(v);
                  axis(id).titleVisible = true;
                },
              },
              visible: {
                get: (id) => axis(id).titleVisible,
                set: (id, v) => void (axis(id).titleVisible = Boolean(v)),
              },
            }
          ) as ProxyObject<unknown>,
      }
    ) as ProxyObject<unknown>;
  }
}

interface SeriesTarget {
  chartId: string;
  index: number;
}

class ChartSeriesCollectionDouble extends CollectionProxy<string, SeriesTarget, ChartSeriesDouble> {
  constructor(ctx: RequestContextDouble, source: Source<string>) {
    super(ctx, "ChartSeriesCollection", source);
  }
  protected override listItems(chartId: string, location: string): SeriesTarget[] {
    return chartOf(this.ctx.state, chartId, location).series.map((_, index) => ({
      chartId,
      index,
    }));
  }
  protected override createItem(target: SeriesTarget): ChartSeriesDouble {
    return new ChartSeriesDouble(this.ctx, { target });
  }
  protected override properties(): Record<string, PropertyDef<string>> {
    return {
      count: {
        get: (id) => chartOf(this.ctx.state, id, "ChartSeriesCollection.count").series.length,
      },
    };
  }
  get items(): Excel.ChartSeries[] {
    return asExcel<Excel.ChartSeries[]>(this.itemList());
  }
  get count(): number {
    return this.read("count");
  }
  getCount(): OfficeExtension.ClientResult<number> {
    return this.callForResult(
      "getCount",
      (id) => chartOf(this.ctx.state, id, "getCount").series.length,
      "1.4"
    );
  }
  getItemAt(index: number): Excel.ChartSeries {
    const location = "ChartSeriesCollection.getItemAt";
    return asExcel<Excel.ChartSeries>(
      new ChartSeriesDouble(this.ctx, {
        location,
        resolve: () => {
          const chartId = this.target(location);
          if (index < 0 || index >= chartOf(this.ctx.state, chartId, location).series.length)
            throw new ExcelDoubleError("ItemNotFound", location, `series ${index}`);
          return { chartId, index };
        },
      })
    );
  }
  /** add(name?, index?) — ExcelApi 1.7; the new series has no data until setValues. */
  add(name?: string, index?: number): Excel.ChartSeries {
    let added: SeriesTarget | undefined;
    this.call(
      "add",
      (chartId, loc) => {
        const series = chartOf(this.ctx.state, chartId, loc).series;
        const at = index === undefined ? series.length : index;
        if (at < 0 || at > series.length)
          throw new ExcelDoubleError("InvalidArgument", loc, `index ${index}`);
        series.splice(at, 0, {
          name: name ?? `Series${series.length + 1}`,
          axisGroup: "Primary",
          pointColors: {},
        });
        added = { chartId, index: at };
      },
      name,
      "1.7"
    );
    return asExcel<Excel.ChartSeries>(
      new ChartSeriesDouble(this.ctx, {
        location: "ChartSeriesCollection.add",
        resolve: () => {
          if (!added)
            throw new ExcelDoubleError(
              "GeneralException",
              "ChartSeriesCollection.add",
              "series not added"
            );
          return added;
        },
      })
    );
  }
}

class ChartSeriesDouble extends FieldProxy<SeriesTarget> {
  constructor(ctx: RequestContextDouble, source: Source<SeriesTarget>) {
    // Child factories run after construction; `holder` lets them reach this proxy.
    const holder: { self?: ChartSeriesDouble } = {};
    const self = (): ChartSeriesDouble => holder.self!;
    super(ctx, "ChartSeries", source, seriesProperties(ctx), {
      dataLabels: () => seriesDataLabels(ctx, self),
      format: () => seriesFormat(ctx, self),
      points: () => seriesPoints(ctx, self),
    });
    holder.self = this;
    this.method(
      "setValues",
      (t, loc, range) =>
        void (seriesAt(ctx, t, loc).values = rangeDouble(range, ctx, loc).target(loc)),
      "1.7"
    );
    this.method(
      "setXAxisValues",
      (t, loc, range) =>
        void (seriesAt(ctx, t, loc).xValues = rangeDouble(range, ctx, loc).target(loc)),
      "1.7"
    );
    this.method(
      "delete",
      (t, loc) => {
        chartOf(ctx.state, t.chartId, loc).series.splice(t.index, 1);
      },
      "1.7"
    );
  }
}

/** The series a target points at; ItemNotFound once it is gone. */
function seriesAt(
  ctx: RequestContextDouble,
  t: SeriesTarget,
  location = "ChartSeries"
): SeriesState {
  const s = chartOf(ctx.state, t.chartId, location).series[t.index];
  if (!s) throw new ExcelDoubleError("ItemNotFound", location, "the series no longer exists");
  return s;
}

function seriesProperties(ctx: RequestContextDouble): Record<string, PropertyDef<SeriesTarget>> {
  const series = (t: SeriesTarget) => seriesAt(ctx, t);
  return {
    name: { get: (t) => series(t).name, set: (t, v) => void (series(t).name = String(v)) },
    chartType: {
      get: (t) => series(t).chartType ?? chartOf(ctx.state, t.chartId, "ChartSeries").chartType,
      set: (t, v, loc) =>
        void (series(t).chartType = validateChartType(v, ctx.runtime.maxExcelApi, loc)),
      api: "1.7",
    },
    axisGroup: {
      get: (t) => series(t).axisGroup,
      set: (t, v, loc) => {
        if (v !== "Primary" && v !== "Secondary")
          throw new ExcelDoubleError("InvalidArgument", loc, String(v));
        series(t).axisGroup = v;
      },
      api: "1.8",
    },
    gapWidth: {
      get: (t) => series(t).gapWidth ?? 150,
      set: (t, v, loc) => void (series(t).gapWidth = num(loc)(v)),
      api: "1.7",
    },
    hasDataLabels: {
      get: (t) => series(t).hasDataLabels ?? false,
      set: (t, v) => void (series(t).hasDataLabels = Boolean(v)),
      api: "1.7",
    },
  };
}

type SeriesParent = () => ProxyObject<SeriesTarget>;

/** ChartSeries.dataLabels (ExcelApi 1.8): showValue is the series' hasDataLabels. */
function seriesDataLabels(ctx: RequestContextDouble, parent: SeriesParent): ProxyObject<unknown> {
  return new FieldProxy<SeriesTarget>(
    ctx,
    "ChartDataLabels",
    {
      location: "ChartSeries.dataLabels",
      api: "1.8",
      resolve: () => parent().targetOrNull("ChartSeries.dataLabels"),
    },
    {
      showValue: {
        get: (t) => seriesAt(ctx, t).hasDataLabels ?? false,
        set: (t, v) => void (seriesAt(ctx, t).hasDataLabels = Boolean(v)),
      },
    }
  ) as ProxyObject<unknown>;
}

/** ChartSeries.format: its fill is the series' fill colour. */
function seriesFormat(ctx: RequestContextDouble, parent: SeriesParent): ProxyObject<unknown> {
  return new FieldProxy<SeriesTarget>(
    ctx,
    "ChartSeriesFormat",
    {
      location: "ChartSeries.format",
      resolve: () => parent().targetOrNull("ChartSeries.format"),
    },
    {},
    {
      fill: () =>
        chartFill(
          ctx,
          (t, c) => void (seriesAt(ctx, t).fillColor = c),
          "ChartSeriesFormat.fill",
          parent
        ),
    }
  ) as ProxyObject<unknown>;
}

/** ChartSeries.points: getItemAt(index) gives a point whose fill colours that point only. */
function seriesPoints(ctx: RequestContextDouble, parent: SeriesParent): ProxyObject<unknown> {
  const points = new FieldProxy<SeriesTarget>(
    ctx,
    "ChartPointsCollection",
    {
      location: "ChartSeries.points",
      resolve: () => parent().targetOrNull("ChartSeries.points"),
    },
    {}
  );
  Object.defineProperty(points, "getItemAt", {
    value: (index: number) => chartPoint(ctx, points, index),
  });
  return points as ProxyObject<unknown>;
}

function chartPoint(
  ctx: RequestContextDouble,
  points: ProxyObject<SeriesTarget>,
  index: number
): FieldProxy<SeriesTarget> {
  const setColor = (t: SeriesTarget, c: string | null) => {
    if (c === null) delete seriesAt(ctx, t).pointColors[String(index)];
    else seriesAt(ctx, t).pointColors[String(index)] = c;
  };
  const point: FieldProxy<SeriesTarget> = new FieldProxy<SeriesTarget>(
    ctx,
    "ChartPoint",
    {
      location: "ChartPointsCollection.getItemAt",
      resolve: () => points.targetOrNull("ChartPoint"),
    },
    {},
    {
      format: () =>
        new FieldProxy<SeriesTarget>(
          ctx,
          "ChartPointFormat",
          {
            location: "ChartPoint.format",
            resolve: () => point.targetOrNull("ChartPoint.format"),
          },
          {},
          { fill: () => chartFill(ctx, setColor, "ChartPointFormat.fill", () => point) }
        ) as ProxyObject<unknown>,
    }
  );
  return point;
}

/** A ChartFill: setSolidColor(color) and clear() store the colour (or null) through `setColor`. */
function chartFill(
  ctx: RequestContextDouble,
  setColor: (t: SeriesTarget, color: string | null) => void,
  location: string,
  parent: SeriesParent
): ProxyObject<unknown> {
  return new FieldProxy<SeriesTarget>(
    ctx,
    "ChartFill",
    { location, resolve: () => parent().targetOrNull(location) },
    {}
  )
    .method("setSolidColor", (t, loc, color) => setColor(t, normalizeColor(color, loc)))
    .method("clear", (t) => setColor(t, null)) as ProxyObject<unknown>;
}
