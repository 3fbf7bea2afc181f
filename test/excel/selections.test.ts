/**
 * Selections as users make them in real Excel: whole columns (the usual way to select a sales
 * table), whole rows, the whole sheet, several areas (Ctrl+click), a cell still being edited, and
 * blank cells. The double reports them the way Excel does (test/double-tests/selections.test.ts).
 */
import { createExcelDouble, type CellValue } from "../../src/double";
import { createExcelGateway, SETUP_KEY } from "../../src/excel";
import { sourceProblem } from "../../src/excel/excelErrors";
import { refreshTiers, type NoticeKind } from "../../src/commands/refreshTiers";
import { createFormatter, ribbonNoticesText } from "../../src/i18n";
import { runTiering } from "../../src/engine";
import { HEADER, salesRows, setupFor } from "./helpers";

function sales(rows = salesRows(10, 5), extra: CellValue[][] = []) {
  return createExcelDouble({ sheets: [{ name: "Sales", values: [HEADER, ...rows, ...extra] }] });
}

function gatewayOf(excel: ReturnType<typeof createExcelDouble>) {
  return createExcelGateway(excel.run, excel.requirements);
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error("expected a rejection");
    },
    (error: unknown) => error
  );
}

describe("whole columns, whole rows and the whole sheet", () => {
  it.each([
    ["columns A:C", "Sales!A:C"],
    ["A1:C1048576 (Excel reports it as A:C)", "Sales!A1:C1048576"],
    ["rows 1:11", "Sales!1:11"],
    ["the whole sheet", "Sales!A1:XFD1048576"],
  ])("selecting %s uses the rows and columns that hold values", async (_what, address) => {
    const excel = sales();
    excel.select(address);
    const info = await gatewayOf(excel).describeSelection();
    expect(info.address).toBe("Sales!A1:C11");
    expect(info.rowCount).toBe(10);
    expect(info.header).toEqual(HEADER);
  });

  it("whole columns are remembered as whole columns, so rows added later are read", async () => {
    const excel = sales();
    excel.select("Sales!A:C");
    const gateway = gatewayOf(excel);
    const info = await gateway.describeSelection();
    expect(info.ref).toEqual({ kind: "range", address: "Sales!A:C" });
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sales").getRange("A12:C13").values = [
        ["New 1", 500, 10],
        ["New 2", 700, 20],
      ];
      await context.sync();
    });
    const data = await gateway.readSource(info.ref);
    expect(data.info.address).toBe("Sales!A1:C13");
    expect(data.rows).toHaveLength(12);
  });

  it.each(["Sales!A:C", "Sales!$A:$C", "Sales!$1:$11"])(
    "a saved set-up whose source is %s refreshes",
    async (address) => {
      const excel = createExcelDouble({
        sheets: [{ name: "Sales", values: [HEADER, ...salesRows(10, 5)] }],
        settings: { [SETUP_KEY]: JSON.stringify(setupFor({ kind: "range", address })) },
      });
      const notices: { message: string; kind: NoticeKind }[] = [];
      const outcome = await refreshTiers({
        gateway: gatewayOf(excel),
        runEngine: runTiering,
        notify: (notice, kind) =>
          void notices.push({ message: ribbonNoticesText(notice, createFormatter("en-US")), kind }),
        showPane: () => Promise.resolve(),
      });
      expect(outcome).toMatchObject({ status: "done", customers: 5 });
      expect(excel.snapshot().sheets[0].values![0][3]).toBe("Tier");
    }
  );
});

describe("several areas (Ctrl+click)", () => {
  it("are refused, naming the areas, before anything is read", async () => {
    const excel = sales();
    excel.select("Sales!A1:A11, Sales!C1:C11");
    const error = await rejection(gatewayOf(excel).describeSelection());
    expect(sourceProblem(error)).toEqual({
      code: "multipleAreas",
      params: { areas: ["Sales!A1:A11", "Sales!C1:C11"] },
    });
  });
});

describe("a cell being edited", () => {
  it("makes Use selection report cell-edit mode, and works once the user leaves the cell", async () => {
    const excel = sales();
    excel.select("Sales!B3");
    excel.enterCellEdit();
    const gateway = gatewayOf(excel);
    expect(sourceProblem(await rejection(gateway.describeSelection()))).toEqual({
      code: "cellEditMode",
      params: {},
    });
    excel.leaveCellEdit();
    expect((await gateway.describeSelection()).address).toBe("Sales!A1:C11");
  });

  it("makes Refresh tiers say to finish editing the cell, and write nothing", async () => {
    const excel = createExcelDouble({
      sheets: [{ name: "Sales", values: [HEADER, ...salesRows(10, 5)] }],
      settings: {
        [SETUP_KEY]: JSON.stringify(setupFor({ kind: "range", address: "Sales!A1:C11" })),
      },
    });
    const before = excel.snapshot();
    excel.enterCellEdit();
    const notices: { message: string; kind: NoticeKind }[] = [];
    const outcome = await refreshTiers({
      gateway: gatewayOf(excel),
      runEngine: runTiering,
      notify: (notice, kind) =>
        void notices.push({ message: ribbonNoticesText(notice, createFormatter("en-US")), kind }),
      showPane: () => Promise.resolve(),
    });
    expect(outcome.status).toBe("failed");
    expect(notices).toEqual([
      {
        kind: "error",
        message:
          "Tiers were not refreshed. Finish editing the cell (press Enter or Esc), then try again.",
      },
    ]);
    excel.leaveCellEdit();
    expect(excel.snapshot()).toEqual(before);
  });
});

describe("a cell being edited while Apply runs", () => {
  it("Apply reports cell-edit mode as its own reason and writes nothing", async () => {
    const excel = sales();
    const gateway = gatewayOf(excel);
    const ref = { kind: "range" as const, address: "Sales!A1:C11" };
    const data = await gateway.readSource(ref);
    const setup = setupFor(ref);
    const result = runTiering(data.rows, setup.tiering);
    const before = excel.snapshot();
    excel.enterCellEdit();
    const outcome = await gateway.applyResult(setup, data, result);
    expect(outcome).toMatchObject({ ok: false, reason: "cell-edit" });
    excel.leaveCellEdit();
    expect(excel.snapshot()).toEqual(before);
    expect(await gateway.applyResult(setup, data, result)).toMatchObject({ ok: true });
  });
});

describe("blank cells", () => {
  it("a blank cell inside the sheet's used area is reported as empty, naming it", async () => {
    // G1 holds a note, so E5 lies inside the used range A1:G11 but has no data around it.
    const rows = salesRows(10, 5);
    const excel = createExcelDouble({
      sheets: [{ name: "Sales", values: [[...HEADER, "", "", "", "note"], ...rows] }],
    });
    excel.select("Sales!E5");
    const error = await rejection(gatewayOf(excel).describeSelection());
    expect(sourceProblem(error)).toEqual({ code: "sourceEmpty", params: { address: "Sales!E5" } });
  });

  it("blank columns next to the data are reported as empty", async () => {
    const excel = sales();
    excel.select("Sales!E:F");
    const error = await rejection(gatewayOf(excel).describeSelection());
    expect(sourceProblem(error)).toEqual({ code: "sourceEmpty", params: { address: "Sales!E:F" } });
  });

  it("a blank sheet is reported as empty", async () => {
    const excel = createExcelDouble({ sheets: [{ name: "Sales" }] });
    excel.select("Sales!A1");
    const error = await rejection(gatewayOf(excel).describeSelection());
    expect(sourceProblem(error)).toEqual({ code: "sourceEmpty", params: { address: "Sales!A1" } });
  });
});
