import { createExcelDouble } from "../double";
import { createExcelGateway, SETUP_KEY } from "../../src/excel";
import { setupFor } from "./helpers";

describe("the saved set-up", () => {
  it("round-trips through workbook settings as versioned JSON", async () => {
    const excel = createExcelDouble();
    const gateway = createExcelGateway(excel.run, excel.requirements);
    expect(await gateway.loadSetup()).toBeNull();
    expect(await gateway.inspectSetup()).toEqual({ status: "none" });
    const setup = setupFor({ kind: "table", tableName: "Sales" });
    await gateway.saveSetup(setup);
    const stored = excel.snapshot().settings![SETUP_KEY];
    expect(typeof stored).toBe("string");
    expect(JSON.parse(stored as string)).toMatchObject({ version: 1 });
    const fresh = createExcelGateway(createExcelDouble(excel.snapshot()).run, excel.requirements);
    expect(await fresh.loadSetup()).toEqual(setup);
  });

  it.each([
    ["not JSON", "{oops"],
    ["wrong version", JSON.stringify({ version: 7 })],
    ["no source", JSON.stringify({ version: 1, tiering: {}, output: {} })],
  ])("a damaged value (%s) is tolerated and reported", async (_why, value) => {
    const excel = createExcelDouble({ sheets: [{ name: "S" }], settings: { [SETUP_KEY]: value } });
    const gateway = createExcelGateway(excel.run, excel.requirements);
    expect(await gateway.loadSetup()).toBeNull();
    const status = await gateway.inspectSetup();
    expect(status.status).toBe("corrupt");
    expect(status.status === "corrupt" && status.message).toMatch(/damaged/);
  });
});
