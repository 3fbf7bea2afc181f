import { fireEvent, screen } from "@testing-library/react";
import { KEY_CUSTOMER_TIERS } from "../../src/engine";
import { adapterMessage } from "../../src/excel/adapterMessages";
import { SourceNotFoundError } from "../../src/excel/excelErrors";
import { DEFAULT_OUTPUT, type RunSetup } from "../../src/excel/runSetup";
import { findTierTable, renderPane, tierRow } from "./renderPane";
import { rankedCustomers } from "./sampleRows";

describe("error and empty states", () => {
  it("says the selection has no data rows", async () => {
    renderPane({ header: ["Customer", "Revenue"], rows: [] });
    expect(await screen.findByText(/The selection has no data rows/)).toBeTruthy();
    expect(screen.getByText("The tiers appear here as soon as the data is read.")).toBeTruthy();
    expect(screen.queryByRole("table")).toBeNull();
  });

  it("asks for the revenue column when the header has none", async () => {
    renderPane({ header: ["Customer", "Notes"], rows: [["a", "x"]] });
    expect(await screen.findByText("Choose the Revenue column to see tiers.")).toBeTruthy();
    expect(screen.getByRole("combobox", { name: "Revenue" }).textContent).toBe("(none)");
    expect(screen.queryByRole("table")).toBeNull();
  });

  it("reports a read failure and reads again with Use selection", async () => {
    const { workbook } = renderPane({ ...rankedCustomers(5), readError: "the workbook is busy" });
    expect(await screen.findByText("Could not read the data: the workbook is busy")).toBeTruthy();
    workbook.options.readError = undefined;
    fireEvent.click(screen.getByRole("button", { name: "Use selection" }));
    await findTierTable();
    expect(screen.queryByText(/Could not read the data/)).toBeNull();
  });

  it("reports when the selection cannot be described", async () => {
    renderPane({ ...rankedCustomers(5), selectionError: "no sheet is active" });
    expect(
      await screen.findByText("Could not find the selection: no sheet is active")
    ).toBeTruthy();
  });

  it("puts the adapter's coded errors into the pane's language", async () => {
    const gone = () =>
      new SourceNotFoundError(
        adapterMessage("tableNotFound", { table: "Sales" }),
        "English for logs"
      );
    renderPane({ ...rankedCustomers(5), selectionError: gone() }, { initialLocale: "zh-CN" });
    expect(await screen.findByText("找不到所选区域：找不到表格 Sales。")).toBeTruthy();
    expect(screen.queryByText(/English for logs|was not found/)).toBeNull();
  });

  it("replays the workbook's saved set-up on opening", async () => {
    const saved: RunSetup = {
      version: 1,
      source: { kind: "table", tableName: "SalesTable" },
      includeHiddenRows: false,
      tiering: {
        mapping: { customer: 0, revenue: 2 },
        scheme: { kind: "key", tiers: KEY_CUSTOMER_TIERS.map((t) => ({ ...t })) },
        options: { period: { months: 6 } },
      },
      output: { ...DEFAULT_OUTPUT, summarySheetName: "Tiers 2024" },
    };
    const { workbook } = renderPane({ ...rankedCustomers(100), savedSetup: saved });
    const table = await findTierTable();
    expect(tierRow(table, "Key")[1]).toBe("1");
    expect(tierRow(table, "All existing customers")[2]).toBe("$5,050,000");
    expect(screen.getByRole("combobox", { name: "Revenue" }).textContent).toBe("C: Gross amount");
    expect(screen.getByRole("combobox", { name: "Tiering scheme" }).textContent).toBe(
      "Key-customer pyramid (1/19/30/50)"
    );
    expect(workbook.readCalls[0].includeHiddenRows).toBe(false);
  });
});
