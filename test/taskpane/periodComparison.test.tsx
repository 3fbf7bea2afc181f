// The pane's period comparison on the sample (issue 14): 2023 against 2024 gives New and Lost customers
// (those with no row in the other year), and the matrix adds up to the customers of the two years.
import { fireEvent, screen, within } from "@testing-library/react";
import { SEED, SEED_COLUMNS, seedCaseWorkbook } from "../fixtures/seedCase";
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
