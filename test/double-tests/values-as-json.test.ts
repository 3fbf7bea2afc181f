/** Range.valuesAsJson (ExcelApi 1.16): typed values are stored as given, never parsed (cell-input.ts). */
import { createExcelDouble } from "../../src/double";

const TEXTS = [
  '=HYPERLINK("http://x","y")',
  "+cmd",
  "-2+3",
  "@SUM(A1)",
  "\tTabbed",
  "\nLine",
  "00123",
  "TRUE",
];

describe("Range.valuesAsJson", () => {
  it("writes String values exactly, in General cells: no formula, number or boolean", async () => {
    const excel = createExcelDouble({ sheets: [{ name: "S" }] });
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("S").getRange(`A1:A${TEXTS.length}`);
      range.valuesAsJson = TEXTS.map(
        (t) => [{ type: "String", basicValue: t }] as Excel.CellValue[]
      );
      await context.sync();
    });
    const sheet = excel.snapshot().sheets[0];
    expect(sheet.values!.map((r) => r[0])).toEqual(TEXTS);
    expect((sheet.formulas ?? []).flat().filter((f) => f !== null && f !== undefined)).toEqual([]);
    expect((sheet.numberFormats ?? []).flat().filter((f) => f !== null && f !== "General")).toEqual(
      []
    );
  });

  it("the same strings through Range.values become formulas, numbers and booleans", async () => {
    const excel = createExcelDouble({ sheets: [{ name: "S" }] });
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("S").getRange(`A1:A${TEXTS.length}`);
      range.values = TEXTS.map((t) => [t]);
      await context.sync();
    });
    const values = excel.snapshot().sheets[0].values!.map((r) => r[0]);
    expect(values[6]).toBe(123);
    expect(values[7]).toBe(true);
    expect(excel.snapshot().sheets[0].formulas?.[0]?.[0]).toBe('=HYPERLINK("http://x","y")');
  });

  it("writes Double, Boolean and Empty values, and reads every cell back typed", async () => {
    const excel = createExcelDouble({ sheets: [{ name: "S", values: [["x", "y", "z", "w"]] }] });
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("S").getRange("A1:D1");
      range.valuesAsJson = [
        [
          { type: "Double", basicValue: 1.5 },
          { type: "Boolean", basicValue: false },
          { type: "Empty" },
          { type: "String", basicValue: "=1+1" },
        ] as Excel.CellValue[],
      ];
      // valuesAsJson is a property (2-D array), not a navigation property as the rule thinks.
      // eslint-disable-next-line office-addins/no-navigational-load
      const back = range.load("valuesAsJson, values");
      await context.sync();
      expect(back.values).toEqual([[1.5, false, "", "=1+1"]]);
      expect(back.valuesAsJson[0].map((v) => v.type)).toEqual([
        "Double",
        "Boolean",
        "Empty",
        "String",
      ]);
      expect(back.valuesAsJson[0][3]).toMatchObject({ basicValue: "=1+1", basicType: "String" });
    });
  });

  it("a value without a type fails the sync and writes nothing of the range", async () => {
    const excel = createExcelDouble({ sheets: [{ name: "S", values: [["keep", "me"]] }] });
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("S").getRange("A1:B1").valuesAsJson = [
          [
            { type: "String", basicValue: "new" },
            { basicValue: "x" } as unknown as Excel.CellValue,
          ],
        ];
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "GeneralException" });
    expect(excel.snapshot().sheets[0].values).toEqual([["keep", "me"]]);
  });

  it("needs ExcelApi 1.16: below it the write fails with ApiNotFound and the stub says 1.16 is missing", async () => {
    const excel = createExcelDouble({ sheets: [{ name: "S" }] }, { maxExcelApi: "1.15" });
    expect(excel.requirements.isSetSupported("ExcelApi", "1.16")).toBe(false);
    expect(excel.requirements.isSetSupported("ExcelApi", "1.15")).toBe(true);
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("S").getRange("A1").valuesAsJson = [
          [{ type: "String", basicValue: "x" }],
        ];
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ApiNotFound" });
    expect(
      createExcelDouble(undefined, { maxExcelApi: "1.16" }).requirements.isSetSupported(
        "ExcelApi",
        "1.16"
      )
    ).toBe(true);
  });
});
