/** The summary sheet: the blocks of summaryLayout.ts, the per-tier Excel table and the charts. */
import { localAddress } from "./a1";
import type { BatchWriter } from "./batchWriter";
import { queueCharts } from "./chartWriter";
import type { ExcelApiLevel } from "./excelRun";
import { type OwnedOutputs, queueOwnName } from "./ownedRanges";
import { queueFreshSheet, type SheetPlan } from "./ownedSheets";
import type { SheetText } from "./sheetText";
import type { SummaryLayout } from "./summaryLayout";

export const TIER_TABLE_NAME = "CRMPyramid_Tiers";

export async function writeSummarySheet(
  context: Excel.RequestContext,
  writer: BatchWriter,
  plan: SheetPlan,
  layout: SummaryLayout,
  text: SheetText,
  api: ExcelApiLevel,
  owned: OwnedOutputs,
  options: { tableName?: string; charts: boolean }
): Promise<string[]> {
  await writer.reserve(200);
  const sheet = queueFreshSheet(context, plan);
  for (const block of layout.blocks) {
    await writer.writeGrid(
      sheet,
      block,
      block.values,
      (_r, c) => block.columnFormats?.[c] ?? "General"
    );
    for (const r of block.boldRows ?? []) {
      sheet.getRange(
        localAddress({
          row: block.row + r,
          col: block.col,
          rowCount: 1,
          colCount: block.values[r].length,
        })
      ).format.font.bold = true;
    }
  }
  await writer.reserve(500);
  sheet.getRange("A1").format.font.size = 14;
  const table = sheet.tables.add(localAddress(layout.tierTable), true);
  if (options.tableName) table.name = options.tableName;
  table.style = "TableStyleMedium2";
  sheet.getRange(`A:${"L"}`).format.autofitColumns();
  const charts = options.charts ? queueCharts(sheet, layout, text, api) : [];
  queueOwnName(context, owned, "summarySheet", sheet.getRange("A1"));
  return charts;
}
