import "./resizeObserverStub";
import {
  configure,
  fireEvent,
  render,
  screen,
  within,
  type RenderResult,
} from "@testing-library/react";
import { App, type AppProps } from "../../src/taskpane/App";
import { runEngineInline } from "../../src/taskpane/engine/runEngine";
import { FakeWorkbook, type FakeWorkbookOptions } from "./fakeGateway";

// The whole pane re-renders in jsdom on each edit (Fluent UI is not light there): give async queries and
// tests room, so only a wrong answer fails a test, not a slow machine.
configure({ asyncUtilTimeout: 8000 });
jest.setTimeout(30000);

/** Renders the pane over a fake workbook with the engine run in-line. */
export function renderPane(
  workbook: FakeWorkbook | FakeWorkbookOptions,
  props: Partial<AppProps> = {}
): RenderResult & { workbook: FakeWorkbook } {
  const fake = workbook instanceof FakeWorkbook ? workbook : new FakeWorkbook(workbook);
  const view = render(<App gateway={fake} runEngine={runEngineInline} {...props} />);
  return { ...view, workbook: fake };
}

/** Opens a Fluent Dropdown by its label and picks the option with this name. */
export function chooseOption(label: string | RegExp, option: string | RegExp): void {
  fireEvent.click(screen.getByRole("combobox", { name: label }));
  fireEvent.click(screen.getByRole("option", { name: option }));
}

/** The preview's tier table once it has a row for `tier`. */
export async function findTierTable(
  caption = "Customers, revenue and profit per tier"
): Promise<HTMLElement> {
  return screen.findByRole("table", { name: caption });
}

/** The main figure of each cell (without the share shown under it) of the row whose first cell is `tier`. */
export function tierRow(table: HTMLElement, tier: string): string[] {
  const row = within(table)
    .getAllByRole("row")
    .find((r) => within(r).queryAllByRole("cell")[0]?.textContent === tier);
  if (!row) throw new Error(`no row for tier ${tier}`);
  return within(row)
    .getAllByRole("cell")
    .map((c) => (c.querySelector("span") ?? c).textContent ?? "");
}

/** Opens an accordion section by its heading button. */
export function openSection(name: string | RegExp): void {
  fireEvent.click(screen.getByRole("button", { name }));
}
