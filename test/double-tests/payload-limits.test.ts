import { createExcelDouble } from "../../src/double";

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
    // Requests that did work; Microsoft's client then releases its kept ranges in one more.
    expect(excel.syncLog.filter((r) => !r.cleanup)).toHaveLength(1 + Math.ceil(150_000 / block));
    expect(excel.syncLog.filter((r) => r.cleanup)).toHaveLength(1);
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

describe("payload sizes are UTF-8 bytes of the JSON, as sent", () => {
  const LIMIT = 5 * 1024 * 1024;
  const utf8 = (value: unknown) => Buffer.byteLength(JSON.stringify(value), "utf8");
  // 8,000 customers with long Chinese names: about 5.4 MB in UTF-8, under 2 MB in UTF-16 units.
  const rows = 8_000;
  const name = (i: number) => `${"北京市朝阳区国际贸易中心有限责任公司".repeat(12)}第${i}号`;
  const cjkValues = Array.from({ length: rows }, (_, i) => [name(i), i]);
  // The same grid with every character one byte: the request around the values is identical.
  const asciiValues = cjkValues.map(([text, i]) => [
    String(text).replace(/[\u0080-\uffff]/g, "x"),
    i,
  ]);

  /** Bytes the executor measured for writing `values` to Data!A1:B{rows} (first request). */
  async function writeBytes(values: unknown[][]): Promise<{ bytes: number; error?: string }> {
    const excel = createExcelDouble({ sheets: [{ name: "Data" }] });
    await excel
      .run(async (context) => {
        context.workbook.worksheets.getItem("Data").getRange(`A1:B${values.length}`).values =
          values;
        await context.sync();
      })
      .catch(() => undefined);
    return { bytes: excel.syncLog[0].requestBytes, error: excel.syncLog[0].error };
  }

  it("rejects a write of CJK text whose UTF-8 JSON is over 5 MB though its UTF-16 length is not", async () => {
    expect(utf8(cjkValues)).toBeGreaterThan(LIMIT);
    expect(JSON.stringify(cjkValues).length).toBeLessThan(LIMIT / 2);
    const excel = createExcelDouble({ sheets: [{ name: "Data" }] });
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange(`A1:B${rows}`).values = cjkValues;
      await expect(context.sync()).rejects.toMatchObject({
        code: "RequestPayloadSizeLimitExceeded",
      });
    });
    expect(excel.snapshot().sheets[0].values).toEqual([]);
    // The measured request is the client's JSON: the CJK one outweighs the ASCII one by exactly
    // the extra UTF-8 bytes of the values, so the envelope around them is counted the same way.
    const ascii = await writeBytes(asciiValues);
    expect(ascii.error).toBeUndefined();
    expect(excel.syncLog[0].requestBytes - ascii.bytes).toBe(utf8(cjkValues) - utf8(asciiValues));
    expect(ascii.bytes).toBeGreaterThan(utf8(asciiValues));
  });

  it("lets the same rows through in two requests", async () => {
    const excel = createExcelDouble({ sheets: [{ name: "Data" }] });
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      const half = rows / 2;
      sheet.getRange(`A1:B${half}`).values = cjkValues.slice(0, half);
      await context.sync();
      sheet.getRange(`A${half + 1}:B${rows}`).values = cjkValues.slice(half);
      await context.sync();
    });
    expect(excel.syncLog.map((s) => s.error)).toEqual([undefined, undefined]);
    expect(excel.syncLog[0].requestBytes).toBeGreaterThan(utf8(cjkValues.slice(0, rows / 2)));
    expect(excel.snapshot().sheets[0].values![rows - 1]).toEqual(cjkValues[rows - 1]);
  });

  it("counts a read's response in UTF-8 bytes too", async () => {
    const readBytes = async (values: (string | number)[][]) => {
      const excel = createExcelDouble({ sheets: [{ name: "Data", values }] });
      await excel
        .run(async (context) => {
          context.workbook.worksheets.getItem("Data").getRange(`A1:B${rows}`).load("values");
          await context.sync();
        })
        .catch(() => undefined);
      return excel.syncLog[0];
    };
    const cjk = await readBytes(cjkValues);
    const ascii = await readBytes(asciiValues);
    expect(cjk.error).toBe("ResponsePayloadSizeLimitExceeded");
    expect(ascii.error).toBeUndefined();
    expect(cjk.responseBytes - ascii.responseBytes).toBe(utf8(cjkValues) - utf8(asciiValues));
  });

  it("counts characters outside the BMP as 4 bytes and accented letters as 2", async () => {
    const bytesFor = async (text: string) => {
      const excel = createExcelDouble({ sheets: [{ name: "Data" }] });
      await excel.run(async (context) => {
        context.workbook.worksheets.getItem("Data").getRange("A1").values = [[text]];
        await context.sync();
      });
      return excel.syncLog[0].requestBytes;
    };
    // "😀 Zoë 名": 😀 is 4 bytes (2 UTF-16 units), ë 2, 名 3; the ASCII twin spells each UTF-16 unit in one byte.
    expect((await bytesFor("😀 Zoë 名")) - (await bytesFor("xx Zoe x"))).toBe(
      4 - 2 + (2 - 1) + (3 - 1)
    );
  });
});
