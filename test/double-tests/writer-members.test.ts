/** The members the rewritten writers use to update their outputs in place. */
import { createExcelDouble, type WorkbookJson } from "../../src/double";

function tableWorkbook(): WorkbookJson {
  return {
    sheets: [
      {
        name: "S",
        values: [
          ["Customer", "Revenue", "", "beside"],
          ["Acme", 10, "", ""],
          ["Globex", 20, "", ""],
          ["Initech", 30, "", ""],
          ["", "", "", ""],
          ["note below", "", "", "keep"],
        ],
      },
    ],
    tables: [{ name: "T", sheet: "S", address: "A1:B4" }],
  };
}

const values = (excel: ReturnType<typeof createExcelDouble>) => excel.snapshot().sheets[0].values!;

describe("Table.resize (ExcelApi 1.13)", () => {
  it("grows and shrinks the table in place, moving no cells", async () => {
    const excel = createExcelDouble(tableWorkbook(), { maxExcelApi: "1.13" });
    await excel.run(async (context) => {
      const table = context.workbook.tables.getItem("T");
      table.resize("A1:C5");
      const header = table.getHeaderRowRange().load("values");
      await context.sync();
      expect(header.values).toEqual([["Customer", "Revenue", "Column3"]]);
      table.resize(context.workbook.worksheets.getItem("S").getRange("A1:B2"));
      const whole = table.getRange().load("address");
      await context.sync();
      expect(whole.address).toBe("S!A1:B2");
    });
    expect(values(excel)[3]).toEqual(["Initech", 30, "", ""]);
    expect(values(excel)[5]).toEqual(["note below", "", "", "keep"]);
    expect(excel.snapshot().tables![0].name).toBe("T");
  });

  it.each([
    ["A2:B6", "InvalidArgument"], // header row moved
    ["E1:F4", "InvalidArgument"], // same top row, but does not overlap
    ["A1:B1", "InvalidArgument"], // no data row left
  ])("refuses %s with %s", async (address, code) => {
    const excel = createExcelDouble(tableWorkbook(), { maxExcelApi: "1.13" });
    await expect(
      excel.run(async (context) => {
        context.workbook.tables.getItem("T").resize(address);
        await context.sync();
      })
    ).rejects.toMatchObject({ code });
  });

  it("refuses to grow over another table, and needs ExcelApi 1.13", async () => {
    const workbook = tableWorkbook();
    workbook.tables!.push({ name: "U", sheet: "S", address: "D1:D2" });
    const excel = createExcelDouble(workbook, { maxExcelApi: "1.13" });
    await expect(
      excel.run(async (context) => {
        context.workbook.tables.getItem("T").resize("A1:D4");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "MergedRangeConflict" });
    const old = createExcelDouble(tableWorkbook(), { maxExcelApi: "1.12" });
    await expect(
      old.run(async (context) => {
        context.workbook.tables.getItem("T").resize("A1:B6");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});

describe("table rows", () => {
  it("add returns the new top row; getItemAt reads a row; delete shifts the cells below up", async () => {
    const excel = createExcelDouble(tableWorkbook());
    await excel.run(async (context) => {
      const table = context.workbook.tables.getItem("T");
      const added = table.rows.add(-1, [["Hooli", 40]]).load("index, values");
      const second = table.rows.getItemAt(1).load("values");
      const rows = table.rows.load("items/values");
      await context.sync();
      expect(added.index).toBe(3);
      expect(added.values).toEqual([["Hooli", 40]]);
      expect(second.values).toEqual([["Globex", 20]]);
      expect(rows.items.map((r) => r.values[0][0])).toEqual(["Acme", "Globex", "Initech", "Hooli"]);
      table.rows.getItemAt(0).delete();
      const body = table.getDataBodyRange().load("address, values");
      await context.sync();
      expect(body.address).toBe("S!A2:B4");
      expect(body.values).toEqual([
        ["Globex", 20],
        ["Initech", 30],
        ["Hooli", 40],
      ]);
    });
    // Added a row (pushing the note down), deleted one (pulling it back): the table's columns shifted,
    // the column beside the table did not.
    expect(values(excel)[5]).toEqual(["note below", "", "", "keep"]);
  });

  it("refuses to delete the last data row and rows that do not exist", async () => {
    const excel = createExcelDouble({
      sheets: [{ name: "S", values: [["h"], [1]] }],
      tables: [{ name: "T", sheet: "S", address: "A1:A2" }],
    });
    await expect(
      excel.run(async (context) => {
        context.workbook.tables.getItem("T").rows.getItemAt(0).delete();
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidOperation" });
    await expect(
      excel.run(async (context) => {
        context.workbook.tables.getItem("T").rows.getItemAt(5).load("values");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  it("adding several rows needs ExcelApi 1.4, alwaysInsert needs 1.15", async () => {
    const excel = createExcelDouble(tableWorkbook(), { maxExcelApi: "1.3" });
    await expect(
      excel.run(async (context) => {
        context.workbook.tables.getItem("T").rows.add(undefined, [
          ["a", 1],
          ["b", 2],
        ]);
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ApiNotFound" });
    const newer = createExcelDouble(tableWorkbook(), { maxExcelApi: "1.15" });
    await newer.run(async (context) => {
      context.workbook.tables.getItem("T").rows.add(undefined, [["Hooli", 40]], false);
      await context.sync();
    });
    // Added below the table without inserting cells: the blank row 5 became the table's row.
    expect(values(newer)[4]).toEqual(["Hooli", 40, "", ""]);
    expect(values(newer)[5]).toEqual(["note below", "", "", "keep"]);
  });
});

describe("Range.clear(applyTo)", () => {
  const formatted = (): WorkbookJson => ({
    sheets: [
      {
        name: "S",
        values: [
          ["a", 1],
          ["b", 2],
        ],
        numberFormats: [
          ["@", "0.00"],
          ["@", "0.00"],
        ],
        fills: [
          ["#FF0000", null],
          [null, null],
        ],
        rangeFormats: { "A1:B1": { "font.color": "#FFFFFF" } },
      },
    ],
  });

  it("Contents keeps formats, Formats keeps values, All clears both", async () => {
    for (const [applyTo, expected] of [
      ["Contents", { values: ["", ""], formats: ["@", "0.00"], fill: "#FF0000", stored: true }],
      ["Formats", { values: ["a", 1], formats: ["General", "General"], fill: null, stored: false }],
      ["All", { values: ["", ""], formats: ["General", "General"], fill: null, stored: false }],
      ["Hyperlinks", { values: ["a", 1], formats: ["@", "0.00"], fill: "#FF0000", stored: true }],
    ] as const) {
      const excel = createExcelDouble(formatted());
      await excel.run(async (context) => {
        context.workbook.worksheets.getItem("S").getRange("A1:B1").clear(applyTo);
        await context.sync();
      });
      const sheet = excel.snapshot().sheets[0];
      expect([applyTo, sheet.values![0]]).toEqual([applyTo, expected.values]);
      expect([applyTo, sheet.numberFormats![0]]).toEqual([applyTo, expected.formats]);
      expect([applyTo, sheet.fills?.[0][0] ?? null]).toEqual([applyTo, expected.fill]);
      expect([applyTo, Boolean(sheet.rangeFormats?.["A1:B1"])]).toEqual([applyTo, expected.stored]);
      // Row 2 is never touched.
      expect(sheet.values![1]).toEqual(["b", 2]);
    }
  });

  it("refuses an unknown applyTo, and ResetContents below ExcelApi 1.18", async () => {
    const excel = createExcelDouble(formatted());
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets
          .getItem("S")
          .getRange("A1")
          .clear("Everything" as "All");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("S").getRange("A1").clear("ResetContents");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ApiNotFound" });
    expect(excel.snapshot().sheets[0].values![0]).toEqual(["a", 1]);
  });
});

describe("charts, names and ranges the writers use", () => {
  it("Chart.setData keeps the chart's name and position while its data changes", async () => {
    const excel = createExcelDouble({
      sheets: [
        {
          name: "S",
          values: [
            ["Tier", "Customers", "", "Tier", "Revenue"],
            ["A", 1, "", "A", 100],
            ["B", 2, "", "B", 200],
            ["", "", "", "C", 300],
          ],
        },
      ],
    });
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      const chart = sheet.charts.add("ColumnClustered", sheet.getRange("A1:B3"), "Columns");
      chart.name = "CRMPyramid_Chart";
      chart.top = 120;
      chart.left = 40;
      await context.sync();
      chart.setData(sheet.getRange("D1:E4"), "Columns");
      await context.sync();
    });
    const [chart] = excel.snapshot().charts!;
    expect(chart.name).toBe("CRMPyramid_Chart");
    expect(chart.position).toMatchObject({ top: 120, left: 40 });
    expect(chart.source).toBe("S!$D$1:$E$4");
    expect(chart.series.map((s) => [s.name, s.resolvedValues])).toEqual([
      ["Revenue", [100, 200, 300]],
    ]);
  });

  it("names: add, re-point with NamedItem.formula (ExcelApi 1.7), delete", async () => {
    const excel = createExcelDouble({ sheets: [{ name: "S", values: [[1, 2]] }] });
    await excel.run(async (context) => {
      const names = context.workbook.names;
      names.add("CRMPyramid_Col", context.workbook.worksheets.getItem("S").getRange("A1:A5"));
      names.add("Other", "=S!$B$1");
      await context.sync();
      names.getItem("CRMPyramid_Col").formula = "=S!$C$1:$C$9";
      const range = names.getItem("CRMPyramid_Col").getRange().load("address");
      await context.sync();
      expect(range.address).toBe("S!C1:C9");
      names.getItem("Other").delete();
      await context.sync();
    });
    expect(excel.snapshot().names).toEqual([
      { name: "CRMPyramid_Col", formula: "=S!$C$1:$C$9", comment: "", visible: true },
    ]);
  });

  it("getRowsAbove/Below and getColumnsBefore/After give the neighbouring blocks", async () => {
    const excel = createExcelDouble({ sheets: [{ name: "S" }] });
    await excel.run(async (context) => {
      const block = context.workbook.worksheets.getItem("S").getRange("C5:D8");
      const above = block.getRowsAbove(2).load("address");
      const below = block.getRowsBelow().load("address");
      const before = block.getColumnsBefore().load("address");
      const after = block.getColumnsAfter(3).load("address");
      await context.sync();
      expect([above.address, below.address, before.address, after.address]).toEqual([
        "S!C3:D4",
        "S!C9:D9",
        "S!B5:B8",
        "S!E5:G8",
      ]);
    });
  });
});
