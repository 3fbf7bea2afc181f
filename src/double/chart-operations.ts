/**
 * Chart creation semantics: ChartCollection.add(type, sourceData, seriesBy) builds one series per
 * column (or row) of the source, taking series names from a text header row and categories from a
 * text first column, as Excel's chart wizard does.
 * https://learn.microsoft.com/javascript/api/excel/excel.chartcollection#excel-excel-chartcollection-add-member(1)
 */
import { ExcelDoubleError } from "./errors";
import { compareVersions } from "./requirements";
import type { CellValue } from "./workbook-json";
import { type ChartState, newAxis, type RangeRef, type SeriesState } from "./workbook-parts";
import type { WorkbookState } from "./workbook-state";

/** Every Excel.ChartType value (from @types/office-js). */
export const CHART_TYPES: readonly `${Excel.ChartType}`[] = [
  "ColumnClustered",
  "ColumnStacked",
  "ColumnStacked100",
  "3DColumnClustered",
  "3DColumnStacked",
  "3DColumnStacked100",
  "BarClustered",
  "BarStacked",
  "BarStacked100",
  "3DBarClustered",
  "3DBarStacked",
  "3DBarStacked100",
  "LineStacked",
  "LineStacked100",
  "LineMarkers",
  "LineMarkersStacked",
  "LineMarkersStacked100",
  "PieOfPie",
  "PieExploded",
  "3DPieExploded",
  "BarOfPie",
  "XYScatterSmooth",
  "XYScatterSmoothNoMarkers",
  "XYScatterLines",
  "XYScatterLinesNoMarkers",
  "AreaStacked",
  "AreaStacked100",
  "3DAreaStacked",
  "3DAreaStacked100",
  "DoughnutExploded",
  "RadarMarkers",
  "RadarFilled",
  "Surface",
  "SurfaceWireframe",
  "SurfaceTopView",
  "SurfaceTopViewWireframe",
  "Bubble",
  "Bubble3DEffect",
  "StockHLC",
  "StockOHLC",
  "StockVHLC",
  "StockVOHLC",
  "CylinderColClustered",
  "CylinderColStacked",
  "CylinderColStacked100",
  "CylinderBarClustered",
  "CylinderBarStacked",
  "CylinderBarStacked100",
  "CylinderCol",
  "ConeColClustered",
  "ConeColStacked",
  "ConeColStacked100",
  "ConeBarClustered",
  "ConeBarStacked",
  "ConeBarStacked100",
  "ConeCol",
  "PyramidColClustered",
  "PyramidColStacked",
  "PyramidColStacked100",
  "PyramidBarClustered",
  "PyramidBarStacked",
  "PyramidBarStacked100",
  "PyramidCol",
  "3DColumn",
  "Line",
  "3DLine",
  "3DPie",
  "Pie",
  "XYScatter",
  "3DArea",
  "Area",
  "Doughnut",
  "Radar",
  "Histogram",
  "Boxwhisker",
  "Pareto",
  "RegionMap",
  "Treemap",
  "Waterfall",
  "Sunburst",
  "Funnel",
];

/**
 * The Office 2016+ chart families (histogram, Pareto, waterfall, funnel, ...). The double treats them
 * as needing ExcelApi 1.9, so that code which offers them must check the requirement set and fall back.
 */
export const MODERN_CHART_TYPES = new Set([
  "Histogram",
  "Boxwhisker",
  "Pareto",
  "RegionMap",
  "Treemap",
  "Waterfall",
  "Sunburst",
  "Funnel",
]);

export function validateChartType(type: unknown, maxExcelApi: string, location: string): string {
  if (typeof type !== "string" || !(CHART_TYPES as readonly string[]).includes(type)) {
    throw new ExcelDoubleError(
      "InvalidArgument",
      location,
      `unknown chart type ${JSON.stringify(type)}`
    );
  }
  if (MODERN_CHART_TYPES.has(type) && compareVersions(maxExcelApi, "1.9") < 0) {
    throw new ExcelDoubleError(
      "InvalidArgument",
      location,
      `${type} charts need ExcelApi 1.9 in the double`
    );
  }
  return type;
}

const isText = (v: CellValue) => typeof v === "string" && v !== "" && Number.isNaN(Number(v));

export function seriesFromSource(
  state: WorkbookState,
  source: RangeRef,
  seriesBy: string
): SeriesState[] {
  const values = state.rangeValues(source);
  const { rect } = source;
  const byColumns =
    seriesBy === "Columns" || (seriesBy !== "Rows" && rect.rowCount >= rect.colCount);
  // Work on the orientation where series run along the second index.
  const get = (i: number, j: number): CellValue => (byColumns ? values[i][j] : values[j][i]);
  const length = byColumns ? rect.rowCount : rect.colCount;
  const width = byColumns ? rect.colCount : rect.rowCount;
  const headerFirst =
    length > 1 &&
    Array.from({ length: width }, (_, j) => get(0, j)).every((v) => v === "" || isText(v));
  const categoriesFirst =
    width > 1 &&
    Array.from({ length: length - (headerFirst ? 1 : 0) }, (_, i) =>
      get(i + (headerFirst ? 1 : 0), 0)
    ).some(isText);
  const start = headerFirst ? 1 : 0;
  const ref = (i0: number, j: number, count: number): RangeRef =>
    byColumns
      ? {
          sheetId: source.sheetId,
          rect: { row: rect.row + i0, col: rect.col + j, rowCount: count, colCount: 1 },
        }
      : {
          sheetId: source.sheetId,
          rect: { row: rect.row + j, col: rect.col + i0, rowCount: 1, colCount: count },
        };
  const series: SeriesState[] = [];
  for (let j = categoriesFirst ? 1 : 0; j < width; j++) {
    series.push({
      name: headerFirst ? String(get(0, j)) : `Series${series.length + 1}`,
      values: ref(start, j, length - start),
      xValues: categoriesFirst ? ref(start, 0, length - start) : undefined,
      axisGroup: "Primary",
      pointColors: {},
    });
  }
  return series;
}

export function newChart(
  state: WorkbookState,
  sheetId: string,
  type: string,
  source: RangeRef,
  seriesBy: string
): ChartState {
  const existing = state.charts.filter((c) => c.sheetId === sheetId).length;
  let n = existing + 1;
  while (state.charts.some((c) => c.sheetId === sheetId && c.name === `Chart ${n}`)) n++;
  return {
    id: state.newId("chart"),
    name: `Chart ${n}`,
    sheetId,
    chartType: type,
    seriesBy,
    source,
    title: { text: "", visible: false },
    series: seriesFromSource(state, source, seriesBy),
    axes: { category: newAxis(), value: newAxis(), secondaryValue: newAxis() },
    legend: { visible: true, position: "Right" },
    dataLabels: { showValue: false },
    position: { top: 0, left: 0, width: 360, height: 216 },
  };
}
