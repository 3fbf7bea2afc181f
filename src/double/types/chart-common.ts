/**
 * What the chart family's host types share: their type names and targets, the number check of
 * their numeric properties, the series a target points at and the ranges a chart method is given.
 * https://learn.microsoft.com/javascript/api/excel/excel.chart
 */
import { ExcelDoubleError } from "../errors";
import type { HostEnv, HostRef } from "../host/host-type";
import { RANGE, refArgument } from "../host/refs";
import type { ChartState, RangeRef, SeriesState } from "../workbook-parts";

export const CHART_TITLE = "ChartTitle"; // target: chart id
export const CHART_LEGEND = "ChartLegend"; // target: chart id
export const CHART_DATA_LABELS = "ChartDataLabels"; // target: DataLabelsTarget
export const CHART_AXES = "ChartAxes"; // target: chart id
export const CHART_AXIS = "ChartAxis"; // target: AxisTarget
export const CHART_AXIS_TITLE = "ChartAxisTitle"; // target: AxisTarget
export const CHART_SERIES_COLLECTION = "ChartSeriesCollection"; // target: chart id
export const CHART_SERIES = "ChartSeries"; // target: SeriesTarget
export const CHART_SERIES_FORMAT = "ChartSeriesFormat"; // target: SeriesTarget
export const CHART_POINTS_COLLECTION = "ChartPointsCollection"; // target: SeriesTarget
export const CHART_POINT = "ChartPoint"; // target: PointTarget
export const CHART_POINT_FORMAT = "ChartPointFormat"; // target: PointTarget
export const CHART_FILL = "ChartFill"; // target: FillTarget

export type AxisKey = "category" | "value" | "secondaryValue";

/** One series of a chart, by its position (Office.js lists series by index only). */
export interface SeriesTarget {
  readonly chartId: string;
  readonly index: number;
}

/** One point of a series. */
export interface PointTarget extends SeriesTarget {
  readonly point: number;
}

/** A chart axis. */
export interface AxisTarget {
  readonly chartId: string;
  readonly key: AxisKey;
}

/** The chart's data labels, or (with `series`) one series' (ChartSeries.dataLabels). */
export interface DataLabelsTarget {
  readonly chartId: string;
  readonly series?: number;
}

/** A series' fill (ChartSeriesFormat.fill), or one point's (with `point`). */
export interface FillTarget extends SeriesTarget {
  readonly point?: number;
}

export const ref = <T>(type: string, target: T): HostRef<T> => ({ type, target });

export function chartOf(env: HostEnv, id: string, location: string): ChartState {
  return env.state.chart(id, location);
}

/** A numeric property's value; InvalidArgument for anything else, as the old double did. */
export function num(value: unknown, location: string): number {
  if (typeof value !== "number" || !Number.isFinite(value))
    throw new ExcelDoubleError("InvalidArgument", location, "expected a number");
  return value;
}

/** The series a target points at; ItemNotFound once it is gone. */
export function seriesAt(env: HostEnv, t: SeriesTarget, location: string): SeriesState {
  const s = chartOf(env, t.chartId, location).series[t.index];
  if (!s) throw new ExcelDoubleError("ItemNotFound", location, "the series no longer exists");
  return s;
}

/** A Range argument (an Office.js Range the client passed as an object). */
export function rangeObject(arg: unknown, location: string): RangeRef {
  const range = refArgument<RangeRef>(arg, RANGE);
  if (!range)
    throw new ExcelDoubleError("InvalidArgument", location, "expected a Range from this double");
  return range.target;
}

/** An optional argument: the client sends an omitted trailing argument as undefined or null. */
export function optional<T>(arg: unknown): T | undefined {
  return arg === null || arg === undefined ? undefined : (arg as T);
}
