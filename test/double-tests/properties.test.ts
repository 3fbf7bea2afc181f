import fc from "fast-check";
import { createExcelDouble, formatAddress, parseAddress } from "../../src/double";

const rect = fc
  .record({
    row: fc.integer({ min: 0, max: 1_048_000 }),
    col: fc.integer({ min: 0, max: 16_000 }),
    rowCount: fc.integer({ min: 1, max: 500 }),
    colCount: fc.integer({ min: 1, max: 300 }),
  })
  .filter((r) => r.row + r.rowCount <= 1_048_576 && r.col + r.colCount <= 16_384);
const sheetName = fc
  .stringMatching(/^[A-Za-z0-9 _.'-]{1,31}$/)
  .filter((s) => !/^'|'$/.test(s) && s.trim() === s && s !== "");

describe("properties", () => {
  it("formatAddress and parseAddress are inverse, quoted names included", () => {
    fc.assert(
      fc.property(sheetName, rect, (name, r) => {
        expect(parseAddress(formatAddress(name, r))).toEqual({ sheet: name, rect: r });
      })
    );
  });

  it("values written then loaded come back unchanged (plain text and numbers)", async () => {
    const cell = fc.oneof(
      fc.integer({ min: -1e6, max: 1e6 }),
      fc.stringMatching(/^[A-Za-z][A-Za-z ]{0,10}$/).filter((s) => !/^(true|false)$/i.test(s))
    );
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 6 }).chain((cols) =>
          fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), {
            minLength: 1,
            maxLength: 8,
          })
        ),
        async (values) => {
          const excel = createExcelDouble();
          await excel.run(async (context) => {
            const range = context.workbook.worksheets
              .getItem("Sheet1")
              .getRangeByIndexes(2, 1, values.length, values[0].length);
            range.values = values;
            range.load("values");
            await context.sync();
            expect(range.values).toEqual(values);
          });
        }
      ),
      { numRuns: 50 }
    );
  });
});
