import { createExcelDouble } from "../../src/double";

const summary = {
  sheets: [
    {
      name: "CRM Summary",
      values: [
        ["Tier", "Revenue", "Cumulative share"],
        ["VIP", 500, 0.5],
        ["Large", 300, 0.8],
        ["Medium", 150, 0.95],
        ["Small", 50, 1],
      ],
    },
  ],
};

describe("charts", () => {
  it("creates a chart with series from the source columns, titled and positioned", async () => {
    const excel = createExcelDouble(summary);
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("CRM Summary");
      const chart = sheet.charts.add("ColumnClustered", sheet.getRange("A1:C5"), "Columns");
      chart.name = "Pareto";
      chart.title.text = "Revenue by tier";
      chart.axes.categoryAxis.title.text = "Tier";
      chart.axes.valueAxis.title.text = "Revenue";
      const cumulative = chart.series.getItemAt(1);
      cumulative.chartType = "Line";
      cumulative.axisGroup = "Secondary";
      chart.axes.getItem("Value", "Secondary").title.text = "Cumulative %";
      chart.legend.visible = false;
      chart.dataLabels.showValue = true;
      chart.setPosition("E2", "L20");
      const series = chart.series.load("items/name, count");
      await context.sync();
      expect(series.items.map((s) => s.name)).toEqual(["Revenue", "Cumulative share"]);
    });
    const [chart] = excel.snapshot().charts!;
    expect(chart).toMatchObject({
      name: "Pareto",
      sheet: "CRM Summary",
      chartType: "ColumnClustered",
      source: "'CRM Summary'!$A$1:$C$5",
      title: "Revenue by tier",
      legendVisible: false,
      dataLabelsShowValue: true,
      axes: {
        category: { title: "Tier" },
        value: { title: "Revenue" },
        secondaryValue: { title: "Cumulative %" },
      },
      position: { startCell: "E2", endCell: "L20" },
    });
    expect(chart.series[0]).toMatchObject({
      name: "Revenue",
      values: "'CRM Summary'!$B$2:$B$5",
      xValues: "'CRM Summary'!$A$2:$A$5",
      resolvedValues: [500, 300, 150, 50],
      resolvedXValues: ["VIP", "Large", "Medium", "Small"],
    });
    expect(chart.series[1]).toMatchObject({ chartType: "Line", axisGroup: "Secondary" });
  });

  it("adds series by hand with setValues / setXAxisValues and colours points", async () => {
    const excel = createExcelDouble(summary);
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("CRM Summary");
      const chart = sheet.charts.add("BarStacked", sheet.getRange("B1:B5"), "Columns");
      const padding = chart.series.add("Padding", 0);
      padding.setValues(sheet.getRange("C2:C5"));
      padding.setXAxisValues(sheet.getRange("A2:A5"));
      padding.format.fill.clear();
      chart.series.getItemAt(1).points.getItemAt(0).format.fill.setSolidColor("#1F4E79");
      chart.series.getItemAt(1).gapWidth = 10;
      chart.axes.categoryAxis.reversePlotOrder = true;
    });
    const [chart] = excel.snapshot().charts!;
    expect(chart.series.map((s) => s.name)).toEqual(["Padding", "Revenue"]);
    expect(chart.series[0]).toMatchObject({ values: "'CRM Summary'!$C$2:$C$5", fillColor: null });
    expect(chart.series[1]).toMatchObject({ gapWidth: 10, pointColors: { "0": "#1F4E79" } });
    expect(chart.axes!.category).toMatchObject({ reversePlotOrder: true });
  });

  it("rejects unknown chart types and a secondary axis without secondary series", async () => {
    const excel = createExcelDouble(summary);
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("CRM Summary");
      sheet.charts.add("Pyramid3D" as Excel.ChartType, sheet.getRange("A1:B5"));
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
      const chart = sheet.charts.add("Line", sheet.getRange("A1:B5"));
      chart.axes.getItem("Value", "Secondary").title.text = "x";
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
  });

  it("gates newer chart types and series APIs behind the host's ExcelApi version", async () => {
    const excel = createExcelDouble(summary, { maxExcelApi: "1.6" });
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("CRM Summary");
      sheet.charts.add("Pareto", sheet.getRange("A1:B5"));
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
      const chart = sheet.charts.add("ColumnClustered", sheet.getRange("A1:B5"));
      chart.series.getItemAt(0).axisGroup = "Secondary";
      await expect(context.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
    });
    expect(excel.requirements.isSetSupported("ExcelApi", "1.6")).toBe(true);
    expect(excel.requirements.isSetSupported("ExcelApi", "1.7")).toBe(false);
  });

  it("lists, finds and deletes charts", async () => {
    const excel = createExcelDouble(summary);
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("CRM Summary");
      sheet.charts.add("Pie", sheet.getRange("A1:B5")).name = "Share";
      await context.sync();
      const found = sheet.charts.getItemOrNullObject("Share");
      const missing = sheet.charts.getItemOrNullObject("Nope");
      const list = sheet.charts.load("items/name, items/chartType");
      await context.sync();
      expect(found.isNullObject).toBe(false);
      expect(missing.isNullObject).toBe(true);
      expect(list.items.map((c) => [c.name, c.chartType])).toEqual([["Share", "Pie"]]);
      found.delete();
    });
    expect(excel.snapshot().charts).toEqual([]);
  });
  it("addresses listed charts by id, reaches the chart's worksheet and lists a series' points", async () => {
    const excel = createExcelDouble(summary);
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("CRM Summary");
      sheet.charts.add("Line", sheet.getRange("A1:B5")).name = "First";
      sheet.charts.add("Pie", sheet.getRange("A1:B5")).name = "Second";
      const list = sheet.charts.load("items/name");
      await context.sync();
      // Microsoft's client addresses each listed chart by the _Id the host gave it (the chart id),
      // so an item stays the same chart after another one is deleted.
      list.items[0].delete();
      list.items[1].title.text = "Still the second";
      const sheetOfChart = list.items[1].worksheet.load("name");
      const points = list.items[1].series.getItemAt(0).points.load("count");
      await context.sync();
      expect(sheetOfChart.name).toBe("CRM Summary");
      expect(points.count).toBe(4);
      list.items[1].series.getItemAt(0).points.getItemAt(4).format.fill.setSolidColor("red");
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    });
    const charts = excel.snapshot().charts!;
    expect(charts.map((c) => [c.name, c.title])).toEqual([["Second", "Still the second"]]);
  });
});
