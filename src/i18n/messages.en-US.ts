import type { Role } from "../engine";
import type { Formatter } from "./format";
import { countNoun, pluralForm, type NounForms } from "./plural";

const noun = (one: string, other: string): NounForms => ({ one, other });
const CUSTOMERS = noun("customer", "customers");

/** The add-in's charts by their Excel names (excel/chartWriter.ts): the titles the pane shows. */
export const EN_CHART_TITLES: Record<string, string> = {
  CRMPyramid_Pyramid: "Customer pyramid",
  CRMPyramid_Pareto: "Revenue by tier (Pareto)",
  CRMPyramid_Whale: "Whale curve: cumulative profit",
};

/** "a, b" of chart names → their titles, joined with `separator`; a name with no title stays. */
export function chartTitles(names: string, titles: Record<string, string>, separator: string) {
  return names
    .split(", ")
    .map((name) => titles[name] ?? name)
    .join(separator);
}

// Every string the pane shows in English. zh-CN must provide the same keys (checked by the Messages type).
export const enUS = {
  appTitle: "CRM Pyramid",
  appIntro: "Select your sales (one row per transaction or per customer) to tier your customers.",
  language: "Language",
  languageNames: { "en-US": "English", "zh-CN": "中文（简体）" },
  help: "Help",
  helpTitle: "Open the user guide (new window)",
  currency: "Currency",

  // Source
  sourceHeading: "Source",
  useSelection: "Use selection",
  skipHiddenRows: "Skip hidden and filtered-out rows",
  sourceNone: "No data selected yet. Select your sales in the sheet, then press “Use selection”.",
  sourceAddress: "Range",
  sourceTable: (name: string) => `Table ${name}`,
  sourceRows: (rows: number, f: Formatter) => countNoun(f, rows, noun("data row", "data rows")),
  reading: (read: string, total: string) => `Reading rows… ${read} of ${total}`,
  readingStarted: "Reading the selection…",
  emptySelection: "The selection has no data rows under its header. Select the whole sales table.",
  selectionFailed: (detail: string) => `Could not find the selection: ${detail}`,
  readFailed: (detail: string) => `Could not read the data: ${detail}`,
  selectionAreas: (areas: string) =>
    `The selection has several areas (${areas}). Select one block of cells, a table or whole columns, then press “Use selection” again.`,
  selectionAreasUnnamed:
    "The selection has several areas. Select one block of cells, a table or whole columns, then press “Use selection” again.",
  cellEditMode: "Finish editing the cell (press Enter or Esc), then try again.",
  sourceEmpty: (address: string) =>
    `There is no data in ${address}. Select your sales with their header row, then press “Use selection” again.`,
  mappingHeading: "Columns",
  mappingHint: "Detected from the header row. Change any column that is wrong.",
  roles: {
    customer: "Customer",
    name: "Customer name",
    revenue: "Revenue",
    cost: "Cost",
    profit: "Profit",
    investment: "Investment (cost to serve)",
    date: "Date",
    status: "Status",
    score: "Satisfaction score",
    clv: "Lifetime value",
    agent: "Agent flag",
  } as Record<Role, string>,
  noColumn: "(none)",
  columnOption: (letter: string, header: string) => `${letter}: ${header}`,
  /** A label and its value on one line ("Range: Sales!A1:F20"). */
  labelled: (label: string, value: string) => `${label}: ${value}`,
  confidenceDetected: (percent: string) => `Detected, ${percent} sure`,
  confidenceManual: "Chosen by you",
  confidenceMissing: "Not found in the header",
  missingRequired: (roles: string) => `Choose the ${roles} column to see tiers.`,
  and: " and ",

  // Scheme
  schemeHeading: "Scheme",
  preset: "Tiering scheme",
  presets: {
    pyramid: "Customer pyramid (1/4/15/80)",
    key: "Key-customer pyramid (1/19/30/50)",
    thresholds: "Revenue thresholds",
    abcCount: "ABC by count (20/30/50)",
    abcValue: "ABC by cumulative value (80/95)",
    abcGrowth: "ABC by growth (10% two years running)",
    valueMatrix: "Value matrix (perceived × lifetime value)",
    rfm: "RFM segments",
    custom: "Custom",
  },
  tiersHeading: "Tiers",
  tierLabel: (n: number, f: Formatter) => `Name of tier ${f.integer(n)}`,
  tierShare: (label: string) => `${label}: share of customers (%)`,
  tierRest: (label: string) => `${label}: the rest`,
  tierRestShare: (label: string, share: string) => `${label}: the rest (${share})`,
  tierMin: (label: string) => `${label}: revenue from (inclusive)`,
  sharesOver: "The shares add up to more than 100%: the last tier is empty.",
  abcCutoff: (n: number, f: Formatter) => `Cut-off ${f.integer(n)} (%)`,
  abcCountHint: "Cumulative share of customers: A up to the first cut-off, B up to the second.",
  abcValueHint: "Cumulative share of revenue: A up to the first cut-off, B up to the second.",
  minGrowth: "B: minimum yearly growth (%)",
  topShare: "A: top share of customers (%)",
  customMode: "Tiers by",
  customShares: "Share of customers",
  customThresholds: "Revenue thresholds",
  addTier: "Add tier",
  removeTier: (label: string) => `Remove ${label}`,
  periodHeading: "Period",
  periodMonths: "Period length (months)",
  periodEnd: "Period ends on",
  periodEndHint:
    "Empty: the latest date in the data. Customers who bought only before the period are Inactive.",
  periodNeedsDate: "Map a date column to find Inactive customers.",
  invalidNumber: "Enter a number.",

  // Preview
  previewHeading: "Preview",
  previewEmpty: "The tiers appear here as soon as the data is read.",
  previewRunning: "Computing tiers…",
  previewFailed: (detail: string) => `The tiers could not be computed: ${detail}`,
  tableCaption: "Customers, revenue and profit per tier",
  colTier: "Tier",
  colCustomers: "Customers",
  colRevenue: "Revenue",
  colProfit: "Profit",
  colRoi: "ROI",
  colReturnOnCost: "Return on cost",
  totalRow: "All existing customers",
  shareOf: (share: string) => `${share} of total`,
  rowsUsed: (used: number, skipped: number, f: Formatter) =>
    `${countNoun(f, used, noun("row", "rows"))} used, ${f.integer(skipped)} skipped.`,
  pyramidLabel: "Pyramid of customer tiers, best tier at the top",
  pyramidBar: (label: string, customers: number, f: Formatter) =>
    `${label}: ${countNoun(f, customers, CUSTOMERS)}`,
  roiNone: "ROI needs a cost, profit or investment column.",
  periodShown: (start: string, end: string) => `Period ${start} – ${end}.`,

  // Apply
  applyHeading: "Apply",
  apply: "Apply to workbook",
  applying: "Writing tiers, summary and charts…",
  cancel: "Cancel",
  applyNeedsPreview: "Apply becomes available once the preview is ready.",
  overwriteTitle: "Overwrite cells?",
  overwriteBody: (address: string) =>
    `${address} is not empty and was not written by CRM Pyramid. Overwrite it with the tier column?`,
  overwrite: "Overwrite",
  keep: "Keep the cells",
  applyDone: "Done.",
  applyWrote: (column: string, sheet: string) =>
    `Tier column written at ${column}; summary on the sheet “${sheet}”.`,
  applyCustomers: (sheet: string) => `Customers on the sheet “${sheet}”.`,
  applyCharts: (n: number, names: string, f: Formatter) =>
    `${countNoun(f, n, noun("chart", "charts"))}: ${chartTitles(names, EN_CHART_TITLES, ", ")}.`,
  applyCancelled: "Cancelled. Nothing more was written.",
  applyFailed: (detail: string) => `Not applied: ${detail}`,
  applyKept: "Not applied: the cells were kept.",
  applySourceChanged: "The data changed after it was read. Press “Use selection” and apply again.",
  applyNotFound: "The source range or table was not found.",
  overwriteEditedBody: (address: string) =>
    `${address} changed since CRM Pyramid last wrote it: that looks like your own entry. Replace it with the new results?`,
  overwriteFormattedBody: (address: string) =>
    `${address} has number formats of yours. The tier labels need the Text format there. Replace the formats?`,
  applyUndoOne: "Undo (Ctrl+Z) in Excel takes back this whole write in one step.",
  applyUndoSteps: (n: number, f: Formatter) =>
    `Undo (Ctrl+Z) takes this write back one request at a time (${countNoun(f, n, noun("step", "steps"))}); running Apply again is the simpler way to redo it.`,
  setupDamaged: (field: string) =>
    `The set-up saved in this workbook is damaged (${field === "$" ? "the whole value" : field}), so the pane starts from your selection. Apply saves a new set-up.`,
  applyBusy:
    "CRM Pyramid is already writing to this workbook (from the pane or the ribbon). Nothing was written: try again when it has finished.",
  applyPartial:
    "Excel stopped the write part-way. The parts listed were written; the next Apply or Refresh rewrites the rest.",

  // Insights
  insightsHeading: "Insights",
  keyFiguresHeading: "Key figures",
  topShareRevenue: "Top 20% of customers: share of revenue",
  topShareProfit: "Top 20% of customers: share of profit",
  customersFor80: "Customers holding 80% of revenue",
  customersFor80Value: (count: string, share: string) => `${count} (${share} of buyers)`,
  lossTier: "Loss-making tiers",
  noLossTier: "None: every tier makes a profit.",
  noProfitData: "Needs a cost or profit column.",
  whatIfHeading: "What if",
  whatIfSlider: (label: string) => `Move this share of ${label} up one tier`,
  whatIfMoved: (count: number, from: string, to: string, f: Formatter) =>
    `${countNoun(f, count, CUSTOMERS)} ${pluralForm(f, count, noun("moves", "move"))} from ${from} to ${to}.`,
  whatIfRevenue: "Revenue change",
  whatIfProfit: "Profit change",
  whatIfNone: "Needs at least two tiers with customers.",
  comparisonHeading: "Period comparison",
  comparisonHint: "Compare the tiers of this period with an earlier period of the same length.",
  comparisonEarlierEnd: "Earlier period ends on",
  compare: "Compare",
  comparing: "Comparing…",
  comparisonNeedsDate: "Map a date column to compare periods.",
  comparisonWrite: "Write to workbook",
  comparisonWriting: "Writing…",
  comparisonWritten: (sheet: string, movers: number, f: Formatter) =>
    `Written to the sheet “${sheet}”: the migration matrix and the ${countNoun(f, movers, CUSTOMERS)} who moved, as tables.`,
  comparisonWriteBusy:
    "CRM Pyramid is already writing to this workbook (from the pane or the ribbon). Nothing was written: try again when it has finished.",
  comparisonWriteFailed: (detail: string) => `Not written: ${detail}`,
  comparisonWritePartial:
    "Excel stopped the write part-way, so the comparison sheet may be incomplete. Write it again to finish it.",
  comparisonWriteKept: "Not written: your cells were kept.",
  comparisonEditedBody: (address: string) =>
    `${address} changed since CRM Pyramid wrote the comparison there: that looks like your own entry. Replace it with this comparison?`,
  comparisonOccupiedBody: (address: string) =>
    `${address} is not empty and was not written by CRM Pyramid, and the comparison needs those cells. Replace them?`,
  comparisonSheetTakenTitle: "Sheet name in use",
  comparisonSheetTakenBody: (address: string) =>
    `A sheet named ${address} already exists and is not CRM Pyramid's. Write the comparison to a new sheet instead?`,
  comparisonNewSheet: "Use a new sheet",
  matrixCaption: "Customers per tier: earlier period (rows) × this period (columns)",
  matrixFrom: "From \\ to",
  matrixNew: "New",
  matrixLost: "Lost",
  movedSummary: (up: string, down: string, stayed: string) =>
    `${up} moved up, ${down} moved down, ${stayed} stayed.`,
  newLostSummary: (newCount: number, lost: number, customers: number, f: Formatter) =>
    `${f.integer(newCount)} new, ${f.integer(lost)} lost (no row in the other period); ${countNoun(f, customers, CUSTOMERS)} in the two periods.`,
  churnHeading: "Churn warnings",
  churnNeedsDate: "Map a date column to see churn warnings.",
  churnNone: "No customer shows a churn warning.",
  churnCount: (n: number, f: Formatter) =>
    `${countNoun(f, n, CUSTOMERS)} bought less often lately or not for a long time.`,
  churnCaption: "Customers with a churn warning, highest revenue first",
  churnCustomer: "Customer",
  churnLast: "Last purchase",
  churnMore: (n: string) => `and ${n} more.`,
  budgetHeading: "Budget split",
  budgetAmount: "Marketing budget",
  budgetRule: "Split by",
  budgetRules: {
    revenue: "Share of revenue",
    profit: "Share of profit",
    percentages: "My percentages",
  },
  budgetPercent: (label: string) => `${label} (%)`,
  budgetCaption: "Budget per tier",
  budgetNone: "Nothing to split: no tier has a positive weight.",
  colAmount: "Amount",
  colShare: "Share",

  // Problems
  problemsHeading: "Problems",
  /** A section heading with a count after it: "Problems (5)". */
  headingWithCount: (heading: string, count: string) => `${heading} (${count})`,
  problemsCount: (n: number, f: Formatter) =>
    `${countNoun(f, n, noun("cell", "cells"))} could not be used. ${pluralForm(f, n, noun("Select it to go to it.", "Select one to go to it."))}`,
  problemsNone: "No problem cells.",
  problemReason: (address: string, reason: string, value: string) =>
    `${address}: ${reason} (${value})`,
  warningsHeading: "Warnings",
  selectFailed: (detail: string) => `Could not select the cell: ${detail}`,

  // Warehouse SQL
  sqlHeading: "SQL for the warehouse",
  sqlHint:
    "The same tiers as a query for your data warehouse, with the column names of this header. It gives one row per customer: id, revenue, rank and tier.",
  sqlDialect: "Database",
  sqlTable: "Table name in the warehouse",
  sqlCopy: "Copy as SQL",
  sqlCopied: "Copied. Paste it into your SQL editor.",
  sqlCopyBlocked: "Select the query below and copy it (Ctrl+C).",
  sqlQuery: "Query",
  sqlNoHeader: (column: string) =>
    `Column ${column} has no header, so the query cannot name it. Give it a header and read the selection again.`,
} as const satisfies object;

type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : { [K in keyof T]: Widen<T[K]> };

/** The shape every language's messages must have. */
export type Messages = Widen<typeof enUS>;
