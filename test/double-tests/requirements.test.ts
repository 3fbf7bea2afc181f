import { createExcelDouble, createRequirements, installOfficeRequirements } from "../../src/double";

describe("requirements stub", () => {
  it("answers isSetSupported like Office: true up to the configured version", () => {
    const requirements = createRequirements({ ExcelApi: "1.8", DialogApi: "1.2" });
    expect(requirements.isSetSupported("ExcelApi")).toBe(true);
    expect(requirements.isSetSupported("ExcelApi", "1.8")).toBe(true);
    expect(requirements.isSetSupported("excelapi", 1.7)).toBe(true);
    expect(requirements.isSetSupported("ExcelApi", "1.9")).toBe(false);
    expect(requirements.isSetSupported("ExcelApi", "1.10")).toBe(false);
    expect(requirements.isSetSupported("SharedRuntime", "1.1")).toBe(false);
  });

  it("installs Office.context.requirements and restores the global afterwards", () => {
    const target: Record<string, any> = {};
    const uninstall = installOfficeRequirements(createRequirements({ ExcelApi: "1.4" }), target);
    expect(target.Office.context.requirements.isSetSupported("ExcelApi", "1.4")).toBe(true);
    uninstall();
    expect(target.Office).toBeUndefined();
  });

  it("the double's requirements agree with the API level it enforces", async () => {
    const excel = createExcelDouble(
      { sheets: [{ name: "S", values: [[1]] }] },
      { maxExcelApi: "1.3" }
    );
    expect(excel.requirements.isSetSupported("ExcelApi", "1.4")).toBe(false);
    await expect(
      excel.run(async (context) => {
        context.workbook.settings.add("k", 1);
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});
