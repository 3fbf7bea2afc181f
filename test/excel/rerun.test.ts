import { createExcelDouble } from "../../src/double";
import { createExcelGateway } from "../../src/excel";
import { refreshTiers } from "../../src/commands/refreshTiers";
import { createFormatter, ribbonNoticesText } from "../../src/i18n";
import { runTiering, rowLabels } from "../../src/engine";
import { HEADER, salesRows, setupFor, tier } from "./helpers";

function workbook() {
  return {
    sheets: [
      { name: "Sales", values: [HEADER, ...salesRows(20, 10)] },
      { name: "Other", values: [["untouched", 1]] },
    ],
    names: [{ name: "UserName", formula: "=Other!$A$1" }],
  };
}

describe("re-running", () => {
  it("replaces the add-in's own outputs and nothing else", async () => {
    const excel = createExcelDouble(workbook());
    const gateway = createExcelGateway(excel.run, excel.requirements);
    const ref = { kind: "range" as const, address: "Sales!A1:C21" };
    const setup = setupFor(ref);
    const data = await gateway.readSource(ref);
    expect((await gateway.applyResult(setup, data, tier(data, setup))).ok).toBe(true);
    const first = excel.snapshot();
    // A user edits a revenue value and adds a note right of the tier column.
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sales");
      sheet.getRange("B2").values = [[123456]];
      sheet.getRange("E2").values = [["note"]];
      await context.sync();
    });
    const again = await gateway.readSource(ref);
    const result = tier(again, setup);
    const outcome = await gateway.applyResult(setup, again, result);
    expect(outcome).toMatchObject({ ok: true, tierColumnAddress: "Sales!D1:D21" });
    const snap = excel.snapshot();
    expect(snap.sheets.map((s) => s.name)).toEqual(first.sheets.map((s) => s.name));
    expect(snap.sheets.find((s) => s.name === "Other")).toEqual(
      first.sheets.find((s) => s.name === "Other")
    );
    const sales = snap.sheets[0].values!;
    expect(sales[1][4]).toBe("note");
    expect(sales.slice(1).map((r) => r[3])).toEqual(rowLabels(result));
    expect(snap.names?.find((n) => n.name === "UserName")?.formula).toBe("=Other!$A$1");
    expect(snap.tables?.map((t) => t.name).sort()).toEqual([
      "CRMPyramid_Customers",
      "CRMPyramid_Tiers",
    ]);
    expect(snap.charts).toHaveLength(3);
    // The tier column, each sheet's anchor, and the regions the add-in wrote on them.
    expect(snap.names?.filter((n) => n.name.startsWith("CRMPyramid_"))).toHaveLength(6);
  });

  it("the refresh works from the saved set-up alone (new double, new gateway)", async () => {
    const excel = createExcelDouble(workbook());
    const gateway = createExcelGateway(excel.run, excel.requirements);
    const ref = { kind: "range" as const, address: "Sales!A1:C21" };
    const setup = setupFor(ref);
    const data = await gateway.readSource(ref);
    await gateway.applyResult(setup, data, tier(data, setup));
    // The file is saved and opened by a colleague: only the workbook travels.
    const saved = excel.snapshot();
    const colleague = createExcelDouble(saved);
    await colleague.run(async (context) => {
      context.workbook.worksheets.getItem("Sales").getRange("B3").values = [[999999]];
      await context.sync();
    });
    const notices: string[] = [];
    const outcome = await refreshTiers({
      gateway: createExcelGateway(colleague.run, colleague.requirements),
      runEngine: runTiering,
      notify: (notice) => void notices.push(ribbonNoticesText(notice, createFormatter("en-US"))),
      showPane: () => Promise.reject(new Error("the pane must not open")),
    });
    expect(outcome).toMatchObject({
      status: "done",
      tierColumnAddress: "Sales!D1:D21",
      customers: 10,
    });
    expect(notices).toEqual([
      'Tiers refreshed: 10 customers, written to Sales!D1:D21 and the sheet "CRM Summary".',
    ]);
    const values = colleague.snapshot().sheets[0].values!;
    const top = values.find((r) => r[1] === 999999)!;
    // With 10 buyers the 1% VIP tier is empty (round(0.1) = 0); rank 1 is in Large.
    expect(top[3]).toBe("Large");
    expect(new Set(values.filter((r) => r[3] === "Large").map((r) => r[0]))).toEqual(
      new Set([top[0]])
    );
  });
});
