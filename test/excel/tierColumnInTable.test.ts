/**
 * The Tier column of a table source: the table grows over the empty column on its right
 * (Table.resize, ExcelApi 1.13), so the user's cells right of the table stay where they are and
 * Excel on the web's OperationCellsExceedLimit cannot happen. TableColumnCollection.add, which
 * shifts those cells, is the fallback (below 1.13, or when that column is not empty).
 */
import { rowLabels } from "../../src/engine";
import {
  type CellValue,
  createExcelDouble,
  type ExcelDoubleOptions,
  type WorkbookJson,
} from "../../src/double";
import { createExcelGateway } from "../../src/excel";
import { excelApiLevel } from "../../src/excel/excelRun";
import { loadOwned } from "../../src/excel/ownedRanges";
import { planTierColumn } from "../../src/excel/tierColumnWriter";
import { HEADER, salesRows, setupFor, tier } from "./helpers";

const REF = { kind: "table" as const, tableName: "Sales" };

/** The table Sales over A1:C(n+1) on Data, with `notes` (row, column, value) of the user's. */
function book(n: number, notes: [number, number, string][] = []): WorkbookJson {
  const values: CellValue[][] = [[...HEADER], ...salesRows(n, Math.ceil(n / 2))];
  for (const [row, col, note] of notes) {
    const line = values[row];
    while (line.length < col) line.push("");
    line[col] = note;
  }
  return {
    sheets: [{ name: "Data", values }],
    tables: [{ name: "Sales", sheet: "Data", address: `A1:C${n + 1}` }],
  };
}

async function applyTo(excel: ReturnType<typeof createExcelDouble>) {
  const gateway = createExcelGateway(excel.run, excel.requirements);
  const setup = setupFor(REF);
  const data = await gateway.readSource(REF);
  const result = tier(data, setup);
  return { outcome: await gateway.applyResult(setup, data, result), result };
}

function cellAt(excel: ReturnType<typeof createExcelDouble>, row: number, col: number) {
  return excel.snapshot().sheets[0].values?.[row]?.[col] ?? "";
}

describe("the Tier column of a table", () => {
  it("grows the table over the empty column D: the user's note in E3 stays in E3", async () => {
    const excel = createExcelDouble(book(6, [[2, 4, "call back"]]));
    const { outcome, result } = await applyTo(excel);
    expect(outcome).toMatchObject({ ok: true, tierColumnAddress: "Data!D1:D7" });
    expect(excel.snapshot().tables?.[0].address).toBe("A1:D7");
    expect(cellAt(excel, 0, 3)).toBe("Tier");
    expect(
      excel
        .snapshot()
        .sheets[0].values!.slice(1)
        .map((r) => r[3])
    ).toEqual(rowLabels(result));
    expect(cellAt(excel, 2, 4)).toBe("call back");
    expect(cellAt(excel, 2, 5)).toBe("");
  });

  it("on Excel on the web, 3,000 rows with a note far right: written, no OperationCellsExceedLimit", async () => {
    const options: ExcelDoubleOptions = { platform: "web" };
    const excel = createExcelDouble(book(3000, [[5, 25, "far right"]]), options);
    const { outcome } = await applyTo(excel);
    expect(outcome).toMatchObject({ ok: true, tierColumnAddress: "Data!D1:D3001" });
    expect(cellAt(excel, 5, 25)).toBe("far right");
    expect(excel.snapshot().tables?.[0].address).toBe("A1:D3001");
  });

  it("a re-run keeps the same column and still moves nothing", async () => {
    const excel = createExcelDouble(book(6, [[2, 4, "call back"]]));
    await applyTo(excel);
    const { outcome } = await applyTo(excel);
    expect(outcome).toMatchObject({ ok: true, tierColumnAddress: "Data!D1:D7" });
    expect(excel.snapshot().tables?.[0].address).toBe("A1:D7");
    expect(cellAt(excel, 2, 4)).toBe("call back");
  });

  it("below ExcelApi 1.13 (no Table.resize) a table column is inserted: the note moves to F3", async () => {
    const excel = createExcelDouble(book(6, [[2, 4, "call back"]]), { maxExcelApi: "1.12" });
    const { outcome } = await applyTo(excel);
    expect(outcome).toMatchObject({ ok: true, tierColumnAddress: "Data!D1:D7" });
    expect(excel.snapshot().tables?.[0].address).toBe("A1:D7");
    expect(cellAt(excel, 2, 5)).toBe("call back");
  });

  it("column D holding a value of the user's: a table column is inserted and D3 moves to E3", async () => {
    const excel = createExcelDouble(book(6, [[2, 3, "mine"]]));
    const { outcome } = await applyTo(excel);
    expect(outcome).toMatchObject({ ok: true, tierColumnAddress: "Data!D1:D7" });
    expect(cellAt(excel, 2, 3)).not.toBe("mine");
    expect(cellAt(excel, 2, 4)).toBe("mine");
  });

  it("the plan says how the column is made and, when inserting, which cells of the user's move", async () => {
    const plans: unknown[] = [];
    for (const [notes, fill] of [
      [[], false],
      [[[2, 3, "mine"] as [number, number, string]], false],
      [[], true],
    ] as const) {
      const excel = createExcelDouble(book(6, [...notes]));
      if (fill)
        await excel.run(async (context) => {
          const d5 = context.workbook.worksheets.getItem("Data").getRange("D5");
          d5.numberFormat = [["0.00"]];
          await context.sync();
        });
      const gateway = createExcelGateway(excel.run, excel.requirements);
      const data = await gateway.readSource(REF);
      const setup = setupFor(REF);
      const planned = await excel.run(async (context) =>
        planTierColumn({
          context,
          api: excelApiLevel(excel.requirements),
          setup,
          data,
          result: tier(data, setup),
          owned: await loadOwned(context),
          print: undefined,
          overwrite: false,
        })
      );
      plans.push(planned.ok ? planned.plan.addToTable : planned);
    }
    expect(plans).toEqual([
      {
        table: "Sales",
        by: "resize",
        range: { sheet: "Data", row: 0, col: 0, rowCount: 7, colCount: 4 },
      },
      { table: "Sales", by: "add", shifts: "Data!D3" },
      { table: "Sales", by: "add", shifts: "Data!D5" },
    ]);
  });
});
