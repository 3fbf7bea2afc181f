/**
 * The report part of the summary sheet (A:L), one section per function: each takes the sheet row it
 * starts on and returns its blocks and the row the next section starts on (one blank row between).
 */
import { presetIdOf, type SchemeSpec, type TieringResult, type TierSummaryRow } from "../engine";
import type { WriteCell } from "./batchWriter";
import { type ColumnSpec, specGrid } from "./columnSpecs";
import type { ProblemCell } from "./gateway";
import {
  blank,
  DATE_TIME,
  type GridBlock,
  heading,
  localExcelSerial,
  PERCENT,
  THOUSANDS,
} from "./gridBlock";
import type { SheetText } from "../i18n/sheetText";

export const MAX_PROBLEMS_ON_SHEET = 5000;

export interface Section {
  blocks: GridBlock[];
  /** The row the next section starts on. */
  next: number;
}

/** The per-tier table's columns. */
function tierColumns(t: SheetText, result: TieringResult, money: string) {
  const basis = result.summary.roiBasis;
  const roiTitle =
    basis === "investment" ? t.roiInvestment : basis === "cost" ? t.roiCost : t.roiNone;
  const columns: ColumnSpec<TierSummaryRow>[] = [
    { title: t.tier, value: (r) => r.label, format: "General" },
    { title: t.customers, value: (r) => r.customers, format: THOUSANDS },
    { title: t.customerShare, value: (r) => blank(r.customerShare), format: PERCENT },
    { title: t.revenue, value: (r) => blank(r.revenue), format: money },
    { title: t.revenueShare, value: (r) => blank(r.revenueShare), format: PERCENT },
    { title: t.profit, value: (r) => blank(r.profit), format: money },
    { title: t.profitShare, value: (r) => blank(r.profitShare), format: PERCENT },
    { title: t.revenuePerCustomer, value: (r) => blank(r.revenuePerCustomer), format: money },
    { title: t.profitPerCustomer, value: (r) => blank(r.profitPerCustomer), format: money },
    { title: roiTitle, value: (r) => blank(r.roi), format: "0%" },
    { title: t.minRevenue, value: (r) => blank(r.minRevenue), format: money },
    { title: t.maxRevenue, value: (r) => blank(r.maxRevenue), format: money },
  ];
  return columns;
}

/** The per-tier table (header on `tableRow`), with its total row. */
export function tierTableSection(
  t: SheetText,
  result: TieringResult,
  money: string,
  tableRow: number
): Section & { rowCount: number; colCount: number } {
  const rows = [...result.summary.rows, { ...result.summary.total, label: t.total }];
  const grid = specGrid(tierColumns(t, result, money), rows);
  const values = [grid.header, ...grid.rows];
  return {
    blocks: [
      heading(tableRow - 1, 0, t.tierTable),
      { row: tableRow, col: 0, values, columnFormats: grid.formats },
    ],
    next: tableRow + values.length + 1,
    rowCount: values.length,
    colCount: grid.header.length,
  };
}

/** Shares of revenue and profit held by the top customers, customers for 80%, Gini. */
export function paretoSection(t: SheetText, result: TieringResult, row: number): Section {
  const p = result.pareto;
  const rows: WriteCell[][] = [
    ["", t.revenueShare, t.profitShare],
    ...p.topShares.map((s) => [
      t.topShare(Math.round(s.top * 100)),
      blank(s.revenueShare),
      blank(s.profitShare),
    ]),
    [t.customersFor80, blank(p.customersFor80), ""],
    [t.gini, blank(p.gini), ""],
  ];
  const blocks: GridBlock[] = [
    heading(row, 0, t.pareto),
    {
      row: row + 1,
      col: 0,
      values: rows,
      columnFormats: ["General", PERCENT, PERCENT],
      boldRows: [0],
    },
    // The Gini coefficient is a ratio, not a share: show it with 3 decimals.
    { row: row + rows.length, col: 1, values: [[blank(p.gini)]], columnFormats: ["0.000"] },
  ];
  return { blocks, next: row + 1 + rows.length + 1 };
}

/** Customers per ranked tier before and after the what-if, and revenue and profit. */
export function whatIfSection(
  t: SheetText,
  result: TieringResult,
  money: string,
  row: number
): Section {
  const w = result.whatIf;
  if (!w) return { blocks: [], next: row };
  const ranked = result.tiers
    .map((tier, i) => ({ tier, i }))
    .filter((x) => x.tier.group === "ranked");
  const counts: WriteCell[][] = [
    [t.tier, t.before, t.after, t.change],
    ...ranked.map(({ tier, i }) => [
      tier.label,
      blank(w.before.counts[i]),
      blank(w.after.counts[i]),
      blank((w.after.counts[i] ?? 0) - (w.before.counts[i] ?? 0)),
    ]),
  ];
  const totals: WriteCell[][] = [
    [t.revenue, blank(w.before.revenue), blank(w.after.revenue), blank(w.revenueChange)],
    [t.profit, blank(w.before.profit), blank(w.after.profit), blank(w.profitChange)],
  ];
  const blocks: GridBlock[] = [
    heading(row, 0, t.whatIf),
    {
      row: row + 1,
      col: 0,
      values: counts,
      columnFormats: ["General", THOUSANDS, THOUSANDS, "+#,##0;-#,##0;0"],
      boldRows: [0],
    },
    {
      row: row + 1 + counts.length,
      col: 0,
      values: totals,
      columnFormats: ["General", money, money, "+0.0%;-0.0%;0.0%"],
    },
  ];
  return { blocks, next: row + 1 + counts.length + totals.length + 1 };
}

/** "Customer pyramid (1/4/15/80): VIP / Large / …" in the sheet's language, not the internal key. */
function schemeName(t: SheetText, scheme: SchemeSpec): string {
  return t.schemeLine(
    presetIdOf(scheme),
    scheme.tiers.map((tier) => tier.label)
  );
}

export interface RunFacts {
  scheme: SchemeSpec;
  sourceAddress: string;
  tierColumnAddress: string;
  /** When the run happened; written as a local date-time value. */
  runAt: Date;
}

/** What was run: scheme, source, tier column, time, rows used and skipped. */
export function setupSection(
  t: SheetText,
  result: TieringResult,
  run: RunFacts,
  row: number
): Section {
  const texts: WriteCell[][] = [
    [t.scheme, schemeName(t, run.scheme)],
    [t.source, run.sourceAddress],
    [t.tierColumn, run.tierColumnAddress],
  ];
  const counts: WriteCell[][] = [
    [t.rowsUsed, result.rowsUsed],
    [t.rowsSkipped, result.rowsSkipped],
  ];
  const first = row + 1;
  const at = first + texts.length;
  const blocks: GridBlock[] = [
    heading(row, 0, t.setup),
    { row: first, col: 0, values: texts },
    // A date-time value, not text, so it sorts and can be reformatted like any Excel date.
    {
      row: at,
      col: 0,
      values: [[t.runAt, localExcelSerial(run.runAt)]],
      columnFormats: ["General", DATE_TIME],
    },
    { row: at + 1, col: 0, values: counts, columnFormats: ["General", THOUSANDS] },
  ];
  return { blocks, next: at + 1 + counts.length + 1 };
}

/** The problem cells, at most MAX_PROBLEMS_ON_SHEET, and how many more there are. */
export function problemsSection(
  t: SheetText,
  problems: readonly ProblemCell[],
  row: number
): Section & { shown: number } {
  const shown = problems.slice(0, MAX_PROBLEMS_ON_SHEET);
  const rows: WriteCell[][] = [
    [t.address, t.value, t.reason],
    ...(shown.length === 0
      ? [[t.noProblems, "", ""]]
      : shown.map((pc): WriteCell[] => [pc.address, pc.value ?? "", t.problemReason(pc.reason)])),
  ];
  if (problems.length > shown.length)
    rows.push([t.moreProblems(problems.length - shown.length), "", ""]);
  const blocks: GridBlock[] = [
    heading(row, 0, t.problems),
    { row: row + 1, col: 0, values: rows, boldRows: [0] },
  ];
  return { blocks, next: row + 1 + rows.length + 1, shown: shown.length };
}
