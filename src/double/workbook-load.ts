/** A workbook state built from workbook JSON (workbook-json.ts): what createExcelDouble loads. */
import { parseAddress, tryParseAddress } from "./address";
import { cloneJson } from "./clone-json";
import { applySheetExtras } from "./sheet-state";
import { reconcileTableColumns } from "./references";
import type {
  CellValue,
  ChartAxisJson,
  ChartJson,
  ChartSeriesJson,
  NamedItemJson,
  SheetJson,
  WorkbookJson,
} from "./workbook-json";
import {
  type AxisState,
  type ChartState,
  type NameState,
  newAxis,
  type RangeRef,
} from "./workbook-parts";
import { WorkbookState } from "./workbook-state";

export function loadWorkbook(json: WorkbookJson): WorkbookState {
  const state = new WorkbookState();
  if (!json.sheets || json.sheets.length === 0)
    throw new Error("A workbook needs at least one sheet");
  for (const sheetJson of json.sheets) loadSheet(state, sheetJson);
  for (const t of json.tables ?? []) {
    const sheet = state.sheetByName(t.sheet, "loadWorkbook");
    state.tables.push({
      id: state.newId("table"),
      name: t.name,
      sheetId: sheet.id,
      rect: parseAddress(t.address).rect,
      showHeaders: t.showHeaders ?? true,
      showTotals: t.showTotals ?? false,
      style: t.style ?? "TableStyleMedium2",
    });
  }
  reconcileTableColumns(state);
  for (const n of json.names ?? []) state.names.push(nameFromJson(state, n));
  for (const c of json.charts ?? []) state.charts.push(chartFromJson(state, c));
  for (const [key, value] of Object.entries(json.settings ?? {}))
    state.settings.set(key, cloneJson(value));
  for (const p of json.customXmlParts ?? []) state.customXmlParts.push({ id: p.id, xml: p.xml });
  if (json.culture !== undefined) state.culture = cultureName(json.culture);
  const active = json.activeSheet
    ? state.sheetByName(json.activeSheet, "loadWorkbook")
    : (state.sheets.find((s) => s.visibility === "Visible") ?? state.sheets[0]);
  state.activeSheetId = active.id;
  state.selection = json.selection
    ? state.resolveAddress(json.selection, active, "loadWorkbook")
    : { sheetId: active.id, rect: { row: 0, col: 0, rowCount: 1, colCount: 1 } };
  return state;
}

function loadSheet(state: WorkbookState, json: SheetJson): void {
  if (state.findSheetByName(json.name)) throw new Error(`Duplicate sheet name ${json.name}`);
  const sheet = state.newSheet(json.name);
  sheet.visibility = json.visibility ?? "Visible";
  const rows = Math.max(
    json.values?.length ?? 0,
    json.formulas?.length ?? 0,
    json.numberFormats?.length ?? 0,
    json.fills?.length ?? 0,
    json.bold?.length ?? 0
  );
  for (let r = 0; r < rows; r++) {
    const cols = Math.max(
      json.values?.[r]?.length ?? 0,
      json.formulas?.[r]?.length ?? 0,
      json.numberFormats?.[r]?.length ?? 0,
      json.fills?.[r]?.length ?? 0,
      json.bold?.[r]?.length ?? 0
    );
    for (let c = 0; c < cols; c++) {
      const formula = json.formulas?.[r]?.[c] ?? undefined;
      const value = json.values?.[r]?.[c];
      sheet.grid.setCell(r, c, {
        value: value ?? (formula ? formula : ""),
        formula: formula || undefined,
        numberFormat: json.numberFormats?.[r]?.[c] ?? undefined,
        fill: json.fills?.[r]?.[c] ?? undefined,
        bold: json.bold?.[r]?.[c] ?? undefined,
      });
    }
  }
  for (const r of json.hiddenRows ?? []) sheet.hiddenRows.add(r);
  for (const c of json.hiddenColumns ?? []) sheet.hiddenColumns.add(c);
  for (const [c, w] of Object.entries(json.columnWidths ?? {}))
    sheet.columnWidths.set(Number(c), w);
  applySheetExtras(sheet, json);
  state.sheets.push(sheet);
}

function nameFromJson(state: WorkbookState, n: NamedItemJson): NameState {
  const text = n.formula.startsWith("=") ? n.formula.slice(1) : n.formula;
  const parsed = tryParseAddress(text);
  const base = { name: n.name, comment: n.comment ?? "", visible: n.visible ?? true };
  if (parsed?.sheet !== undefined) {
    return {
      ...base,
      ref: { sheetId: state.sheetByName(parsed.sheet, "loadWorkbook").id, rect: parsed.rect },
    };
  }
  return { ...base, formula: n.formula.startsWith("=") ? n.formula : `=${n.formula}` };
}

function refOrValues(
  state: WorkbookState,
  value: string | CellValue[] | undefined
): RangeRef | CellValue[] | "#REF!" | undefined {
  if (value === undefined || Array.isArray(value) || value === "#REF!") return value;
  return state.resolveAddress(value, undefined, "loadWorkbook");
}

function axisFromJson(json: ChartAxisJson | undefined): AxisState {
  return {
    ...newAxis(),
    ...(json ?? {}),
    title: json?.title ?? "",
    titleVisible: json?.titleVisible ?? Boolean(json?.title),
  };
}

function chartFromJson(state: WorkbookState, c: ChartJson): ChartState {
  const sheet = state.sheetByName(c.sheet, "loadWorkbook");
  return {
    id: state.newId("chart"),
    name: c.name,
    sheetId: sheet.id,
    chartType: c.chartType,
    seriesBy: c.seriesBy ?? "Auto",
    source:
      c.source === "#REF!"
        ? "#REF!"
        : c.source
          ? state.resolveAddress(c.source, sheet, "loadWorkbook")
          : undefined,
    title: { text: c.title ?? "", visible: c.titleVisible ?? Boolean(c.title) },
    series: c.series.map((s: ChartSeriesJson) => ({
      name: s.name,
      values: refOrValues(state, s.values),
      xValues: refOrValues(state, s.xValues),
      chartType: s.chartType,
      axisGroup: s.axisGroup ?? "Primary",
      gapWidth: s.gapWidth,
      fillColor: s.fillColor,
      pointColors: { ...(s.pointColors ?? {}) },
      hasDataLabels: s.hasDataLabels,
    })),
    axes: {
      category: axisFromJson(c.axes?.category),
      value: axisFromJson(c.axes?.value),
      secondaryValue: axisFromJson(c.axes?.secondaryValue),
    },
    legend: { visible: c.legendVisible ?? true, position: c.legendPosition ?? "Right" },
    dataLabels: { showValue: c.dataLabelsShowValue ?? false },
    position: c.position ?? { top: 0, left: 0, width: 360, height: 216 },
  };
}

/** A well-formed BCP 47 tag, kept as written ("en-GB"); anything else is refused at load. */
function cultureName(name: unknown): string {
  if (typeof name !== "string") throw new Error("A workbook's culture must be a culture name");
  try {
    Intl.getCanonicalLocales(name);
  } catch {
    throw new Error(`Not a culture name: ${JSON.stringify(name)}`);
  }
  return name;
}
