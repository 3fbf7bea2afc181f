import { fireEvent, screen, waitFor } from "@testing-library/react";
import { seedCaseWorkbook } from "../../src/double/seedCase";
import { rowLabel } from "../../src/engine";
import { chooseOption, findTierTable, openSection, renderPane, tierRow } from "./renderPane";
import { rankedCustomers } from "./sampleRows";

const ZH_CAPTION = "各层级的客户数、销售额和利润";

describe("languages", () => {
  it("switches to zh-CN: headings, tier labels, numbers and currency", async () => {
    const { header, rows } = seedCaseWorkbook();
    renderPane({ header, rows });
    await findTierTable();
    chooseOption("Language", "中文（简体）");
    const table = await findTierTable(ZH_CAPTION);
    for (const heading of ["数据来源", "分层方案", "预览", "洞察", "写入"]) {
      expect(screen.getByRole("heading", { level: 2, name: heading })).toBeTruthy();
    }
    expect(screen.getByRole("heading", { level: 1, name: "CRM 客户金字塔" })).toBeTruthy();
    expect(tierRow(table, "VIP客户")[1]).toBe("21");
    expect(tierRow(table, "大客户")[1]).toBe("85");
    expect(tierRow(table, "中级客户")[1]).toBe("319");
    expect(tierRow(table, "小客户")[1]).toBe("1,701");
    expect(tierRow(table, "不积极的客户")[1]).toBe("154");
    expect(tierRow(table, "潜在客户")[1]).toBe("250");
    expect(tierRow(table, "需置疑的客户")[1]).toBe("1,000");
    // The set-up's currency (USD here), not the language's: issue 17.
    expect(tierRow(table, "全部现有客户")[2]).toBe("$9,956,000");
    expect(screen.getByRole("combobox", { name: "销售额" }).textContent).toBe("D：Revenue");
    expect(screen.getByRole("button", { name: "写入工作簿" })).toBeTruthy();
    expect(screen.getByRole("main").getAttribute("lang")).toBe("zh-CN");
  });

  it("uses the full-width colon in the Chinese pane (source line, what-if label, insights)", async () => {
    const { header, rows } = seedCaseWorkbook();
    renderPane({ header, rows }, { initialLocale: "zh-CN" });
    await findTierTable(ZH_CAPTION);
    openSection("洞察");
    expect(screen.getByText(/^区域：/)).toBeTruthy();
    expect(
      screen.getByRole("slider", { name: /^将小客户中这一比例的客户提升一层：/ })
    ).toBeTruthy();
    const main = screen.getByRole("main");
    const labels = [...main.querySelectorAll("label")].map((l) => l.textContent ?? "");
    for (const text of [main.textContent ?? "", ...labels])
      expect(text).not.toMatch(/(?<!\s):(\s|$)/);
  });

  it("starts in zh-CN and writes Chinese labels and the zh-CN output language", async () => {
    const { workbook } = renderPane(rankedCustomers(100), { initialLocale: "zh-CN" });
    await findTierTable(ZH_CAPTION);
    fireEvent.click(screen.getByRole("button", { name: "写入工作簿" }));
    await screen.findByText("完成。");
    const { setup, result } = workbook.applyCalls[0];
    expect(setup.output.language).toBe("zh-CN");
    expect(setup.tiering.scheme.tiers.map((t) => t.label)).toEqual([
      "VIP客户",
      "大客户",
      "中级客户",
      "小客户",
    ]);
    expect(rowLabel(result, 99)).toBe("VIP客户");
    // Saved with the set-up, so Refresh tiers (no pane) writes the non-buyer groups in Chinese too.
    expect(setup.tiering.options?.groupLabels).toEqual({
      inactive: "不积极的客户",
      prospect: "潜在客户",
      suspect: "需置疑的客户",
    });
  });

  it("keeps a renamed tier when the language changes, and switches back", async () => {
    renderPane(rankedCustomers(100));
    await findTierTable();
    fireEvent.change(screen.getByRole("textbox", { name: "Name of tier 1" }), {
      target: { value: "Gold" },
    });
    chooseOption("Language", "中文（简体）");
    const table = await findTierTable(ZH_CAPTION);
    await waitFor(() => expect(tierRow(table, "大客户")[1]).toBe("4"));
    expect(tierRow(table, "Gold")[1]).toBe("1");
    chooseOption("语言", "English");
    await waitFor(() =>
      expect(tierRow(screen.getByRole("table", { name: /per tier/ }), "Large")[1]).toBe("4")
    );
  });

  it("translates the problem reasons", async () => {
    renderPane(
      {
        header: ["Customer", "Revenue"],
        rows: [
          ["C1", 100],
          ["C2", "abc"],
        ],
      },
      { initialLocale: "zh-CN" }
    );
    await findTierTable(ZH_CAPTION);
    openSection(/^问题单元格/);
    expect(screen.getByRole("button", { name: "Sales!B3：不是数字（abc）" })).toBeTruthy();
  });
});
