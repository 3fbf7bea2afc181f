/**
 * English texts with a count and a noun choose the noun's form through Intl.PluralRules and print the
 * count through the locale's formatter: "1 data row", "2 data rows", "1,234 data rows". Chinese has one
 * form (and no "1 data rows" to get wrong), but its counts are formatted too.
 */
import { createFormatter, messagesFor } from "../../src/i18n";
import { renderCoded, type Coded, type Family } from "../../src/i18n/coded";
import { FAMILIES } from "../../src/i18n/codes/families";
import { countNoun, pluralForm } from "../../src/i18n/plural";

const en = createFormatter("en-US");
const zh = createFormatter("zh-CN");
const t = messagesFor("en-US");
const tZh = messagesFor("zh-CN");

describe("countNoun / pluralForm", () => {
  const rows = { one: "row", other: "rows" };
  it("picks one/other by Intl.PluralRules and formats the count", () => {
    expect(countNoun(en, 1, rows)).toBe("1 row");
    expect(countNoun(en, 2, rows)).toBe("2 rows");
    expect(countNoun(en, 0, rows)).toBe("0 rows");
    expect(countNoun(en, 1234, rows)).toBe("1,234 rows");
  });
  it("falls back to `other` when a locale has no form of its own (Chinese)", () => {
    expect(pluralForm(zh, 1, { one: "x", other: "行" })).toBe("行");
    expect(countNoun(zh, 1234, { other: "行" })).toBe("1,234 行");
  });
});

/** Each pane text with a count, rendered for n: [the call, English for 1, 2 and 1,234]. */
const PANE: [string, (n: number) => string, string, string, string][] = [
  ["sourceRows", (n) => t.sourceRows(n, en), "1 data row", "2 data rows", "1,234 data rows"],
  [
    "rowsUsed",
    (n) => t.rowsUsed(n, n, en),
    "1 row used, 1 skipped.",
    "2 rows used, 2 skipped.",
    "1,234 rows used, 1,234 skipped.",
  ],
  [
    "pyramidBar",
    (n) => t.pyramidBar("VIP", n, en),
    "VIP: 1 customer",
    "VIP: 2 customers",
    "VIP: 1,234 customers",
  ],
  [
    "whatIfMoved",
    (n) => t.whatIfMoved(n, "Small", "Medium", en),
    "1 customer moves from Small to Medium.",
    "2 customers move from Small to Medium.",
    "1,234 customers move from Small to Medium.",
  ],
  [
    "comparisonWritten",
    (n) => t.comparisonWritten("CRM Comparison", n, en),
    "the 1 customer who moved",
    "the 2 customers who moved",
    "the 1,234 customers who moved",
  ],
  [
    "newLostSummary",
    (n) => t.newLostSummary(n, n, n, en),
    "1 new, 1 lost (no row in the other period); 1 customer in the two periods.",
    "2 new, 2 lost (no row in the other period); 2 customers in the two periods.",
    "1,234 new, 1,234 lost (no row in the other period); 1,234 customers in the two periods.",
  ],
  [
    "churnCount",
    (n) => t.churnCount(n, en),
    "1 customer bought",
    "2 customers bought",
    "1,234 customers bought",
  ],
  [
    "problemsCount",
    (n) => t.problemsCount(n, en),
    "1 cell could not be used. Select it to go to it.",
    "2 cells could not be used. Select one to go to it.",
    "1,234 cells could not be used. Select one to go to it.",
  ],
  [
    "applyCharts",
    (n) => t.applyCharts(n, "Pyramid", en),
    "1 chart: Pyramid.",
    "2 charts: Pyramid.",
    "1,234 charts: Pyramid.",
  ],
  ["applyUndoSteps", (n) => t.applyUndoSteps(n, en), "(1 step)", "(2 steps)", "(1,234 steps)"],
];

describe.each(PANE)("pane text %s", (_name, render, one, two, many) => {
  it("says 1 in the singular, 2 and 1,234 in the plural, formatted", () => {
    expect(render(1)).toContain(one);
    expect(render(2)).toContain(two);
    expect(render(1234)).toContain(many);
  });
});

function family(name: string): Family<Coded> {
  return FAMILIES[name];
}

/** Each family text with a count: [family, code, params for n, English for 1, 2 and 1,234]. */
const CODED: [string, string, (n: number) => object, string, string, string][] = [
  [
    "engineWarnings",
    "blankRowsSkipped",
    (n) => ({ count: n }),
    "1 blank row skipped.",
    "2 blank rows skipped.",
    "1,234 blank rows skipped.",
  ],
  [
    "engineWarnings",
    "moreProblems",
    (n) => ({ count: n }),
    "1 further problem not listed.",
    "2 further problems not listed.",
    "1,234 further problems",
  ],
  [
    "engineWarnings",
    "longNumericIds",
    (n) => ({ count: n }),
    "1 customer id is a number with 16",
    "2 customer ids are numbers with 16",
    "1,234 customer ids are numbers",
  ],
  [
    "engineWarnings",
    "emptyTier",
    (n) => ({ label: "B", ranked: n }),
    'Tier "B" is empty with 1 ranked customer.',
    'Tier "B" is empty with 2 ranked customers.',
    'Tier "B" is empty with 1,234 ranked customers.',
  ],
  [
    "ribbonNotices",
    "refreshed",
    (n) => ({ customers: n, tierColumnAddress: "Sales!D1:D9", summarySheetName: "CRM Summary" }),
    "Tiers refreshed: 1 customer, written",
    "Tiers refreshed: 2 customers, written",
    "Tiers refreshed: 1,234 customers, written",
  ],
  [
    "ribbonNotices",
    "mappingPastSource",
    (n) => ({ field: "revenue", column: 8, address: "Sales!A1:C9", columnCount: n }),
    "has 1 column.",
    "has 2 columns.",
    "has 1,234 columns.",
  ],
  [
    "adapterMessages",
    "multipleAreas",
    (n) => ({ areas: Array.from({ length: n }, (_, i) => `A${i + 1}`) }),
    "1 area is selected (A1)",
    "2 areas are selected (A1, A2)",
    "1,234 areas are selected",
  ],
  [
    "setupProblems",
    "tooManyValues",
    (n) => ({ max: n }),
    "more than 1 value",
    "more than 2 values",
    "more than 1,234 values",
  ],
  [
    "setupProblems",
    "tooLong",
    (n) => ({ max: n }),
    "longer than 1 character",
    "longer than 2 characters",
    "longer than 1,234 characters",
  ],
  [
    "setupProblems",
    "text",
    (n) => ({ what: "tierLabel", min: 0, max: n }),
    "(text of at most 1 character)",
    "(text of at most 2 characters)",
    "(text of at most 1,234 characters)",
  ],
  [
    "setupProblems",
    "list",
    (n) => ({ of: "tiers", min: 0, max: n }),
    "a list of at most 1 tier",
    "a list of at most 2 tiers",
    "a list of at most 1,234 tiers",
  ],
  [
    "setupProblems",
    "list",
    (n) => ({ of: "headerCells", max: n }),
    "at most 1 cell",
    "at most 2 cells",
    "at most 1,234 cells",
  ],
];

describe.each(CODED)("%s.%s", (name, code, params, one, two, many) => {
  const render = (n: number, f = en) => renderCoded(family(name), { code, params: params(n) }, f);
  it("says 1 in the singular, 2 and 1,234 in the plural, formatted", () => {
    expect(render(1)).toContain(one);
    expect(render(2)).toContain(two);
    expect(render(1234)).toContain(many);
  });
  it("formats the count in Chinese too", () => {
    expect(render(1234, zh)).toContain("1,234");
  });
});

it("the Chinese pane texts format their counts", () => {
  expect(tZh.sourceRows(1234, zh)).toBe("1,234 行数据");
  expect(tZh.pyramidBar("VIP客户", 1234, zh)).toBe("VIP客户：1,234 位客户");
  expect(tZh.applyUndoSteps(1234, zh)).toContain("共 1,234 步");
});
