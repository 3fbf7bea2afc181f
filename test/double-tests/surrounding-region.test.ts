import { createExcelDouble } from "../../src/double";

describe("Range.getSurroundingRegion (CurrentRegion)", () => {
  const workbook = {
    sheets: [
      {
        name: "S",
        values: [
          ["", "", "", "", ""],
          ["", "Name", "Value", "", "other"],
          ["", "a", 1, "", "island"],
          ["", "b", 2, "", ""],
          ["", "", "", "", ""],
          ["", "", "", "", ""],
          ["x", "", "", "", ""],
        ],
      },
    ],
  };

  it("expands a single cell to the block bounded by blank rows and columns", async () => {
    const excel = createExcelDouble(workbook);
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      const region = sheet.getRange("C3").getSurroundingRegion().load("address");
      const island = sheet.getRange("E2").getSurroundingRegion().load("address");
      const alone = sheet.getRange("A7").getSurroundingRegion().load("address");
      await context.sync();
      expect(region.address).toBe("S!B2:C4");
      expect(island.address).toBe("S!E2:E3");
      expect(alone.address).toBe("S!A7");
      // Only the top-left cell of a multi-cell range counts.
      const fromTopLeft = sheet.getRange("A7:C7").getSurroundingRegion().load("address");
      await context.sync();
      expect(fromTopLeft.address).toBe("S!A7");
    });
  });

  it("joins diagonally adjacent cells, as Excel does", async () => {
    const excel = createExcelDouble({
      sheets: [
        {
          name: "S",
          values: [
            ["a", ""],
            ["", "b"],
          ],
        },
      ],
    });
    await excel.run(async (context) => {
      const region = context.workbook.worksheets
        .getItem("S")
        .getRange("A1")
        .getSurroundingRegion()
        .load("address");
      await context.sync();
      expect(region.address).toBe("S!A1:B2");
    });
  });

  it("needs ExcelApi 1.7", async () => {
    const excel = createExcelDouble(workbook, { maxExcelApi: "1.6" });
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets
          .getItem("S")
          .getRange("C3")
          .getSurroundingRegion()
          .load("address");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});
