/** Range.getUsedRange(valuesOnly) counts only the used cells inside the range (issue 12). */
import { createExcelDouble, parseAddress, type WorkbookJson } from "../../src/double";

/** A sheet with values at the given cells and nothing else. */
function sheetWith(cells: string[], extra: Partial<WorkbookJson["sheets"][0]> = {}): WorkbookJson {
  const values: (string | number)[][] = [];
  for (const address of cells) {
    const { row, col } = parseAddress(address).rect;
    while (values.length <= row) values.push([]);
    values[row][col] = `value at ${address}`;
  }
  for (const row of values) for (let c = 0; c < row.length; c++) row[c] ??= "";
  return { sheets: [{ name: "Sales", values, ...extra }] };
}

describe("Range.getUsedRange / getUsedRangeOrNullObject on a range", () => {
  const scattered = ["E3", "H2", "Z500", "D20", "E1", "F11"];

  it("an empty column inside the sheet's used area has no used range", async () => {
    const excel = createExcelDouble(sheetWith(scattered));
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sales");
      const sheetUsed = sheet.getUsedRange(true).load("address");
      const tierColumn = sheet.getRange("D1:D11");
      const used = tierColumn.getUsedRangeOrNullObject(true);
      const usedWithFormats = tierColumn.getUsedRangeOrNullObject(false);
      await context.sync();
      expect(sheetUsed.address).toBe("Sales!D1:Z500");
      expect(used.isNullObject).toBe(true);
      expect(usedWithFormats.isNullObject).toBe(true);
    });
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sales").getRange("D1:D11").getUsedRange(true);
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  it("is the smallest range around the used cells inside the range", async () => {
    const excel = createExcelDouble(sheetWith(scattered));
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sales");
      const block = sheet.getRange("C1:G15").getUsedRange(true).load("address");
      const column = sheet.getRange("D:D").getUsedRangeOrNullObject(true).load("address");
      await context.sync();
      expect(block.address).toBe("Sales!E1:F11");
      expect(column.address).toBe("Sales!D20");
    });
  });

  it("counts formatted cells as used unless valuesOnly", async () => {
    const json = sheetWith(["A1"]);
    json.sheets[0].fills = [[null], [null], [null, null, "#FFFF00"]];
    const excel = createExcelDouble(json);
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sales").getRange("B2:D4");
      const withFormats = range.getUsedRangeOrNullObject(false).load("address");
      const valuesOnly = range.getUsedRangeOrNullObject(true);
      await context.sync();
      expect(withFormats.address).toBe("Sales!C3");
      expect(valuesOnly.isNullObject).toBe(true);
    });
  });
});
