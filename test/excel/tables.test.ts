import { rowLabel, rowLabels } from "../../src/engine";
import { createExcelDouble } from "../../src/double";
import { createExcelGateway } from "../../src/excel";
import { HEADER, salesRows, setupFor, tier } from "./helpers";

function tableWorkbook(rows = salesRows(30, 10)) {
  return {
    sheets: [{ name: "Data", values: [["Note"], [], [], [...HEADER], ...rows].map((r) => [...r]) }],
    tables: [{ name: "Sales", sheet: "Data", address: `A4:C${4 + rows.length}` }],
    selection: "Data!B10:C12",
  };
}

describe("a table source", () => {
  it("a selection inside a table uses the whole table and adds a table column", async () => {
    const excel = createExcelDouble(tableWorkbook());
    const gateway = createExcelGateway(excel.run, excel.requirements);
    const info = await gateway.describeSelection();
    expect(info.ref).toEqual({ kind: "table", tableName: "Sales" });
    expect(info).toMatchObject({ address: "Data!A4:C34", rowCount: 30, columnCount: 3 });
    const data = await gateway.readSource(info.ref);
    const setup = setupFor(info.ref);
    const result = tier(data, setup);
    const outcome = await gateway.applyResult(setup, data, result);
    expect(outcome).toMatchObject({ ok: true, tierColumnAddress: "Data!D4:D34" });
    const snap = excel.snapshot();
    expect(snap.tables?.find((t) => t.name === "Sales")?.address).toBe("A4:D34");
    const values = snap.sheets[0].values!;
    expect(values[3]).toEqual([...HEADER, "Tier"]);
    expect(values.slice(4).map((r) => r[3])).toEqual(rowLabels(result));
    expect(values[0][0]).toBe("Note");
  });

  it("re-describing the table leaves out the add-in's own tier column, and new rows are picked up", async () => {
    const excel = createExcelDouble(tableWorkbook());
    const gateway = createExcelGateway(excel.run, excel.requirements);
    const ref = { kind: "table" as const, tableName: "Sales" };
    const setup = setupFor(ref);
    const data = await gateway.readSource(ref);
    await gateway.applyResult(setup, data, tier(data, setup));
    // A user adds two rows to the table.
    await excel.run(async (context) => {
      context.workbook.tables.getItem("Sales").rows.add(undefined, [
        ["NEW1", 999999, 1, ""],
        ["NEW2", 5, 1, ""],
      ]);
      await context.sync();
    });
    const again = await gateway.readSource(ref);
    expect(again.info).toMatchObject({ rowCount: 32, columnCount: 3, address: "Data!A4:C36" });
    const result = tier(again, setup);
    const outcome = await gateway.applyResult(setup, again, result);
    expect(outcome).toMatchObject({ ok: true, tierColumnAddress: "Data!D4:D36" });
    const snap = excel.snapshot();
    expect(snap.tables?.find((t) => t.name === "Sales")?.address).toBe("A4:D36");
    const values = snap.sheets[0].values!;
    expect(values[3]).toEqual([...HEADER, "Tier"]);
    expect(values[34]).toEqual(["NEW1", 999999, 1, rowLabel(result, 30)]);
    expect(values[4].length).toBe(4); // no second tier column
  });
});
