/**
 * Excel.ChartAxes, Excel.ChartAxis and Excel.ChartAxisTitle: a chart's category, value and
 * secondary value axes.
 * https://learn.microsoft.com/javascript/api/excel/excel.chartaxes
 * https://learn.microsoft.com/javascript/api/excel/excel.chartaxis
 * https://learn.microsoft.com/javascript/api/excel/excel.chartaxistitle
 */
import { ExcelDoubleError } from "../errors";
import { type HostEnv, type HostProperty, type HostRef, hostType } from "../host/host-type";
import type { AxisState } from "../workbook-parts";
import {
  type AxisKey,
  type AxisTarget,
  CHART_AXES,
  CHART_AXIS,
  CHART_AXIS_TITLE,
  chartOf,
  num,
  ref,
} from "./chart-common";

const axisRef = (chartId: string, key: AxisKey): HostRef<AxisTarget> =>
  ref(CHART_AXIS, { chartId, key });

const axisOf = (env: HostEnv, t: AxisTarget, location: string): AxisState =>
  chartOf(env, t.chartId, location).axes[t.key];

/**
 * getItem(type, group) — ExcelApi 1.7. The double models the category and value axes and, once a
 * series is on it, the secondary value axis; other axes fail with NotImplemented (our choice).
 */
function getAxis(chartId: string, args: readonly unknown[], env: HostEnv, location: string) {
  const [type, group] = args;
  if (type !== "Category" && type !== "Value")
    throw new ExcelDoubleError("NotImplemented", location, `axis type ${String(type)}`);
  if (group === "Secondary") {
    if (type === "Category")
      throw new ExcelDoubleError("NotImplemented", location, "secondary category axis");
    env.requireApi("1.7", location);
    if (!chartOf(env, chartId, location).series.some((s) => s.axisGroup === "Secondary"))
      throw new ExcelDoubleError("InvalidArgument", location, "no series is on the secondary axis");
    return axisRef(chartId, "secondaryValue");
  }
  env.requireApi("1.7", location);
  return axisRef(chartId, type === "Category" ? "category" : "value");
}

export const chartAxesType = hostType<string>({
  name: CHART_AXES,
  properties: {},
  navigation: {
    categoryAxis: (id) => axisRef(id, "category"),
    valueAxis: (id) => axisRef(id, "value"),
  },
  // No `api` here: the axis types the double does not model fail whatever the host's version.
  methods: { getItem: { call: (id, args, env, loc) => getAxis(id, args, env, loc) } },
});

const optionalNumber = (field: "minimum" | "maximum"): HostProperty<AxisTarget> => ({
  get: (t, env) => axisOf(env, t, `ChartAxis.${field}`)[field] ?? null,
  set: (t, v, env, loc) => void (axisOf(env, t, loc)[field] = num(v, loc)),
});

export const chartAxisType = hostType<AxisTarget>({
  name: CHART_AXIS,
  properties: {
    visible: {
      get: (t, env) => axisOf(env, t, "ChartAxis.visible").visible,
      set: (t, v, env, loc) => void (axisOf(env, t, loc).visible = Boolean(v)),
    },
    minimum: optionalNumber("minimum"),
    maximum: optionalNumber("maximum"),
    numberFormat: {
      get: (t, env) => axisOf(env, t, "ChartAxis.numberFormat").numberFormat ?? "General",
      set: (t, v, env, loc) => void (axisOf(env, t, loc).numberFormat = String(v)),
      api: "1.8",
    },
    reversePlotOrder: {
      get: (t, env) => axisOf(env, t, "ChartAxis.reversePlotOrder").reversePlotOrder ?? false,
      set: (t, v, env, loc) => void (axisOf(env, t, loc).reversePlotOrder = Boolean(v)),
      api: "1.7",
    },
  },
  navigation: { title: (t) => ref(CHART_AXIS_TITLE, t) },
});

export const chartAxisTitleType = hostType<AxisTarget>({
  name: CHART_AXIS_TITLE,
  properties: {
    // As for the chart's title, giving the axis title a text shows it.
    text: {
      get: (t, env) => axisOf(env, t, "ChartAxisTitle.text").title,
      set: (t, v, env, loc) => {
        const axis = axisOf(env, t, loc);
        axis.title = String(v);
        axis.titleVisible = true;
      },
    },
    visible: {
      get: (t, env) => axisOf(env, t, "ChartAxisTitle.visible").titleVisible,
      set: (t, v, env, loc) => void (axisOf(env, t, loc).titleVisible = Boolean(v)),
    },
  },
});
