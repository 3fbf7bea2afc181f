/**
 * The small parts of a chart: its title, its legend and its data labels (the chart's, or one
 * series' through ChartSeries.dataLabels).
 * https://learn.microsoft.com/javascript/api/excel/excel.charttitle
 * https://learn.microsoft.com/javascript/api/excel/excel.chartlegend
 * https://learn.microsoft.com/javascript/api/excel/excel.chartdatalabels
 */
import { hostType } from "../host/host-type";
import {
  CHART_DATA_LABELS,
  CHART_LEGEND,
  CHART_TITLE,
  type DataLabelsTarget,
  chartOf,
  seriesAt,
} from "./chart-common";

export const chartTitleType = hostType<string>({
  name: CHART_TITLE,
  properties: {
    // Giving the title a text shows it: Excel shows a title as soon as it has one.
    text: {
      get: (id, env) => chartOf(env, id, "ChartTitle.text").title.text,
      set: (id, v, env, loc) => {
        const title = chartOf(env, id, loc).title;
        title.text = String(v);
        title.visible = true;
      },
    },
    visible: {
      get: (id, env) => chartOf(env, id, "ChartTitle.visible").title.visible,
      set: (id, v, env, loc) => void (chartOf(env, id, loc).title.visible = Boolean(v)),
    },
  },
});

export const chartLegendType = hostType<string>({
  name: CHART_LEGEND,
  properties: {
    visible: {
      get: (id, env) => chartOf(env, id, "ChartLegend.visible").legend.visible,
      set: (id, v, env, loc) => void (chartOf(env, id, loc).legend.visible = Boolean(v)),
    },
    position: {
      get: (id, env) => chartOf(env, id, "ChartLegend.position").legend.position,
      set: (id, v, env, loc) => void (chartOf(env, id, loc).legend.position = String(v)),
    },
  },
});

/** ChartSeries.dataLabels (ExcelApi 1.8): showValue is the series' hasDataLabels. */
export const chartDataLabelsType = hostType<DataLabelsTarget>({
  name: CHART_DATA_LABELS,
  properties: {
    showValue: {
      get: (t, env) => {
        const loc = "ChartDataLabels.showValue";
        if (t.series === undefined) return chartOf(env, t.chartId, loc).dataLabels.showValue;
        return seriesAt(env, { chartId: t.chartId, index: t.series }, loc).hasDataLabels ?? false;
      },
      set: (t, v, env, loc) => {
        if (t.series === undefined) chartOf(env, t.chartId, loc).dataLabels.showValue = Boolean(v);
        else seriesAt(env, { chartId: t.chartId, index: t.series }, loc).hasDataLabels = Boolean(v);
      },
    },
  },
});
