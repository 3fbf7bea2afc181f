/** The browser test's text audit (test/e2e/textAudit.ts): what counts as the wrong language. */
import { cjkText, englishWords, summarise, userText } from "../e2e/textAudit";

const user = userText(
  [
    {
      name: "Sales",
      values: [
        ["Customer ID", "Status"],
        ["C00018", "Customer"],
        ["Customer 00018", "Prospect"],
      ],
    },
  ],
  ["someday"]
);

const words = (text: string) => englishWords("pane", text, user).map((f) => f.found);

describe("the text audit", () => {
  it("finds English words in Chinese text", () => {
    expect(words("层级列已写入 Sales!H1:H9；Tiers refreshed")).toEqual(["Tiers", "refreshed"]);
  });

  it("lets through the kept acronyms, product names, addresses, single letters and numbers", () => {
    expect(
      words("VIP客户 ROI CRM RFM ABC A类客户 数据仓库 SQL、DuckDB Ctrl+Z D1:D9 1,234 ¥9,956")
    ).toEqual([]);
  });

  it("lets through what the user typed: headers, sheet names, ids, names, typed values", () => {
    expect(words("A：Customer ID；Sales!A1；Customer 00018：C00018；不是日期（someday）")).toEqual(
      []
    );
    // A one-word data value is the user's only as a whole cell, not inside the add-in's sentence.
    expect(words("Customer\n客户 Customer 列")).toEqual(["Customer"]);
  });

  it("finds CJK characters and full-width punctuation in English text", () => {
    const found = cjkText("sheet", "Tier: VIP客户（1%）", user).map((f) => f.found);
    expect(found).toEqual(["客户（", "）"]);
  });

  it("reports each offending string once, with the surfaces it is on", () => {
    const findings = [
      ...englishWords("notice", "Tiers 刷新", user),
      ...englishWords("pane", "Tiers", user),
    ];
    expect(summarise(findings)).toEqual({ Tiers: "notice, pane: …Tiers 刷新…" });
  });
});
