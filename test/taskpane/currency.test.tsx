/**
 * The pane's currency (issue 17), over the real adapter and the strict double: it starts from the
 * culture Excel reports (ExcelApi 1.11), else from the display language's region; money shows in it
 * in both languages; the language switch keeps it; Apply saves it and writes its number format.
 */
import "./resizeObserverStub";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { createExcelDouble, type CellValue, type WorkbookJson } from "../../src/double";
import { createExcelGateway } from "../../src/excel";
import { SETUP_KEY } from "../../src/excel/setupStore";
import type { RunSetup } from "../../src/excel/runSetup";
import type { Locale } from "../../src/i18n";
import { App } from "../../src/taskpane/App";
import { runEngineInline } from "../../src/taskpane/engine/runEngine";
import { chooseOption, findTierTable } from "./renderPane";
import { rankedCustomers } from "./sampleRows";

const ZH_CAPTION = "各层级的客户数、销售额和利润";

function workbook(extra: Partial<WorkbookJson> = {}): WorkbookJson {
  const { header, rows } = rankedCustomers(40);
  return {
    sheets: [{ name: "Sales", values: [header, ...rows] as CellValue[][] }],
    selection: "Sales!A1",
    ...extra,
  };
}

function open(
  excel: ReturnType<typeof createExcelDouble>,
  props: { initialLocale?: Locale; displayLanguage?: string } = {}
) {
  render(
    <App
      gateway={createExcelGateway(excel.run, excel.requirements)}
      runEngine={runEngineInline}
      {...props}
    />
  );
}

const currencyBox = (label = "Currency") => screen.getByRole("combobox", { name: label });

/** Every number format on the sheets the add-in wrote. */
function outputFormats(json: WorkbookJson): string[] {
  return json.sheets
    .filter((sheet) => sheet.name !== "Sales")
    .flatMap((sheet) => (sheet.numberFormats ?? []).flat())
    .filter((format): format is string => typeof format === "string");
}

function savedSetup(excel: ReturnType<typeof createExcelDouble>): RunSetup {
  return JSON.parse(excel.snapshot().settings![SETUP_KEY] as string) as RunSetup;
}

describe("the pane's currency", () => {
  it("an en-GB workbook: £ in the pane and the sheets, in both languages, kept by the switch", async () => {
    const excel = createExcelDouble(workbook({ culture: "en-GB" }));
    open(excel);
    const table = await findTierTable();
    await waitFor(() => expect(currencyBox().textContent).toBe("British Pound (£)"));
    await waitFor(() => expect(table.textContent).toMatch(/£/));
    expect(table.textContent).not.toMatch(/\$/);

    chooseOption("Language", "中文（简体）");
    const zhTable = await findTierTable(ZH_CAPTION);
    expect(currencyBox("货币").textContent).toBe("英镑（£）");
    expect(zhTable.textContent).toMatch(/£/);
    expect(zhTable.textContent).not.toMatch(/[$¥]/);

    fireEvent.click(screen.getByRole("button", { name: "写入工作簿" }));
    await screen.findByText("完成。");
    expect(savedSetup(excel).output).toMatchObject({ currency: "GBP", language: "zh-CN" });
    expect(outputFormats(excel.snapshot())).toContain('"£"#,##0');
    expect(outputFormats(excel.snapshot()).filter((f) => /[$¥]/.test(f))).toEqual([]);
  });

  it("Apply in English writes the same £ format", async () => {
    const excel = createExcelDouble(workbook({ culture: "en-GB" }));
    open(excel);
    await findTierTable();
    await waitFor(() => expect(currencyBox().textContent).toBe("British Pound (£)"));
    fireEvent.click(screen.getByRole("button", { name: "Apply to workbook" }));
    await screen.findByText("Done.");
    expect(savedSetup(excel).output.currency).toBe("GBP");
    expect(outputFormats(excel.snapshot())).toContain('"£"#,##0');
  });

  it("below ExcelApi 1.11 the display language's region decides, and figures follow its locale", async () => {
    const excel = createExcelDouble(workbook({ culture: "en-US" }), { maxExcelApi: "1.10" });
    open(excel, { displayLanguage: "de-DE" });
    const table = await findTierTable();
    await waitFor(() => expect(currencyBox().textContent).toBe("Euro (€)"));
    // de-DE digit grouping inside English texts: customer 40 bought 40 × 1,000 = 40.000 €.
    await waitFor(() => expect(table.textContent).toMatch(/\d\.\d{3}\s€/));
  });

  it("the user's choice is what Apply saves; a Chinese display language alone gives CNY", async () => {
    const excel = createExcelDouble(workbook(), { maxExcelApi: "1.10" });
    open(excel, { initialLocale: "zh-CN", displayLanguage: "zh-CN" });
    await findTierTable(ZH_CAPTION);
    await waitFor(() => expect(currencyBox("货币").textContent).toBe("人民币（¥）"));
    chooseOption("货币", "美元（$）");
    fireEvent.click(screen.getByRole("button", { name: "写入工作簿" }));
    await screen.findByText("完成。");
    expect(savedSetup(excel).output.currency).toBe("USD");
    expect(outputFormats(excel.snapshot())).toContain('"$"#,##0');
  });

  it("an older saved set-up without a currency gets the default when the pane opens", async () => {
    const excel = createExcelDouble(workbook(), { maxExcelApi: "1.10" });
    open(excel, { displayLanguage: "en-GB" });
    await findTierTable();
    fireEvent.click(screen.getByRole("button", { name: "Apply to workbook" }));
    await screen.findByText("Done.");
    const setup = savedSetup(excel);
    delete setup.output.currency;
    await excel.run(async (context) => {
      context.workbook.settings.add(SETUP_KEY, JSON.stringify(setup));
      await context.sync();
    });
    cleanup(); // close the pane; open it again on the workbook
    open(excel, { displayLanguage: "en-GB" });
    await findTierTable();
    await waitFor(() => expect(currencyBox().textContent).toBe("British Pound (£)"));
  });
});
