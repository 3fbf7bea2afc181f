import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { seedCaseWorkbook } from "../../src/double/seedCase";
import { findTierTable, openSection, renderPane } from "./renderPane";
import { rankedCustomers } from "./sampleRows";

/** The figure (dd) after a label (dt) in a description list. */
const figure = (label: string): string => {
  const text = screen.getByText(label);
  return (text.closest("dt") ?? text).nextElementSibling?.textContent ?? "";
};

describe("insights", () => {
  it("what-if slider: moving more of Small up one tier changes the revenue change figure", async () => {
    renderPane(rankedCustomers(100));
    await findTierTable();
    openSection("Insights");
    // 2% of 80 Small customers = 2 move to Medium: +2 × (880 − 405) on 50,500.
    expect(figure("Revenue change")).toBe("+1.9%");
    expect(screen.getByText("2 customers move from Small to Medium.")).toBeTruthy();
    const slider = screen.getByRole("slider", { name: /Move this share of Small up one tier/ });
    fireEvent.change(slider, { target: { value: "10" } });
    // 10%: 8 customers, +3,800.
    await waitFor(() => expect(figure("Revenue change")).toBe("+7.5%"));
    expect(figure("Profit change")).toBe("+7.5%");
  });

  it("shows the key figures, churn warnings, budget split and a period comparison for the seed", async () => {
    const { header, rows } = seedCaseWorkbook();
    renderPane({ header, rows });
    await findTierTable();
    openSection("Insights");
    expect(screen.getByText("Top 20% of customers: share of revenue")).toBeTruthy();
    expect(figure("Loss-making tiers")).toBe("Small");
    expect(figure("Revenue change")).toBe("+2.7%");

    const budget = screen.getByRole("table", { name: "Budget per tier" });
    const amounts = within(budget)
      .getAllByRole("row")
      .slice(1)
      .map((r) => within(r).getAllByRole("cell")[1].textContent);
    expect(amounts).toEqual(["$24,046", "$26,979", "$29,157", "$19,818"]);
    fireEvent.click(screen.getByRole("radio", { name: "Share of profit" }));
    await waitFor(() => expect(within(budget).getAllByRole("row")[4].textContent).toContain("$0"));

    fireEvent.click(screen.getByRole("button", { name: "Compare" }));
    const matrix = await screen.findByRole("table", { name: /earlier period \(rows\)/ });
    // The 154 customers who bought only in 2023 were buyers in the earlier period.
    const newRow = within(matrix)
      .getAllByRole("row")
      .find((r) => r.textContent?.startsWith("New"));
    expect(newRow).toBeTruthy();
    expect(screen.getByText(/moved up, .* moved down, .* stayed\./)).toBeTruthy();
  });

  it("asks for a date column for churn and period comparison", async () => {
    renderPane(rankedCustomers(10));
    await findTierTable();
    openSection("Insights");
    expect(screen.getByText("Map a date column to see churn warnings.")).toBeTruthy();
    expect(screen.getByText("Map a date column to compare periods.")).toBeTruthy();
  });
});
