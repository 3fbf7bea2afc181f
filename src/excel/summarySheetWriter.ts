/**
 * The summary sheet: the blocks of summaryLayout.ts as two regions (the report in A:L and the chart
 * data from N3), the per-tier Excel table and the charts, written in place (ownedSheetWriter.ts).
 */
import { boundingRect, type CellRect } from "./a1";
import type { BatchWriter } from "./batchWriter";
import { CHART_NAMES, chartNamesFor, queueCharts } from "./chartWriter";
import type { ExcelApiLevel } from "./excelRun";
import type { OwnedOutputs } from "./ownedRanges";
import { type OwnedSheetPlan, type OwnedSheetSpec, writeOwnedSheet } from "./ownedSheetWriter";
import { typedTextSupported } from "./safeCellText";
import type { SheetText } from "./sheetText";
import { CHART_DATA_COL, type GridBlock, type SummaryLayout } from "./summaryLayout";

export const TIER_TABLE_NAME = "CRMPyramid_Tiers";
export const SUMMARY_CHART_NAMES: readonly string[] = Object.values(CHART_NAMES);

function blockRect(block: GridBlock): CellRect {
  const colCount = Math.max(...block.values.map((r) => r.length));
  return { row: block.row, col: block.col, rowCount: block.values.length, colCount };
}

export function summarySpec(layout: SummaryLayout, tableName: string | undefined): OwnedSheetSpec {
  const report = boundingRect(layout.blocks.filter((b) => b.col < CHART_DATA_COL).map(blockRect))!;
  const data = boundingRect(layout.blocks.filter((b) => b.col >= CHART_DATA_COL).map(blockRect));
  return {
    anchor: "summarySheet",
    regions: [
      { key: "summaryReport", rect: report },
      ...(data ? [{ key: "summaryChartData" as const, rect: data }] : []),
    ],
    retired: data ? [] : ["summaryChartData"],
    blocks: layout.blocks,
    table: { rect: layout.tierTable, name: tableName, style: "TableStyleMedium2" },
  };
}

/** Queues the summary sheet's writes; returns the chart names. */
export async function writeSummarySheet(
  context: Excel.RequestContext,
  writer: BatchWriter,
  api: ExcelApiLevel,
  plan: OwnedSheetPlan,
  layout: SummaryLayout,
  text: SheetText,
  owned: OwnedOutputs,
  markWriting: () => void
): Promise<string[]> {
  // Names, ids and labels as typed text where Excel supports it (safeCellText.ts).
  writer.typedText = typedTextSupported(api);
  await writeOwnedSheet(context, writer, api, plan, owned, markWriting, (name) => {
    const sheet = context.workbook.worksheets.getItem(name);
    sheet.getRange("A1").format.font.size = 14;
    sheet.getRange("A:L").format.autofitColumns();
    queueCharts(context, name, layout, text, plan.charts);
  });
  return chartNamesFor(layout);
}
