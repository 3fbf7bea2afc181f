import type { TieringSetup } from "../engine";
import { outputNames } from "../i18n/sheetText";

/** Where the sales come from. A table is remembered by name, so rows added later are picked up. */
export type SourceRef =
  | { kind: "table"; tableName: string }
  | { kind: "range"; /** Sheet-qualified A1 address, e.g. "Sales!A1:F2000". */ address: string };

export type OutputLanguage = "en-US" | "zh-CN";

/** Where and how the results are written. */
export interface OutputOptions {
  /** Header of the tier column beside the data. */
  tierColumnName: string;
  summarySheetName: string;
  /** Written only when the input has several rows per customer. */
  customersSheetName: string;
  charts: boolean;
  /** Language of the sheet headings the add-in writes (tier labels come from the scheme). */
  language: OutputLanguage;
  /**
   * The currency of the money figures (ISO 4217, e.g. "GBP"): the pane's choice, starting from the
   * workbook's culture (src/excel/culture.ts). Never changed by the language. Missing in set-ups
   * saved before it existed: reading one fills it in from the workbook's culture where Excel
   * reports it (setupStore.ts), else the pane's default applies, else USD.
   */
  currency?: string;
  /**
   * Excel number format for money on the sheets the add-in writes, overriding the one made from
   * `currency` (src/i18n/currency.ts currencyNumberFormat, e.g. `"£"#,##0`).
   */
  currencyFormat?: string;
}

/**
 * A run's whole set-up: one serialisable object. The pane edits it, the workbook stores it
 * (so a colleague opening the file gets the same refresh), the ribbon command replays it.
 */
export interface RunSetup {
  version: 1;
  source: SourceRef;
  /** Include rows hidden by a filter or by hand (default true). */
  includeHiddenRows: boolean;
  tiering: TieringSetup;
  output: OutputOptions;
  /** Filled in by applyResult when it saves the set-up: what the last run wrote, and when. */
  lastRun?: LastRun;
}

/** Where the last successful run's outputs went (saved with the set-up). */
export interface LastRun {
  /** ISO 8601 time of the run. */
  at: string;
  sourceAddress: string;
  /** Header cells of the source, to notice columns moved before a refresh maps them. */
  header: (string | number | boolean | null)[];
  tierColumnAddress: string;
  summarySheetName: string;
  customersSheetName?: string;
  customers: number;
}

/**
 * A new set-up's outputs. Its names are placeholders (any language's default names are): the first
 * Apply decides them in the output language and saves them, later runs keep them (outputNames.ts).
 */
export const DEFAULT_OUTPUT: OutputOptions = {
  ...outputNames("en-US"),
  charts: true,
  language: "en-US",
};
