/**
 * A series' format and points, down to their fill: ChartSeriesFormat, ChartPointsCollection,
 * ChartPoint, ChartPointFormat and ChartFill. The fill of a series colours the whole series, a
 * point's fill that point only.
 * https://learn.microsoft.com/javascript/api/excel/excel.chartseriesformat
 * https://learn.microsoft.com/javascript/api/excel/excel.chartpointscollection
 * https://learn.microsoft.com/javascript/api/excel/excel.chartpoint
 * https://learn.microsoft.com/javascript/api/excel/excel.chartpointformat
 * https://learn.microsoft.com/javascript/api/excel/excel.chartfill
 */
import { type HostEnv, type HostRef, hostType } from "../host/host-type";
import type { SeriesState } from "../workbook-parts";
import { normalizeColor } from "./range-color";
import {
  CHART_FILL,
  CHART_POINT,
  CHART_POINT_FORMAT,
  CHART_POINTS_COLLECTION,
  CHART_SERIES_FORMAT,
  type FillTarget,
  type PointTarget,
  type SeriesTarget,
  ref,
  seriesAt,
} from "./chart-common";

export const chartSeriesFormatType = hostType<SeriesTarget>({
  name: CHART_SERIES_FORMAT,
  properties: {},
  navigation: { fill: (t) => ref(CHART_FILL, { chartId: t.chartId, index: t.index }) },
});

/**
 * A series has one point per value. The docs do not say how many points a series without values
 * has; none is our choice (a series from `add(name)` gets its points with `setValues`).
 */
function pointCount(series: SeriesState): number {
  const values = series.values;
  if (Array.isArray(values)) return values.length;
  if (values === undefined || values === "#REF!") return 0;
  return values.rect.rowCount * values.rect.colCount;
}

function points(t: SeriesTarget, env: HostEnv, location: string): HostRef<PointTarget>[] {
  const count = pointCount(seriesAt(env, t, location));
  return Array.from({ length: count }, (_, point) => ref(CHART_POINT, { ...t, point }));
}

/** Listed by getItemAt(index) (the client has no indexer for points), so no getItem / idOf. */
export const chartPointsCollectionType = hostType<SeriesTarget>({
  name: CHART_POINTS_COLLECTION,
  properties: {
    count: {
      get: (t, env) => pointCount(seriesAt(env, t, "ChartPointsCollection.count")),
    },
  },
  methods: {
    getCount: {
      api: "1.4",
      call: (t, _args, env, loc) => ({ value: pointCount(seriesAt(env, t, loc)) }),
    },
  },
  collection: { items: points },
});

export const chartPointType = hostType<PointTarget>({
  name: CHART_POINT,
  properties: {},
  navigation: { format: (t) => ref(CHART_POINT_FORMAT, t) },
});

export const chartPointFormatType = hostType<PointTarget>({
  name: CHART_POINT_FORMAT,
  properties: {},
  navigation: { fill: (t) => ref(CHART_FILL, t) },
});

/** Stores a fill colour, or null for clear(): a series keeps null ("no fill"), a point its own. */
function setFill(t: FillTarget, color: string | null, env: HostEnv, location: string): void {
  const series = seriesAt(env, t, location);
  if (t.point === undefined) series.fillColor = color;
  else if (color === null) delete series.pointColors[String(t.point)];
  else series.pointColors[String(t.point)] = color;
}

export const chartFillType = hostType<FillTarget>({
  name: CHART_FILL,
  properties: {},
  methods: {
    setSolidColor: {
      call: (t, [color], env, loc) => setFill(t, normalizeColor(color, loc), env, loc),
    },
    clear: { call: (t, _args, env, loc) => setFill(t, null, env, loc) },
  },
});
