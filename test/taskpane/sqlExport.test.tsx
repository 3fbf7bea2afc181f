/**
 * "Copy as SQL" (issue 22): the current set-up as a warehouse query, with the dialect the user picks and
 * the column names of the sheet's header; copied to the clipboard, or shown to copy by hand when Office
 * blocks the clipboard; refused in words when the scheme has no exact SQL.
 */
import "./resizeObserverStub";
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { createExcelDouble, type CellValue } from "../../src/double";
import { createExcelGateway } from "../../src/excel";
import { chooseOption, findTierTable, openSection, renderPane } from "./renderPane";
import { rankedCustomers } from "./sampleRows";

function clipboard(result: "ok" | "blocked") {
  const writeText = jest.fn(() =>
    result === "ok" ? Promise.resolve() : Promise.reject(new Error("NotAllowedError"))
  );
  Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
  return writeText;
}

async function openSql(heading: RegExp) {
  await findTierTable();
  openSection(heading);
}

describe("Copy as SQL", () => {
  it("copies a query over the header's column names, in the chosen dialect", async () => {
    const writeText = clipboard("ok");
    renderPane(rankedCustomers(30));
    await openSql(/SQL for the warehouse/);
    fireEvent.click(screen.getByRole("button", { name: "Copy as SQL" }));
    await screen.findByText("Copied. Paste it into your SQL editor.");
    const duckdb = (writeText.mock.calls[0] as unknown as [string])[0];
    expect(duckdb).toContain('"Client"');
    expect(duckdb).toContain('"Net sales"');
    expect(duckdb).toMatch(/FROM "sales"/);
    expect((screen.getByRole("textbox", { name: "Query" }) as HTMLTextAreaElement).value).toBe(
      duckdb
    );

    fireEvent.change(screen.getByRole("combobox", { name: "Database" }), {
      target: { value: "bigquery" },
    });
    fireEvent.change(screen.getByRole("textbox", { name: "Table name in the warehouse" }), {
      target: { value: "crm.sales_2024" },
    });
    fireEvent.click(screen.getByRole("button", { name: "Copy as SQL" }));
    await waitFor(() => expect(writeText).toHaveBeenCalledTimes(2));
    const bigquery = (writeText.mock.calls[1] as unknown as [string])[0];
    expect(bigquery).toContain("`Client`");
    expect(bigquery).not.toBe(duckdb);
  });

  it("shows the query to copy by hand when the clipboard is blocked", async () => {
    clipboard("blocked");
    renderPane(rankedCustomers(30));
    await openSql(/SQL for the warehouse/);
    fireEvent.click(screen.getByRole("button", { name: "Copy as SQL" }));
    await screen.findByText("Select the query below and copy it (Ctrl+C).");
    expect((screen.getByRole("textbox", { name: "Query" }) as HTMLTextAreaElement).value).toMatch(
      /SELECT customer_id/
    );
  });

  it("says why a scheme without exact SQL is refused, and writes no query", async () => {
    const writeText = clipboard("ok");
    renderPane(rankedCustomers(30));
    await findTierTable();
    chooseOption("Tiering scheme", "ABC by cumulative value (80/95)");
    openSection(/SQL for the warehouse/);
    fireEvent.click(screen.getByRole("button", { name: "Copy as SQL" }));
    expect(await screen.findByText(/cannot be written as SQL that tiers exactly/)).toBeTruthy();
    expect(writeText).not.toHaveBeenCalled();
    expect(screen.queryByRole("textbox", { name: "Query" })).toBeNull();
  });

  it("speaks Chinese in a Chinese pane", async () => {
    clipboard("ok");
    renderPane(rankedCustomers(30), { initialLocale: "zh-CN" });
    await findTierTable("各层级的客户数、销售额和利润");
    openSection(/数据仓库 SQL/);
    fireEvent.click(screen.getByRole("button", { name: "复制为 SQL" }));
    expect(await screen.findByText("已复制。请粘贴到您的 SQL 编辑器中。")).toBeTruthy();
    expect(screen.getByRole("combobox", { name: "数据库" })).toBeTruthy();
  });

  it("names the query's table after the Excel table the sales are in", async () => {
    clipboard("ok");
    const { header, rows } = rankedCustomers(30);
    const excel = createExcelDouble({
      sheets: [{ name: "Data", values: [header, ...rows] as CellValue[][] }],
      tables: [{ name: "SalesTable", sheet: "Data", address: `A1:D${rows.length + 1}` }],
      selection: "Data!B5",
    });
    renderPane(rankedCustomers(1), { gateway: createExcelGateway(excel.run, excel.requirements) });
    openSection(/SQL for the warehouse/);
    fireEvent.click(await screen.findByRole("button", { name: "Use selection" }));
    await findTierTable();
    const table = screen.getByRole("textbox", { name: "Table name in the warehouse" });
    expect((table as HTMLInputElement).value).toBe("SalesTable");
  });
});
