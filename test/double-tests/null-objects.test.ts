import { createExcelDouble } from "../../src/double";
import { salesWorkbook } from "./fixtures";

describe("*OrNullObject", () => {
  it("isNullObject is known only after sync", async () => {
    const excel = createExcelDouble(salesWorkbook());
    await excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Data");
      const present = context.workbook.worksheets.getItemOrNullObject("sales");
      expect(() => missing.isNullObject).toThrow(
        expect.objectContaining({ code: "PropertyNotLoaded" })
      );
      present.load("name");
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
      expect(present.name).toBe("Sales");
    });
  });

  it("returns null objects for names, tables, settings and empty used ranges", async () => {
    const excel = createExcelDouble({ sheets: [{ name: "Empty" }] });
    await excel.run(async (context) => {
      const name = context.workbook.names.getItemOrNullObject("CRM_Tier");
      const table = context.workbook.tables.getItemOrNullObject("Sales");
      const setting = context.workbook.settings.getItemOrNullObject("crm");
      const used = context.workbook.worksheets.getItem("Empty").getUsedRangeOrNullObject();
      const usedAnyway = context.workbook.worksheets
        .getItem("Empty")
        .getUsedRange()
        .load("address");
      await context.sync();
      expect([
        name.isNullObject,
        table.isNullObject,
        setting.isNullObject,
        used.isNullObject,
      ]).toEqual([true, true, true, true]);
      expect(usedAnyway.address).toBe("Empty!A1");
    });
  });

  it("fails at sync when a null object is used for a write", async () => {
    const excel = createExcelDouble(salesWorkbook());
    await excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Data");
      await context.sync();
      missing.getRange("A1").values = [[1]];
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    });
  });

  it("getItem (without OrNullObject) fails with ItemNotFound", async () => {
    const excel = createExcelDouble(salesWorkbook());
    await expect(
      excel.run(async (context) => {
        context.workbook.tables.getItem("Nope");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });
});
