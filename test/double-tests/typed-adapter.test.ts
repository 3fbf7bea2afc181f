/**
 * Proves the double stands in for the real API: the "adapter" functions below are written only
 * against @types/office-js (Excel.RequestContext, Excel.Range, ...) with no casts, and run on the double.
 */
import { createExcelDouble, type ExcelRun } from "../../src/double";
import { salesWorkbook } from "./fixtures";

// Compile-time: the real Excel.run can be injected wherever the double's run is accepted.
export const realRunFits = (run: typeof Excel.run): ExcelRun => run;

/** Reads the selection; a single cell grows to its table, else to its region (issue 5's rule). */
async function readSource(
  context: Excel.RequestContext
): Promise<{ address: string; values: unknown[][] }> {
  const selected = context.workbook.getSelectedRange();
  selected.load("cellCount");
  const tables = selected.getTables(false);
  tables.load("items/name");
  await context.sync();
  let source: Excel.Range;
  if (tables.items.length > 0) source = tables.items[0].getRange();
  else if (selected.cellCount === 1) source = selected.getSurroundingRegion();
  else source = selected;
  source.load("address, values");
  await context.sync();
  return { address: source.address, values: source.values };
}

/** Writes text safely: cells formatted as Text first, so "=..." stays a string. */
async function writeTierColumn(
  context: Excel.RequestContext,
  sheetName: string,
  address: string,
  tiers: string[]
): Promise<void> {
  const target = context.workbook.worksheets.getItem(sheetName).getRange(address);
  target.numberFormat = tiers.map(() => ["@"]);
  target.values = tiers.map((t) => [t]);
  target.format.font.bold = false;
  context.workbook.names.add("CRM_Tier", target);
  context.workbook.settings.add("crm.setup", { sheetName, address });
  await context.sync();
}

async function writeSummary(context: Excel.RequestContext): Promise<void> {
  const existing = context.workbook.worksheets.getItemOrNullObject("CRM Summary");
  await context.sync();
  if (!existing.isNullObject) existing.delete();
  const sheet = context.workbook.worksheets.add("CRM Summary");
  const data = sheet.getRange("A1:B3");
  data.values = [
    ["Tier", "Customers"],
    ["A", 2],
    ["B", 1],
  ];
  const table: Excel.Table = sheet.tables.add("A1:B3", true);
  table.name = "CrmTiers";
  const chart: Excel.Chart = sheet.charts.add("BarClustered", data, "Columns");
  chart.title.text = "Customer pyramid";
  await context.sync();
}

describe("a typed adapter-like function runs against the double", () => {
  it("through an injected run function", async () => {
    const excel = createExcelDouble(salesWorkbook());
    const run: ExcelRun = excel.run;
    const source = await run((context) => readSource(context));
    expect(source.address).toBe("Sales!A1:C4");
    expect(source.values[3]).toEqual(["Initech", "#N/A", 100]);
    await run((context) =>
      writeTierColumn(context, "Sales", "D2:D4", ["A", '=HYPERLINK("http://x","y")', "B"])
    );
    await run((context) => writeSummary(context));
    const snap = excel.snapshot();
    expect(snap.sheets[0].values!.map((r) => r[3])).toEqual([
      "",
      "A",
      '=HYPERLINK("http://x","y")',
      "B",
    ]);
    expect(snap.sheets[0].formulas).toBeUndefined();
    expect(snap.names![0]).toMatchObject({ name: "CRM_Tier", formula: "=Sales!$D$2:$D$4" });
    expect(snap.settings).toEqual({ "crm.setup": { sheetName: "Sales", address: "D2:D4" } });
    expect(snap.tables!.map((t) => t.name)).toEqual(["CrmTiers"]);
    expect(snap.charts![0]).toMatchObject({ chartType: "BarClustered", title: "Customer pyramid" });
  });

  it("through an injected Excel.RequestContext", async () => {
    const excel = createExcelDouble({
      ...salesWorkbook(),
      tables: [{ name: "T", sheet: "Sales", address: "A1:C4" }],
      selection: "Sales!B3",
    });
    const context: Excel.RequestContext = excel.createContext();
    const source = await readSource(context);
    expect(source.address).toBe("Sales!A1:C4");
    expect(excel.syncCount).toBe(2);
  });
});
