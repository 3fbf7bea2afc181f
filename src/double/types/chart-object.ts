/**
 * Excel.Chart: its name, type and place, its parts (title, legend, data labels, axes, series) and
 * setPosition / setData / delete / activate.
 * https://learn.microsoft.com/javascript/api/excel/excel.chart
 */
import { seriesFromSource, validateChartType } from "../chart-operations";
import { ExcelDoubleError } from "../errors";
import { type HostEnv, type HostProperty, hostType } from "../host/host-type";
import { CHART, worksheetRef } from "../host/refs";
import type { ChartState } from "../workbook-parts";
import {
  CHART_AXES,
  CHART_DATA_LABELS,
  CHART_LEGEND,
  CHART_SERIES_COLLECTION,
  CHART_TITLE,
  chartOf,
  num,
  optional,
  ref,
} from "./chart-common";
import { rangeArgument } from "./range-argument";

const position = (key: "top" | "left" | "width" | "height"): HostProperty<string> => ({
  get: (id, env) => chartOf(env, id, `Chart.${key}`).position[key],
  set: (id, v, env, loc) => void (chartOf(env, id, loc).position[key] = num(v, loc)),
});

/**
 * setPosition(startCell, endCell?): anchors the chart to cells. Positions in points are
 * approximated (15 pt a row, 48 pt a column): the docs give no formula, the numbers are our choice.
 * https://learn.microsoft.com/javascript/api/excel/excel.chart#excel-excel-chart-setposition-member(1)
 */
function setPosition(chart: ChartState, args: readonly unknown[], env: HostEnv, loc: string) {
  const [startCell, endCell] = [args[0], optional(args[1])];
  const start = rangeArgument(startCell, env, loc, chart.sheetId);
  const end = endCell === undefined ? undefined : rangeArgument(endCell, env, loc, chart.sheetId);
  if (start.sheetId !== chart.sheetId || (end && end.sheetId !== chart.sheetId))
    throw new ExcelDoubleError("InvalidArgument", loc, "cells on another sheet");
  chart.position.startCell = env.state.formatRef(start).split("!")[1];
  chart.position.top = start.rect.row * 15;
  chart.position.left = start.rect.col * 48;
  if (end) {
    chart.position.endCell = env.state.formatRef(end).split("!")[1];
    chart.position.height = Math.max(15, (end.rect.row + end.rect.rowCount - start.rect.row) * 15);
    chart.position.width = Math.max(48, (end.rect.col + end.rect.colCount - start.rect.col) * 48);
  }
}

/**
 * Chart.setData(sourceData, seriesBy?) — ExcelApi 1.1: "Resets the source data for the chart."
 * (https://learn.microsoft.com/javascript/api/excel/excel.chart#excel-excel-chart-setdata-member(1)).
 * The chart keeps its name, type, position, title, axes and legend; its series are rebuilt
 * from the new source, so per-series formatting goes (the page says nothing of keeping it).
 */
function setData(chart: ChartState, args: readonly unknown[], env: HostEnv, loc: string) {
  const by = optional<string>(args[1]) ?? "Auto";
  if (by !== "Auto" && by !== "Columns" && by !== "Rows")
    throw new ExcelDoubleError("InvalidArgument", loc, `seriesBy ${String(by)}`);
  chart.source = rangeArgument(args[0], env, loc, chart.sheetId);
  chart.seriesBy = by;
  chart.series = seriesFromSource(env.state, chart.source, chart.seriesBy);
}

export const chartType = hostType<string>({
  name: CHART,
  properties: {
    id: { get: (id) => id },
    name: {
      get: (id, env) => chartOf(env, id, "Chart.name").name,
      set: (id, v, env, loc) => {
        const chart = chartOf(env, id, loc);
        const clash = env.state.charts.some(
          (x) => x.sheetId === chart.sheetId && x.id !== id && x.name === v
        );
        if (clash) throw new ExcelDoubleError("ItemAlreadyExists", loc, String(v));
        chart.name = String(v);
      },
    },
    chartType: {
      get: (id, env) => chartOf(env, id, "Chart.chartType").chartType,
      set: (id, v, env, loc) =>
        void (chartOf(env, id, loc).chartType = validateChartType(v, env.runtime.maxExcelApi, loc)),
    },
    top: position("top"),
    left: position("left"),
    width: position("width"),
    height: position("height"),
  },
  // The parts are addressed by the chart's id; their own members fail once the chart is gone.
  navigation: {
    title: (id) => ref(CHART_TITLE, id),
    legend: (id) => ref(CHART_LEGEND, id),
    dataLabels: (id) => ref(CHART_DATA_LABELS, { chartId: id }),
    axes: (id) => ref(CHART_AXES, id),
    series: (id) => ref(CHART_SERIES_COLLECTION, id),
    /** Chart.worksheet (ExcelApi 1.2): "The worksheet containing the current chart." */
    worksheet: (id, env, loc) => {
      env.requireApi("1.2", loc);
      return worksheetRef(chartOf(env, id, loc).sheetId);
    },
  },
  methods: {
    setPosition: {
      call: (id, args, env, loc) => setPosition(chartOf(env, id, loc), args, env, loc),
    },
    setData: { call: (id, args, env, loc) => setData(chartOf(env, id, loc), args, env, loc) },
    delete: {
      call: (id, _args, env) =>
        void (env.state.charts = env.state.charts.filter((c) => c.id !== id)),
    },
    // The double has no chart selection: activating is accepted and changes nothing.
    activate: { call: () => undefined },
  },
  idOf: (id) => id,
});
