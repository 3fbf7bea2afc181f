import { screen, waitFor } from "@testing-library/react";
import { chooseOption, findTierTable, renderPane, tierRow } from "./renderPane";
import { rankedCustomers } from "./sampleRows";

describe("column mapping", () => {
  it("shows the detected mapping with its confidence", async () => {
    renderPane(rankedCustomers(20));
    await findTierTable();
    const revenue = screen.getByRole("combobox", { name: "Revenue" });
    expect(revenue.textContent).toBe("B: Net sales");
    expect(screen.getByRole("combobox", { name: "Customer" }).textContent).toBe("A: Client");
    expect(screen.getByRole("combobox", { name: "Cost" }).textContent).toBe("D: Cost");
    expect(screen.getByRole("combobox", { name: "Date" }).textContent).toBe("(none)");
    expect(screen.getAllByText("Detected, 100% sure").length).toBeGreaterThanOrEqual(3);
    expect(screen.getAllByText("Not found in the header").length).toBeGreaterThan(0);
  });

  it("re-computes the preview when the revenue column is changed in its dropdown", async () => {
    renderPane(rankedCustomers(20));
    let table = await findTierTable();
    // Net sales: 10 + 20 + ... + 200 = 2,100.
    expect(tierRow(table, "All existing customers")[2]).toBe("$2,100");
    chooseOption("Revenue", "C: Gross amount");
    await waitFor(() => {
      table = screen.getByRole("table", { name: "Customers, revenue and profit per tier" });
      expect(tierRow(table, "All existing customers")[2]).toBe("$210,000");
    });
    expect(screen.getByRole("combobox", { name: "Revenue" }).textContent).toBe("C: Gross amount");
    expect(screen.getByText("Chosen by you")).toBeTruthy();
  });

  it("asks for the revenue column when it is unmapped and shows no tiers", async () => {
    renderPane(rankedCustomers(20));
    await findTierTable();
    chooseOption("Revenue", "(none)");
    expect(await screen.findByText("Choose the Revenue column to see tiers.")).toBeTruthy();
    expect(screen.getByRole("combobox", { name: "Revenue" }).textContent).toBe("(none)");
  });
});

describe("hidden rows", () => {
  it("re-reads the same source without hidden rows when the user ticks the box, keeping the mapping", async () => {
    const { workbook } = renderPane(rankedCustomers(20));
    await findTierTable();
    chooseOption("Revenue", "C: Gross amount");
    const readsBefore = workbook.readCalls.length;
    expect(workbook.readCalls.at(-1)?.includeHiddenRows).toBe(true);
    screen.getByRole("checkbox", { name: "Skip hidden and filtered-out rows" }).click();
    await waitFor(() => expect(workbook.readCalls.length).toBe(readsBefore + 1));
    expect(workbook.readCalls.at(-1)?.includeHiddenRows).toBe(false);
    await findTierTable();
    expect(screen.getByRole("combobox", { name: "Revenue" }).textContent).toBe("C: Gross amount");
  });
});
