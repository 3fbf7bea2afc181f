import { fireEvent, screen, waitFor } from "@testing-library/react";
import { chooseOption, findTierTable, renderPane, tierRow } from "./renderPane";
import { rankedCustomers } from "./sampleRows";

const counts = (labels: string[]): string[] => {
  const table = screen.getByRole("table", { name: "Customers, revenue and profit per tier" });
  return labels.map((label) => tierRow(table, label)[1]);
};

describe("scheme", () => {
  it("previews the customer pyramid 1/4/15/80 by default", async () => {
    renderPane(rankedCustomers(100));
    await findTierTable();
    expect(counts(["VIP", "Large", "Medium", "Small"])).toEqual(["1", "4", "15", "80"]);
    expect(screen.getByRole("combobox", { name: "Tiering scheme" }).textContent).toBe(
      "Customer pyramid (1/4/15/80)"
    );
  });

  it("switches to the key-customer preset and re-tiers 1/19/30/50", async () => {
    renderPane(rankedCustomers(100));
    await findTierTable();
    chooseOption("Tiering scheme", "Key-customer pyramid (1/19/30/50)");
    await waitFor(() =>
      expect(counts(["Key", "Major", "Normal", "Small"])).toEqual(["1", "19", "30", "50"])
    );
    expect(screen.queryByRole("cell", { name: /^VIP/ })).toBeNull();
  });

  it("re-tiers when a share is edited", async () => {
    renderPane(rankedCustomers(100));
    await findTierTable();
    fireEvent.change(screen.getByRole("textbox", { name: "VIP: share of customers (%)" }), {
      target: { value: "10" },
    });
    await waitFor(() =>
      expect(counts(["VIP", "Large", "Medium", "Small"])).toEqual(["10", "4", "15", "71"])
    );
  });

  it("says when a share is not a number and keeps the last valid preview", async () => {
    renderPane(rankedCustomers(100));
    await findTierTable();
    fireEvent.change(screen.getByRole("textbox", { name: "VIP: share of customers (%)" }), {
      target: { value: "ten" },
    });
    expect(await screen.findByText("Enter a number.")).toBeTruthy();
    expect(counts(["VIP"])).toEqual(["1"]);
  });

  it("renames a tier in the preview", async () => {
    renderPane(rankedCustomers(100));
    await findTierTable();
    fireEvent.change(screen.getByRole("textbox", { name: "Name of tier 1" }), {
      target: { value: "Gold" },
    });
    await waitFor(() => expect(counts(["Gold"])).toEqual(["1"]));
  });

  it("tiers by revenue thresholds, editable", async () => {
    renderPane(rankedCustomers(100));
    await findTierTable();
    chooseOption("Tiering scheme", "Revenue thresholds");
    // Seed thresholds 58,900 / 19,000 / 4,820: nobody reaches them with at most 1,000.
    await waitFor(() => expect(counts(["VIP", "Small"])).toEqual(["0", "100"]));
    fireEvent.change(screen.getByRole("textbox", { name: "VIP: revenue from (inclusive)" }), {
      target: { value: "901" },
    });
    await waitFor(() => expect(counts(["VIP", "Small"])).toEqual(["10", "90"]));
  });

  it("offers ABC by count with editable cut-offs, and ABC by value", async () => {
    renderPane(rankedCustomers(100));
    await findTierTable();
    chooseOption("Tiering scheme", "ABC by count (20/30/50)");
    await waitFor(() => expect(counts(["A", "B", "C"])).toEqual(["20", "30", "50"]));
    fireEvent.change(screen.getByRole("textbox", { name: "Cut-off 1 (%)" }), {
      target: { value: "10" },
    });
    await waitFor(() => expect(counts(["A", "B", "C"])).toEqual(["10", "40", "50"]));
    chooseOption("Tiering scheme", "ABC by cumulative value (80/95)");
    await waitFor(() =>
      expect(screen.getByRole("textbox", { name: "Cut-off 1 (%)" })).toHaveProperty("value", "80")
    );
  });

  it("offers ABC by growth, the value matrix and RFM", async () => {
    renderPane(rankedCustomers(100));
    await findTierTable();
    chooseOption("Tiering scheme", "ABC by growth (10% two years running)");
    expect(
      await screen.findByRole("textbox", { name: "B: minimum yearly growth (%)" })
    ).toBeTruthy();
    chooseOption("Tiering scheme", "Value matrix (perceived × lifetime value)");
    await waitFor(() => expect(counts(["No score"])).toEqual(["100"]));
    chooseOption("Tiering scheme", "RFM segments");
    expect(await screen.findByDisplayValue("Champions")).toBeTruthy();
  });

  it("builds a custom scheme with an added tier", async () => {
    renderPane(rankedCustomers(100));
    await findTierTable();
    chooseOption("Tiering scheme", "Custom");
    fireEvent.click(screen.getByRole("button", { name: "Add tier" }));
    await waitFor(() => expect(counts(["Tier 5"])).toEqual(["0"]));
    fireEvent.change(screen.getByRole("textbox", { name: "Small: share of customers (%)" }), {
      target: { value: "50" },
    });
    await waitFor(() => expect(counts(["Small", "Tier 5"])).toEqual(["50", "30"]));
  });

  it("asks for a date column before the Inactive period can be set", async () => {
    renderPane(rankedCustomers(10));
    await findTierTable();
    expect(screen.getByText("Map a date column to find Inactive customers.")).toBeTruthy();
    expect(screen.queryByRole("textbox", { name: "Period length (months)" })).toBeNull();
  });
});
