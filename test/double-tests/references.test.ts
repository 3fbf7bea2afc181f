/** References in formulas, names and chart sources: #REF! on delete, following renames, evaluated values. */
import { createExcelDouble, type ExcelDouble, type WorkbookJson } from "../../src/double";

/** The add-in's outputs ("CRM Summary" with a customers table) and a user's sheet pointing at them. */
function workbook(): WorkbookJson {
  return {
    sheets: [
      {
        name: "CRM Summary",
        values: [
          ["Tier", "Customers", "Revenue"],
          ["A", 2, 1500],
          ["B", 3, 700],
          ["C", 5, 100],
          ["", "", ""],
          ["Customer", "Revenue", "Tier"],
          ["Acme", 1200, "A"],
          ["Globex", 300, "A"],
          ["Initech", 700, "B"],
        ],
      },
      {
        name: "Finance",
        values: [["Top tier revenue", "", "All revenue", "", "Tier sum"]],
        formulas: [
          [
            null,
            "='CRM Summary'!C2",
            null,
            "=SUM(CRMPyramid_Customers[Revenue])",
            null,
            "=SUM('CRM Summary'!$C$2:$C$4)",
            '="CRM Summary!C2 is the top tier"',
          ],
        ],
      },
    ],
    tables: [{ name: "CRMPyramid_Customers", sheet: "CRM Summary", address: "A6:C9" }],
    names: [
      { name: "TopTier", formula: "='CRM Summary'!$C$2" },
      { name: "CustomerRevenue", formula: "=CRMPyramid_Customers[Revenue]" },
    ],
  };
}

async function finance(excel: ExcelDouble) {
  return excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem("Finance").getRange("A1:G1");
    range.load("values, formulas");
    await context.sync();
    return { values: range.values[0], formulas: range.formulas[0] };
  });
}

describe("formula values the double evaluates", () => {
  it("a single-cell reference, SUM of a range and SUM of a structured column", async () => {
    const excel = createExcelDouble(workbook());
    const { values } = await finance(excel);
    expect(values.slice(0, 6)).toEqual([
      "Top tier revenue",
      1500,
      "All revenue",
      2200,
      "Tier sum",
      2300,
    ]);
    // A formula the double does not evaluate (a text literal that looks like a reference) keeps
    // its stored value, here its text.
    expect(values[6]).toBe('="CRM Summary!C2 is the top tier"');
  });

  it("follows the referenced cells when a re-run rewrites them, and the table when it grows", async () => {
    const excel = createExcelDouble(workbook());
    await excel.run(async (context) => {
      const summary = context.workbook.worksheets.getItem("CRM Summary");
      summary.getRange("C2:C4").values = [[1800], [900], [50]];
      context.workbook.tables
        .getItem("CRMPyramid_Customers")
        .rows.add(undefined, [["Hooli", 650, "B"]]);
      await context.sync();
    });
    const { values } = await finance(excel);
    expect([values[1], values[3], values[5]]).toEqual([
      1800,
      1200 + 300 + 700 + 650,
      1800 + 900 + 50,
    ]);
    // Names evaluate too, and Range.values reads the figure in the same sync as the write.
    await excel.run(async (context) => {
      const cell = context.workbook.worksheets.getItem("Finance").getRange("H1");
      cell.formulas = [["=SUM(TopTier, CustomerRevenue, 1)"]];
      context.workbook.worksheets.getItem("CRM Summary").getRange("C2").values = [[2000]];
      cell.load("values");
      await context.sync();
      expect(cell.values).toEqual([[2000 + 2850 + 1]]);
    });
  });

  it("an error in a summed range is the result; a reference to an empty cell is 0", async () => {
    const excel = createExcelDouble({
      sheets: [{ name: "S", values: [[1, "#N/A", "text", true]] }],
    });
    await excel.run(async (context) => {
      const out = context.workbook.worksheets.getItem("S").getRange("A3:C3");
      out.formulas = [["=SUM(A1:B1)", "=SUM(A1,C1:D1,2.5)", "=Z99"]];
      out.load("values");
      await context.sync();
      expect(out.values).toEqual([["#N/A", 3.5, 0]]);
    });
  });

  it("formulas it cannot evaluate keep their stored value", async () => {
    const excel = createExcelDouble({ sheets: [{ name: "S", values: [[1]] }] });
    await excel.run(async (context) => {
      const out = context.workbook.worksheets.getItem("S").getRange("B1");
      out.formulas = [["=VLOOKUP(A1,C:D,2,FALSE)"]];
      out.load("values");
      await context.sync();
      expect(out.values).toEqual([["=VLOOKUP(A1,C:D,2,FALSE)"]]);
    });
  });
});

describe("deleting what a reference points at gives #REF!", () => {
  it("deleting a worksheet: formulas elsewhere, names and chart series", async () => {
    const json = workbook();
    json.charts = [
      {
        name: "Tiers",
        sheet: "Finance",
        chartType: "ColumnClustered",
        source: "'CRM Summary'!$A$1:$C$4",
        series: [{ name: "Revenue", values: "'CRM Summary'!$C$2:$C$4" }],
      },
    ];
    const excel = createExcelDouble(json);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("CRM Summary").delete();
      await context.sync();
    });
    const { values, formulas } = await finance(excel);
    expect([formulas[1], formulas[3], formulas[5]]).toEqual([
      "=#REF!C2",
      "=SUM(#REF!)",
      "=SUM(#REF!$C$2:$C$4)",
    ]);
    expect([values[1], values[3], values[5]]).toEqual(["#REF!", "#REF!", "#REF!"]);
    expect(formulas[6]).toBe('="CRM Summary!C2 is the top tier"');
    const snapshot = excel.snapshot();
    expect(snapshot.names!.map((n) => n.formula)).toEqual(["=#REF!$C$2", "=#REF!"]);
    expect(snapshot.charts![0].source).toBe("#REF!");
    expect(snapshot.charts![0].series[0].values).toBe("#REF!");
  });

  it("deleting a table (Table.delete) turns its structured references into #REF!", async () => {
    const excel = createExcelDouble(workbook());
    await excel.run(async (context) => {
      context.workbook.tables.getItem("CRMPyramid_Customers").delete();
      await context.sync();
    });
    const { values, formulas } = await finance(excel);
    expect(formulas[3]).toBe("=SUM(#REF!)");
    expect(values[3]).toBe("#REF!");
    // The A1 reference to the summary still points at its cell.
    expect(values[1]).toBe(1500);
    expect(excel.snapshot().names![1].formula).toBe("=#REF!");
  });

  it("a column leaving the table (Table.resize) turns references to it into #REF!", async () => {
    const excel = createExcelDouble(workbook(), { maxExcelApi: "1.13" });
    await excel.run(async (context) => {
      context.workbook.tables.getItem("CRMPyramid_Customers").resize("A6:A9");
      await context.sync();
    });
    const { values, formulas } = await finance(excel);
    expect([formulas[3], values[3]]).toEqual(["=SUM(#REF!)", "#REF!"]);
  });
});

describe("renames and conversions update references", () => {
  it("renaming the worksheet", async () => {
    const excel = createExcelDouble(workbook());
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("CRM Summary").name = "Tiers 2025";
      await context.sync();
    });
    const { values, formulas } = await finance(excel);
    expect([formulas[1], formulas[5]]).toEqual([
      "='Tiers 2025'!C2",
      "=SUM('Tiers 2025'!$C$2:$C$4)",
    ]);
    expect([values[1], values[5]]).toEqual([1500, 2300]);
    expect(formulas[6]).toBe('="CRM Summary!C2 is the top tier"');
    expect(excel.snapshot().names![0].formula).toBe("='Tiers 2025'!$C$2");
  });

  it("renaming the table and a column (TableColumn.name or a value written over the header)", async () => {
    const excel = createExcelDouble(workbook());
    await excel.run(async (context) => {
      const table = context.workbook.tables.getItem("CRMPyramid_Customers");
      table.name = "Customers2025";
      table.columns.getItem("Revenue").name = "Sales";
      await context.sync();
    });
    let { values, formulas } = await finance(excel);
    expect(formulas[3]).toBe("=SUM(Customers2025[Sales])");
    expect(values[3]).toBe(2200);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("CRM Summary").getRange("B6").values = [["Net sales"]];
      await context.sync();
    });
    ({ values, formulas } = await finance(excel));
    expect([formulas[3], values[3]]).toEqual(["=SUM(Customers2025[Net sales])", 2200]);
    expect(excel.snapshot().names![1].formula).toBe("=Customers2025[Net sales]");
  });

  it("Table.convertToRange turns structured references into A1 references", async () => {
    const excel = createExcelDouble(workbook());
    await excel.run(async (context) => {
      const summary = context.workbook.worksheets.getItem("CRM Summary");
      summary.getRange("E6").formulas = [["=SUM(CRMPyramid_Customers[[#All],[Revenue]])"]];
      await context.sync();
      context.workbook.tables.getItem("CRMPyramid_Customers").convertToRange();
      await context.sync();
    });
    const { values, formulas } = await finance(excel);
    expect([formulas[3], values[3]]).toEqual(["=SUM('CRM Summary'!$B$7:$B$9)", 2200]);
    const summary = excel.snapshot().sheets[0];
    expect(summary.formulas![5][4]).toBe("=SUM($B$6:$B$9)");
    expect(excel.snapshot().names![1].formula).toBe("='CRM Summary'!$B$7:$B$9");
  });

  it("a rejected batch puts rewritten formulas back", async () => {
    const excel = createExcelDouble(workbook(), { limits: { payloadLimitBytes: 2_000 } });
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("CRM Summary").delete();
      // The response is too big: nothing of this batch is applied.
      context.workbook.worksheets.getItem("Finance").getRange("A1:Z40").load("values");
      await expect(context.sync()).rejects.toMatchObject({
        code: "ResponsePayloadSizeLimitExceeded",
      });
    });
    const { formulas } = await finance(excel);
    expect(formulas[1]).toBe("='CRM Summary'!C2");
  });
});
