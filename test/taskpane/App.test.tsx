import { render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";
import { runEngineInline } from "../../src/taskpane/engine/runEngine";
import { seedCaseWorkbook } from "../../src/double/seedCase";
import { FakeWorkbook } from "./fakeGateway";
import { findTierTable, renderPane, tierRow } from "./renderPane";

describe("task pane", () => {
  it("renders inside a FluentProvider with its title and sections", async () => {
    const workbook = new FakeWorkbook({ header: ["Customer", "Revenue"], rows: [["a", 1]] });
    render(
      <FluentProvider theme={webLightTheme}>
        <App gateway={workbook} runEngine={runEngineInline} />
      </FluentProvider>
    );
    expect(screen.getByRole("heading", { level: 1, name: "CRM Pyramid" })).toBeTruthy();
    expect(screen.getByRole("main", { name: "CRM Pyramid" })).toBeTruthy();
    for (const name of ["Source", "Scheme", "Preview", "Insights", "Problems", "Apply"]) {
      expect(screen.getByRole("heading", { level: 2, name: new RegExp(`^${name}`) })).toBeTruthy();
    }
    await findTierTable();
  });

  it("reads the selection on opening and previews the seed case as 21 / 85 / 319 / 1,701", async () => {
    const { header, rows } = seedCaseWorkbook();
    renderPane({ header, rows });
    const table = await findTierTable();
    expect(tierRow(table, "VIP")[1]).toMatch(/^21\b/);
    expect(tierRow(table, "Large")[1]).toMatch(/^85\b/);
    expect(tierRow(table, "Medium")[1]).toMatch(/^319\b/);
    expect(tierRow(table, "Small")[1]).toMatch(/^1,701\b/);
    expect(tierRow(table, "All existing customers")[1]).toBe("2,126");
    expect(tierRow(table, "All existing customers")[2]).toBe("$9,956,000");
    expect(tierRow(table, "Inactive")[1]).toMatch(/^154/);
    expect(screen.getByText(/Sales!A1:G/)).toBeTruthy();
    // The pyramid names every tier with its count in text, not only by colour.
    const pyramid = screen.getByRole("list", { name: /Pyramid of customer tiers/ });
    expect(pyramid.textContent).toContain("VIP: 21 customers");
    expect(pyramid.textContent).toContain("Small: 1,701 customers");
  });
});
