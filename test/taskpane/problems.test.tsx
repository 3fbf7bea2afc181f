import { fireEvent, screen, waitFor } from "@testing-library/react";
import { findTierTable, openSection, renderPane } from "./renderPane";

const rows = [
  ["C1", 100],
  ["C2", "abc"],
  ["C3", 300],
  ["", 50],
];

describe("problems", () => {
  it("lists the bad cells with address and reason, and selects one when clicked", async () => {
    const { workbook } = renderPane({ header: ["Customer", "Revenue"], rows });
    await findTierTable();
    openSection(/^Problems \(2\)$/);
    expect(screen.getByText("2 cells could not be used. Select one to go to it.")).toBeTruthy();
    const bad = screen.getByRole("button", { name: "Sales!B3: not a number (abc)" });
    expect(screen.getByRole("button", { name: "Sales!A5: missing customer id (—)" })).toBeTruthy();
    fireEvent.click(bad);
    await waitFor(() => expect(workbook.selected).toEqual(["Sales!B3"]));
  });

  it("says when there is no problem cell", async () => {
    renderPane({ header: ["Customer", "Revenue"], rows: [["C1", 1]] });
    await findTierTable();
    openSection(/^Problems \(0\)$/);
    expect(screen.getByText("No problem cells.")).toBeTruthy();
  });

  it("shows a failed selection", async () => {
    const { workbook } = renderPane({ header: ["Customer", "Revenue"], rows });
    workbook.select = () => Promise.reject(new Error("the sheet is protected"));
    await findTierTable();
    openSection(/^Problems/);
    fireEvent.click(screen.getByRole("button", { name: "Sales!B3: not a number (abc)" }));
    expect(
      await screen.findByText("Could not select the cell: the sheet is protected")
    ).toBeTruthy();
  });
});
