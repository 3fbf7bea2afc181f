// Writing the period comparison to the workbook (issue 14): the "CRM Comparison" sheet with the two
// periods as dates, the migration matrix and every mover as Excel tables, kept in place from run to
// run, with the same safety rules as Apply.
import {
  compareTierings,
  type MigrationMatrix,
  runTiering,
  type TieringSetup,
} from "../../src/engine";
import { PYRAMID_TIERS } from "../../src/engine";
import { createExcelGateway } from "../../src/excel";
import { OWNED_NAMES } from "../../src/excel/ownedRanges";
import { createExcelDouble, type SheetJson, type WorkbookJson } from "../../src/double";
import { SEED, seedCaseWorkbook } from "../../src/double/seedCase";
import { HEADER, rangeWorkbook, salesRows, setupFor, tier } from "./helpers";

const SHEET = "CRM Comparison";

/** The seed case, tiered for the calendar year that ends on `end`. */
function seedYear(rows: ReturnType<typeof seedCaseWorkbook>["rows"], end: number) {
  const setup: TieringSetup = {
    mapping: { customer: 0, name: 1, date: 2, revenue: 3, cost: 4, investment: 5, status: 6 },
    scheme: { kind: "pyramid", tiers: PYRAMID_TIERS },
    options: { period: { months: 12, end } },
  };
  return runTiering(rows, setup);
}

let seedMatrix: MigrationMatrix | undefined;
/** 2023 against 2024 on the methodology's sample. */
function seedComparison(): MigrationMatrix {
  if (!seedMatrix) {
    const { rows } = seedCaseWorkbook();
    seedMatrix = compareTierings(
      seedYear(rows, SEED.periodStart - 1),
      seedYear(rows, SEED.periodEnd)
    );
  }
  return seedMatrix;
}

/** A comparison of four tiers with `n` movers of each kind (up, down, new, lost). */
function syntheticComparison(n: number, prefix = "C"): MigrationMatrix {
  const tiers = seedComparison().tiers.slice(0, 4);
  const k = tiers.length;
  const move = (i: number, from: number, to: number) => ({
    id: `${prefix}${String(i).padStart(6, "0")}`,
    name: `Customer ${i}`,
    from,
    to,
  });
  const counts = Array.from({ length: k + 1 }, () => new Array<number>(k + 1).fill(0));
  counts[1][0] = n;
  counts[0][1] = n;
  counts[k][2] = n;
  counts[3][k] = n;
  counts[2][2] = 7;
  return {
    tiers,
    counts,
    customers: 4 * n + 7,
    customersA: 3 * n + 7,
    customersB: 3 * n + 7,
    movedUp: Array.from({ length: n }, (_, i) => move(i, 1, 0)),
    movedDown: Array.from({ length: n }, (_, i) => move(n + i, 0, 1)),
    stayed: 7,
    newCustomers: n,
    lost: n,
    newList: Array.from({ length: n }, (_, i) => move(2 * n + i, k, 2)),
    lostList: Array.from({ length: n }, (_, i) => move(3 * n + i, 3, k)),
    periodA: { start: 44927, end: 45291 },
    periodB: { start: 45292, end: 45657 },
  };
}

function start(extra: Partial<WorkbookJson> = {}) {
  const excel = createExcelDouble(rangeWorkbook(salesRows(10), extra));
  return { excel, gateway: createExcelGateway(excel.run, excel.requirements) };
}

const sheetOf = (snap: WorkbookJson, name = SHEET): SheetJson => {
  const sheet = snap.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
};
const cell = (sheet: SheetJson, row: number, col: number) => sheet.values?.[row]?.[col] ?? "";
const format = (sheet: SheetJson, row: number, col: number) =>
  sheet.numberFormats?.[row]?.[col] ?? "General";
const tableOf = (snap: WorkbookJson, name: string) => snap.tables?.find((t) => t.name === name);

/** The movers table's data rows as [id, name, tier A, tier B, movement]. */
function moverRows(sheet: SheetJson, count: number) {
  return (sheet.values ?? []).slice(14, 14 + count).map((r) => r.slice(0, 5));
}

async function userEdit(
  excel: ReturnType<typeof createExcelDouble>,
  edit: (context: Excel.RequestContext) => void
) {
  await excel.run(async (context) => {
    edit(context);
    await context.sync();
  });
}

describe("writing the period comparison", () => {
  it("writes the two periods as dates, the matrix and every mover of the sample as tables", async () => {
    const matrix = seedComparison();
    const { excel, gateway } = start();
    const movers =
      matrix.movedUp.length +
      matrix.movedDown.length +
      matrix.newList.length +
      matrix.lostList.length;
    expect(movers).toBeGreaterThan(1000);
    const k = matrix.tiers.length;
    const outcome = await gateway.writeComparison(matrix, { language: "en-US" });
    expect(outcome).toMatchObject({
      ok: true,
      sheetName: SHEET,
      movers,
      matrixAddress: `'${SHEET}'!G14:${String.fromCharCode(71 + k + 2)}${14 + k + 1}`,
      moversAddress: `'${SHEET}'!A14:E${14 + movers}`,
    });
    const snap = excel.snapshot();
    const sheet = sheetOf(snap);
    expect(cell(sheet, 0, 0)).toBe("CRM Pyramid: period comparison");
    // The periods are Excel serial dates with a date format, not ISO text.
    expect([cell(sheet, 2, 1), cell(sheet, 2, 2)]).toEqual([
      SEED.previousYearStart,
      SEED.periodStart - 1,
    ]);
    expect([cell(sheet, 3, 1), cell(sheet, 3, 2)]).toEqual([SEED.periodStart, SEED.periodEnd]);
    for (const [r, c] of [
      [2, 1],
      [2, 2],
      [3, 1],
      [3, 2],
    ])
      expect(format(sheet, r, c)).toBe("yyyy-mm-dd");
    expect(sheet.values!.slice(5, 11).map((r) => r.slice(0, 2))).toEqual([
      ["Moved up", matrix.movedUp.length],
      ["Moved down", matrix.movedDown.length],
      ["Same tier", matrix.stayed],
      ["New (no row in period A)", matrix.newCustomers],
      ["Lost (no row in period B)", matrix.lost],
      ["Customers in the two periods", matrix.customers],
    ]);

    // The matrix: rows tier in A + New, columns tier in B + Lost + Total; the Total row below.
    const labels = matrix.tiers.map((t) => t.label);
    expect(tableOf(snap, "CRMPyramid_Migration")).toMatchObject({ sheet: SHEET });
    const grid = sheet.values!.slice(13, 13 + k + 4).map((r) => r.slice(6, 6 + k + 3));
    expect(grid[0]).toEqual(["Tier in A \\ tier in B", ...labels, "Lost", "Total"]);
    // A blank row between the table and its Total row (Excel would grow the table over it).
    expect(grid.slice(1).map((r) => r[0])).toEqual([...labels, "New", "", "Total"]);
    expect(grid[k + 2].every((v) => v === "")).toBe(true);
    matrix.counts.forEach((counts, from) =>
      counts.forEach((n, to) =>
        expect(grid[1 + from][1 + to]).toBe(from === k && to === k ? "" : n)
      )
    );
    const total = grid[k + 3];
    expect(total[k + 2]).toBe(matrix.customers);
    expect(total[k + 1]).toBe(matrix.lost);
    expect(grid[k + 1][k + 2]).toBe(matrix.newCustomers);

    // Every mover, one row each, with the tiers' labels and the movement.
    expect(tableOf(snap, "CRMPyramid_Movers")).toMatchObject({
      sheet: SHEET,
      address: `A14:E${14 + movers}`,
    });
    expect(sheet.values![13].slice(0, 5)).toEqual([
      "Customer",
      "Name",
      "Tier in A",
      "Tier in B",
      "Movement",
    ]);
    const rows = moverRows(sheet, movers);
    const expected = [
      ...matrix.movedUp.map((m) => [m.id, m.name, labels[m.from], labels[m.to], "Up"]),
      ...matrix.movedDown.map((m) => [m.id, m.name, labels[m.from], labels[m.to], "Down"]),
      ...matrix.newList.map((m) => [m.id, m.name, "", labels[m.to], "New"]),
      ...matrix.lostList.map((m) => [m.id, m.name, labels[m.from], "", "Lost"]),
    ];
    expect(rows).toEqual(expected);
    expect(new Set(rows.map((r) => r[0])).size).toBe(movers);
    // The source sheet is untouched.
    expect(sheetOf(snap, "Sales").values).toEqual([HEADER, ...salesRows(10)]);
  });

  it("writes the headings in Chinese when the output language is zh-CN", async () => {
    const { excel, gateway } = start();
    const outcome = await gateway.writeComparison(syntheticComparison(3), { language: "zh-CN" });
    expect(outcome).toMatchObject({ ok: true, sheetName: "CRM 期间对比" });
    const sheet = sheetOf(excel.snapshot(), "CRM 期间对比");
    expect(cell(sheet, 0, 0)).toBe("CRM 金字塔：期间对比");
    expect(cell(sheet, 2, 0)).toBe("A 期（较早）");
    expect(sheet.values![13].slice(0, 5)).toEqual(["客户", "名称", "A 期层级", "B 期层级", "变动"]);
    expect(cell(sheet, 14, 4)).toBe("上升");
    expect(cell(sheet, 13, 6)).toBe("A 期层级 \\ B 期层级");
  });

  it("a later write in the other language keeps the sheet it wrote before, under its name", async () => {
    const { excel, gateway } = start();
    await gateway.writeComparison(syntheticComparison(3), { language: "zh-CN" });
    const again = await gateway.writeComparison(syntheticComparison(4), { language: "en-US" });
    expect(again).toMatchObject({ ok: true, sheetName: "CRM 期间对比" });
    const names = excel.snapshot().sheets.map((s) => s.name);
    expect(names).toContain("CRM 期间对比");
    expect(names).not.toContain(SHEET);
    expect(cell(sheetOf(excel.snapshot(), "CRM 期间对比"), 0, 0)).toBe(
      "CRM Pyramid: period comparison"
    );
  });

  it("a re-run updates the sheet and tables in place; a user's formulas and notes keep working", async () => {
    const { excel, gateway } = start();
    expect((await gateway.writeComparison(syntheticComparison(50), { language: "en-US" })).ok).toBe(
      true
    );
    const firstSheetCount = excel.snapshot().sheets.length;
    // The user points formulas on their own sheet at the tables and adds a note beside the report.
    await userEdit(excel, (context) => {
      const mine = context.workbook.worksheets.add("Mine");
      mine.getRange("A1:A2").formulas = [
        ["=SUM(CRMPyramid_Migration[Lost])"],
        ["='CRM Comparison'!B10"],
      ];
      context.workbook.worksheets.getItem(SHEET).getRange("E5").values = [["my note"]];
    });
    const read = async () => {
      let values: unknown[][] = [];
      await excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem("Mine").getRange("A1:A2").load("values");
        await context.sync();
        values = range.values;
      });
      return values;
    };
    expect(await read()).toEqual([[50], [50]]);

    // The next comparison has fewer movers: the tables shrink, the formulas follow.
    const outcome = await gateway.writeComparison(syntheticComparison(5, "D"), {
      language: "en-US",
    });
    expect(outcome).toMatchObject({ ok: true, movers: 20, moversAddress: `'${SHEET}'!A14:E34` });
    expect(await read()).toEqual([[5], [5]]);
    const snap = excel.snapshot();
    expect(snap.sheets).toHaveLength(firstSheetCount + 1);
    const sheet = sheetOf(snap);
    expect(cell(sheet, 4, 4)).toBe("my note");
    expect(tableOf(snap, "CRMPyramid_Movers")?.address).toBe("A14:E34");
    expect(moverRows(sheet, 20)[0]).toEqual([
      "D000000",
      "Customer 0",
      labelOf(1),
      labelOf(0),
      "Up",
    ]);
    // The old movers' rows below the shrunk table are cleared.
    expect((sheet.values ?? []).slice(34).every((r) => r.slice(0, 5).every((v) => v === ""))).toBe(
      true
    );
    expect(sheetOf(snap, "Mine").formulas?.[0]?.[0]).toBe("=SUM(CRMPyramid_Migration[Lost])");
    // One hidden name on the sheet's A1 and one per region.
    const names = (snap.names ?? []).map((n) => n.name).filter((n) => n.includes("Comparison"));
    expect(names.sort()).toEqual(
      [
        OWNED_NAMES.comparisonSheet,
        OWNED_NAMES.comparisonReport,
        OWNED_NAMES.comparisonMatrix,
        OWNED_NAMES.comparisonMovers,
      ].sort()
    );
  });

  it("a cell the user changed in the matrix stops the write (nothing written) until they allow it", async () => {
    const { excel, gateway } = start();
    await gateway.writeComparison(syntheticComparison(4), { language: "en-US" });
    await userEdit(excel, (context) => {
      context.workbook.worksheets.getItem(SHEET).getRange("H15").values = [[999]];
    });
    const before = excel.snapshot();
    const undo = excel.undoRecords;
    const outcome = await gateway.writeComparison(syntheticComparison(9), { language: "en-US" });
    expect(outcome).toMatchObject({
      ok: false,
      reason: "occupied",
      conflict: "edited",
      address: `'${SHEET}'!G15:M15`,
    });
    expect(excel.snapshot()).toEqual(before);
    expect(excel.undoRecords).toBe(undo);

    const allowed = await gateway.writeComparison(syntheticComparison(9), {
      language: "en-US",
      overwrite: true,
    });
    expect(allowed).toMatchObject({ ok: true, movers: 36 });
    expect(cell(sheetOf(excel.snapshot()), 14, 7)).toBe(0);
  });

  it("a user's cell where the movers table would grow stops the write", async () => {
    const { excel, gateway } = start();
    await gateway.writeComparison(syntheticComparison(2), { language: "en-US" });
    await userEdit(excel, (context) => {
      context.workbook.worksheets.getItem(SHEET).getRange("B40").values = [["keep me"]];
    });
    const before = excel.snapshot();
    const outcome = await gateway.writeComparison(syntheticComparison(10), { language: "en-US" });
    expect(outcome).toMatchObject({
      ok: false,
      reason: "occupied",
      conflict: "occupied",
      address: `'${SHEET}'!B40`,
    });
    expect(excel.snapshot()).toEqual(before);
  });

  it("a comparison sheet the user renamed is theirs: the next write makes a new sheet", async () => {
    const { excel, gateway } = start();
    await gateway.writeComparison(syntheticComparison(3), { language: "en-US" });
    await userEdit(excel, (context) => {
      context.workbook.worksheets.getItem(SHEET).name = "Q1 review";
    });
    const theirs = sheetOf(excel.snapshot(), "Q1 review");
    const outcome = await gateway.writeComparison(syntheticComparison(6), { language: "en-US" });
    expect(outcome).toMatchObject({ ok: true, sheetName: SHEET, movers: 24 });
    const snap = excel.snapshot();
    expect(sheetOf(snap, "Q1 review")).toEqual(theirs);
    expect(cell(sheetOf(snap), 5, 1)).toBe(6);
    // The table names stay with the user's sheet; the new sheet's tables get Excel's names.
    expect(tableOf(snap, "CRMPyramid_Movers")?.sheet).toBe("Q1 review");
    expect(snap.tables?.filter((t) => t.sheet === SHEET)).toHaveLength(2);
    expect(snap.names?.find((n) => n.name === OWNED_NAMES.comparisonSheet)?.formula).toBe(
      `='${SHEET}'!$A$1`
    );
    // And the new sheet is the add-in's from then on: written again in place.
    expect((await gateway.writeComparison(syntheticComparison(1), { language: "en-US" })).ok).toBe(
      true
    );
    expect(sheetOf(excel.snapshot(), "Q1 review")).toEqual(theirs);
  });

  it("writes 20,000 movers, one row each, ids and names formula-safe", async () => {
    const matrix = syntheticComparison(5000);
    matrix.movedUp[0] = { ...matrix.movedUp[0], id: '=HYPERLINK("http://x")', name: "+1 555" };
    const { excel, gateway } = start();
    const outcome = await gateway.writeComparison(matrix, { language: "en-US" });
    expect(outcome).toMatchObject({
      ok: true,
      movers: 20000,
      moversAddress: `'${SHEET}'!A14:E20014`,
    });
    const sheet = sheetOf(excel.snapshot());
    expect(moverRows(sheet, 20000)).toHaveLength(20000);
    expect(cell(sheet, 14, 0)).toBe('=HYPERLINK("http://x")');
    expect(cell(sheet, 14, 1)).toBe("+1 555");
    expect(sheet.formulas?.[14]?.[0] ?? null).toBeNull();
    // Typed text (valuesAsJson, ExcelApi 1.16): safe without the Text format, so none is set.
    expect(format(sheet, 14, 0)).toBe("General");
    expect(cell(sheet, 20013, 0)).toBe("C019999");
    expect(cell(sheet, 20013, 4)).toBe("Lost");
  });

  it("one write at a time: a second one while the first runs is refused as busy", async () => {
    const { gateway } = start();
    const first = gateway.writeComparison(syntheticComparison(3), { language: "en-US" });
    const second = await gateway.writeComparison(syntheticComparison(3), { language: "en-US" });
    expect(second).toMatchObject({ ok: false, reason: "busy" });
    expect((await first).ok).toBe(true);
  });

  it("Apply and the comparison share one lock and one outputs record", async () => {
    const { excel, gateway } = start();
    const ref = { kind: "range" as const, address: "Sales!A1:C11" };
    const setup = setupFor(ref);
    const data = await gateway.readSource(ref);
    // Apply while the comparison is being written is refused, and the other way round.
    const writing = gateway.writeComparison(syntheticComparison(3), { language: "en-US" });
    expect(await gateway.applyResult(setup, data, tier(data, setup))).toMatchObject({
      ok: false,
      reason: "busy",
    });
    expect((await writing).ok).toBe(true);
    const applying = gateway.applyResult(setup, data, tier(data, setup));
    expect(
      await gateway.writeComparison(syntheticComparison(3), { language: "en-US" })
    ).toMatchObject({ ok: false, reason: "busy" });
    expect((await applying).ok).toBe(true);
    // Apply saved the outputs record again: the comparison's prints are still in it, so an edit on
    // the comparison sheet is still noticed.
    await userEdit(excel, (context) => {
      context.workbook.worksheets.getItem(SHEET).getRange("A15").values = [["typed"]];
    });
    expect(
      await gateway.writeComparison(syntheticComparison(3), { language: "en-US" })
    ).toMatchObject({
      ok: false,
      reason: "occupied",
      conflict: "edited",
      address: `'${SHEET}'!A15:E15`,
    });
  });

  it("while a cell is being edited nothing is written and the outcome says why", async () => {
    const { excel, gateway } = start();
    const before = excel.snapshot();
    excel.enterCellEdit();
    const outcome = await gateway.writeComparison(syntheticComparison(3), { language: "en-US" });
    expect(outcome).toMatchObject({ ok: false, reason: "cell-edit" });
    excel.leaveCellEdit();
    expect(excel.snapshot()).toEqual(before);
  });
});

function labelOf(tier: number): string {
  return seedComparison().tiers[tier].label;
}
