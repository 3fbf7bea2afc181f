/** The workbook state as plain workbook JSON (workbook-json.ts): what ExcelDouble.snapshot returns. */
import { formatLocal } from "./address";
import { cloneJson } from "./clone-json";
import { sheetExtras, type SheetState } from "./sheet-state";
import type {
  CellValue,
  ChartJson,
  CustomXmlPartJson,
  NamedItemJson,
  SheetJson,
  TableJson,
  WorkbookJson,
} from "./workbook-json";
import type { ChartState, RangeRef } from "./workbook-parts";
import type { WorkbookState } from "./workbook-state";

export function workbookSnapshot(state: WorkbookState): WorkbookJson {
  const sheetName = (id: string) => state.sheet(id, "snapshot").name;
  return {
    sheets: state.sheets.map((s) => sheetToJson(s)),
    activeSheet: sheetName(state.activeSheetId),
    selection: state.formatRef(state.selection),
    tables: state.tables.map((t): TableJson => ({
      name: t.name,
      sheet: sheetName(t.sheetId),
      address: formatLocal(t.rect),
      showHeaders: t.showHeaders,
      showTotals: t.showTotals,
      style: t.style,
    })),
    names: state.names.map((n): NamedItemJson => ({
      name: n.name,
      formula: n.ref ? `=${state.formatRef(n.ref, true)}` : (n.formula ?? ""),
      comment: n.comment,
      visible: n.visible,
    })),
    charts: state.charts.map((c) => chartToJson(state, c)),
    settings: Object.fromEntries([...state.settings].map(([k, v]) => [k, cloneJson(v)])),
    customXmlParts: state.customXmlParts.map((p): CustomXmlPartJson => ({ ...p })),
    culture: state.culture,
  };
}

type SeriesSource = RangeRef | CellValue[] | "#REF!" | undefined;

function chartToJson(state: WorkbookState, c: ChartState): ChartJson {
  const refText = (v: SeriesSource) =>
    v === undefined || Array.isArray(v) || v === "#REF!" ? v : state.formatRef(v, true);
  const resolved = (v: SeriesSource) =>
    v === undefined || v === "#REF!"
      ? undefined
      : Array.isArray(v)
        ? [...v]
        : state.findSheet(v.sheetId)
          ? state.rangeValues(v).flat()
          : undefined;
  return {
    name: c.name,
    sheet: state.sheet(c.sheetId, "snapshot").name,
    chartType: c.chartType,
    source: c.source === "#REF!" ? "#REF!" : c.source ? state.formatRef(c.source, true) : undefined,
    seriesBy: c.seriesBy,
    title: c.title.text,
    titleVisible: c.title.visible,
    series: c.series.map((s) => ({
      name: s.name,
      values: refText(s.values),
      xValues: refText(s.xValues),
      chartType: s.chartType,
      axisGroup: s.axisGroup,
      gapWidth: s.gapWidth,
      fillColor: s.fillColor,
      pointColors: { ...s.pointColors },
      hasDataLabels: s.hasDataLabels,
      resolvedValues: resolved(s.values),
      resolvedXValues: resolved(s.xValues),
    })),
    axes: {
      category: { ...c.axes.category },
      value: { ...c.axes.value },
      secondaryValue: { ...c.axes.secondaryValue },
    },
    legendVisible: c.legend.visible,
    legendPosition: c.legend.position,
    dataLabelsShowValue: c.dataLabels.showValue,
    position: { ...c.position },
  };
}

function sheetToJson(sheet: SheetState): SheetJson {
  const used = sheet.grid.usedRect(false);
  const json: SheetJson = {
    name: sheet.name,
    visibility: sheet.visibility,
    values: [],
    numberFormats: [],
  };
  if (used) {
    const rows = used.row + used.rowCount;
    const cols = used.col + used.colCount;
    const formulas: (string | null)[][] = [];
    const fills: (string | null)[][] = [];
    const bold: (boolean | null)[][] = [];
    let anyFormula = false;
    let anyFill = false;
    let anyBold = false;
    for (let r = 0; r < rows; r++) {
      const vRow: CellValue[] = [];
      const nfRow: string[] = [];
      const fRow: (string | null)[] = [];
      const fillRow: (string | null)[] = [];
      const boldRow: (boolean | null)[] = [];
      for (let c = 0; c < cols; c++) {
        const cell = sheet.cellAt(r, c);
        vRow.push(cell.value);
        nfRow.push(cell.numberFormat ?? "General");
        fRow.push(cell.formula ?? null);
        fillRow.push(cell.fill ?? null);
        boldRow.push(cell.bold ?? null);
        anyFormula ||= cell.formula !== undefined;
        anyFill ||= cell.fill !== undefined;
        anyBold ||= cell.bold !== undefined;
      }
      json.values!.push(vRow);
      json.numberFormats!.push(nfRow);
      formulas.push(fRow);
      fills.push(fillRow);
      bold.push(boldRow);
    }
    if (anyFormula) json.formulas = formulas;
    if (anyFill) json.fills = fills;
    if (anyBold) json.bold = bold;
  }
  if (sheet.hiddenRows.size) json.hiddenRows = [...sheet.hiddenRows].sort((a, b) => a - b);
  if (sheet.hiddenColumns.size) json.hiddenColumns = [...sheet.hiddenColumns].sort((a, b) => a - b);
  if (sheet.columnWidths.size)
    json.columnWidths = Object.fromEntries([...sheet.columnWidths].map(([c, w]) => [String(c), w]));
  return { ...json, ...sheetExtras(sheet) };
}
