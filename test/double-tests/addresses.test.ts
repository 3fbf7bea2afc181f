import {
  columnIndex,
  columnLetters,
  createExcelDouble,
  formatAddress,
  parseAddress,
  quoteSheetName,
} from "../../src/double";
import { salesWorkbook } from "./fixtures";

describe("A1 addresses", () => {
  it("parses cells, ranges, absolute refs, whole columns and rows", () => {
    expect(parseAddress("A1").rect).toEqual({ row: 0, col: 0, rowCount: 1, colCount: 1 });
    expect(parseAddress("Sheet1!$B$2:$D$10")).toEqual({
      sheet: "Sheet1",
      rect: { row: 1, col: 1, rowCount: 9, colCount: 3 },
    });
    expect(parseAddress("C3:A1").rect).toEqual({ row: 0, col: 0, rowCount: 3, colCount: 3 });
    expect(parseAddress("A:C").rect).toMatchObject({
      row: 0,
      col: 0,
      rowCount: 1048576,
      colCount: 3,
    });
    expect(parseAddress("2:5").rect).toMatchObject({
      row: 1,
      col: 0,
      rowCount: 4,
      colCount: 16384,
    });
  });

  it("handles quoted sheet names with spaces and apostrophes", () => {
    expect(parseAddress("'Q1 Sales'!A1:B2").sheet).toBe("Q1 Sales");
    expect(parseAddress("'Bob''s data'!C5").sheet).toBe("Bob's data");
    expect(quoteSheetName("Q1 Sales")).toBe("'Q1 Sales'");
    expect(quoteSheetName("Bob's data")).toBe("'Bob''s data'");
    expect(quoteSheetName("Sales")).toBe("Sales");
    expect(formatAddress("Q1 Sales", { row: 0, col: 0, rowCount: 10, colCount: 3 })).toBe(
      "'Q1 Sales'!A1:C10"
    );
  });

  it("rejects malformed addresses", () => {
    expect(() => parseAddress("A0")).toThrow(expect.objectContaining({ code: "InvalidArgument" }));
    expect(() => parseAddress("XFE1")).toThrow();
    expect(() => parseAddress("A1:B2:C3")).toThrow();
    expect(() => parseAddress("'unterminated!A1")).toThrow();
  });

  it("converts column letters both ways", () => {
    expect(columnLetters(0)).toBe("A");
    expect(columnLetters(25)).toBe("Z");
    expect(columnLetters(26)).toBe("AA");
    expect(columnLetters(16383)).toBe("XFD");
    expect(columnIndex("XFD")).toBe(16383);
  });

  it("returns addresses the way Excel does, through the API", async () => {
    const excel = createExcelDouble(salesWorkbook());
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Q1 Sales");
      const a = sheet.getRange("'Q1 Sales'!$A$1:$C$10").load("address");
      const b = sheet.getRange("B2").getEntireColumn().load("address");
      const c = sheet.getRange("B2:C3").getEntireRow().load("address");
      const d = context.workbook.worksheets.getItem("Sales").getRange().load("address");
      await context.sync();
      expect(a.address).toBe("'Q1 Sales'!A1:C10");
      expect(b.address).toBe("'Q1 Sales'!B:B");
      expect(c.address).toBe("'Q1 Sales'!2:3");
      expect(d.address).toBe("Sales!1:1048576");
    });
  });

  it("rejects an address on another sheet in Worksheet.getRange", async () => {
    const excel = createExcelDouble(salesWorkbook());
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sales").getRange("'Q1 Sales'!A1").load("values");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("derives ranges: getCell, offsets, resize, rows, columns, last row, intersection, bounding rect", async () => {
    const excel = createExcelDouble(salesWorkbook());
    await excel.run(async (context) => {
      const base = context.workbook.worksheets.getItem("Sales").getRange("B2:D5");
      const loaded = [
        base.getCell(1, 2),
        base.getOffsetRange(1, -1),
        base.getResizedRange(1, -1),
        base.getRow(0),
        base.getColumn(2),
        base.getLastRow(),
        base.getLastColumn(),
        base.getIntersection("C1:C3"),
        base.getBoundingRect("F9"),
        base.getColumnsAfter(2),
      ].map((r) => r.load("address"));
      const none = base.getIntersectionOrNullObject("H1:H2");
      await context.sync();
      expect(loaded.map((r) => r.address)).toEqual([
        "Sales!D3",
        "Sales!A3:C6",
        "Sales!B2:C6",
        "Sales!B2:D2",
        "Sales!D2:D5",
        "Sales!B5:D5",
        "Sales!D2:D5",
        "Sales!C2:C3",
        "Sales!B2:F9",
        "Sales!E2:F5",
      ]);
      expect(none.isNullObject).toBe(true);
    });
  });

  it("rejects ranges that fall off the grid", async () => {
    const excel = createExcelDouble(salesWorkbook());
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets
          .getItem("Sales")
          .getRange("A1")
          .getOffsetRange(-1, 0)
          .load("address");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});
