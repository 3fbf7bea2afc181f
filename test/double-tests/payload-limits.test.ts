import { createExcelDouble } from "../double";

function bigSheet(rows: number) {
  const values: (string | number)[][] = [["Customer", "Revenue"]];
  for (let i = 1; i < rows; i++)
    values.push([`Customer number ${i} with a fairly long name`, i * 10.5]);
  return { sheets: [{ name: "Data", values }] };
}

describe("payload limits (5 MB per request and response)", () => {
  it("rejects a too-large write batch with RequestPayloadSizeLimitExceeded and applies nothing", async () => {
    const excel = createExcelDouble({ sheets: [{ name: "Data" }] });
    const rows = 120_000;
    const values = Array.from({ length: rows }, (_, i) => [
      `A customer name that takes space ${i}`,
      i,
    ]);
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.getRange("D1").values = [["small write in the same batch"]];
      sheet.getRange(`A1:B${rows}`).values = values;
      await expect(context.sync()).rejects.toMatchObject({
        code: "RequestPayloadSizeLimitExceeded",
      });
    });
    const snapshot = excel.snapshot();
    expect(snapshot.sheets[0].values).toEqual([]);
    expect(excel.syncLog[0].error).toBe("RequestPayloadSizeLimitExceeded");
    expect(excel.syncLog[0].requestBytes).toBeGreaterThan(5 * 1024 * 1024);
  });

  it("rejects a too-large read with ResponsePayloadSizeLimitExceeded and rolls back the batch's writes", async () => {
    const excel = createExcelDouble(bigSheet(150_000));
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.getRange("D1").values = [["written before the big read"]];
      const all = sheet.getUsedRange().load("values");
      await expect(context.sync()).rejects.toMatchObject({
        code: "ResponsePayloadSizeLimitExceeded",
      });
      expect(() => all.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
    expect(excel.snapshot().sheets[0].values![0]).toEqual(["Customer", "Revenue"]);
  });

  it("lets the same data through in blocks, each request and response under the limit", async () => {
    const excel = createExcelDouble(bigSheet(150_000));
    const block = 20_000;
    let rowsRead = 0;
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      const used = sheet.getUsedRange(true).load("rowCount, columnCount");
      await context.sync();
      for (let start = 0; start < used.rowCount; start += block) {
        const part = sheet
          .getRangeByIndexes(start, 0, Math.min(block, used.rowCount - start), used.columnCount)
          .load("values");
        await context.sync();
        rowsRead += part.values.length;
      }
    });
    expect(rowsRead).toBe(150_000);
    expect(excel.syncCount).toBe(1 + Math.ceil(150_000 / block));
    for (const record of excel.syncLog) {
      expect(record.error).toBeUndefined();
      expect(record.responseBytes).toBeLessThanOrEqual(5 * 1024 * 1024);
    }
  });

  it("enforces the 5,000,000-cell read limit", async () => {
    const excel = createExcelDouble({ sheets: [{ name: "Data", values: [[1]] }] });
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Data").getRange("A:E").load("values");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "RangeExceedsLimit" });
  });

  it("the limit is configurable for fast tests", async () => {
    const excel = createExcelDouble(
      { sheets: [{ name: "Data" }] },
      { limits: { payloadLimitBytes: 1000 } }
    );
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Data").getRange("A1:A100").values = Array.from(
          { length: 100 },
          () => ["0123456789"]
        );
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
  });
});
