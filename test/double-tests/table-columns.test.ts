/**
 * TableColumnCollection.add shifts the cells right of the table, and on Excel on the web fails with
 * OperationCellsExceedLimit above rows × (16,383 − columns) = 33,554,000 cells (table-operations.ts).
 */
import { createExcelDouble, type WorkbookJson } from "../../src/double";

/** A two-column table of `rows` rows (header included) on Sales, with `note` in D2 when given. */
function tableBook(rows: number, note?: string): WorkbookJson {
  const values: (string | number)[][] = [["Customer", "Revenue"]];
  for (let i = 1; i < rows; i++) values.push([`C${i}`, i]);
  if (note) values[1] = [...values[1], "", note];
  return {
    sheets: [{ name: "Sales", values }],
    tables: [{ name: "T", sheet: "Sales", address: `A1:B${rows}` }],
  };
}

async function addColumn(excel: ReturnType<typeof createExcelDouble>): Promise<unknown> {
  try {
    await excel.run(async (context) => {
      context.workbook.tables.getItem("T").columns.add(undefined, undefined, "Tier");
      await context.sync();
    });
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  }
}

describe("TableColumnCollection.add", () => {
  it("shifts the user's note right of the table one column to the right (values and formats)", async () => {
    const excel = createExcelDouble(tableBook(4, "my note"));
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sales").getRange("D2").numberFormat = [["0.00"]];
      await context.sync();
    });
    expect(await addColumn(excel)).toBeUndefined();
    const sales = excel.snapshot().sheets[0];
    expect(sales.values![0].slice(0, 3)).toEqual(["Customer", "Revenue", "Tier"]);
    expect(sales.values![1][3] ?? "").toBe("");
    expect(sales.values![1][4]).toBe("my note");
    expect(sales.numberFormats?.[1]?.[4]).toBe("0.00");
  });

  it("on the web: 2,049 rows × (16,383 − 2) cells with a note to the right fail with OperationCellsExceedLimit, nothing changed", async () => {
    const excel = createExcelDouble(tableBook(2049, "my note"), { platform: "web" });
    const before = excel.snapshot();
    expect(await addColumn(excel)).toBe("OperationCellsExceedLimit");
    expect(excel.snapshot()).toEqual(before);
  });

  it("on the web: 2,048 rows (33,548,288 cells) are under the limit", async () => {
    const excel = createExcelDouble(tableBook(2048, "my note"), { platform: "web" });
    expect(await addColumn(excel)).toBeUndefined();
    expect(excel.snapshot().tables?.[0].address).toBe("A1:C2048");
  });

  it("on the web: nothing right of the table means nothing to shift, so no error", async () => {
    const excel = createExcelDouble(tableBook(2049), { platform: "web" });
    expect(await addColumn(excel)).toBeUndefined();
  });

  it("on the desktop (the default) the same add succeeds and shifts the note", async () => {
    const excel = createExcelDouble(tableBook(2049, "my note"));
    expect(await addColumn(excel)).toBeUndefined();
    expect(excel.snapshot().sheets[0].values![1][4]).toBe("my note");
  });
});
