/**
 * Issue "Nothing lost, nothing half-written": re-runs update the add-in's outputs in place, a
 * user's cells survive, a run is planned before its first write, faults are reported exactly,
 * and one write runs at a time.
 */
import { createExcelDouble, type ExcelDouble, type WorkbookJson } from "../../src/double";
import { createExcelGateway } from "../../src/excel";
import { refreshTiers, type RibbonNotice } from "../../src/commands/refreshTiers";
import { runTiering } from "../../src/engine";
import type { ApplyOutcome } from "../../src/excel/gateway";
import type { RunSetup } from "../../src/excel/runSetup";
import { FIXED_NOW, HEADER, salesRows, setupFor, tier } from "./helpers";
import { adapterMessageText, createFormatter, ribbonNoticesText } from "../../src/i18n";
const english = (m: Parameters<typeof adapterMessageText>[0]) =>
  adapterMessageText(m, createFormatter("en-US"));

const REF = { kind: "range" as const, address: "Sales!A1:C41" };

function workbook(rows = salesRows(40, 20)): WorkbookJson {
  return {
    sheets: [
      { name: "Sales", values: [HEADER, ...rows] },
      { name: "Notes", values: [["mine"]] },
    ],
  };
}

async function apply(
  excel: ExcelDouble,
  setup: RunSetup = setupFor(REF),
  options: { overwrite?: boolean } = {}
): Promise<ApplyOutcome> {
  const gateway = createExcelGateway(excel.run, excel.requirements);
  const data = await gateway.readSource(setup.source);
  return gateway.applyResult(setup, data, tier(data, setup), {
    ...options,
    now: FIXED_NOW,
  } as never);
}

async function typeAt(excel: ExcelDouble, sheet: string, address: string, value: unknown) {
  await excel.run(async (context) => {
    context.workbook.worksheets.getItem(sheet).getRange(address).values = [[value as string]];
    await context.sync();
  });
}

function cell(excel: ExcelDouble, sheet: string, row: number, col: number): unknown {
  return excel.snapshot().sheets.find((s) => s.name === sheet)?.values?.[row]?.[col];
}

function sheetIds(excel: ExcelDouble): string[] {
  return excel.state.sheets.map((s) => s.id);
}

describe("re-runs update the add-in's outputs in place", () => {
  it("keeps the summary and customers sheets (same sheets, same tables) and the user's notes around them", async () => {
    const excel = createExcelDouble(workbook());
    expect(await apply(excel)).toMatchObject({ ok: true });
    const ids = sheetIds(excel);
    const tableIds = excel.state.tables.map((t) => t.id);
    // Notes outside the add-in's regions: right of the report (M5), far right (Z1), well below (A200).
    await typeAt(excel, "CRM Summary", "M5", "my note M5");
    await typeAt(excel, "CRM Summary", "Z1", "my note Z1");
    await typeAt(excel, "CRM Summary", "A200", "my note A200");
    await typeAt(excel, "CRM Customers", "J1", "my note J1");
    for (let run = 0; run < 3; run++) expect(await apply(excel)).toMatchObject({ ok: true });
    expect(sheetIds(excel)).toEqual(ids);
    expect(excel.state.tables.map((t) => t.id)).toEqual(tableIds);
    expect(
      excel
        .snapshot()
        .tables?.map((t) => t.name)
        .sort()
    ).toEqual(["CRMPyramid_Customers", "CRMPyramid_Tiers"]);
    expect(cell(excel, "CRM Summary", 4, 12)).toBe("my note M5");
    expect(cell(excel, "CRM Summary", 0, 25)).toBe("my note Z1");
    expect(cell(excel, "CRM Summary", 199, 0)).toBe("my note A200");
    expect(cell(excel, "CRM Customers", 0, 9)).toBe("my note J1");
    expect(
      excel
        .snapshot()
        .charts?.map((c) => c.name)
        .sort()
    ).toEqual(["CRMPyramid_Pareto", "CRMPyramid_Pyramid", "CRMPyramid_Whale"]);
  });

  it("a user's formulas on another sheet still point at the summary and the customers table after five re-runs", async () => {
    const excel = createExcelDouble(workbook());
    expect(await apply(excel)).toMatchObject({ ok: true });
    await excel.run(async (context) => {
      const notes = context.workbook.worksheets.getItem("Notes");
      notes.getRange("B1:B2").formulas = [
        ["='CRM Summary'!B5"],
        ["=SUM(CRMPyramid_Customers[Revenue])"],
      ];
      await context.sync();
    });
    for (let run = 0; run < 5; run++) {
      // The data changes every month: customer C000001 buys more.
      await typeAt(excel, "Sales", "B2", 500000 + run * 1000);
      expect(await apply(excel)).toMatchObject({ ok: true });
    }
    const notes = excel.snapshot().sheets.find((s) => s.name === "Notes")!;
    expect(notes.formulas?.[0]?.[1]).toBe("='CRM Summary'!B5");
    expect(notes.formulas?.[1]?.[1]).toBe("=SUM(CRMPyramid_Customers[Revenue])");
    expect(JSON.stringify(excel.snapshot())).not.toContain("#REF!");
    // The cells they point at hold the last run's figures, and the formulas show them.
    const snap = excel.snapshot();
    const summaryB5 = snap.sheets.find((s) => s.name === "CRM Summary")!.values![4][1];
    const revenues = snap.sheets
      .find((s) => s.name === "CRM Customers")!
      .values!.slice(1)
      .map((r) => r[2] as number);
    expect(notes.values?.[0]?.[1]).toBe(summaryB5);
    expect(notes.values?.[1]?.[1]).toBe(revenues.reduce((a, b) => a + b, 0));
    expect(revenues).toContain(500000 + 4 * 1000 + (salesRows(40, 20)[20][1] as number));
  });

  it("moves its tier column's hidden name with the data and clears only its own old cells", async () => {
    const excel = createExcelDouble(workbook());
    expect(await apply(excel)).toMatchObject({ ok: true, tierColumnAddress: "Sales!D1:D41" });
    // Next month the sheet has fewer rows: the old labels below the data are the add-in's, cleared.
    const fewer = { kind: "range" as const, address: "Sales!A1:C31" };
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sales").getRange("A32:C41").clear("Contents");
      await context.sync();
    });
    expect(await apply(excel, setupFor(fewer))).toMatchObject({
      ok: true,
      tierColumnAddress: "Sales!D1:D31",
    });
    const sales = excel.snapshot().sheets.find((s) => s.name === "Sales")!;
    const labelled = sales.values!.filter((r) => (r[3] ?? "") !== "");
    expect(labelled).toHaveLength(31);
  });
});

describe("a sheet the user renamed is theirs", () => {
  it("a renamed customers sheet is neither written nor deleted when the data becomes one row per customer", async () => {
    const excel = createExcelDouble(workbook());
    expect(await apply(excel)).toMatchObject({ ok: true, customersSheetName: "CRM Customers" });
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("CRM Customers").name = "My customers";
      await context.sync();
    });
    await typeAt(excel, "My customers", "J1", "my note");
    const before = excel.snapshot().sheets.find((s) => s.name === "My customers");
    // One row per customer now.
    const perCustomer = { kind: "range" as const, address: "Sales!A1:C21" };
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sales").getRange("A22:C41").clear("Contents");
      await context.sync();
    });
    const outcome = await apply(excel, setupFor(perCustomer));
    expect(outcome).toMatchObject({ ok: true });
    expect(outcome.ok && outcome.customersSheetName).toBeFalsy();
    expect(excel.snapshot().sheets.find((s) => s.name === "My customers")).toEqual(before);
    expect(excel.snapshot().names?.map((n) => n.name)).not.toContain("CRMPyramid_CustomersSheet");
  });

  it("a renamed summary sheet is kept as it is and a new summary is written", async () => {
    const excel = createExcelDouble(workbook());
    expect(await apply(excel)).toMatchObject({ ok: true });
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("CRM Summary").name = "Summary November";
      await context.sync();
    });
    const kept = excel.snapshot().sheets.find((s) => s.name === "Summary November");
    await typeAt(excel, "Sales", "B2", 999999);
    expect(await apply(excel)).toMatchObject({ ok: true, summarySheetName: "CRM Summary" });
    expect(excel.snapshot().sheets.find((s) => s.name === "Summary November")).toEqual(kept);
  });
});

describe("cells the user typed inside the add-in's own outputs", () => {
  it("a note typed in the tier column stops the run and is named; allowing overwrite replaces it", async () => {
    const excel = createExcelDouble(workbook());
    expect(await apply(excel)).toMatchObject({ ok: true });
    await typeAt(excel, "Sales", "D7", "call back in May");
    const before = excel.snapshot();
    const outcome = await apply(excel);
    expect(outcome).toMatchObject({
      ok: false,
      reason: "occupied",
      conflict: "edited",
      address: "Sales!D7",
    });
    expect(excel.snapshot()).toEqual(before);
    expect(await apply(excel, setupFor(REF), { overwrite: true })).toMatchObject({ ok: true });
    expect(cell(excel, "Sales", 6, 3)).not.toBe("call back in May");
  });

  it("the ribbon's Refresh tiers stops and names the edited cell", async () => {
    const excel = createExcelDouble(workbook());
    expect(await apply(excel)).toMatchObject({ ok: true });
    await typeAt(excel, "CRM Summary", "B5", 42);
    const notices: string[] = [];
    const outcome = await refreshTiers({
      gateway: createExcelGateway(excel.run, excel.requirements),
      runEngine: runTiering,
      notify: (notice: RibbonNotice) =>
        void notices.push(ribbonNoticesText(notice, createFormatter("en-US"))),
      showPane: () => Promise.resolve(),
    } as never);
    expect(outcome).toMatchObject({ status: "failed" });
    expect(notices.join(" ")).toContain("'CRM Summary'!A5:L5");
    expect(cell(excel, "CRM Summary", 4, 1)).toBe(42);
  });

  it("an empty target column is free even when other cells extend the used range", async () => {
    const rows = salesRows(10, 10);
    for (const address of ["E3", "H2", "Z500", "D20", "E1", "F11"]) {
      const excel = createExcelDouble({ sheets: [{ name: "Sales", values: [HEADER, ...rows] }] });
      await typeAt(excel, "Sales", address, "elsewhere");
      const outcome = await apply(excel, setupFor({ kind: "range", address: "Sales!A1:C11" }));
      expect({ address, outcome }).toMatchObject({
        address,
        outcome: { ok: true, tierColumnAddress: "Sales!D1:D11" },
      });
    }
  });

  // Below ExcelApi 1.16; with typed text no "@" is needed and nothing is asked (typedText.test.ts).
  it("labels Excel would read as numbers get the Text format; a target the user formatted is asked about", async () => {
    const setup = setupFor(REF, {
      tiering: {
        mapping: { customer: 0, revenue: 1, cost: 2 },
        scheme: {
          kind: "pyramid",
          tiers: [
            { key: "a", label: "2024", share: 0.5 },
            { key: "b", label: "Rest", share: 0.5 },
          ],
        },
      },
    });
    const excel = createExcelDouble(workbook(), { maxExcelApi: "1.15" });
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sales").getRange("D10").numberFormat = [["0.00"]];
      await context.sync();
    });
    expect(await apply(excel, setup)).toMatchObject({
      ok: false,
      conflict: "formatted",
      address: "Sales!D10",
    });
    // Letters-only labels leave the user's format alone, so they need no question.
    expect(await apply(excel)).toMatchObject({ ok: true });
    const fresh = createExcelDouble(workbook(), { maxExcelApi: "1.15" });
    expect(await apply(fresh, setup)).toMatchObject({ ok: true });
    const sales = fresh.snapshot().sheets.find((s) => s.name === "Sales")!;
    const labels = sales.values!.slice(1).map((r) => r[3]);
    expect(new Set(labels)).toEqual(new Set(["2024", "Rest"]));
  });
});

describe("plan, then write", () => {
  const bad: [string, Partial<RunSetup["output"]>][] = [
    ["an invalid summary sheet name", { summarySheetName: "Summary: 2024/11" }],
    ["a summary sheet name over 31 characters", { summarySheetName: "A".repeat(32) }],
    ["a bad currency format", { currencyFormat: '"$#,##0' }],
    ["a blank tier column name", { tierColumnName: " " }],
  ];
  it.each(bad)("%s changes nothing", async (_what, output) => {
    const excel = createExcelDouble(workbook());
    const before = excel.snapshot();
    const setup = setupFor(REF);
    const outcome = await apply(excel, { ...setup, output: { ...setup.output, ...output } });
    expect(outcome).toMatchObject({ ok: false, reason: "invalid-setup" });
    expect(excel.snapshot()).toEqual(before);
  });

  it("a result with no usable row writes nothing (no blank tier column)", async () => {
    const rows = [
      ["A", "#N/A", 1],
      ["B", "x", 1],
    ];
    const excel = createExcelDouble({ sheets: [{ name: "Sales", values: [HEADER, ...rows] }] });
    expect(await apply(excel)).toBeDefined();
    const before = excel.snapshot();
    const outcome = await apply(excel, setupFor({ kind: "range", address: "Sales!A1:C3" }));
    expect(outcome).toMatchObject({ ok: false, reason: "no-data" });
    expect(excel.snapshot()).toEqual(before);
  });

  it("a fault at any request of Apply leaves nothing written, or says exactly what was", async () => {
    const clean = createExcelDouble(workbook());
    const gateway = createExcelGateway(clean.run, clean.requirements);
    const data = await gateway.readSource(REF);
    const start = clean.syncCount;
    const setup0 = setupFor(REF);
    expect(await gateway.applyResult(setup0, data, tier(data, setup0))).toMatchObject({ ok: true });
    // The requests that do work (a fault never targets the client's clean-up request).
    const total = clean.syncLog.slice(start).filter((r) => !r.cleanup).length;
    expect(total).toBeGreaterThan(5);
    for (let at = 1; at <= total; at++) {
      for (const afterOperations of [0, 1]) {
        const excel = createExcelDouble(workbook());
        const before = excel.snapshot();
        const gw = createExcelGateway(excel.run, excel.requirements);
        excel.injectFault({ atSync: at, afterOperations });
        const setup = setupFor(REF);
        const outcome = await gw.applyResult(setup, data, tier(data, setup), {
          now: FIXED_NOW,
        } as never);
        const snap = excel.snapshot();
        if (outcome.ok)
          throw new Error(`sync ${at}: a fault was injected but Apply reported success`);
        if (outcome.reason !== "partial") {
          // Failed while planning: nothing was written.
          expect({ at, snap }).toEqual({ at, snap: before });
          continue;
        }
        const kinds = (outcome.written ?? []).map((w) => w.kind);
        const sheets = snap.sheets.map((s) => s.name);
        if (kinds.includes("summarySheet")) expect(sheets).toContain("CRM Summary");
        if (kinds.includes("customersSheet")) expect(sheets).toContain("CRM Customers");
        if (!kinds.includes("summarySheet") && outcome.interrupted?.kind !== "summarySheet")
          expect(sheets).not.toContain("CRM Summary");
        expect(english(outcome.message)).toContain(
          outcome.interrupted ? "Cut short" : "Written in full"
        );
        // The next run (no fault) finishes the job and recognises its own cells.
        expect({ at, next: await apply(excel) }).toMatchObject({ at, next: { ok: true } });
      }
    }
  });
});

describe("one write at a time", () => {
  it("a second Apply while one is writing is refused and nothing interleaves", async () => {
    const excel = createExcelDouble(workbook());
    const gateway = createExcelGateway(excel.run, excel.requirements);
    const ribbon = createExcelGateway(excel.run, excel.requirements);
    const data = await gateway.readSource(REF);
    const setup = setupFor(REF);
    const result = tier(data, setup);
    const [first, second] = await Promise.all([
      gateway.applyResult(setup, data, result),
      ribbon.applyResult(setup, data, result),
    ]);
    expect(first).toMatchObject({ ok: true });
    expect(second).toMatchObject({ ok: false, reason: "busy" });
    expect(excel.snapshot().sheets.map((s) => s.name)).toEqual([
      "Sales",
      "Notes",
      "CRM Summary",
      "CRM Customers",
    ]);
    expect(await ribbon.applyResult(setup, data, result)).toMatchObject({ ok: true });
  });
});

describe("undo", () => {
  it("with ExcelApi 1.20 the whole Apply is one undo record; before it, one per request", async () => {
    const merged = createExcelDouble(workbook(), { maxExcelApi: "1.20" });
    const outcome = await apply(merged);
    expect(outcome).toMatchObject({ ok: true, undo: "one-step" });
    expect(merged.undoRecords).toBe(1);
    const plain = createExcelDouble(workbook(), { maxExcelApi: "1.17" });
    const other = await apply(plain);
    expect(other).toMatchObject({ ok: true, undo: "per-request" });
    expect(plain.undoRecords).toBeGreaterThan(1);
    expect(other.ok && other.requests).toBe(plain.undoRecords);
  });
});

describe("a write Excel rejects as too large is sent again in halves", () => {
  it("long Chinese customer names: the request is counted in UTF-8 bytes and retried smaller", async () => {
    const name = "北京市朝阳区建国路八十八号现代城某某贸易有限公司".repeat(2);
    const rows = Array.from({ length: 3000 }, (_, i) => [`${name}${i}`, 1000 + i, 10]);
    const excel = createExcelDouble(
      { sheets: [{ name: "Sales", values: [HEADER, ...rows, ...rows] }] },
      { limits: { payloadLimitBytes: 400_000 } }
    );
    const ref = { kind: "range" as const, address: "Sales!A1:C6001" };
    const outcome = await apply(excel, setupFor(ref));
    expect(outcome).toMatchObject({ ok: true });
    expect(excel.syncLog.some((s) => s.error === "RequestPayloadSizeLimitExceeded")).toBe(true);
    const customers = excel.snapshot().sheets.find((s) => s.name === "CRM Customers")!;
    expect(customers.values!.length).toBe(3001);
  });
});
