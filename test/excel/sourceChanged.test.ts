import { createExcelDouble } from "../../src/double";
import { createExcelGateway } from "../../src/excel";
import { rangeWorkbook, salesRows, setupFor, tier } from "./helpers";
import { adapterMessageText, createFormatter } from "../../src/i18n";
const english = (m: Parameters<typeof adapterMessageText>[0]) =>
  adapterMessageText(m, createFormatter("en-US"));

async function readThenChange(change: (context: Excel.RequestContext) => void) {
  const excel = createExcelDouble(rangeWorkbook(salesRows(30, 10)));
  const gateway = createExcelGateway(excel.run, excel.requirements);
  const ref = { kind: "range" as const, address: "Sales!A1:C31" };
  const setup = setupFor(ref);
  const data = await gateway.readSource(ref);
  const result = tier(data, setup);
  await excel.run(async (context) => {
    change(context);
    await context.sync();
  });
  const before = excel.snapshot();
  const outcome = await gateway.applyResult(setup, data, result);
  return { outcome, before, after: excel.snapshot() };
}

describe("source changed while the run was in progress", () => {
  it("a revenue value changed: nothing is written", async () => {
    const { outcome, before, after } = await readThenChange((context) => {
      context.workbook.worksheets.getItem("Sales").getRange("B17").values = [[1]];
    });
    expect(outcome).toMatchObject({ ok: false, reason: "source-changed" });
    expect(!outcome.ok && english(outcome.message)).toContain("Sales!A1:C31");
    expect(after).toEqual(before);
  });

  it("the header changed: nothing is written", async () => {
    const { outcome, before, after } = await readThenChange((context) => {
      context.workbook.worksheets.getItem("Sales").getRange("B1").values = [["Amount"]];
    });
    expect(outcome).toMatchObject({ ok: false, reason: "source-changed" });
    expect(!outcome.ok && english(outcome.message)).toMatch(/header/);
    expect(after).toEqual(before);
  });

  it("an unmapped column changed: the run goes ahead (only mapped columns are re-read)", async () => {
    const excel = createExcelDouble({
      sheets: [
        {
          name: "Sales",
          values: [
            ["Customer", "Revenue", "Comment"],
            ["A", 1, "x"],
            ["B", 2, "y"],
          ],
        },
      ],
    });
    const gateway = createExcelGateway(excel.run, excel.requirements);
    const ref = { kind: "range" as const, address: "Sales!A1:C3" };
    const setup = setupFor(ref, {
      tiering: { mapping: { customer: 0, revenue: 1 }, scheme: setupFor(ref).tiering.scheme },
    });
    const data = await gateway.readSource(ref);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sales").getRange("C2").values = [["changed"]];
      await context.sync();
    });
    expect((await gateway.applyResult(setup, data, tier(data, setup))).ok).toBe(true);
  });
});
