/**
 * Native charts (enum values are passed as their strings: the Excel global is absent in tests)
 * Native charts on the summary sheet, with chart types every Excel since 2016 supports through the
 * API (https://learn.microsoft.com/javascript/api/excel/excel.charttype):
 * - the customer pyramid: a stacked bar chart ("BarStacked") whose first series is an invisible
 *   offset ((widest − count) / 2), so the tiers are centred bars, widest at the bottom, coloured per
 *   tier through their data points;
 * - the Pareto chart: revenue per tier as columns and the cumulative share as a line on the
 *   secondary axis (series chartType ExcelApi 1.7, axisGroup 1.8; before 1.8 both series are
 *   shares on one axis; before 1.7 both are columns);
 * - the whale curve: "XYScatterLinesNoMarkers", cumulative profit % against % of customers
 *   (x values set with ChartSeries.setXAxisValues, 1.7; before that Excel takes the first column).
 * Excel's own Pareto/Histogram types (2016+ "modern" charts) are not used.
 */
import { localAddress } from "./a1";
import type { ChartData, SummaryLayout } from "./summaryLayout";
import type { SheetText } from "../i18n/sheetText";

export const CHART_NAMES = {
  pyramid: "CRMPyramid_Pyramid",
  pareto: "CRMPyramid_Pareto",
  whale: "CRMPyramid_Whale",
} as const;

function rangeOf(sheet: Excel.Worksheet, d: ChartData, skipHeader = false, col = 0, cols?: number) {
  return sheet.getRange(
    localAddress({
      row: d.row + (skipHeader ? 1 : 0),
      col: d.col + col,
      rowCount: d.rowCount - (skipHeader ? 1 : 0),
      colCount: cols ?? d.colCount - col,
    })
  );
}

function place(
  chart: Excel.Chart,
  title: string,
  top: string,
  bottom: string,
  isNew: boolean
): void {
  chart.title.text = title;
  // A chart the user moved or resized keeps its place.
  if (isNew) chart.setPosition(top, bottom);
}

/**
 * The chart named `name` on the sheet: the existing one with its data replaced (Chart.setData,
 * ExcelApi 1.1: https://learn.microsoft.com/javascript/api/excel/excel.chart#excel-excel-chart-setdata-member(1)),
 * so its name, place and any formatting the user gave it stay; or a new one.
 */
function chartFor(
  sheet: Excel.Worksheet,
  name: string,
  type: Excel.ChartType | string,
  source: Excel.Range,
  exists: boolean
): Excel.Chart {
  if (exists) {
    const chart = sheet.charts.getItem(name);
    chart.setData(source, "Columns");
    return chart;
  }
  const chart = sheet.charts.add(type as Excel.ChartType, source, "Columns");
  chart.name = name;
  return chart;
}

/** The add-in's charts a layout has data for, in the order they are written. */
export function chartNamesFor(layout: SummaryLayout): string[] {
  return [
    ...(layout.pyramid ? [CHART_NAMES.pyramid] : []),
    ...(layout.pareto ? [CHART_NAMES.pareto] : []),
    ...(layout.whale ? [CHART_NAMES.whale] : []),
  ];
}

/** Queues the charts on the sheet named `sheetName`; `existing` names the ones already there. */
export function queueCharts(
  context: Excel.RequestContext,
  sheetName: string,
  layout: SummaryLayout,
  text: SheetText,
  existing: ReadonlySet<string>
): string[] {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const names: string[] = [];
  const has = (name: string) => existing.has(name);
  if (layout.pyramid) {
    const d = layout.pyramid;
    const name = CHART_NAMES.pyramid;
    const chart = chartFor(sheet, name, "BarStacked", rangeOf(sheet, d), has(name));
    place(chart, text.pyramidChart, "R3", "Y20", !has(name));
    chart.legend.visible = false;
    const offset = chart.series.getItemAt(0);
    offset.format.fill.clear();
    const bars = chart.series.getItemAt(1);
    d.colors.forEach((color, i) => bars.points.getItemAt(i).format.fill.setSolidColor(color));
    bars.gapWidth = 30;
    bars.hasDataLabels = true;
    chart.axes.valueAxis.visible = false;
    chart.axes.categoryAxis.title.text = text.tier;
    names.push(name);
  }
  if (layout.pareto) {
    const d = layout.pareto;
    const name = CHART_NAMES.pareto;
    const chart = chartFor(sheet, name, "ColumnClustered", rangeOf(sheet, d), has(name));
    place(chart, text.paretoChart, "R22", "Y39", !has(name));
    chart.legend.position = "Bottom";
    chart.axes.categoryAxis.title.text = text.tier;
    chart.axes.valueAxis.title.text = text.revenue;
    const line = chart.series.getItemAt(1);
    line.chartType = "LineMarkers";
    line.axisGroup = "Secondary";
    const secondary = chart.axes.getItem("Value", "Secondary");
    secondary.numberFormat = "0%";
    secondary.maximum = 1;
    secondary.title.text = text.cumulativeShare;
    names.push(name);
  }
  if (layout.whale) {
    const d = layout.whale;
    const name = CHART_NAMES.whale;
    const source = rangeOf(sheet, d, false, 1, 1);
    const chart = chartFor(sheet, name, "XYScatterLinesNoMarkers", source, has(name));
    place(chart, text.whaleChart, "R41", "Y58", !has(name));
    chart.legend.visible = false;
    chart.series.getItemAt(0).setXAxisValues(rangeOf(sheet, d, true, 0, 1));
    chart.axes.categoryAxis.title.text = text.customerPercent;
    chart.axes.valueAxis.title.text = text.cumulativeProfit;
    chart.axes.categoryAxis.numberFormat = "0%";
    chart.axes.valueAxis.numberFormat = "0%";
    names.push(name);
  }
  // The add-in's charts that this run has no data for (charts turned off, no ranked tier).
  for (const name of Object.values(CHART_NAMES))
    if (has(name) && !names.includes(name)) sheet.charts.getItem(name).delete();
  return names;
}
