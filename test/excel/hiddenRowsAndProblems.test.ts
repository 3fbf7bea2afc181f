import { rowLabel } from "../../src/engine";
import { createExcelDouble } from "../../src/double";
import { createExcelGateway } from "../../src/excel";
import { HEADER, setupFor, tier } from "./helpers";

const ROWS = [
  ["A", 100, 10],
  ["B", "#N/A", 10],
  ["C", 300, 10],
  ["D", "abc", 10],
  ["E", 500, 10],
  ["F", 50, 10],
];

function workbook(hiddenRows: number[] = []) {
  // The source starts at C3 on a sheet whose name needs quotes.
  return {
    sheets: [
      {
        name: "Q1 Sales",
        values: [[], [], ["", "", ...HEADER], ...ROWS.map((r) => ["", "", ...r])],
        hiddenRows,
      },
    ],
    selection: "'Q1 Sales'!D5",
  };
}

describe("hidden rows and problem cells", () => {
  it("problem cells get their sheet addresses", async () => {
    const excel = createExcelDouble(workbook());
    const gateway = createExcelGateway(excel.run, excel.requirements);
    const info = await gateway.describeSelection();
    expect(info.address).toBe("'Q1 Sales'!C3:E9");
    const data = await gateway.readSource(info.ref);
    const setup = setupFor(info.ref);
    const result = tier(data, setup);
    const problems = gateway.problemCells(data, result);
    expect(problems.map((p) => [p.address, p.value])).toEqual([
      ["'Q1 Sales'!D5", "#N/A"],
      ["'Q1 Sales'!D7", "abc"],
    ]);
    const outcome = await gateway.applyResult(setup, data, result);
    expect(outcome.ok && outcome.problems).toEqual(problems);
    const summary = excel.snapshot().sheets.find((s) => s.name === "CRM Summary")!;
    const flat = summary.values!.flat();
    expect(flat).toEqual(expect.arrayContaining(["'Q1 Sales'!D5", "'Q1 Sales'!D7", "#N/A"]));
  });

  it("hidden rows are included by default and skipped when asked", async () => {
    // Sheet rows 6 and 9 (0-based 5 and 8: customers C and F) are hidden.
    const excel = createExcelDouble(workbook([5, 8]));
    const gateway = createExcelGateway(excel.run, excel.requirements);
    const ref = { kind: "range" as const, address: "'Q1 Sales'!C3:E9" };
    expect((await gateway.readSource(ref)).rows).toHaveLength(6);
    const data = await gateway.readSource(ref, { includeHiddenRows: false });
    expect(data.rows.map((r) => r[0])).toEqual(["A", "B", "D", "E"]);
    expect(data.rowNumbers).toEqual([3, 4, 6, 7]);
    const setup = setupFor(ref, { includeHiddenRows: false });
    const result = tier(data, setup);
    expect(gateway.problemCells(data, result).map((p) => p.value)).toEqual(["#N/A", "abc"]);
    expect(gateway.problemCells(data, result).map((p) => p.address)).toEqual([
      "'Q1 Sales'!D5",
      "'Q1 Sales'!D7",
    ]);
    const outcome = await gateway.applyResult(setup, data, result);
    expect(outcome.ok).toBe(true);
    const tiers = excel
      .snapshot()
      .sheets[0].values!.slice(3)
      .map((r) => r[5]);
    // Hidden rows (C, F) get no tier; the others get their customer's.
    expect(tiers[2]).toBe("");
    expect(tiers[5]).toBe("");
    expect(tiers[0]).toBe(rowLabel(result, 0));
    expect(tiers[4]).toBe(rowLabel(result, 3));
    expect(tiers[3]).toBe(rowLabel(result, 2));
  });
});
