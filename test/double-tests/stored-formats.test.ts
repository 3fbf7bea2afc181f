import { createExcelDouble } from "../../src/double";
import { salesWorkbook } from "./fixtures";

describe("formatting stored by address (not modelled per cell)", () => {
  it("keeps alignment, wrap, row height and font settings in the snapshot", async () => {
    const excel = createExcelDouble(salesWorkbook());
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sales");
      const header = sheet.getRange("A1:C1");
      header.format.horizontalAlignment = "Center";
      header.format.wrapText = true;
      header.format.font.color = "white";
      header.format.font.size = 12;
      sheet.showGridlines = false;
      sheet.freezePanes.freezeRows(1);
      header.load("format/horizontalAlignment, format/font/color");
      await context.sync();
      expect(header.format.horizontalAlignment).toBe("Center");
      expect(header.format.font.color).toBe("#FFFFFF");
      header.format.horizontalAlignment = "Middle" as Excel.HorizontalAlignment;
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
    const sheet = excel.snapshot().sheets[0];
    expect(sheet.rangeFormats).toEqual({
      "A1:C1": {
        horizontalAlignment: "Center",
        wrapText: true,
        "font.color": "#FFFFFF",
        "font.size": 12,
      },
    });
    expect(sheet.frozenRows).toBe(1);
    expect(sheet.showGridlines).toBe(false);
    expect(createExcelDouble(excel.snapshot()).snapshot().sheets[0]).toEqual(sheet);
  });

  it("getAbsoluteResizedRange sizes a block from its top-left cell", async () => {
    const excel = createExcelDouble(salesWorkbook());
    await excel.run(async (context) => {
      const block = context.workbook.worksheets
        .getItem("Sales")
        .getRange("B2")
        .getAbsoluteResizedRange(3, 2)
        .load("address");
      await context.sync();
      expect(block.address).toBe("Sales!B2:C4");
    });
  });
});
