/**
 * Text written as typed values (Range.valuesAsJson, ExcelApi 1.16) where Excel supports it, and as
 * "@" then Range.values below it (safeCellText.ts). Either way a customer's name comes back exactly
 * as the user wrote it, a leading tab or line break included, and never as a formula.
 */
import { createExcelDouble, type ExcelDouble, type WorkbookJson } from "../../src/double";
import { createExcelGateway } from "../../src/excel";
import { setupFor, tier } from "./helpers";

const NAMES = ["\tTabbed Ltd", "\nLine Co", '=HYPERLINK("http://x","y")', "  Spaced  ", "2024"];
const REF = { kind: "range" as const, address: "Sales!A1:C11" };

/** Two rows per customer (so the customers sheet is written), names in column C. */
function salesBook(): WorkbookJson {
  const rows = NAMES.flatMap((name, i) => [
    [`C${i + 1}`, 100 * (i + 1), name],
    [`C${i + 1}`, 10, name],
  ]);
  return { sheets: [{ name: "Sales", values: [["Customer", "Revenue", "Name"], ...rows] }] };
}

async function run(excel: ExcelDouble, labels?: string[]) {
  // Names are typed in by the user as text: load them into Text cells.
  await excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem("Sales").getRange("C2:C11");
    range.numberFormat = NAMES.flatMap(() => [["@"], ["@"]]);
    range.values = NAMES.flatMap((n) => [[n], [n]]);
    await context.sync();
  });
  const gateway = createExcelGateway(excel.run, excel.requirements);
  const setup = setupFor(REF, {
    tiering: {
      mapping: { customer: 0, revenue: 1, name: 2 },
      scheme: labels
        ? {
            kind: "pyramid",
            tiers: labels.map((label, i) => ({ key: `t${i}`, label, share: 1 / labels.length })),
          }
        : setupFor(REF).tiering.scheme,
    },
  });
  const data = await gateway.readSource(REF);
  return gateway.applyResult(setup, data, tier(data, setup));
}

function customers(excel: ExcelDouble) {
  return excel.snapshot().sheets.find((s) => s.name === "CRM Customers")!;
}

function allFormulas(excel: ExcelDouble) {
  return excel
    .snapshot()
    .sheets.flatMap((s) => (s.formulas ?? []).flat().filter((f) => f !== null && f !== undefined));
}

describe.each([
  ["ExcelApi 1.16 (typed values)", "1.16"],
  ['ExcelApi 1.15 ("@" then values)', "1.15"],
])("customer names on %s", (_what, maxExcelApi) => {
  it("come back exactly: leading tab, line break, spaces, '=' and digits kept, no formula", async () => {
    const excel = createExcelDouble(salesBook(), { maxExcelApi });
    expect(await run(excel)).toMatchObject({ ok: true });
    const names = customers(excel)
      .values!.slice(1)
      .map((r) => r[1]);
    expect(new Set(names)).toEqual(new Set(NAMES));
    expect(allFormulas(excel)).toEqual([]);
  });
});

describe("with typed values (ExcelApi 1.16)", () => {
  it("text cells are not set to Text: the customers sheet's name cells keep General", async () => {
    const excel = createExcelDouble(salesBook(), { maxExcelApi: "1.16" });
    await run(excel);
    const formats = customers(excel).numberFormats ?? [];
    expect(formats.slice(1).map((r) => r?.[1] ?? "General")).toEqual(NAMES.map(() => "General"));
  });

  it("a tier label 2024 goes into a column the user formatted 0.00 without asking, as text, format kept", async () => {
    const excel = createExcelDouble(salesBook(), { maxExcelApi: "1.16" });
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sales").getRange("D5").numberFormat = [["0.00"]];
      await context.sync();
    });
    expect(await run(excel, ["2024", "Rest"])).toMatchObject({ ok: true });
    const sales = excel.snapshot().sheets.find((s) => s.name === "Sales")!;
    const labels = sales.values!.slice(1).map((r) => r[3]);
    expect(new Set(labels)).toEqual(new Set(["2024", "Rest"]));
    expect(sales.numberFormats?.[4]?.[3]).toBe("0.00");
  });

  it("is used only where the host has 1.16: at 1.15 (where valuesAsJson would fail) the names go into Text cells", async () => {
    const excel = createExcelDouble(salesBook(), { maxExcelApi: "1.15" });
    expect(await run(excel)).toMatchObject({ ok: true });
    const formats = customers(excel).numberFormats ?? [];
    expect(formats.slice(1).map((r) => r?.[1])).toEqual(NAMES.map(() => "@"));
  });
});
