/**
 * The plain records the workbook state keeps beside its sheets: range references, tables, named
 * items, charts (series, axes) and custom XML parts. Proxies refer to them by id; a rejected sync
 * restores them wholesale from JSON (sync-backup.ts).
 */
import type { Rect } from "./address";
import type { CellValue, ChartPositionJson } from "./workbook-json";

export interface RangeRef {
  sheetId: string;
  rect: Rect;
}

export interface TableState {
  id: string;
  name: string;
  sheetId: string;
  /** Whole table: header row (when shown), data body and total row (when shown). */
  rect: Rect;
  showHeaders: boolean;
  showTotals: boolean;
  style: string;
  /** Column names as last seen, so a changed header can rename structured references. */
  columns?: string[];
}

export interface NameState {
  name: string;
  /** Set when the name refers to a range; kept structured so sheet renames follow. */
  ref?: RangeRef;
  /** Formula text for names that are not a plain range reference ("=42"). */
  formula?: string;
  comment: string;
  visible: boolean;
}

export interface AxisState {
  title: string;
  titleVisible: boolean;
  visible: boolean;
  minimum?: number;
  maximum?: number;
  numberFormat?: string;
  reversePlotOrder?: boolean;
}

export interface SeriesState {
  name: string;
  /** "#REF!" once the sheet it pointed at was deleted. */
  values?: RangeRef | CellValue[] | "#REF!";
  xValues?: RangeRef | CellValue[] | "#REF!";
  chartType?: string;
  axisGroup: "Primary" | "Secondary";
  gapWidth?: number;
  fillColor?: string | null;
  pointColors: Record<string, string>;
  hasDataLabels?: boolean;
}

export interface ChartState {
  id: string;
  name: string;
  sheetId: string;
  chartType: string;
  seriesBy: string;
  /** "#REF!" once the sheet it pointed at was deleted. */
  source?: RangeRef | "#REF!";
  title: { text: string; visible: boolean };
  series: SeriesState[];
  axes: { category: AxisState; value: AxisState; secondaryValue: AxisState };
  legend: { visible: boolean; position: string };
  dataLabels: { showValue: boolean };
  position: ChartPositionJson;
}

export interface CustomXmlPartState {
  id: string;
  xml: string;
}

export function newAxis(): AxisState {
  return { title: "", titleVisible: false, visible: true };
}
