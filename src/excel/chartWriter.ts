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
import type { ExcelApiLevel } from "./excelRun";
import type { ChartData, SummaryLayout } from "./summaryLayout";
import type { SheetText } from "./sheetText";

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

function place(chart: Excel.Chart, name: string, title: string, top: string, bottom: string): void {
  chart.name = name;
  chart.title.text = title;
  chart.setPosition(top, bottom);
}

/** Queues the charts; returns their names. */
export function queueCharts(
  sheet: Excel.Worksheet,
  layout: SummaryLayout,
  text: SheetText,
  api: ExcelApiLevel
): string[] {
  const names: string[] = [];
  const v17 = api.atLeast("1.7");
  const v18 = api.atLeast("1.8");
  if (layout.pyramid) {
    const d = layout.pyramid;
    const chart = sheet.charts.add("BarStacked", rangeOf(sheet, d), "Columns");
    place(chart, CHART_NAMES.pyramid, text.pyramidChart, "R3", "Y20");
    chart.legend.visible = false;
    const offset = chart.series.getItemAt(0);
    offset.format.fill.clear();
    const bars = chart.series.getItemAt(1);
    d.colors.forEach((color, i) => bars.points.getItemAt(i).format.fill.setSolidColor(color));
    if (v17) {
      bars.gapWidth = 30;
      bars.hasDataLabels = true;
    }
    chart.axes.valueAxis.visible = false;
    chart.axes.categoryAxis.title.text = text.tier;
    names.push(CHART_NAMES.pyramid);
  }
  if (layout.pareto) {
    const d = layout.pareto;
    const chart = sheet.charts.add("ColumnClustered", rangeOf(sheet, d), "Columns");
    place(chart, CHART_NAMES.pareto, text.paretoChart, "R22", "Y39");
    chart.legend.position = "Bottom";
    chart.axes.categoryAxis.title.text = text.tier;
    chart.axes.valueAxis.title.text = v18 ? text.revenue : text.revenueShare;
    if (v17) {
      const line = chart.series.getItemAt(1);
      line.chartType = "LineMarkers";
      if (v18) {
        line.axisGroup = "Secondary";
        const secondary = chart.axes.getItem("Value", "Secondary");
        secondary.numberFormat = "0%";
        secondary.maximum = 1;
        secondary.title.text = text.cumulativeShare;
      }
    }
    names.push(CHART_NAMES.pareto);
  }
  if (layout.whale) {
    const d = layout.whale;
    const source = v17 ? rangeOf(sheet, d, false, 1, 1) : rangeOf(sheet, d);
    const chart = sheet.charts.add("XYScatterLinesNoMarkers", source, "Columns");
    place(chart, CHART_NAMES.whale, text.whaleChart, "R41", "Y58");
    chart.legend.visible = false;
    if (v17) chart.series.getItemAt(0).setXAxisValues(rangeOf(sheet, d, true, 0, 1));
    chart.axes.categoryAxis.title.text = text.customerPercent;
    chart.axes.valueAxis.title.text = text.cumulativeProfit;
    if (v18) {
      chart.axes.categoryAxis.numberFormat = "0%";
      chart.axes.valueAxis.numberFormat = "0%";
    }
    names.push(CHART_NAMES.whale);
  }
  return names;
}
