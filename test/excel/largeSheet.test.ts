import { rowLabel } from "../../src/engine";
import { createExcelDouble } from "../../src/double";
import { createExcelGateway, blockRowsFor } from "../../src/excel";
import { rangeWorkbook, salesRows, setupFor, tier } from "./helpers";

const LIMIT = 5 * 1024 * 1024;
const ROWS = 200_000;

describe("a 200,000-row sheet", () => {
  const rows = salesRows(ROWS, 50_000);

  it("is read in blocks, every request and response under 5 MB, in ≤ ceil(rows / block) + 8 syncs", async () => {
    const excel = createExcelDouble(rangeWorkbook(rows));
    const gateway = createExcelGateway(excel.run, excel.requirements);
    const ref = { kind: "range" as const, address: `Sales!A1:C${ROWS + 1}` };
    const progress: number[] = [];
    const before = excel.syncCount;
    const data = await gateway.readSource(ref, { onProgress: (done) => progress.push(done) });
    const readSyncs = excel.syncLog.slice(before);
    const block = blockRowsFor(3);
    expect(block).toBe(20_000);
    expect(data.rows).toHaveLength(ROWS);
    expect(data.rows[ROWS - 1]).toEqual(rows[ROWS - 1]);
    expect(readSyncs.length).toBeLessThanOrEqual(Math.ceil(ROWS / block) + 8);
    for (const sync of readSyncs) {
      expect(sync.error).toBeUndefined();
      expect(sync.requestBytes).toBeLessThan(LIMIT);
      expect(sync.responseBytes).toBeLessThan(LIMIT);
    }
    expect(progress).toEqual([0, ...Array.from({ length: 10 }, (_, i) => (i + 1) * 20_000)]);
    const maxResponse = Math.max(...readSyncs.map((s) => s.responseBytes));
    console.log(
      `200k read: ${readSyncs.length} syncs, block ${block} rows, largest response ${maxResponse} bytes`
    );

    // Writing the results stays under the limits too.
    const setup = setupFor(ref);
    const result = tier(data, setup);
    const applyStart = excel.syncCount;
    const outcome = await gateway.applyResult(setup, data, result);
    expect(outcome).toMatchObject({ ok: true, tierColumnAddress: `Sales!D1:D${ROWS + 1}` });
    const applySyncs = excel.syncLog.slice(applyStart);
    for (const sync of applySyncs) {
      expect(sync.error).toBeUndefined();
      expect(sync.requestBytes).toBeLessThan(LIMIT);
      expect(sync.responseBytes).toBeLessThan(LIMIT);
    }
    console.log(
      `200k apply: ${applySyncs.length} syncs, largest request ${Math.max(...applySyncs.map((s) => s.requestBytes))} bytes, largest response ${Math.max(...applySyncs.map((s) => s.responseBytes))} bytes`
    );
    const snap = excel.snapshot();
    expect(snap.sheets[0].values![ROWS][3]).toBe(rowLabel(result, ROWS - 1));
    expect(snap.sheets.find((s) => s.name === "CRM Customers")?.values).toHaveLength(50_001);
  }, 120_000);

  it("halves a block Excel rejects as too large and retries it", async () => {
    const excel = createExcelDouble(rangeWorkbook(rows.slice(0, 30_000)), {
      limits: { payloadLimitBytes: 400_000 },
    });
    const gateway = createExcelGateway(excel.run, excel.requirements);
    const data = await gateway.readSource({ kind: "range", address: "Sales!A1:C30001" });
    expect(data.rows).toHaveLength(30_000);
    expect(data.rows[29_999]).toEqual(rows[29_999]);
    const rejected = excel.syncLog.filter((s) => s.error === "ResponsePayloadSizeLimitExceeded");
    expect(rejected.length).toBeGreaterThan(0);
  });

  it("stops between blocks when cancelled", async () => {
    const excel = createExcelDouble(rangeWorkbook(rows.slice(0, 60_000)));
    const gateway = createExcelGateway(excel.run, excel.requirements);
    const controller = new AbortController();
    const read = gateway.readSource(
      { kind: "range", address: "Sales!A1:C60001" },
      {
        signal: controller.signal,
        onProgress: (done) => {
          if (done >= 20_000) controller.abort();
        },
      }
    );
    await expect(read).rejects.toMatchObject({ name: "AbortError" });
    expect(excel.syncLog.filter((r) => !r.cleanup).length).toBeLessThan(6);
  });
});
