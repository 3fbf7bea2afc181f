/**
 * A saved (or selected) source address larger than what the sheet holds is clipped to the sheet's
 * used range (values only) before anything is read: Sales!A1:XFD1048576 used to make Refresh read
 * 174,763 blocks until it ran out of memory.
 */
import { createExcelDouble, type CellValue } from "../../src/double";
import { createExcelGateway, SETUP_KEY } from "../../src/excel";
import { refreshTiers, type NoticeKind } from "../../src/commands/refreshTiers";
import { createFormatter, ribbonNoticesText } from "../../src/i18n";
import { runTiering } from "../../src/engine";
import { HEADER, salesRows, setupFor } from "./helpers";

/**
 * The gateway, with reads stopped after 50 blocks: a million-row read takes thousands, so without
 * clipping a test fails fast (cancelled) instead of running out of memory.
 */
function guardedGateway(excel: ReturnType<typeof createExcelDouble>) {
  const gateway = createExcelGateway(excel.run, excel.requirements);
  const read = gateway.readSource.bind(gateway);
  gateway.readSource = (ref, options) => {
    const controller = new AbortController();
    let blocks = 0;
    return read(ref, {
      ...options,
      signal: controller.signal,
      onProgress: (done, total) => {
        options?.onProgress?.(done, total);
        if (++blocks > 50) controller.abort();
      },
    });
  };
  return gateway;
}

function refreshWith(excel: ReturnType<typeof createExcelDouble>) {
  const notices: { message: string; kind: NoticeKind }[] = [];
  const gateway = guardedGateway(excel);
  return {
    notices,
    gateway,
    run: () =>
      refreshTiers({
        gateway,
        runEngine: runTiering,
        notify: (notice, kind) =>
          void notices.push({ message: ribbonNoticesText(notice, createFormatter("en-US")), kind }),
        showPane: () => Promise.resolve(),
      }),
  };
}

function savedWorkbook(address: string, values: CellValue[][], extra = {}) {
  return createExcelDouble({
    sheets: [{ name: "Sales", values, ...extra }],
    settings: { [SETUP_KEY]: JSON.stringify(setupFor({ kind: "range", address })) },
  });
}

describe("a saved source larger than the sheet's used range", () => {
  it("Sales!A1:XFD1048576 reads only the used cells, in a few requests", async () => {
    const excel = savedWorkbook("Sales!A1:XFD1048576", [HEADER, ...salesRows(10, 5)]);
    const t = refreshWith(excel);
    const syncsBefore = excel.syncLog.length;
    const outcome = await t.run();
    expect(outcome).toMatchObject({
      status: "done",
      customers: 5,
      tierColumnAddress: "Sales!D1:D11",
    });
    const syncs = excel.syncLog.slice(syncsBefore);
    const bytesRead = syncs.reduce((sum, s) => sum + s.responseBytes, 0);
    expect(syncs.length).toBeLessThan(40);
    expect(bytesRead).toBeLessThan(50_000);
    const values = excel.snapshot().sheets[0].values!;
    expect(values[0][3]).toBe("Tier");
    expect(values.slice(1).every((row) => typeof row[3] === "string" && row[3] !== "")).toBe(true);
  });

  it("whole columns (Sales!A1:C1048576) become the rows that hold values", async () => {
    const excel = savedWorkbook("Sales!A1:C1048576", [HEADER, ...salesRows(20, 10)]);
    const t = refreshWith(excel);
    const data = await t.gateway.readSource({ kind: "range", address: "Sales!A1:C1048576" });
    expect(data.info.address).toBe("Sales!A1:C21");
    expect(data.rows).toHaveLength(20);
  });

  it("blank rows and columns around the data are cut away, so the header is found", async () => {
    const blankRow = ["", "", "", ""];
    const excel = savedWorkbook("Sales!A1:F40", [
      blankRow,
      blankRow,
      ["", ...HEADER],
      ...salesRows(10, 5).map((row) => ["", ...row]),
    ]);
    const t = refreshWith(excel);
    const data = await t.gateway.readSource({ kind: "range", address: "Sales!A1:F40" });
    expect(data.info.address).toBe("Sales!B3:D13");
    expect(data.info.header).toEqual(HEADER);
    expect(data.info.hasHeader).not.toBe(false);
  });

  it("only values count: formatted empty cells below the data do not extend the read", async () => {
    const rows = [HEADER, ...salesRows(10, 5)];
    const formats = Array.from({ length: 200 }, (_, r) =>
      r < rows.length ? [null, null, null] : ["0.00", "0.00", "0.00"]
    );
    const excel = savedWorkbook("Sales!A1:C1000", rows, { numberFormats: formats });
    const t = refreshWith(excel);
    const data = await t.gateway.readSource({ kind: "range", address: "Sales!A1:C1000" });
    expect(data.info.address).toBe("Sales!A1:C11");
  });

  it("a saved address wholly outside the data stops the refresh, naming it, and writes nothing", async () => {
    const excel = savedWorkbook("Sales!H1:J40", [HEADER, ...salesRows(10, 5)]);
    const before = excel.snapshot();
    const t = refreshWith(excel);
    expect(await t.run()).toMatchObject({ status: "failed" });
    expect(t.notices).toEqual([
      { kind: "error", message: "Tiers were not refreshed: Sales!H1:J40 is empty." },
    ]);
    expect(excel.snapshot()).toEqual(before);
  });

  it("a smaller saved address inside the data is read as saved", async () => {
    const excel = savedWorkbook("Sales!A1:C6", [HEADER, ...salesRows(20, 10)]);
    const t = refreshWith(excel);
    const data = await t.gateway.readSource({ kind: "range", address: "Sales!A1:C6" });
    expect(data.info.address).toBe("Sales!A1:C6");
    expect(data.rows).toHaveLength(5);
  });

  // The manifest requires ExcelApi 1.9, so that is the oldest host the add-in runs on.
  it("on ExcelApi 1.9, the manifest's minimum, the address is clipped too", async () => {
    const excel = createExcelDouble(
      { sheets: [{ name: "Sales", values: [HEADER, ...salesRows(10, 5)] }] },
      { maxExcelApi: "1.9" }
    );
    const data = await guardedGateway(excel).readSource({
      kind: "range",
      address: "Sales!A1:XFD1048576",
    });
    expect(data.info.address).toBe("Sales!A1:C11");
  });
});
