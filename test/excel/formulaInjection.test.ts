import { createExcelDouble } from "../../src/double";
import { createExcelGateway } from "../../src/excel";
import { HEADER, setupFor, tier } from "./helpers";

const EVIL = '=HYPERLINK("http://x","y")';

describe.each([
  ["typed values (ExcelApi 1.17)", "1.17"],
  ['"@" then values (ExcelApi 1.15)', "1.15"],
])("formula injection, %s", (_path, maxExcelApi) => {
  it("a customer named =HYPERLINK(...) and formula-like tier labels come back as text", async () => {
    const rows = [
      [EVIL, 500, 10],
      [EVIL, 700, 10],
      ["+cmd", 100, 5],
      ["@SUM(A1)", 50, 5],
      ["-2+3", 20, 5],
      ["\tTabbed", 10, 1],
      ["00123", 5, 1],
    ];
    const excel = createExcelDouble(
      { sheets: [{ name: "Sales", values: [HEADER, ...rows] }] },
      { maxExcelApi }
    );
    // Rows whose id starts with "=" etc. are written by a user in Excel as text: load them as such.
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sales").getRange("A2:A8");
      range.numberFormat = rows.map(() => ["@"]);
      range.values = rows.map((r) => [r[0]]);
      await context.sync();
    });
    const gateway = createExcelGateway(excel.run, excel.requirements);
    const ref = { kind: "range" as const, address: "Sales!A1:C8" };
    const data = await gateway.readSource(ref);
    expect(data.rows[0][0]).toBe(EVIL);
    const setup = setupFor(ref, {
      tiering: {
        mapping: { customer: 0, revenue: 1, cost: 2 },
        scheme: {
          kind: "pyramid",
          tiers: [
            { key: "a", label: "=1+1", share: 0.2 },
            { key: "b", label: "-rest", share: 0.8 },
          ],
        },
      },
    });
    const result = tier(data, setup);
    const outcome = await gateway.applyResult(setup, data, result);
    expect(outcome.ok).toBe(true);
    const snap = excel.snapshot();
    const sales = snap.sheets.find((s) => s.name === "Sales")!;
    const tierValues = sales.values!.slice(1).map((r) => r[3]);
    expect(new Set(tierValues)).toEqual(new Set(["=1+1", "-rest"]));
    expect(sales.formulas?.flat().filter((f) => f !== null) ?? []).toEqual([]);
    const customers = snap.sheets.find((s) => s.name === "CRM Customers")!;
    const ids = customers.values!.slice(1).map((r) => r[0]);
    // (The engine trims ids, so "\tTabbed" is the customer "Tabbed".)
    expect(ids).toEqual(
      expect.arrayContaining([EVIL, "+cmd", "@SUM(A1)", "-2+3", "Tabbed", "00123"])
    );
    for (const sheet of snap.sheets) {
      const formulas = (sheet.formulas ?? []).flat().filter((f) => f !== null && f !== undefined);
      expect({ sheet: sheet.name, formulas }).toEqual({ sheet: sheet.name, formulas: [] });
    }
    const summary = snap.sheets.find((s) => s.name === "CRM Summary")!;
    expect(summary.values!.flat()).toContain("=1+1");
  });
});
