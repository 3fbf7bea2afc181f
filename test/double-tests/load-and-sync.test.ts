import { createExcelDouble } from "../../src/double";
import { salesWorkbook } from "./fixtures";

describe("load and sync", () => {
  it("throws PropertyNotLoaded when a property is read before load + sync", async () => {
    const excel = createExcelDouble(salesWorkbook());
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sales").getRange("A1:C2");
      expect(() => range.values).toThrow(/PropertyNotLoaded|not available/);
      range.load("values");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.values).toEqual([
        ["Customer", "Revenue", "Cost"],
        ["Acme", 1200, 800],
      ]);
      expect(() => range.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("accepts comma lists, arrays, select objects and navigation paths", async () => {
    const excel = createExcelDouble(salesWorkbook());
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sales");
      const a = sheet.getRange("A1:B2").load("values, address");
      const b = sheet.getRange("B2").load(["rowCount", "columnIndex"]);
      const c = sheet.getRange("C3").load({ select: "values,numberFormat" });
      const d = sheet.getRange("A1").load("format/fill/color, format/font/bold");
      await context.sync();
      expect(a.address).toBe("Sales!A1:B2");
      expect(b.rowCount).toBe(1);
      expect(b.columnIndex).toBe(1);
      expect(c.values).toEqual([[700]]);
      expect(c.numberFormat).toEqual([["General"]]);
      expect(d.format.fill.color).toBe("#FFFFFF");
      expect(d.format.font.bold).toBe(false);
    });
  });

  it("loaded values are a snapshot as of that sync", async () => {
    const excel = createExcelDouble(salesWorkbook());
    await excel.run(async (context) => {
      const cell = context.workbook.worksheets.getItem("Sales").getRange("B2").load("values");
      await context.sync();
      context.workbook.worksheets.getItem("Sales").getRange("B2").values = [[5]];
      await context.sync();
      expect(cell.values).toEqual([[1200]]);
      cell.load("values");
      await context.sync();
      expect(cell.values).toEqual([[5]]);
    });
  });

  it("a load queued before a write in the same batch sees the old value", async () => {
    const excel = createExcelDouble(salesWorkbook());
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sales");
      const before = sheet.getRange("B2").load("values");
      sheet.getRange("B2").values = [[1]];
      const after = sheet.getRange("B2").load("values");
      await context.sync();
      expect(before.values).toEqual([[1200]]);
      expect(after.values).toEqual([[1]]);
    });
  });

  it("writes are invisible before sync and visible after", async () => {
    const excel = createExcelDouble(salesWorkbook());
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sales").getRange("A5:B5").values = [["Hooli", 42]];
      expect(excel.snapshot().sheets[0].values).toHaveLength(4);
      await context.sync();
      expect(excel.snapshot().sheets[0].values![4]).toEqual(["Hooli", 42, ""]);
    });
  });

  it("counts syncs, including the one Excel.run adds for pending work", async () => {
    const excel = createExcelDouble(salesWorkbook());
    await excel.run(async (context) => {
      await context.sync();
      await context.sync();
      context.workbook.worksheets.getItem("Sales").getRange("D1").values = [["Tier"]];
    });
    expect(excel.syncCount).toBe(3);
    expect(excel.snapshot().sheets[0].values![0][3]).toBe("Tier");
  });

  it("reports unknown sheets as ItemNotFound at sync", async () => {
    const excel = createExcelDouble(salesWorkbook());
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Nope").getRange("A1").load("values");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  it("rejects loads of properties that do not exist", async () => {
    const excel = createExcelDouble(salesWorkbook());
    await expect(
      excel.run(async (context) => {
        context.workbook.getSelectedRange().load("valuez");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("fails loudly on API members the double does not model", async () => {
    const excel = createExcelDouble(salesWorkbook());
    await excel.run(async (context) => {
      // Microsoft's client has the member; the host does not model it and refuses the request.
      context.workbook.getSelectedRange().conditionalFormats.load("items");
      await expect(context.sync()).rejects.toMatchObject({
        code: "NotImplemented",
        debugInfo: expect.objectContaining({ errorLocation: "Range.conditionalFormats" }),
      });
    });
  });

  it("forbids using proxies after their Excel.run has finished", async () => {
    const excel = createExcelDouble(salesWorkbook());
    const range = await excel.run(async (context) => context.workbook.getSelectedRange());
    // Microsoft's client refuses it itself, with its own code (the old double said InvalidOperation).
    expect(() => range.load("values")).toThrow(
      expect.objectContaining({ code: "InvalidObjectPath" })
    );
  });
});
