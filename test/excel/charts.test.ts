import { createExcelDouble } from "../../src/double";
import { createExcelGateway } from "../../src/excel";
import { seedCaseWorkbook, SEED } from "../../src/double/seedCase";
import { setupFor, tier } from "./helpers";
import type { RunSetup } from "../../src/excel/runSetup";

async function seedRun(maxExcelApi?: string) {
  const { header, rows } = seedCaseWorkbook();
  const excel = createExcelDouble(
    {
      sheets: [{ name: "Sales", values: [header, ...rows].map((r) => r.map((c) => c ?? "")) }],
      selection: "Sales!A5",
    },
    { maxExcelApi }
  );
  const gateway = createExcelGateway(excel.run, excel.requirements);
  const info = await gateway.describeSelection();
  const data = await gateway.readSource(info.ref);
  const setup: RunSetup = setupFor(info.ref, {
    tiering: {
      mapping: { customer: 0, name: 1, date: 2, revenue: 3, cost: 4, investment: 5, status: 6 },
      scheme: setupFor(info.ref).tiering.scheme,
      options: { whatIf: [{ from: 3, to: 2, share: 0.02 }] },
    },
  });
  const result = tier(data, setup);
  const outcome = await gateway.applyResult(setup, data, result);
  return { excel, outcome, result, snap: excel.snapshot() };
}

describe("summary sheet and charts", () => {
  it("seed case: the tier table, the three charts with their types, data and titles", async () => {
    const { outcome, snap } = await seedRun();
    expect(outcome).toMatchObject({
      ok: true,
      charts: ["CRMPyramid_Pyramid", "CRMPyramid_Pareto", "CRMPyramid_Whale"],
    });
    const summary = snap.sheets.find((s) => s.name === "CRM Summary")!;
    const table = snap.tables!.find((t) => t.name === "CRMPyramid_Tiers")!;
    expect(table).toMatchObject({ sheet: "CRM Summary", address: "A4:L12" });
    const rows = summary.values!.slice(4, 8).map((r) => [r[0], r[1]]);
    expect(rows).toEqual([
      ["VIP", SEED.tierCounts[0]],
      ["Large", SEED.tierCounts[1]],
      ["Medium", SEED.tierCounts[2]],
      ["Small", SEED.tierCounts[3]],
    ]);
    expect(summary.numberFormats![4][2]).toBe("0.0%");
    expect(summary.numberFormats![4][3]).toBe('"$"#,##0');
    expect(summary.numberFormats![4][1]).toBe("#,##0");

    const byName = Object.fromEntries(snap.charts!.map((c) => [c.name, c]));
    const pyramid = byName.CRMPyramid_Pyramid;
    expect(pyramid).toMatchObject({
      sheet: "CRM Summary",
      chartType: "BarStacked",
      title: "Customer pyramid",
    });
    expect(pyramid.series.map((s) => s.name)).toEqual(["Offset", "Customers"]);
    expect(pyramid.series[0].fillColor).toBeNull();
    expect(pyramid.series[1].resolvedValues).toEqual([1701, 319, 85, 21]);
    expect(pyramid.series[1].resolvedXValues).toEqual(["Small", "Medium", "Large", "VIP"]);
    expect(pyramid.series[0].resolvedValues).toEqual([
      0,
      (1701 - 319) / 2,
      (1701 - 85) / 2,
      (1701 - 21) / 2,
    ]);
    expect(Object.keys(pyramid.series[1].pointColors ?? {})).toHaveLength(4);

    const pareto = byName.CRMPyramid_Pareto;
    expect(pareto).toMatchObject({
      chartType: "ColumnClustered",
      title: "Revenue by tier (Pareto)",
    });
    expect(pareto.series[0]).toMatchObject({
      name: "Revenue",
      resolvedValues: [...SEED.tierRevenue],
    });
    expect(pareto.series[1]).toMatchObject({ chartType: "LineMarkers", axisGroup: "Secondary" });
    expect(pareto.series[1].resolvedValues!.at(-1)).toBeCloseTo(1, 10);
    expect(pareto.axes?.secondaryValue).toMatchObject({ numberFormat: "0%" });

    const whale = byName.CRMPyramid_Whale;
    expect(whale).toMatchObject({
      chartType: "XYScatterLinesNoMarkers",
      title: "Whale curve: cumulative profit",
    });
    expect(whale.series).toHaveLength(1);
    expect(whale.series[0].name).toBe("Cumulative % of profit");
    const xs = whale.series[0].resolvedXValues as number[];
    expect(xs.length).toBeGreaterThan(10);
    expect(xs.at(-1)).toBeCloseTo(1, 10);
    expect(whale.axes?.category).toMatchObject({ title: "% of customers" });

    // Pareto figures, what-if and the run set-up are on the sheet too.
    const flat = summary.values!.flat();
    expect(flat).toEqual(
      expect.arrayContaining([
        "Concentration (Pareto)",
        "What-if: migration",
        "Run set-up",
        "Sales!A1:G7142",
      ])
    );
  });
});
