/**
 * Output names in the output language, decided at the first Apply and kept: a later Apply in the
 * other language, or the ribbon's Refresh tiers, never renames a sheet or adds a second tier column.
 */
import { createExcelDouble, type WorkbookJson } from "../../src/double";
import { createExcelGateway } from "../../src/excel";
import { refreshTiers } from "../../src/commands/refreshTiers";
import { runTiering } from "../../src/engine";
import type { OutputLanguage, RunSetup, SourceRef } from "../../src/excel/runSetup";
import { SETUP_KEY } from "../../src/excel/setupStore";
import { HEADER, salesRows, setupFor, tier } from "./helpers";

const RANGE: SourceRef = { kind: "range", address: "Sales!A1:C21" };
const TABLE: SourceRef = { kind: "table", tableName: "SalesTable" };

function book(table = false): WorkbookJson {
  return {
    sheets: [{ name: "Sales", values: [HEADER, ...salesRows(20, 10)] }],
    ...(table ? { tables: [{ name: "SalesTable", sheet: "Sales", address: "A1:C21" }] } : {}),
  };
}

async function apply(
  excel: ReturnType<typeof createExcelDouble>,
  ref: SourceRef,
  language: OutputLanguage,
  output: Partial<RunSetup["output"]> = {}
) {
  const gateway = createExcelGateway(excel.run, excel.requirements);
  const base = setupFor(ref);
  const setup = { ...base, output: { ...base.output, language, ...output } };
  const data = await gateway.readSource(ref);
  return gateway.applyResult(setup, data, tier(data, setup));
}

const sheetNames = (excel: ReturnType<typeof createExcelDouble>) =>
  excel.snapshot().sheets.map((s) => s.name);
const header = (excel: ReturnType<typeof createExcelDouble>) =>
  excel.snapshot().sheets.find((s) => s.name === "Sales")!.values![0];
function savedOutput(excel: ReturnType<typeof createExcelDouble>) {
  const raw = excel.snapshot().settings?.[SETUP_KEY];
  return (JSON.parse(String(raw)) as RunSetup).output;
}

describe("output names", () => {
  it("a first Apply in Chinese names the sheets and the tier column in Chinese and saves them", async () => {
    const excel = createExcelDouble(book());
    expect(await apply(excel, RANGE, "zh-CN")).toMatchObject({
      ok: true,
      summarySheetName: "CRM 汇总",
      customersSheetName: "CRM 客户明细",
    });
    expect(sheetNames(excel)).toEqual(["Sales", "CRM 汇总", "CRM 客户明细"]);
    expect(header(excel)).toEqual([...HEADER, "客户层级"]);
    expect(savedOutput(excel)).toMatchObject({
      tierColumnName: "客户层级",
      summarySheetName: "CRM 汇总",
      customersSheetName: "CRM 客户明细",
    });
  });

  it("a later Apply in English and a Refresh keep the Chinese names (range source)", async () => {
    const excel = createExcelDouble(book());
    await apply(excel, RANGE, "zh-CN");
    expect(await apply(excel, RANGE, "en-US")).toMatchObject({
      ok: true,
      summarySheetName: "CRM 汇总",
    });
    expect(sheetNames(excel)).toEqual(["Sales", "CRM 汇总", "CRM 客户明细"]);
    expect(header(excel)).toEqual([...HEADER, "客户层级"]);
    const outcome = await refreshTiers({
      gateway: createExcelGateway(excel.run, excel.requirements),
      runEngine: runTiering,
      notify: () => undefined,
      showPane: () => Promise.reject(new Error("the pane must not open")),
    });
    expect(outcome).toMatchObject({ status: "done" });
    expect(sheetNames(excel)).toEqual(["Sales", "CRM 汇总", "CRM 客户明细"]);
    expect(header(excel)).toEqual([...HEADER, "客户层级"]);
  });

  it("a table source gets one tier column, whatever the language of the next run", async () => {
    const excel = createExcelDouble(book(true));
    expect((await apply(excel, TABLE, "en-US")).ok).toBe(true);
    expect((await apply(excel, TABLE, "zh-CN")).ok).toBe(true);
    expect(header(excel)).toEqual([...HEADER, "Tier"]);
    expect(excel.snapshot().tables?.find((t) => t.name === "SalesTable")?.address).toMatch(/D21$/);
    expect(sheetNames(excel)).toEqual(["Sales", "CRM Summary", "CRM Customers"]);
  });

  it("a name the user typed is used as given, in any language", async () => {
    const excel = createExcelDouble(book());
    const typed = { summarySheetName: "Tiers 2024", tierColumnName: "Segment" };
    expect(await apply(excel, RANGE, "zh-CN", typed)).toMatchObject({
      ok: true,
      summarySheetName: "Tiers 2024",
    });
    expect(header(excel)).toEqual([...HEADER, "Segment"]);
    expect(sheetNames(excel)).toEqual(["Sales", "Tiers 2024", "CRM 客户明细"]);
  });
});
