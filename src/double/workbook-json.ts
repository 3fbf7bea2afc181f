/**
 * The plain-JSON workbook model: what `loadWorkbook(json)` accepts and `snapshot()` returns.
 * Cell grids are 2-D arrays anchored at A1 (row 0 = row 1), so a sheet can be written by hand in a test.
 */

/** A cell value as Range.values returns it: "" for empty, error values as strings such as "#N/A". */
export type CellValue = string | number | boolean;

export interface SheetJson {
  name: string;
  visibility?: "Visible" | "Hidden" | "VeryHidden";
  values?: CellValue[][];
  /** Formula text ("=SUM(A1:A3)") or null; a formula cell's value is its cached result from `values`. */
  formulas?: (string | null)[][];
  /** Number format codes; null or missing means "General". */
  numberFormats?: (string | null)[][];
  /** Fill colours as "#RRGGBB"; null means no fill. */
  fills?: (string | null)[][];
  bold?: (boolean | null)[][];
  /** Zero-based indexes of hidden (or filtered-out) rows and columns. */
  hiddenRows?: number[];
  hiddenColumns?: number[];
  /** Column widths in points, by zero-based column index. */
  columnWidths?: Record<string, number>;
  /**
   * Formatting stored but not modelled per cell, by the local address it was set on:
   * { "A1:C1": { "font.color": "#FFFFFF", "horizontalAlignment": "Center" } }.
   */
  rangeFormats?: Record<string, Record<string, unknown>>;
  frozenRows?: number;
  frozenColumns?: number;
  showGridlines?: boolean;
}

export interface TableJson {
  name: string;
  sheet: string;
  /** Local address including the header row (and the total row when showTotals), e.g. "A1:D20". */
  address: string;
  showHeaders?: boolean;
  showTotals?: boolean;
  style?: string;
}

export interface NamedItemJson {
  name: string;
  /** "=Sheet1!$A$1:$B$5" for a range, or any other formula/constant text ("=42", "=\"text\""). */
  formula: string;
  comment?: string;
  visible?: boolean;
}

export interface ChartAxisJson {
  title?: string;
  titleVisible?: boolean;
  visible?: boolean;
  minimum?: number;
  maximum?: number;
  numberFormat?: string;
  reversePlotOrder?: boolean;
}

export interface ChartSeriesJson {
  name: string;
  /** A sheet-qualified address ("Sheet1!$B$2:$B$5") or literal values. */
  values?: string | CellValue[];
  xValues?: string | CellValue[];
  chartType?: string;
  axisGroup?: "Primary" | "Secondary";
  gapWidth?: number;
  fillColor?: string | null;
  /** Per-point fill colours, by point index. */
  pointColors?: Record<string, string>;
  hasDataLabels?: boolean;
  /** Filled in by snapshot() for previews: the values the addresses above point at. Ignored on load. */
  resolvedValues?: CellValue[];
  resolvedXValues?: CellValue[];
}

export interface ChartJson {
  name: string;
  sheet: string;
  chartType: string;
  /** The source range given to ChartCollection.add / Chart.setData, sheet-qualified. */
  source?: string;
  seriesBy?: string;
  title?: string;
  titleVisible?: boolean;
  series: ChartSeriesJson[];
  axes?: { category?: ChartAxisJson; value?: ChartAxisJson; secondaryValue?: ChartAxisJson };
  legendVisible?: boolean;
  legendPosition?: string;
  dataLabelsShowValue?: boolean;
  position?: ChartPositionJson;
}

export interface ChartPositionJson {
  top: number;
  left: number;
  width: number;
  height: number;
  startCell?: string;
  endCell?: string;
}

export interface CustomXmlPartJson {
  id: string;
  xml: string;
}

export interface WorkbookJson {
  sheets: SheetJson[];
  /** Name of the active sheet; the first visible sheet when missing. */
  activeSheet?: string;
  /** Selected range, sheet-qualified ("Sales!B2:F200"); A1 of the active sheet when missing. */
  selection?: string;
  tables?: TableJson[];
  names?: NamedItemJson[];
  charts?: ChartJson[];
  /** Workbook settings (Excel.SettingCollection), key → JSON value. */
  settings?: Record<string, unknown>;
  customXmlParts?: CustomXmlPartJson[];
  /**
   * What Application.cultureInfo.name reports (ExcelApi 1.11), e.g. "en-GB"; "en-US" when missing.
   * Excel takes it from the system's settings: the double keeps it with the workbook it loads.
   */
  culture?: string;
}
