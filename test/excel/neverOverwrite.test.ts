import { createExcelDouble } from "../../src/double";
import { createExcelGateway } from "../../src/excel";
import { HEADER, rangeWorkbook, salesRows, setupFor, tier } from "./helpers";
import { adapterMessageText, createFormatter } from "../../src/i18n";
const english = (m: Parameters<typeof adapterMessageText>[0]) =>
  adapterMessageText(m, createFormatter("en-US"));

describe("never overwrite a cell the add-in did not write", () => {
  it("an occupied target column stops the run, names the range and writes nothing anywhere", async () => {
    const rows = salesRows(10, 5);
    const excel = createExcelDouble({
      sheets: [{ name: "Sales", values: [[...HEADER, ""], ...rows.map((r) => [...r, ""])] }],
    });
    // A note in D7, inside the column the tier column would use.
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sales").getRange("D7").values = [["keep me"]];
      await context.sync();
    });
    const gateway = createExcelGateway(excel.run, excel.requirements);
    const ref = { kind: "range" as const, address: "Sales!A1:C11" };
    const data = await gateway.readSource(ref);
    const setup = setupFor(ref);
    const before = excel.snapshot();
    const outcome = await gateway.applyResult(setup, data, tier(data, setup));
    expect(outcome).toMatchObject({ ok: false, reason: "occupied", address: "Sales!D7" });
    expect(!outcome.ok && english(outcome.message)).toContain("Sales!D7");
    expect(excel.snapshot()).toEqual(before);

    // The pane asked and the user agreed: overwrite writes there.
    const forced = await gateway.applyResult(setup, data, tier(data, setup), { overwrite: true });
    expect(forced).toMatchObject({ ok: true, tierColumnAddress: "Sales!D1:D11" });
    expect(excel.snapshot().sheets[0].values![6][3]).not.toBe("keep me");
  });

  it("a user's sheet named like the summary sheet stops the run; it is never deleted", async () => {
    const excel = createExcelDouble(
      rangeWorkbook(salesRows(10, 5), {
        sheets: [
          { name: "Sales", values: [HEADER, ...salesRows(10, 5)] },
          { name: "CRM Summary", values: [["my own notes"]] },
        ],
      })
    );
    const gateway = createExcelGateway(excel.run, excel.requirements);
    const ref = { kind: "range" as const, address: "Sales!A1:C11" };
    const data = await gateway.readSource(ref);
    const setup = setupFor(ref);
    const before = excel.snapshot();
    const outcome = await gateway.applyResult(setup, data, tier(data, setup));
    expect(outcome).toMatchObject({ ok: false, reason: "occupied", address: "'CRM Summary'" });
    expect(excel.snapshot()).toEqual(before);

    const forced = await gateway.applyResult(setup, data, tier(data, setup), { overwrite: true });
    expect(forced).toMatchObject({ ok: true, summarySheetName: "CRM Summary (2)" });
    const snap = excel.snapshot();
    expect(snap.sheets.find((s) => s.name === "CRM Summary")?.values).toEqual([["my own notes"]]);
  });
});
