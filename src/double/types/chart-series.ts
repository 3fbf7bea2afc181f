/**
 * Excel.ChartSeriesCollection and Excel.ChartSeries: a chart's series, by position.
 * https://learn.microsoft.com/javascript/api/excel/excel.chartseriescollection
 * https://learn.microsoft.com/javascript/api/excel/excel.chartseries
 */
import { validateChartType } from "../chart-operations";
import { ExcelDoubleError } from "../errors";
import { type HostEnv, type HostRef, hostType } from "../host/host-type";
import {
  CHART_DATA_LABELS,
  CHART_POINTS_COLLECTION,
  CHART_SERIES,
  CHART_SERIES_COLLECTION,
  CHART_SERIES_FORMAT,
  type SeriesTarget,
  chartOf,
  num,
  optional,
  rangeObject,
  ref,
  seriesAt,
} from "./chart-common";

const seriesRef = (chartId: string, index: number): HostRef<SeriesTarget> =>
  ref(CHART_SERIES, { chartId, index });

const seriesCount = (env: HostEnv, chartId: string, location: string): number =>
  chartOf(env, chartId, location).series.length;

/** add(name?, index?) — ExcelApi 1.7; the new series has no data until setValues. */
function addSeries(chartId: string, args: readonly unknown[], env: HostEnv, location: string) {
  const [name, index] = [optional<string>(args[0]), optional<number>(args[1])];
  const series = chartOf(env, chartId, location).series;
  const at = index === undefined ? series.length : index;
  if (typeof at !== "number" || !Number.isInteger(at) || at < 0 || at > series.length)
    throw new ExcelDoubleError("InvalidArgument", location, `index ${String(index)}`);
  series.splice(at, 0, {
    name: name ?? `Series${series.length + 1}`,
    axisGroup: "Primary",
    pointColors: {},
  });
  return seriesRef(chartId, at);
}

export const chartSeriesCollectionType = hostType<string>({
  name: CHART_SERIES_COLLECTION,
  properties: {
    count: { get: (id, env) => seriesCount(env, id, "ChartSeriesCollection.count") },
  },
  methods: {
    getCount: {
      api: "1.4",
      call: (id, _args, env, loc) => ({ value: seriesCount(env, id, loc) }),
    },
    add: { api: "1.7", call: (id, args, env, loc) => addSeries(id, args, env, loc) },
  },
  // No getItem / idOf: a series has no key but its position, and the client addresses the items
  // it loaded by getItemAt(index) (ChartSeriesCollection has no indexer in Office.js).
  collection: {
    items: (id, env, loc) => chartOf(env, id, loc).series.map((_, index) => seriesRef(id, index)),
  },
});

export const chartSeriesType = hostType<SeriesTarget>({
  name: CHART_SERIES,
  properties: {
    name: {
      get: (t, env) => seriesAt(env, t, "ChartSeries.name").name,
      set: (t, v, env, loc) => void (seriesAt(env, t, loc).name = String(v)),
    },
    chartType: {
      // A series without a type of its own is drawn with the chart's.
      get: (t, env) =>
        seriesAt(env, t, "ChartSeries.chartType").chartType ??
        chartOf(env, t.chartId, "ChartSeries.chartType").chartType,
      set: (t, v, env, loc) =>
        void (seriesAt(env, t, loc).chartType = validateChartType(v, env.runtime.maxExcelApi, loc)),
      api: "1.7",
    },
    axisGroup: {
      get: (t, env) => seriesAt(env, t, "ChartSeries.axisGroup").axisGroup,
      set: (t, v, env, loc) => {
        if (v !== "Primary" && v !== "Secondary")
          throw new ExcelDoubleError("InvalidArgument", loc, String(v));
        seriesAt(env, t, loc).axisGroup = v;
      },
      api: "1.8",
    },
    gapWidth: {
      get: (t, env) => seriesAt(env, t, "ChartSeries.gapWidth").gapWidth ?? 150,
      set: (t, v, env, loc) => void (seriesAt(env, t, loc).gapWidth = num(v, loc)),
      api: "1.7",
    },
    hasDataLabels: {
      get: (t, env) => seriesAt(env, t, "ChartSeries.hasDataLabels").hasDataLabels ?? false,
      set: (t, v, env, loc) => void (seriesAt(env, t, loc).hasDataLabels = Boolean(v)),
      api: "1.7",
    },
  },
  navigation: {
    dataLabels: (t, env, loc) => {
      env.requireApi("1.8", loc);
      return ref(CHART_DATA_LABELS, { chartId: t.chartId, series: t.index });
    },
    format: (t) => ref(CHART_SERIES_FORMAT, t),
    points: (t) => ref(CHART_POINTS_COLLECTION, t),
  },
  methods: {
    setValues: {
      api: "1.7",
      call: (t, [range], env, loc) => void (seriesAt(env, t, loc).values = rangeObject(range, loc)),
    },
    setXAxisValues: {
      api: "1.7",
      call: (t, [range], env, loc) =>
        void (seriesAt(env, t, loc).xValues = rangeObject(range, loc)),
    },
    delete: {
      api: "1.7",
      call: (t, _args, env, loc) => void chartOf(env, t.chartId, loc).series.splice(t.index, 1),
    },
  },
});
