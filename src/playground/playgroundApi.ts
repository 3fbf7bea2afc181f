import type { WorkbookJson } from "../double";

/** What automated tests (and curious users, from the console) can do with the playground. */
export interface PlaygroundApi {
  ready: true;
  loadWorkbook(json: WorkbookJson): void;
  /**
   * Sets what Excel reports as the culture (Application.cultureInfo.name, e.g. "en-GB") and opens
   * the pane afresh, as opening the workbook on a machine of that region would: the pane reads the
   * culture when it opens. A `culture` in loadWorkbook's JSON sets it without reopening the pane.
   */
  setCulture(name: string): void;
  select(address: string): void;
  /** Sheets with values and number formats, tables, named items, charts, settings. */
  snapshot(): WorkbookJson;
  /** Presses a ribbon button by its function name, e.g. "refreshTiers"; resolves when it is done. */
  runRibbon(id: string): Promise<unknown>;
}

declare global {
  interface Window {
    playground?: PlaygroundApi;
  }
}
