import { createExcelDouble, type ExcelRun } from "../../src/double";
import { salesWorkbook } from "./fixtures";

/** Writes `rows` values into Sales!E1.. one sync per row, the way a block writer does. */
async function writeInSyncs(run: ExcelRun, rows: number, options?: Excel.RunOptions) {
  const batch = async (context: Excel.RequestContext) => {
    const sheet = context.workbook.worksheets.getItem("Sales");
    for (let r = 0; r < rows; r++) {
      sheet.getRange(`E${r + 1}`).values = [[`row ${r + 1}`]];
      await context.sync();
    }
  };
  return options ? run(options, batch) : run(batch);
}

describe("undo records (Excel.RunOptions.mergeUndoGroup)", () => {
  it("counts one undo record per sync that changed the workbook, none for reads", async () => {
    const excel = createExcelDouble(salesWorkbook());
    await writeInSyncs(excel.run, 3);
    expect(excel.undoRecords).toBe(3);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sales").getRange("A1:C4").load("values");
      await context.sync();
      context.workbook.worksheets.getItem("Sales").getRange("B2").select();
      await context.sync();
    });
    expect(excel.undoRecords).toBe(3);
    const work = excel.syncLog.filter((s) => !s.cleanup);
    expect(work.map((s) => s.changed)).toEqual([true, true, true, false, false]);
    // Microsoft's client releases the kept ranges at the end of each run: no change, no undo record.
    expect(excel.syncLog.filter((s) => s.cleanup && s.changed)).toEqual([]);
  });

  it("merges every changing sync of one run into a single record on ExcelApi 1.20", async () => {
    const excel = createExcelDouble(salesWorkbook(), { maxExcelApi: "1.20" });
    await writeInSyncs(excel.run, 4, { mergeUndoGroup: true });
    expect(excel.undoRecords).toBe(1);
    await writeInSyncs(excel.run, 2, { mergeUndoGroup: false, delayForCellEdit: true });
    expect(excel.undoRecords).toBe(3);
    expect(excel.snapshot().sheets[0].values!.map((row) => row[4])).toEqual([
      "row 1",
      "row 2",
      "row 3",
      "row 4",
    ]);
  });

  it("a merged run that only reads makes no undo record", async () => {
    const excel = createExcelDouble(salesWorkbook(), { maxExcelApi: "1.20" });
    await excel.run({ mergeUndoGroup: true }, async (context) => {
      context.workbook.worksheets.getItem("Sales").getRange("A1").load("values");
      await context.sync();
    });
    expect(excel.undoRecords).toBe(0);
  });

  it("rejects mergeUndoGroup below ExcelApi 1.20 with ApiNotFound before anything runs", async () => {
    const excel = createExcelDouble(salesWorkbook(), { maxExcelApi: "1.19" });
    const ran = jest.fn();
    await expect(
      excel.run({ mergeUndoGroup: true }, async (context) => {
        ran();
        context.workbook.worksheets.getItem("Sales").getRange("E1").values = [["x"]];
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ApiNotFound" });
    expect(ran).not.toHaveBeenCalled();
    expect(excel.syncCount).toBe(0);
    expect(excel.snapshot().sheets[0].values![0]).toEqual(["Customer", "Revenue", "Cost"]);
    // delayForCellEdit alone is accepted on any host.
    await expect(excel.run({ delayForCellEdit: true }, async () => "ok")).resolves.toBe("ok");
  });

  it("refuses RunOptions it does not model instead of ignoring them", async () => {
    const excel = createExcelDouble(salesWorkbook());
    await expect(
      excel.run({ session: {} } as Excel.RunOptions, async () => undefined)
    ).rejects.toMatchObject({ code: "NotImplemented" });
  });
});

describe("fault injection", () => {
  it("fails the chosen sync after the given number of operations; those stay applied", async () => {
    const excel = createExcelDouble(salesWorkbook());
    await writeInSyncs(excel.run, 1);
    // Sync 2 from now: its first two operations (getRange("E2"), the E2 write) run, E3 does not.
    // Operations are the request's method calls (getRange too), property sets and loads.
    excel.injectFault({ atSync: 2, afterOperations: 2, code: "GeneralException" });
    let loaded: Excel.Range | undefined;
    await expect(
      excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sales");
        sheet.getRange("F1").values = [["first sync"]];
        await context.sync();
        sheet.getRange("E2").values = [["applied"]];
        sheet.getRange("E3").values = [["dropped"]];
        loaded = sheet.getRange("A1").load("values");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "GeneralException" });
    const values = excel.snapshot().sheets[0].values!;
    expect(values[0][5]).toBe("first sync");
    expect(values[1][4]).toBe("applied");
    expect(values[2][4]).toBe("");
    expect(() => loaded!.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    const last = excel.syncLog.filter((s) => !s.cleanup).pop();
    expect(last).toMatchObject({ error: "GeneralException", injected: true, changed: true });
    // A partly applied sync is still an undo record; the fault is consumed.
    expect(excel.undoRecords).toBe(3);
    expect(excel.pendingFault).toBeUndefined();
    await writeInSyncs(excel.run, 1);
    expect(excel.syncLog[excel.syncLog.length - 1].error).toBeUndefined();
  });

  it("a fault before the first operation stops a request that only creates objects", async () => {
    const excel = createExcelDouble(salesWorkbook());
    excel.injectFault({ atSync: 1 });
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.add("New sheet");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "GeneralException" });
    expect(excel.snapshot().sheets.map((sheet) => sheet.name)).not.toContain("New sheet");
  });

  it("afterOperations 0 applies nothing from that sync and the code is the one asked for", async () => {
    const excel = createExcelDouble(salesWorkbook());
    excel.injectFault({ atSync: 1, code: "InvalidOperation" });
    await expect(writeInSyncs(excel.run, 2)).rejects.toMatchObject({ code: "InvalidOperation" });
    expect(excel.snapshot().sheets[0].values![0]).toEqual(["Customer", "Revenue", "Cost"]);
    expect(excel.undoRecords).toBe(0);
  });

  it("counts syncs across runs, allows one fault at a time, and can be cleared", async () => {
    const excel = createExcelDouble(salesWorkbook());
    excel.injectFault({ atSync: 3 });
    expect(() => excel.injectFault({ atSync: 1 })).toThrow(/already pending/);
    await writeInSyncs(excel.run, 2);
    expect(excel.pendingFault).toMatchObject({ syncsLeft: 1 });
    await expect(writeInSyncs(excel.run, 1)).rejects.toMatchObject({ code: "GeneralException" });
    excel.injectFault({ atSync: 1 });
    excel.clearFault();
    await writeInSyncs(excel.run, 1);
    // Faults count the requests that do work, not the client's clean-up at the end of a run.
    expect(excel.syncLog.filter((s) => !s.cleanup).map((s) => s.error)).toEqual([
      undefined,
      undefined,
      "GeneralException",
      undefined,
    ]);
    expect(() => excel.injectFault({ atSync: 0 })).toThrow(/atSync/);
  });
});
