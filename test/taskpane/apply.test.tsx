import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { PYRAMID_TIERS, rowLabel, rowLabels } from "../../src/engine";
import { adapterMessage } from "../../src/excel/adapterMessages";
import { FakeWorkbook } from "./fakeGateway";
import { chooseOption, findTierTable, renderPane } from "./renderPane";
import { rankedCustomers } from "./sampleRows";

const applyButton = (): HTMLElement => screen.getByRole("button", { name: "Apply to workbook" });

describe("apply", () => {
  it("writes through the gateway with a RunSetup that matches the pane", async () => {
    const { workbook } = renderPane(rankedCustomers(100));
    await findTierTable();
    fireEvent.click(applyButton());
    await screen.findByText("Done.");
    expect(workbook.applyCalls).toHaveLength(1);
    const { setup, result, overwrite, data } = workbook.applyCalls[0];
    expect(overwrite).toBe(false);
    expect(data.rows).toHaveLength(100);
    expect(setup).toEqual({
      version: 1,
      source: { kind: "range", address: "Sales!A1:D101" },
      includeHiddenRows: true,
      tiering: {
        mapping: { customer: 0, revenue: 1, cost: 3 },
        scheme: { kind: "pyramid", tiers: PYRAMID_TIERS },
        options: {
          period: { months: 12 },
          whatIf: [{ from: 3, to: 2, share: 0.02 }],
          groupLabels: { inactive: "Inactive", prospect: "Prospect", suspect: "Suspect" },
        },
      },
      output: {
        tierColumnName: "Tier",
        summarySheetName: "CRM Summary",
        customersSheetName: "CRM Customers",
        charts: true,
        language: "en-US",
        currency: "USD",
      },
    });
    // The result handed over can label every row and carries the what-if shown.
    expect(rowLabels(result)[99]).toBe("VIP");
    expect(rowLabel(result, 0)).toBe("Small");
    expect(result.whatIf?.after.counts.slice(0, 4)).toEqual([1, 4, 17, 78]);
    expect(
      screen.getByText(/Tier column written at Sales!E1:E101; summary on the sheet “CRM Summary”/)
    ).toBeTruthy();
    expect(screen.getByText(/3 charts: Pyramid, Pareto, Whale curve/)).toBeTruthy();
  });

  it("sends the edited scheme and mapping", async () => {
    const { workbook } = renderPane(rankedCustomers(100));
    await findTierTable();
    chooseOption("Tiering scheme", "Key-customer pyramid (1/19/30/50)");
    chooseOption("Cost", "(none)");
    fireEvent.change(screen.getByRole("textbox", { name: "Name of tier 1" }), {
      target: { value: "Gold" },
    });
    await waitFor(() => expect(screen.getByRole("cell", { name: "Gold" })).toBeTruthy());
    fireEvent.click(applyButton());
    await screen.findByText("Done.");
    const { setup } = workbook.applyCalls[0];
    expect(setup.tiering.mapping).toEqual({ customer: 0, revenue: 1 });
    expect(setup.tiering.scheme.kind).toBe("key");
    expect(setup.tiering.scheme.tiers.map((t) => [t.key, t.label])).toEqual([
      ["key", "Gold"],
      ["major", "Major"],
      ["normal", "Normal"],
      ["small", "Small"],
    ]);
  });

  it("asks before overwriting occupied cells, naming the range, then overwrites", async () => {
    const { workbook } = renderPane({ ...rankedCustomers(20), occupied: "Sales!E1:E21" });
    await findTierTable();
    fireEvent.click(applyButton());
    const dialog = await screen.findByRole("alertdialog");
    expect(within(dialog).getByText(/Sales!E1:E21 is not empty/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole("button", { name: "Overwrite" }));
    await screen.findByText("Done.");
    expect(workbook.applyCalls.map((c) => c.overwrite)).toEqual([false, true]);
    expect(screen.queryByRole("alertdialog")).toBeNull();
  });

  it("asks about cells the user changed inside the add-in's own column, saying so", async () => {
    const { workbook } = renderPane({
      ...rankedCustomers(20),
      occupied: "Sales!E7",
      conflict: "edited",
    });
    await findTierTable();
    fireEvent.click(applyButton());
    const dialog = await screen.findByRole("alertdialog");
    expect(
      within(dialog).getByText(/Sales!E7 changed since CRM Pyramid last wrote it/)
    ).toBeTruthy();
    fireEvent.click(within(dialog).getByRole("button", { name: "Overwrite" }));
    await screen.findByText("Done.");
    expect(workbook.applyCalls.map((c) => c.overwrite)).toEqual([false, true]);
  });

  it("says what Undo takes back after a write", async () => {
    renderPane({ ...rankedCustomers(20), undo: "one-step" });
    await findTierTable();
    fireEvent.click(applyButton());
    await screen.findByText("Done.");
    expect(screen.getByText(/takes back this whole write in one step/)).toBeTruthy();
  });

  it("names the damaged field of a saved set-up and starts from the selection", async () => {
    renderPane({ ...rankedCustomers(20), damagedField: "tiering.mapping.revenue" });
    expect(
      await screen.findByText(
        /set-up saved in this workbook is damaged \(tiering\.mapping\.revenue\)/
      )
    ).toBeTruthy();
    await findTierTable();
  });

  it("says so when another write is already running", async () => {
    renderPane({ ...rankedCustomers(20), busy: true });
    await findTierTable();
    fireEvent.click(applyButton());
    expect(await screen.findByText(/already writing to this workbook/)).toBeTruthy();
  });

  it("says to finish editing the cell when Excel is in cell-edit mode", async () => {
    renderPane({ ...rankedCustomers(20), cellEdit: true });
    await findTierTable();
    fireEvent.click(applyButton());
    expect(
      await screen.findByText("Finish editing the cell (press Enter or Esc), then try again.")
    ).toBeTruthy();
  });

  it("keeps occupied cells when the user says so", async () => {
    const { workbook } = renderPane({ ...rankedCustomers(20), occupied: "Sales!E1:E21" });
    await findTierTable();
    fireEvent.click(applyButton());
    const dialog = await screen.findByRole("alertdialog");
    fireEvent.click(within(dialog).getByRole("button", { name: "Keep the cells" }));
    expect(await screen.findByText("Not applied: the cells were kept.")).toBeTruthy();
    expect(workbook.applyCalls).toHaveLength(1);
  });

  it("shows progress with a Cancel button that stops the run", async () => {
    const { workbook } = renderPane({ ...rankedCustomers(20), waitForCancel: true });
    await findTierTable();
    fireEvent.click(applyButton());
    expect(
      await screen.findByRole("progressbar", { name: "Writing tiers, summary and charts…" })
    ).toBeTruthy();
    expect(applyButton()).toHaveProperty("disabled", true);
    fireEvent.click(screen.getByRole("button", { name: "Cancel" }));
    expect(await screen.findByText("Cancelled. Nothing more was written.")).toBeTruthy();
    expect(workbook.applyCalls).toHaveLength(1);
  });

  it("reports a failed apply with the adapter's message", async () => {
    const workbook = new FakeWorkbook(rankedCustomers(20));
    workbook.applyResult = async () => ({
      ok: false,
      reason: "source-changed",
      message: adapterMessage("unexpected", {
        text: "Sales!A1:D21 changed while the tiers were computed.",
      }),
    });
    renderPane(workbook);
    await findTierTable();
    fireEvent.click(applyButton());
    expect(
      await screen.findByText(
        "Not applied: Sales!A1:D21 changed while the tiers were computed. The data changed after it was read. Press “Use selection” and apply again."
      )
    ).toBeTruthy();
  });

  it("cannot apply before there is a preview", async () => {
    renderPane({ header: ["Customer", "Notes"], rows: [["a", "x"]] });
    expect(await screen.findByText(/Choose the Revenue column/)).toBeTruthy();
    expect(applyButton()).toHaveProperty("disabled", true);
    expect(screen.getByText("Apply becomes available once the preview is ready.")).toBeTruthy();
  });
});
