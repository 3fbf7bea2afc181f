import { rowLabel, rowLabels, PYRAMID_TIERS, runTiering, type Cell } from "../../src/engine";
import { previewTieringSetup } from "../../src/taskpane/state/buildRunSetup";
import { whatIfForShare, withWhatIf } from "../../src/taskpane/insights/whatIfForShare";
import { columnLetters, sourceColumnLetters } from "../../src/taskpane/sections/columnLetters";
import { buildRunSetup } from "../../src/taskpane/state/buildRunSetup";
import { paneReducer } from "../../src/taskpane/state/paneReducer";
import { initialPaneState } from "../../src/taskpane/state/paneState";
import { schemeForPreset } from "../../src/taskpane/state/schemePresets";
import { paneThemeFromOffice } from "../../src/taskpane/officeTheme";

const rows: Cell[][] = [
  ["a", 100, "2024-01-05"],
  ["b", 50, "2024-02-01"],
  ["c", 10, "2023-01-01"],
  ["d", "x", "2024-03-01"],
];
const setup = {
  mapping: { customer: 0, revenue: 1, date: 2 },
  scheme: { kind: "pyramid" as const, tiers: PYRAMID_TIERS },
};

describe("worker result transport", () => {
  it("survives structured cloning: the clone gives the same row labels and figures", () => {
    const result = runTiering(rows, setup);
    const rebuilt = structuredClone(result);
    expect(rowLabels(rebuilt)).toEqual(rowLabels(result));
    expect(rowLabel(rebuilt, 2)).toBe("Inactive");
    expect(rowLabel(rebuilt, 3)).toBe("");
    expect(rebuilt.summary).toEqual(result.summary);
    // Typed arrays stay typed (checked by tag: structuredClone builds them in another realm under Jest).
    expect(Object.prototype.toString.call(rebuilt.customers.revenue)).toBe("[object Float64Array]");
  });

  it("names the groups below the ranked tiers in the pane's language, row labels included", () => {
    const zhSetup = previewTieringSetup(
      setup.mapping,
      setup.scheme,
      { periodMonths: 12, periodEnd: null },
      "zh-CN"
    );
    expect(zhSetup.options?.groupLabels?.inactive).toBe("不积极的客户");
    const zh = runTiering(rows, zhSetup);
    expect(rowLabel(zh, 2)).toBe("不积极的客户");
    expect(zh.summary.rows.map((r) => r.label).slice(4)).toEqual([
      "不积极的客户",
      "潜在客户",
      "需置疑的客户",
    ]);
    // Ranked tiers keep the scheme's labels (the user's names).
    expect(zh.tiers[0].label).toBe("VIP");
  });
});

describe("pane state", () => {
  it("relabels untouched tier labels on a language switch and keeps renamed ones", () => {
    let state = initialPaneState("en-US");
    state = paneReducer(state, {
      type: "scheme",
      scheme: {
        ...state.scheme,
        tiers: state.scheme.tiers.map((t, i) => (i === 0 ? { ...t, label: "Gold" } : t)),
      },
    } as never);
    state = paneReducer(state, { type: "locale", locale: "zh-CN" });
    expect(state.scheme.tiers.map((t) => t.label)).toEqual([
      "Gold",
      "大客户",
      "中级客户",
      "小客户",
    ]);
    expect(state.output.language).toBe("zh-CN");
  });

  it("gives a column one role: choosing it for revenue takes it from cost", () => {
    let state = initialPaneState("en-US");
    state = {
      ...state,
      mapping: { mapping: { customer: 0, revenue: 1, cost: 2 }, confidence: {}, manual: {} },
    };
    state = paneReducer(state, { type: "mapping/set", role: "revenue", column: 2 });
    expect(state.mapping.mapping).toEqual({ customer: 0, revenue: 2 });
    expect(state.mapping.manual).toEqual({ revenue: true });
  });

  it("spells out RFM's segments in the chosen language (the engine accepts a full list)", () => {
    const rfm = schemeForPreset("rfm", "zh-CN");
    expect(rfm.tiers).toHaveLength(11);
    expect(rfm.tiers[0]).toEqual({ key: "champions", label: "冠军客户" });
  });

  it("builds no RunSetup before a source is known, and the what-if on the lowest ranked tier after", () => {
    const state = initialPaneState("en-US");
    expect(buildRunSetup(state, null)).toBeNull();
    const info = {
      ref: { kind: "table" as const, tableName: "T" },
      address: "S!A1:C5",
      sheetName: "S",
      rowCount: 4,
      columnCount: 3,
      header: [],
    };
    const withSource = { ...state, source: { ...state.source, info } };
    expect(buildRunSetup(withSource, null)?.tiering.options?.whatIf).toEqual([
      { from: 3, to: 2, share: 0.02 },
    ]);
    expect(
      buildRunSetup({ ...withSource, options: { ...withSource.options, whatIfShare: 0 } }, null)
        ?.tiering.options?.whatIf
    ).toBeUndefined();
  });
});

describe("what-if from the summary", () => {
  it("matches the engine's own what-if option", () => {
    const many: Cell[][] = Array.from({ length: 200 }, (_, i) => [`c${i}`, (i + 1) * 3]);
    const base = {
      mapping: { customer: 0, revenue: 1 },
      scheme: { kind: "pyramid" as const, tiers: PYRAMID_TIERS },
    };
    const engine = runTiering(many, {
      ...base,
      options: { whatIf: [{ from: 3, to: 2, share: 0.05 }] },
    });
    const pane = whatIfForShare(runTiering(many, base), 0.05);
    expect(pane?.result).toEqual(engine.whatIf);
    expect(pane?.moved).toBe(8);
    expect(withWhatIf(runTiering(many, base), 0.05).whatIf).toEqual(engine.whatIf);
    expect(rowLabels(withWhatIf(runTiering(many, base), 0.05))).toHaveLength(200);
  });
});

describe("small helpers", () => {
  it("names columns like Excel, from the source's first column", () => {
    expect([0, 25, 26, 701, 702].map(columnLetters)).toEqual(["A", "Z", "AA", "ZZ", "AAA"]);
    expect(sourceColumnLetters("'My Sales'!$C$3:$H$9", 2)).toBe("E");
  });

  it("follows Office's theme: dark background → dark", () => {
    expect(paneThemeFromOffice({ bodyBackgroundColor: "#262626" })).toBe("dark");
    expect(paneThemeFromOffice({ bodyBackgroundColor: "#FFFFFF" })).toBe("light");
    expect(paneThemeFromOffice(undefined)).toBe("light");
  });
});
