import { rowLabels } from "../../src/engine";
import { createExcelDouble } from "../../src/double";
import { createExcelGateway } from "../../src/excel";
import { FIXED_NOW, rangeWorkbook, salesRows, setupFor, tier } from "./helpers";
import { applyResultIn } from "../../src/excel/applyResult";
import { excelApiLevel } from "../../src/excel/excelRun";

describe("read/write round trips", () => {
  it("a single cell in a region: reads the region, writes the tier column beside it", async () => {
    const excel = createExcelDouble(rangeWorkbook(salesRows(40, 20)));
    const gateway = createExcelGateway(excel.run, excel.requirements);
    const info = await gateway.describeSelection();
    expect(info.ref).toEqual({ kind: "range", address: "Sales!A1:C41" });
    expect(info).toMatchObject({
      rowCount: 40,
      columnCount: 3,
      header: ["Customer", "Revenue", "Cost"],
    });
    const data = await gateway.readSource(info.ref);
    expect(data.rows).toHaveLength(40);
    expect(data.rows[0]).toEqual(["C000001", 1000, 100]);
    const setup = setupFor(info.ref);
    const result = tier(data, setup);
    const outcome = await gateway.applyResult(setup, data, result);
    expect(outcome).toMatchObject({
      ok: true,
      tierColumnAddress: "Sales!D1:D41",
      summarySheetName: "CRM Summary",
    });
    const snap = excel.snapshot();
    const sales = snap.sheets.find((s) => s.name === "Sales")!;
    expect(sales.values!.map((r) => r[3])).toEqual(["Tier", ...rowLabels(result)]);
    expect(snap.sheets.map((s) => s.name)).toEqual(["Sales", "CRM Summary", "CRM Customers"]);
    expect(snap.names?.map((n) => n.name).sort()).toEqual([
      "CRMPyramid_CustomersData",
      "CRMPyramid_CustomersSheet",
      "CRMPyramid_SummaryChartData",
      "CRMPyramid_SummaryReport",
      "CRMPyramid_SummarySheet",
      "CRMPyramid_TierColumn",
    ]);
    expect(snap.settings?.["CRMPyramid.setup"]).toBeDefined();
    void applyResultIn;
    void excelApiLevel;
    void FIXED_NOW;
  });

  it("writes Run at as an Excel date-time in local time, formatted as one, not as ISO text", async () => {
    const excel = createExcelDouble(rangeWorkbook(salesRows(10, 5)));
    const gateway = createExcelGateway(excel.run, excel.requirements);
    const data = await gateway.readSource({ kind: "range", address: "Sales!A1:C11" });
    const setup = setupFor({ kind: "range", address: "Sales!A1:C11" });
    const now = FIXED_NOW();
    await gateway.applyResult(setup, data, tier(data, setup), { now: () => now } as never);
    const summary = excel.snapshot().sheets.find((s) => s.name === "CRM Summary")!;
    const row = summary.values!.findIndex((r) => r[0] === "Run at");
    expect(row).toBeGreaterThan(0);
    const serial = summary.values![row][1] as number;
    expect(typeof serial).toBe("number");
    expect(summary.numberFormats![row][1]).toBe("yyyy-mm-dd hh:mm:ss");
    // Excel day 0 is 1899-12-30; the value is the wall-clock time where the run happened.
    const wallClock = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
    const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
    expect(wallClock.toISOString()).toBe(local.toISOString());
    expect(summary.values![row + 1][0]).toBe("Rows used");
    expect(summary.numberFormats![row + 1][1]).toBe("#,##0");
  });

  it.each([
    ["en-US", "Scheme", "Customer pyramid (1/4/15/80): VIP / Large / Medium / Small"],
    ["zh-CN", "分层方案", "客户金字塔（1/4/15/80）：VIP / Large / Medium / Small"],
  ] as const)(
    "names the scheme in the sheet's language (%s), not by its internal key",
    async (language, label, expected) => {
      const excel = createExcelDouble(rangeWorkbook(salesRows(10, 5)));
      const gateway = createExcelGateway(excel.run, excel.requirements);
      const ref = { kind: "range" as const, address: "Sales!A1:C11" };
      const data = await gateway.readSource(ref);
      const base = setupFor(ref);
      const setup = { ...base, output: { ...base.output, language } };
      const outcome = await gateway.applyResult(setup, data, tier(data, setup));
      expect(outcome.ok).toBe(true);
      const sheet = excel
        .snapshot()
        .sheets.find((s) => s.name === (outcome as { summarySheetName: string }).summarySheetName)!;
      const row = sheet.values!.find((r) => r[0] === label);
      expect(row?.[1]).toBe(expected);
    }
  );
});
