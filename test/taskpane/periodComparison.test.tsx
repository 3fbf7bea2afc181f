// The pane's period comparison on the sample (issue 14): 2023 against 2024 gives New and Lost customers
// (those with no row in the other year), and the matrix adds up to the customers of the two years.
// "Write to workbook" hands the comparison shown to the gateway and says what happened, in both languages.
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { MigrationMatrix } from "../../src/engine";
import { SEED, SEED_COLUMNS, seedCaseWorkbook } from "../../src/double/seedCase";
import type { FakeWorkbookOptions } from "./fakeGateway";
import { findTierTable, openSection, renderPane } from "./renderPane";

const integer = (text: string | null): number => Number((text ?? "").replace(/[^\d]/g, "") || 0);

describe("period comparison", () => {
  it("compares 2023 with 2024 by who has rows in each year", async () => {
    const { header, rows } = seedCaseWorkbook();
    // Oracle: ids with a row dated in each year (a row without a date belongs to every period).
    const ids = (start: number, end: number): Set<string> => {
      const out = new Set<string>();
      for (const row of rows) {
        const d = row[SEED_COLUMNS.date];
        if (typeof d !== "number" || (d >= start && d <= end))
          out.add(String(row[SEED_COLUMNS.customer]).trim().toLowerCase());
      }
      return out;
    };
    const earlier = ids(SEED.previousYearStart, SEED.periodStart - 1);
    const later = ids(SEED.periodStart, SEED.periodEnd);
    const expectedNew = [...later].filter((id) => !earlier.has(id)).length;
    const expectedLost = [...earlier].filter((id) => !later.has(id)).length;
    const both = new Set([...earlier, ...later]).size;

    renderPane({ header, rows });
    await findTierTable();
    openSection("Insights");
    fireEvent.click(screen.getByRole("button", { name: "Compare" }));
    const matrix = await screen.findByRole("table", { name: /earlier period \(rows\)/ });
    const body = within(matrix).getAllByRole("row").slice(1);
    const cells = body.map((r) =>
      within(r)
        .getAllByRole("cell")
        .slice(1)
        .map((c) => integer(c.textContent))
    );
    const newRow = body.findIndex((r) => within(r).getAllByRole("cell")[0].textContent === "New");
    expect(newRow).toBe(body.length - 1);
    const lostColumn = cells[0].length - 1;
    expect(cells[newRow].reduce((s, n) => s + n, 0)).toBe(expectedNew);
    expect(cells.reduce((s, row) => s + row[lostColumn], 0)).toBe(expectedLost);
    expect(expectedNew + expectedLost).toBeGreaterThan(0);
    expect(cells.flat().reduce((s, n) => s + n, 0)).toBe(both);
    expect(
      screen.getByText(
        `${expectedNew.toLocaleString("en-US")} new, ${expectedLost.toLocaleString("en-US")} lost (no row in the other period); ${both.toLocaleString("en-US")} customers in the two periods.`
      )
    ).toBeTruthy();
  });
});

describe("writing the comparison to the workbook", () => {
  const movers = (m: MigrationMatrix) =>
    m.movedUp.length + m.movedDown.length + m.newList.length + m.lostList.length;

  async function compared(options: Partial<FakeWorkbookOptions> = {}, locale?: "zh-CN") {
    const { header, rows } = seedCaseWorkbook();
    const view = renderPane({ header, rows, ...options }, locale ? { initialLocale: locale } : {});
    await findTierTable(locale ? "各层级的客户数、销售额和利润" : undefined);
    openSection(locale ? "洞察" : "Insights");
    fireEvent.click(screen.getByRole("button", { name: locale ? "对比" : "Compare" }));
    await screen.findByRole("table", {
      name: locale ? /较早期间（行）/ : /earlier period \(rows\)/,
    });
    return view;
  }

  it("en-US: the button writes the comparison shown and says where it went", async () => {
    const { workbook } = await compared();
    fireEvent.click(screen.getByRole("button", { name: "Write to workbook" }));
    const n = await waitFor(() => {
      expect(workbook.comparisonCalls).toHaveLength(1);
      return movers(workbook.comparisonCalls[0].matrix);
    });
    const call = workbook.comparisonCalls[0];
    expect(call.options).toMatchObject({ language: "en-US", overwrite: false });
    // The matrix written is the one the pane shows: its New row total is on screen.
    expect(
      screen.getByText(new RegExp(`^${call.matrix.newCustomers.toLocaleString("en-US")} new, `))
    ).toBeTruthy();
    expect(
      await screen.findByText(
        `Written to the sheet “CRM Comparison”: the migration matrix and the ${n.toLocaleString("en-US")} customers who moved, as tables.`,
        { exact: false }
      )
    ).toBeTruthy();
  });

  it("zh-CN: the button asks for Chinese headings (the output language) and says so in Chinese", async () => {
    const { workbook } = await compared({}, "zh-CN");
    fireEvent.click(screen.getByRole("button", { name: "将对比写入工作簿" }));
    await waitFor(() => expect(workbook.comparisonCalls).toHaveLength(1));
    expect(workbook.comparisonCalls[0].options.language).toBe("zh-CN");
    const n = movers(workbook.comparisonCalls[0].matrix);
    expect(
      await screen.findByText(
        `已写入工作表“CRM Comparison”：迁移矩阵和 ${n.toLocaleString("en-US")} 位变动的客户（均为表格）。`,
        { exact: false }
      )
    ).toBeTruthy();
  });

  it.each([
    ["en-US", "Overwrite", "Keep the cells", "changed since CRM Pyramid wrote the comparison"],
    ["zh-CN", "覆盖", "保留单元格", "在 CRM 客户金字塔写入对比后被更改"],
  ] as const)(
    "%s: a cell the user changed on the sheet is asked about; Overwrite writes, Keep does not",
    async (locale, overwrite, keep, body) => {
      const address = "'CRM Comparison'!H15";
      const { workbook } = await compared(
        { comparisonEdited: address },
        locale === "zh-CN" ? locale : undefined
      );
      const button = locale === "zh-CN" ? "将对比写入工作簿" : "Write to workbook";
      fireEvent.click(screen.getByRole("button", { name: button }));
      const dialog = await screen.findByRole("alertdialog");
      expect(within(dialog).getByText(new RegExp(body)).textContent).toContain(address);
      fireEvent.click(within(dialog).getByRole("button", { name: keep }));
      expect(
        await screen.findByText(
          locale === "zh-CN" ? "未写入：已保留您的单元格。" : "Not written: your cells were kept."
        )
      ).toBeTruthy();
      expect(workbook.comparisonCalls).toHaveLength(1);

      // The first dialog has closed (Fluent keeps it, hidden, while it animates out).
      await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
      fireEvent.click(screen.getByRole("button", { name: button }));
      await waitFor(() =>
        fireEvent.click(
          within(screen.getByRole("alertdialog")).getByRole("button", { name: overwrite })
        )
      );
      await waitFor(() => expect(workbook.comparisonCalls).toHaveLength(3));
      expect(workbook.comparisonCalls.map((c) => c.options.overwrite)).toEqual([
        false,
        false,
        true,
      ]);
      expect(
        await screen.findByText(locale === "zh-CN" ? /^已写入工作表/ : /^Written to the sheet/)
      ).toBeTruthy();
    }
  );

  it.each([
    ["en-US", "Write to workbook", "CRM Pyramid is already writing to this workbook"],
    ["zh-CN", "将对比写入工作簿", "CRM 客户金字塔正在向此工作簿写入"],
  ] as const)("%s: another write running is said in words", async (locale, button, busy) => {
    await compared({ comparisonBusy: true }, locale === "zh-CN" ? locale : undefined);
    fireEvent.click(screen.getByRole("button", { name: button }));
    expect(await screen.findByText(new RegExp(busy))).toBeTruthy();
  });
});
