/**
 * What the pane says about selections real Excel reports differently from a plain range: whole
 * columns, several areas (Ctrl+click), a cell still being edited, and blank cells. The pane runs over
 * the real adapter and the strict Excel double, which raises Excel's errors for these cases.
 */
import "./resizeObserverStub";
import { fireEvent, render, screen } from "@testing-library/react";
import { createExcelDouble, type CellValue } from "../../src/double";
import { createExcelGateway } from "../../src/excel";
import type { Locale } from "../../src/i18n";
import { App } from "../../src/taskpane/App";
import { runEngineInline } from "../../src/taskpane/engine/runEngine";
import { findTierTable } from "./renderPane";
import { rankedCustomers } from "./sampleRows";

function workbook(selection: string, extraHeader: CellValue[] = []) {
  const { header, rows } = rankedCustomers(20);
  const excel = createExcelDouble({
    sheets: [{ name: "Sales", values: [[...header, ...extraHeader], ...rows] as CellValue[][] }],
  });
  excel.select(selection);
  return excel;
}

function open(excel: ReturnType<typeof createExcelDouble>, initialLocale?: Locale) {
  render(
    <App
      gateway={createExcelGateway(excel.run, excel.requirements)}
      runEngine={runEngineInline}
      initialLocale={initialLocale}
    />
  );
}

describe("selection messages", () => {
  it("whole columns read the rows that hold data", async () => {
    open(workbook("Sales!A:C"));
    await findTierTable();
    expect(screen.getByText(/Sales!A1:C21/)).toBeTruthy();
    expect(screen.getByText("20 data rows")).toBeTruthy();
  });

  it("several areas: asks for one range, naming the areas; one range then works", async () => {
    const excel = workbook("Sales!A1:A21, Sales!C1:C21");
    open(excel);
    expect(
      await screen.findByText(
        "The selection has several areas (Sales!A1:A21, Sales!C1:C21). Select one block of cells, a table or whole columns, then press “Use selection” again."
      )
    ).toBeTruthy();
    expect(screen.queryByText(/Could not find the selection/)).toBeNull();
    excel.select("Sales!A1:C21");
    fireEvent.click(screen.getByRole("button", { name: "Use selection" }));
    await findTierTable();
    expect(screen.queryByText(/several areas/)).toBeNull();
  });

  it("a cell being edited: says to finish editing, then reads once the user has", async () => {
    const excel = workbook("Sales!B3");
    excel.enterCellEdit();
    open(excel);
    expect(
      await screen.findByText("Finish editing the cell (press Enter or Esc), then try again.")
    ).toBeTruthy();
    excel.leaveCellEdit();
    fireEvent.click(screen.getByRole("button", { name: "Use selection" }));
    await findTierTable();
  });

  it("a blank cell: says there is no data there instead of “1 data row”", async () => {
    // H1 holds a note, so F5 lies inside the sheet's used range with nothing around it.
    open(workbook("Sales!F5", ["", "", "note"]));
    expect(
      await screen.findByText(
        "There is no data in Sales!F5. Select your sales with their header row, then press “Use selection” again."
      )
    ).toBeTruthy();
    expect(screen.queryByText(/^1 data rows?$/)).toBeNull();
    expect(screen.queryByText(/Choose the .* column/)).toBeNull();
  });

  it("speaks Chinese in a Chinese pane", async () => {
    const excel = workbook("Sales!A1:A21, Sales!C1:C21");
    open(excel, "zh-CN");
    expect(
      await screen.findByText(
        "所选内容包含多个区域（Sales!A1:A21, Sales!C1:C21）。请只选择一个连续区域、一个表格或整列，然后再次点击“使用所选区域”。"
      )
    ).toBeTruthy();
    excel.select("Sales!H30");
    fireEvent.click(screen.getByRole("button", { name: "使用所选区域" }));
    expect(
      await screen.findByText(
        "Sales!H30 中没有数据。请选择包含标题行的销售数据，然后再次点击“使用所选区域”。"
      )
    ).toBeTruthy();
  });
});
