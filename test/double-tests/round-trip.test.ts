import { createExcelDouble, type WorkbookJson } from "../../src/double";

describe("loadWorkbook / snapshot", () => {
  const workbook: WorkbookJson = {
    sheets: [
      {
        name: "Sales",
        visibility: "Visible",
        values: [
          ["Customer", "Revenue"],
          ["Acme", 1200],
          ["Total", 1200],
        ],
        numberFormats: [
          ["General", "General"],
          ["General", "#,##0"],
          ["General", "#,##0"],
        ],
        formulas: [
          [null, null],
          [null, null],
          [null, "=SUM(B2)"],
        ],
        fills: [
          ["#FFFF00", "#FFFF00"],
          [null, null],
          [null, null],
        ],
        hiddenRows: [1],
        columnWidths: { "0": 100 },
      },
      {
        name: "CRM Summary",
        visibility: "Visible",
        values: [["Tier"], ["VIP"]],
        numberFormats: [["General"], ["General"]],
      },
    ],
    activeSheet: "Sales",
    selection: "Sales!A1:B3",
    tables: [
      {
        name: "SalesTable",
        sheet: "Sales",
        address: "A1:B3",
        showHeaders: true,
        showTotals: false,
        style: "TableStyleMedium2",
      },
    ],
    names: [{ name: "CRM_Tier", formula: "='CRM Summary'!$A$1:$A$2", comment: "", visible: true }],
    charts: [
      {
        name: "Pyramid",
        sheet: "CRM Summary",
        chartType: "BarStacked",
        source: "'CRM Summary'!$A$1:$A$2",
        seriesBy: "Columns",
        title: "Customer pyramid",
        titleVisible: true,
        series: [
          {
            name: "Customers",
            values: "'CRM Summary'!$A$2",
            axisGroup: "Primary",
            pointColors: {},
          },
        ],
        axes: {
          category: { title: "", titleVisible: false, visible: true },
          value: { title: "", titleVisible: false, visible: true },
          secondaryValue: { title: "", titleVisible: false, visible: true },
        },
        legendVisible: true,
        legendPosition: "Right",
        dataLabelsShowValue: false,
        position: { top: 0, left: 0, width: 360, height: 216 },
      },
    ],
    settings: { "crm.setup": { scheme: "pyramid", rows: 3 } },
    customXmlParts: [{ id: "{part-1}", xml: "<a xmlns='urn:x'/>" }],
  };

  it("snapshot(loadWorkbook(x)) keeps everything the model holds", () => {
    const excel = createExcelDouble(workbook);
    const snap = excel.snapshot();
    expect(snap.sheets).toEqual(workbook.sheets);
    expect(snap.tables).toEqual(workbook.tables);
    expect(snap.names).toEqual(workbook.names);
    expect(snap.settings).toEqual(workbook.settings);
    expect(snap.customXmlParts).toEqual(workbook.customXmlParts);
    expect(snap.activeSheet).toBe("Sales");
    expect(snap.selection).toBe("Sales!A1:B3");
    const { resolvedValues, resolvedXValues, ...series } = snap.charts![0].series[0];
    expect(series).toEqual(workbook.charts![0].series[0]);
    expect(resolvedValues).toEqual(["VIP"]);
    expect(resolvedXValues).toBeUndefined();
    expect({ ...snap.charts![0], series: [] }).toEqual({ ...workbook.charts![0], series: [] });
  });

  it("a snapshot loads into a fresh double unchanged (idempotent)", () => {
    const first = createExcelDouble(workbook).snapshot();
    const second = createExcelDouble(first).snapshot();
    expect(second).toEqual(first);
  });

  it("loadWorkbook replaces the state and resets the sync log; select moves the selection", async () => {
    const excel = createExcelDouble();
    await excel.run(async (context) => {
      await context.sync();
    });
    excel.loadWorkbook(workbook);
    expect(excel.syncCount).toBe(0);
    excel.select("'CRM Summary'!A2");
    await excel.run(async (context) => {
      const selected = context.workbook.getSelectedRange().load("address, values");
      await context.sync();
      expect(selected.address).toBe("'CRM Summary'!A2");
      expect(selected.values).toEqual([["VIP"]]);
    });
  });

  it("snapshots are JSON: they survive JSON.stringify/parse", () => {
    const snap = createExcelDouble(workbook).snapshot();
    expect(JSON.parse(JSON.stringify(snap))).toEqual(JSON.parse(JSON.stringify(snap)));
    expect(() => JSON.stringify(snap)).not.toThrow();
  });
});
