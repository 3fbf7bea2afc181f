import { createExcelDouble } from "../../src/double";
import { salesWorkbook } from "./fixtures";

describe("settings, named items and custom XML parts", () => {
  it("persists settings in the snapshot and reads them back in a new batch", async () => {
    const excel = createExcelDouble(salesWorkbook());
    const setup = { source: "SalesTable", scheme: "abc", outputs: { summary: "CRM Summary" } };
    await excel.run(async (context) => {
      context.workbook.settings.add("crmPyramid.setup", setup);
    });
    expect(excel.snapshot().settings).toEqual({ "crmPyramid.setup": setup });
    const colleague = createExcelDouble(excel.snapshot());
    await colleague.run(async (context) => {
      const setting = context.workbook.settings.getItem("crmPyramid.setup").load("value");
      const all = context.workbook.settings.load("items/key");
      await context.sync();
      expect(setting.value).toEqual(setup);
      expect(all.items.map((s) => s.key)).toEqual(["crmPyramid.setup"]);
      setting.delete();
    });
    expect(colleague.snapshot().settings).toEqual({});
  });

  it("adds a workbook-scoped name for a range and resolves it back", async () => {
    const excel = createExcelDouble(salesWorkbook());
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Q1 Sales");
      context.workbook.names.add(
        "CRM_TierColumn",
        sheet.getRange("D2:D40"),
        "owned by CRM Pyramid"
      );
      const item = context.workbook.names
        .getItem("crm_tiercolumn")
        .load("name, type, value, formula, comment");
      const range = context.workbook.names.getItem("CRM_TierColumn").getRange().load("address");
      await context.sync();
      expect(item.name).toBe("CRM_TierColumn");
      expect(item.type).toBe("Range");
      expect(item.value).toBe("'Q1 Sales'!$D$2:$D$40");
      expect(item.formula).toBe("='Q1 Sales'!$D$2:$D$40");
      expect(item.comment).toBe("owned by CRM Pyramid");
      expect(range.address).toBe("'Q1 Sales'!D2:D40");
    });
    expect(excel.snapshot().names).toEqual([
      {
        name: "CRM_TierColumn",
        formula: "='Q1 Sales'!$D$2:$D$40",
        comment: "owned by CRM Pyramid",
        visible: true,
      },
    ]);
  });

  it("follows sheet renames and turns into #REF! when the sheet goes", async () => {
    const excel = createExcelDouble({
      ...salesWorkbook(),
      names: [{ name: "Src", formula: "=Sales!$A$1:$C$4" }],
    });
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sales").name = "Sales 2025";
    });
    expect(excel.snapshot().names![0].formula).toBe("='Sales 2025'!$A$1:$C$4");
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sales 2025").delete();
    });
    // Excel keeps the cell part: "=#REF!$A$1:$C$4".
    expect(excel.snapshot().names![0].formula).toBe("=#REF!$A$1:$C$4");
  });

  it("rejects invalid and duplicate names", async () => {
    const excel = createExcelDouble(salesWorkbook());
    await excel.run(async (context) => {
      context.workbook.names.add("A1", "=Sales!$A$1");
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
      context.workbook.names.add("Total", "=42");
      context.workbook.names.add("TOTAL", "=43");
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    });
  });

  it("stores custom XML parts and finds them by namespace", async () => {
    const excel = createExcelDouble(salesWorkbook());
    const xml = '<setup xmlns="urn:crm-pyramid"><source>Sales!A1:C4</source></setup>';
    await excel.run(async (context) => {
      const part = context.workbook.customXmlParts.add(xml).load("id, namespaceUri");
      await context.sync();
      expect(part.namespaceUri).toBe("urn:crm-pyramid");
      const found = context.workbook.customXmlParts.getByNamespace("urn:crm-pyramid").getOnlyItem();
      const text = found.getXml();
      await context.sync();
      expect(text.value).toBe(xml);
    });
    expect(excel.snapshot().customXmlParts).toHaveLength(1);
  });

  it("getOnlyItemOrNullObject gives a null object for none or several parts", async () => {
    // learn.microsoft.com/javascript/api/excel/excel.customxmlpartscopedcollection: "If the
    // collection contains exactly one item, this method returns it. Otherwise, this method returns null."
    const excel = createExcelDouble({
      ...salesWorkbook(),
      customXmlParts: [
        { id: "{1}", xml: '<a xmlns="urn:two"/>' },
        { id: "{2}", xml: '<b xmlns="urn:two"/>' },
      ],
    });
    await excel.run(async (context) => {
      const parts = context.workbook.customXmlParts;
      const several = parts.getByNamespace("urn:two").getOnlyItemOrNullObject();
      const none = parts.getByNamespace("urn:none").getOnlyItemOrNullObject();
      await context.sync();
      expect([several.isNullObject, none.isNullObject]).toEqual([true, true]);
      parts.getByNamespace("urn:two").getOnlyItem().load("id");
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
    });
  });

  it("getXml's ClientResult is unreadable before sync", async () => {
    const excel = createExcelDouble({
      ...salesWorkbook(),
      customXmlParts: [{ id: "{1}", xml: "<a/>" }],
    });
    await excel.run(async (context) => {
      const result = context.workbook.customXmlParts.getItem("{1}").getXml();
      expect(() => result.value).toThrow(expect.objectContaining({ code: "ValueNotLoaded" }));
      await context.sync();
      expect(result.value).toBe("<a/>");
    });
  });
});

describe("worksheets", () => {
  it("adds, renames, reorders, activates and deletes sheets", async () => {
    const excel = createExcelDouble(salesWorkbook());
    await excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const summary = sheets.add("CRM Summary");
      summary.position = 0;
      summary.activate();
      const active = sheets.getActiveWorksheet().load("name, position");
      const all = sheets.load("items/name");
      await context.sync();
      expect(active.name).toBe("CRM Summary");
      expect(active.position).toBe(0);
      expect(all.items.map((s) => s.name)).toEqual(["CRM Summary", "Sales", "Q1 Sales"]);
      sheets.add("crm summary");
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
      sheets.add("bad/name");
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
      sheets.getItem("Q1 Sales").delete();
    });
    expect(excel.snapshot().sheets.map((s) => s.name)).toEqual(["CRM Summary", "Sales"]);
    expect(excel.snapshot().activeSheet).toBe("CRM Summary");
  });

  it("reports the used range, with and without formatting", async () => {
    const excel = createExcelDouble({
      sheets: [
        {
          name: "S",
          values: [
            ["", ""],
            ["", 1],
          ],
          fills: [[null, null], [null, null], [null, null], ["#FF0000"]],
        },
      ],
    });
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      const values = sheet.getUsedRange(true).load("address");
      const all = sheet.getUsedRange().load("address");
      await context.sync();
      expect(values.address).toBe("S!B2");
      expect(all.address).toBe("S!A2:B4");
    });
  });
  it("refuses to delete a very hidden sheet and counts visible sheets when asked", async () => {
    // learn.microsoft.com/javascript/api/excel/excel.worksheet#delete: a "VeryHidden" sheet's delete
    // fails with InvalidOperation; excel.worksheetcollection: visibleOnly skips hidden sheets.
    const excel = createExcelDouble(salesWorkbook());
    await excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.getItem("Sales").visibility = "VeryHidden";
      const all = sheets.getCount();
      const visible = sheets.getCount(true);
      const first = sheets.getFirst(true).load("name");
      await context.sync();
      expect([all.value, visible.value, first.name]).toEqual([2, 1, "Q1 Sales"]);
      sheets.getItem("Sales").delete();
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
      sheets.getItem("Sales").visibility = "Hidden";
      sheets.getItem("Sales").delete();
      await context.sync();
    });
    expect(excel.snapshot().sheets.map((s) => s.name)).toEqual(["Q1 Sales"]);
  });
});
