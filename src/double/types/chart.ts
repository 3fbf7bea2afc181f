/**
 * The chart family of host types: every Excel.Chart* object the double models.
 * https://learn.microsoft.com/javascript/api/excel/excel.chart
 */
import type { HostType } from "../host/host-type";
import { chartAxesType, chartAxisTitleType, chartAxisType } from "./chart-axes";
import { chartCollectionType } from "./chart-collection";
import { chartType } from "./chart-object";
import { chartDataLabelsType, chartLegendType, chartTitleType } from "./chart-parts";
import {
  chartFillType,
  chartPointFormatType,
  chartPointType,
  chartPointsCollectionType,
  chartSeriesFormatType,
} from "./chart-points";
import { chartSeriesCollectionType, chartSeriesType } from "./chart-series";

export const CHART_HOST_TYPES: HostType[] = [
  chartCollectionType,
  chartType,
  chartTitleType,
  chartLegendType,
  chartDataLabelsType,
  chartAxesType,
  chartAxisType,
  chartAxisTitleType,
  chartSeriesCollectionType,
  chartSeriesType,
  chartSeriesFormatType,
  chartPointsCollectionType,
  chartPointType,
  chartPointFormatType,
  chartFillType,
];
