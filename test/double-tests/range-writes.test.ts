import { createExcelDouble } from "../../src/double";
import { salesWorkbook } from "./fixtures";

describe("range writes", () => {
  it("rejects a 2x3 array written to a 3x3 range with InvalidArgument", async () => {
    const excel = createExcelDouble(salesWorkbook());
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sales").getRange("E1:G3").values = [
        [1, 2, 3],
        [4, 5, 6],
      ];
      await expect(context.sync()).rejects.toMatchObject({
        code: "InvalidArgument",
        debugInfo: { errorLocation: "Range.values" },
      });
    });
  });

  it("rejects ragged rows and mismatched number-format arrays", async () => {
    const excel = createExcelDouble(salesWorkbook());
    await excel.run(async (context) => {
      // A Range made in a batch that failed is not usable afterwards: Microsoft's client invalidates
      // its path after the request and the failed response gave it no reference. So get it again.
      const range = () => context.workbook.worksheets.getItem("Sales").getRange("E1:F2");
      range().numberFormat = [["0"], ["0"]];
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
      range().values = [[1, 2], [3]];
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
  });

  it("writes more than 1,500 cells in the row blocks Microsoft's client sends, checking the shape first", async () => {
    // The client splits such a write (setRangePropertiesInBulk) after Range._ValidateArraySize.
    const excel = createExcelDouble({ sheets: [{ name: "S" }] });
    const rows = Array.from({ length: 2000 }, (_, i) => [i, `n${i}`]);
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.getRange("A1:B2000").values = rows;
      await context.sync();
      sheet.getRange("D1:E1999").values = rows;
      await expect(context.sync()).rejects.toMatchObject({
        code: "InvalidArgument",
        debugInfo: { errorLocation: "Range._ValidateArraySize" },
      });
    });
    const values = excel.snapshot().sheets[0].values!;
    expect(values.map((r) => r.slice(0, 2))).toEqual(rows);
    expect(values.every((r) => (r[3] ?? "") === "")).toBe(true);
  });

  it("keeps operations before a failing one applied, like Excel, and drops the rest", async () => {
    const excel = createExcelDouble(salesWorkbook());
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sales");
      sheet.getRange("E1").values = [["before"]];
      sheet.getRange("E2:E3").values = [["wrong shape"]];
      sheet.getRange("E4").values = [["after"]];
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
    const values = excel.snapshot().sheets[0].values!;
    expect(values[0][4]).toBe("before");
    expect(values[3]?.[4] ?? "").toBe("");
  });

  it("treats strings starting with = + - @ written as values as formulas", async () => {
    const excel = createExcelDouble(salesWorkbook());
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sales").getRange("E1:E4").values = [
        ['=HYPERLINK("http://x","y")'],
        ["-Acme"],
        ["+1"],
        ["'=literal"],
      ];
    });
    const sheet = excel.snapshot().sheets[0];
    expect(sheet.formulas![0][4]).toBe('=HYPERLINK("http://x","y")');
    expect(sheet.formulas![1][4]).toBe("=-Acme");
    expect(sheet.values![2][4]).toBe(1);
    expect(sheet.values![3][4]).toBe("=literal");
    expect(sheet.formulas![3][4]).toBeNull();
  });

  it("keeps values as text in cells formatted as Text (@)", async () => {
    const excel = createExcelDouble(salesWorkbook());
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sales").getRange("E1:E2");
      range.numberFormat = [["@"], ["@"]];
      range.values = [['=HYPERLINK("http://x","y")'], ["00123"]];
      const back = range.load("values, formulas, numberFormat");
      await context.sync();
      expect(back.values).toEqual([['=HYPERLINK("http://x","y")'], ["00123"]]);
      expect(back.formulas).toEqual([['=HYPERLINK("http://x","y")'], ["00123"]]);
      expect(back.numberFormat).toEqual([["@"], ["@"]]);
    });
    expect(excel.snapshot().sheets[0].formulas).toBeUndefined();
  });

  it("converts numeric text to numbers in General cells, as Excel does", async () => {
    const excel = createExcelDouble(salesWorkbook());
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sales").getRange("E1:E3");
      range.values = [["00123"], ["12%"], ["TRUE"]];
      range.load("values, numberFormat, text");
      await context.sync();
      expect(range.values).toEqual([[123], [0.12], [true]]);
      expect(range.numberFormat).toEqual([["General"], ["0%"], ["General"]]);
      expect(range.text).toEqual([["123"], ["12%"], ["TRUE"]]);
    });
  });

  it("stores formulas written through `formulas`", async () => {
    const excel = createExcelDouble(salesWorkbook());
    await excel.run(async (context) => {
      const cell = context.workbook.worksheets.getItem("Sales").getRange("B6");
      cell.formulas = [["=SUM(B2:B4)"]];
      cell.load("formulas");
      await context.sync();
      expect(cell.formulas).toEqual([["=SUM(B2:B4)"]]);
    });
  });

  it("returns Excel error values as strings", async () => {
    const excel = createExcelDouble(salesWorkbook());
    await excel.run(async (context) => {
      const cell = context.workbook.worksheets
        .getItem("Sales")
        .getRange("B4")
        .load("values, valueTypes");
      await context.sync();
      expect(cell.values).toEqual([["#N/A"]]);
      expect(cell.valueTypes).toEqual([["Error"]]);
    });
  });

  it("applies fills, bold, number formats, widths, hidden rows and clear", async () => {
    const excel = createExcelDouble(salesWorkbook());
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sales");
      const header = sheet.getRange("A1:C1");
      header.format.fill.color = "red";
      header.format.font.bold = true;
      header.format.columnWidth = 80;
      sheet.getRange("B2:B3").numberFormat = [["#,##0.00"], ["#,##0.00"]];
      sheet.getRange("A3").rowHidden = true;
      const mixed = sheet.getRange("A1:A2").load("format/fill/color, format/font/bold");
      const hidden = sheet.getRange("A2:A3").load("rowHidden, text");
      const formatted = sheet.getRange("B2").load("text");
      await context.sync();
      expect(mixed.format.fill.color).toBeNull();
      expect(mixed.format.font.bold).toBeNull();
      expect(hidden.rowHidden).toBeNull();
      expect(formatted.text).toEqual([["1,200.00"]]);
      sheet.getRange("A1").clear();
      await context.sync();
    });
    const sheet = excel.snapshot().sheets[0];
    expect(sheet.fills![0]).toEqual([null, "#FF0000", "#FF0000"]);
    expect(sheet.values![0][0]).toBe("");
    expect(sheet.hiddenRows).toEqual([2]);
    expect(sheet.columnWidths).toEqual({ "0": 80, "1": 80, "2": 80 });
  });

  it("select() changes the selection the next getSelectedRange sees", async () => {
    const excel = createExcelDouble(salesWorkbook());
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Q1 Sales").getRange("B2:C3").select();
      const selected = context.workbook.getSelectedRange().load("address");
      await context.sync();
      expect(selected.address).toBe("'Q1 Sales'!B2:C3");
    });
  });
});

describe("hidden and filtered rows", () => {
  it("getVisibleView returns only rows that are not hidden", async () => {
    const excel = createExcelDouble({
      sheets: [{ name: "S", values: [["h"], ["a"], ["b"], ["c"]], hiddenRows: [2] }],
    });
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("S").getRange("A1:A4");
      const view = range.getVisibleView().load("values, rowCount, cellAddresses");
      const hidden = range.getCell(2, 0).load("rowHidden");
      await context.sync();
      expect(view.values).toEqual([["h"], ["a"], ["c"]]);
      expect(view.rowCount).toBe(3);
      expect(view.cellAddresses).toEqual([["S!A1"], ["S!A2"], ["S!A4"]]);
      expect(hidden.rowHidden).toBe(true);
    });
  });
});
