/** Selecting a sheet-qualified address (e.g. a problem cell the user clicked in the pane). */
import { splitSheet } from "./a1";

export async function selectAddress(context: Excel.RequestContext, address: string): Promise<void> {
  const { sheet, local } = splitSheet(address);
  const worksheet =
    sheet === undefined
      ? context.workbook.worksheets.getActiveWorksheet()
      : context.workbook.worksheets.getItem(sheet);
  worksheet.activate();
  worksheet.getRange(local).select();
  await context.sync();
}
