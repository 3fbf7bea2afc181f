/**
 * The summary sheet: the blocks of summaryLayout.ts as two regions (the report in A:L and the chart
 * data from N3), the per-tier Excel table and the charts, written in place (ownedSheetWriter.ts).
 */
import { boundingRect, type CellRect } from "./a1";
import { CHART_NAMES, chartNamesFor, queueCharts } from "./chartWriter";
import { type OwnedSheetPlan, type OwnedSheetSpec, writeOwnedSheet } from "./ownedSheetWriter";
import { typedTextSupported } from "./safeCellText";
import type { SheetText } from "../i18n/sheetText";
import type { WriteContext } from "./writeContext";
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
    tables: [{ rect: layout.tierTable, name: tableName, style: "TableStyleMedium2" }],
    unrecordedIsOwn: true,
  };
}

/** Queues the summary sheet's writes; returns the chart names. */
export async function writeSummarySheet(
  ctx: WriteContext,
  summary: { sheet: OwnedSheetPlan; layout: SummaryLayout; text: SheetText }
): Promise<string[]> {
  const { context, writer, api } = ctx;
  const { sheet: plan, layout, text } = summary;
  // Names, ids and labels as typed text where Excel supports it (safeCellText.ts).
  writer.typedText = typedTextSupported(api);
  await writeOwnedSheet(ctx, plan, {
    after: (name) => {
      const sheet = context.workbook.worksheets.getItem(name);
      sheet.getRange("A1").format.font.size = 14;
      sheet.getRange("A:L").format.autofitColumns();
      queueCharts(context, name, layout, text, plan.charts);
    },
  });
  return chartNamesFor(layout);
}
