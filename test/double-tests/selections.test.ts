/**
 * Selections as Excel reports them: whole columns and rows (address forms, indices), several areas
 * (getSelectedRange refuses them, getSelectedRanges lists them) and cell-edit mode (syncs fail, or
 * wait with delayForCellEdit).
 */
import { createExcelDouble, isExcelDoubleError } from "../../src/double";
import { salesWorkbook } from "./fixtures";

async function selected(address: string) {
  const excel = createExcelDouble(salesWorkbook());
  excel.select(address);
  return excel.run(async (context) => {
    const range = context.workbook.getSelectedRange();
    range.load("address,rowIndex,columnIndex,rowCount,columnCount");
    await context.sync();
    const { rowIndex, columnIndex, rowCount, columnCount } = range;
    return { address: range.address, rowIndex, columnIndex, rowCount, columnCount };
  });
}

describe("whole columns and rows", () => {
  it.each([
    ["Sales!A:C", "Sales!A:C", 0, 0, 1048576, 3],
    ["Sales!A1:C1048576", "Sales!A:C", 0, 0, 1048576, 3],
    ["Sales!1:11", "Sales!1:11", 0, 0, 11, 16384],
    ["Sales!$2:$5", "Sales!2:5", 1, 0, 4, 16384],
    ["Sales!A1:XFD1048576", "Sales!1:1048576", 0, 0, 1048576, 16384],
  ])("%s reads back as %s with its indices", async (select, address, row, col, rows, cols) => {
    expect(await selected(select)).toEqual({
      address,
      rowIndex: row,
      columnIndex: col,
      rowCount: rows,
      columnCount: cols,
    });
  });
});

describe("several areas (Ctrl+click)", () => {
  it("getSelectedRange fails with InvalidSelection; getSelectedRanges lists the areas", async () => {
    const excel = createExcelDouble(salesWorkbook());
    excel.select("Sales!A1:A4, Sales!C1:C4");
    const failure = await excel
      .run(async (context) => {
        context.workbook.getSelectedRange().load("address");
        await context.sync();
      })
      .catch((e: unknown) => e);
    expect(isExcelDoubleError(failure, "InvalidSelection")).toBe(true);

    const areas = await excel.run(async (context) => {
      const ranges = context.workbook.getSelectedRanges();
      ranges.load("areaCount,address");
      ranges.areas.load("items/address");
      await context.sync();
      return {
        count: ranges.areaCount,
        address: ranges.address,
        items: ranges.areas.items.map((r) => r.address),
      };
    });
    expect(areas).toEqual({
      count: 2,
      address: "Sales!A1:A4, Sales!C1:C4",
      items: ["Sales!A1:A4", "Sales!C1:C4"],
    });
  });

  it("selecting one range again (or Range.select) ends the multi-area selection", async () => {
    const excel = createExcelDouble(salesWorkbook());
    excel.select("Sales!A1:A4, Sales!C1:C4");
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sales").getRange("B2:B3").select();
      await context.sync();
      const range = context.workbook.getSelectedRange().load("address");
      const areas = context.workbook.getSelectedRanges().load("areaCount");
      await context.sync();
      expect(range.address).toBe("Sales!B2:B3");
      expect(areas.areaCount).toBe(1);
    });
  });

  it("getSelectedRanges needs ExcelApi 1.9", async () => {
    const excel = createExcelDouble(salesWorkbook(), { maxExcelApi: "1.8" });
    const failure = await excel
      .run(async (context) => {
        context.workbook.getSelectedRanges().load("areaCount");
        await context.sync();
      })
      .catch((e: unknown) => e);
    expect(isExcelDoubleError(failure, "ApiNotFound")).toBe(true);
  });
});

describe("cell-edit mode", () => {
  const readA1 = async (context: Excel.RequestContext) => {
    const range = context.workbook.worksheets.getItem("Sales").getRange("A1").load("values");
    await context.sync();
    return range.values[0][0];
  };

  it("fails each batch with InvalidOperationInCellEditMode and runs none of it", async () => {
    const excel = createExcelDouble(salesWorkbook());
    excel.enterCellEdit();
    const failure = await excel
      .run(async (context) => {
        context.workbook.worksheets.getItem("Sales").getRange("E1").values = [["x"]];
        await context.sync();
      })
      .catch((e: unknown) => e);
    expect(isExcelDoubleError(failure, "InvalidOperationInCellEditMode")).toBe(true);
    expect(excel.syncLog.at(-1)?.error).toBe("InvalidOperationInCellEditMode");
    expect(excel.snapshot().sheets[0].values?.[0]).toEqual(["Customer", "Revenue", "Cost"]);
    excel.leaveCellEdit();
    expect(await excel.run(readA1)).toBe("Customer");
  });

  it("with delayForCellEdit the batch waits until the user leaves the cell", async () => {
    const excel = createExcelDouble(salesWorkbook());
    excel.enterCellEdit();
    let done = false;
    const pending = excel.run({ delayForCellEdit: true }, readA1).then((v) => {
      done = true;
      return v;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(done).toBe(false);
    expect(excel.syncLog).toHaveLength(0);
    excel.leaveCellEdit();
    expect(await pending).toBe("Customer");
    expect(excel.inCellEdit).toBe(false);
  });
});
