/**
 * Excel.ChartCollection (Worksheet.charts): the charts of one sheet, found by name, created by
 * `add(type, sourceData, seriesBy)`.
 * https://learn.microsoft.com/javascript/api/excel/excel.chartcollection
 */
import { newChart, validateChartType } from "../chart-operations";
import { ExcelDoubleError } from "../errors";
import { type HostEnv, type HostRef, hostType } from "../host/host-type";
import { CHART_COLLECTION, chartRef } from "../host/refs";
import type { ChartState } from "../workbook-parts";
import { optional } from "./chart-common";
import { rangeArgument } from "./range-argument";

const chartsOn = (env: HostEnv, sheetId: string): ChartState[] =>
  env.state.charts.filter((c) => c.sheetId === sheetId);

/** getItem(name): "Gets a chart using its name. If there are multiple charts with the same name,
 * the first one will be returned." */
const byName = (env: HostEnv, sheetId: string, name: unknown): ChartState | undefined =>
  chartsOn(env, sheetId).find((c) => c.name === name);

export const chartCollectionType = hostType<string>({
  name: CHART_COLLECTION,
  properties: {
    count: { get: (sheetId, env) => chartsOn(env, sheetId).length },
  },
  methods: {
    getCount: {
      api: "1.4",
      call: (sheetId, _args, env) => ({ value: chartsOn(env, sheetId).length }),
    },
    getItem: {
      call: (sheetId, [name], env, location) => {
        const chart = byName(env, sheetId, name);
        if (!chart) throw new ExcelDoubleError("ItemNotFound", location, "no such chart");
        return chartRef(chart.id);
      },
    },
    getItemOrNullObject: {
      api: "1.4",
      call: (sheetId, [name], env) => {
        const chart = byName(env, sheetId, name);
        return chart ? chartRef(chart.id) : null;
      },
    },
    /** add(type, sourceData, seriesBy = "Auto"). */
    add: {
      call: (sheetId, [type, sourceData, seriesBy], env, location): HostRef => {
        const chartType = validateChartType(type, env.runtime.maxExcelApi, location);
        const source = rangeArgument(sourceData, env, location, sheetId);
        const by = optional<string>(seriesBy) ?? "Auto";
        const chart = newChart(env.state, sheetId, chartType, source, by);
        env.state.charts.push(chart);
        return chartRef(chart.id);
      },
    },
  },
  collection: {
    items: (sheetId, env) => chartsOn(env, sheetId).map((c) => chartRef(c.id)),
    /**
     * The indexer. Microsoft's client addresses a loaded chart by the `_Id` the host sent with it
     * (idOf: the chart's id), user code by its name (`getItem(name)` above); the docs are silent on
     * the indexer's key, so accepting both, id first, is our choice.
     */
    getItem: (sheetId, key, env, location) => {
      const chart = chartsOn(env, sheetId).find((c) => c.id === key) ?? byName(env, sheetId, key);
      if (!chart) throw new ExcelDoubleError("ItemNotFound", location, "no such chart");
      return chartRef(chart.id);
    },
  },
});
