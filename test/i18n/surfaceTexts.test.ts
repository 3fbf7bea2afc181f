/** Texts the pane and the sheets share: chart titles, problem reasons, output names, per language. */
import { createFormatter, messagesFor } from "../../src/i18n";
import { isDefaultOutputName, outputNames, sheetText } from "../../src/i18n/sheetText";

const CHARTS = "CRMPyramid_Pyramid, CRMPyramid_Pareto, CRMPyramid_Whale";

describe("texts the pane and the sheets share", () => {
  it("the pane names the charts by the titles the sheet gives them, not by their Excel names", () => {
    const zh = messagesFor("zh-CN").applyCharts(3, CHARTS, createFormatter("zh-CN"));
    expect(zh).toBe("3 个图表：客户金字塔、各层销售额（帕累托）、鲸鱼曲线：累计利润。");
    const en = messagesFor("en-US").applyCharts(3, CHARTS, createFormatter("en-US"));
    expect(en).toBe(
      "3 charts: Customer pyramid, Revenue by tier (Pareto), Whale curve: cumulative profit."
    );
    for (const locale of ["en-US", "zh-CN"] as const) {
      const t = sheetText(locale);
      const pane = messagesFor(locale).applyCharts(3, CHARTS, createFormatter(locale));
      for (const title of [t.pyramidChart, t.paretoChart, t.whaleChart])
        expect(pane).toContain(title);
    }
  });

  it("problem reasons on the summary sheet can be worded in the sheet's language", () => {
    const reason = { code: "notANumber", params: {} } as const;
    expect(sheetText("zh-CN").problemReason(reason)).toBe("不是数字");
    expect(sheetText("en-US").problemReason(reason)).toBe("not a number");
  });

  it("output names: Chinese finance words, CRM kept; every language's default is recognised", () => {
    expect(outputNames("zh-CN")).toEqual({
      tierColumnName: "客户层级",
      summarySheetName: "CRM 汇总",
      customersSheetName: "CRM 客户明细",
    });
    expect(isDefaultOutputName("summarySheetName", "CRM Summary")).toBe(true);
    expect(isDefaultOutputName("summarySheetName", "CRM 汇总")).toBe(true);
    expect(isDefaultOutputName("tierColumnName", "Segment")).toBe(false);
  });
});
