import { rowLabels } from "../../src/engine";
import { createExcelDouble } from "../../src/double";
import { createExcelGateway } from "../../src/excel";
import { HEADER, salesRows, setupFor, tier } from "./helpers";

describe("a range source", () => {
  it("a multi-cell selection is used as it is; the tier column goes right of it", async () => {
    const rows = salesRows(12, 6);
    const excel = createExcelDouble({
      sheets: [
        {
          name: "Q1 Sales",
          values: [[], [], ["", "", ...HEADER], ...rows.map((r) => ["", "", ...r])],
        },
      ],
      selection: "'Q1 Sales'!C3:E15",
    });
    const gateway = createExcelGateway(excel.run, excel.requirements);
    const info = await gateway.describeSelection();
    expect(info).toMatchObject({
      ref: { kind: "range", address: "'Q1 Sales'!C3:E15" },
      sheetName: "Q1 Sales",
      rowCount: 12,
      header: HEADER,
    });
    const data = await gateway.readSource(info.ref);
    expect(data.rows).toEqual(rows);
    const setup = setupFor(info.ref);
    const result = tier(data, setup);
    const outcome = await gateway.applyResult(setup, data, result);
    expect(outcome).toMatchObject({ ok: true, tierColumnAddress: "'Q1 Sales'!F3:F15" });
    const values = excel.snapshot().sheets[0].values!;
    expect(values.slice(2).map((r) => r[5])).toEqual(["Tier", ...rowLabels(result)]);
    // Labels Excel keeps as typed (letters only) leave the cells' own number format alone.
    expect(excel.snapshot().sheets[0].numberFormats?.[3]?.[5] ?? "General").toBe("General");
  });

  it("a region without a header row: every row is data, columns get generated names", async () => {
    const rows = salesRows(8, 8);
    const excel = createExcelDouble({ sheets: [{ name: "S", values: rows }], selection: "S!A2" });
    const gateway = createExcelGateway(excel.run, excel.requirements);
    const info = await gateway.describeSelection();
    expect(info).toMatchObject({
      hasHeader: false,
      rowCount: 8,
      header: ["Column A", "Column B", "Column C"],
    });
    const data = await gateway.readSource(info.ref);
    expect(data.rows).toHaveLength(8);
    const setup = setupFor(info.ref);
    const outcome = await gateway.applyResult(setup, data, tier(data, setup));
    expect(outcome).toMatchObject({ ok: true, tierColumnAddress: "S!D1:D8" });
  });
});
