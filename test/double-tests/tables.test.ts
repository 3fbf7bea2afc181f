import { createExcelDouble } from "../../src/double";
import { salesWorkbook } from "./fixtures";

describe("tables", () => {
  it("adds a table over data with headers and exposes its ranges and columns", async () => {
    const excel = createExcelDouble(salesWorkbook());
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sales");
      const table = sheet.tables.add("A1:C4", true);
      table.name = "SalesTable";
      const header = table.getHeaderRowRange().load("values, address");
      const body = table.getDataBodyRange().load("address, rowCount");
      const columns = table.columns.load("items/name, count");
      const rows = table.rows.load("count");
      await context.sync();
      expect(header.values).toEqual([["Customer", "Revenue", "Cost"]]);
      expect(body.address).toBe("Sales!A2:C4");
      expect(columns.items.map((c) => c.name)).toEqual(["Customer", "Revenue", "Cost"]);
      expect(columns.count).toBe(3);
      expect(rows.count).toBe(3);
    });
    expect(excel.snapshot().tables).toEqual([
      {
        name: "SalesTable",
        sheet: "Sales",
        address: "A1:C4",
        showHeaders: true,
        showTotals: false,
        style: "TableStyleMedium2",
      },
    ]);
  });

  it("adds a column at the end with header and values, shifting nothing it does not own", async () => {
    const excel = createExcelDouble({
      ...salesWorkbook(),
      tables: [{ name: "T", sheet: "Sales", address: "A1:C4" }],
    });
    await excel.run(async (context) => {
      const table = context.workbook.tables.getItem("T");
      table.columns.add(undefined, [["ignored"], ["Gold"], ["Silver"], ["Bronze"]], "Tier");
      const tier = table.columns.getItem("Tier").getDataBodyRange().load("values, address");
      const whole = table.getRange().load("address");
      await context.sync();
      expect(tier.values).toEqual([["Gold"], ["Silver"], ["Bronze"]]);
      expect(tier.address).toBe("Sales!D2:D4");
      expect(whole.address).toBe("Sales!A1:D4");
    });
  });

  it("rejects a column whose values do not match the table's rows", async () => {
    const excel = createExcelDouble({
      ...salesWorkbook(),
      tables: [{ name: "T", sheet: "Sales", address: "A1:C4" }],
    });
    await expect(
      excel.run(async (context) => {
        context.workbook.tables.getItem("T").columns.add(undefined, [["Tier"], ["Gold"]]);
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("adds rows at the end and pushes cells below the table down", async () => {
    const workbook = salesWorkbook();
    workbook.sheets[0].values!.push(["", "", ""], ["note below", "", ""]);
    const excel = createExcelDouble({
      ...workbook,
      tables: [{ name: "T", sheet: "Sales", address: "A1:C4" }],
    });
    await excel.run(async (context) => {
      const table = context.workbook.tables.getItem("T");
      table.rows.add(undefined, [["Hooli", 10, 5]]);
      const body = table.getDataBodyRange().load("address");
      await context.sync();
      expect(body.address).toBe("Sales!A2:C5");
    });
    const values = excel.snapshot().sheets[0].values!;
    expect(values[4]).toEqual(["Hooli", 10, 5]);
    expect(values[6][0]).toBe("note below");
  });

  it("refuses overlapping tables", async () => {
    const excel = createExcelDouble({
      ...salesWorkbook(),
      tables: [{ name: "T", sheet: "Sales", address: "A1:C4" }],
    });
    await expect(
      excel.run(async (context) => {
        context.workbook.tables.add("Sales!B2:E6", true);
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "MergedRangeConflict" });
  });

  it("finds tables under a range with getTables and a table by name in getRange", async () => {
    const excel = createExcelDouble({
      ...salesWorkbook(),
      tables: [{ name: "T", sheet: "Sales", address: "A1:C4" }],
    });
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sales");
      const overlapping = sheet.getRange("B3").getTables(false).load("items/name");
      const contained = sheet.getRange("B3").getTables(true).load("items/name");
      const first = sheet.getRange("B3").getTables().getFirst().load("name");
      const byName = sheet.getRange("T").load("address");
      await context.sync();
      expect(overlapping.items.map((t) => t.name)).toEqual(["T"]);
      expect(contained.items).toHaveLength(0);
      expect(first.name).toBe("T");
      expect(byName.address).toBe("Sales!A1:C4");
    });
  });

  it("gives blank and duplicate headers unique names", async () => {
    const excel = createExcelDouble({
      sheets: [
        {
          name: "S",
          values: [
            ["a", "", "a"],
            [1, 2, 3],
          ],
        },
      ],
    });
    await excel.run(async (context) => {
      const table = context.workbook.worksheets.getItem("S").tables.add("A1:C2", true);
      const header = table.getHeaderRowRange().load("values");
      await context.sync();
      expect(header.values).toEqual([["a", "Column2", "a2"]]);
    });
  });

  it("shows totals, renames with validation and deletes", async () => {
    const excel = createExcelDouble({
      ...salesWorkbook(),
      tables: [{ name: "T", sheet: "Sales", address: "A1:C4" }],
    });
    await excel.run(async (context) => {
      const table = context.workbook.tables.getItem("T");
      table.showTotals = true;
      const total = table.getTotalRowRange().load("address");
      await context.sync();
      expect(total.address).toBe("Sales!A5:C5");
      table.name = "has space";
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
      table.delete();
      await context.sync();
    });
    expect(excel.snapshot().tables).toEqual([]);
  });
});
