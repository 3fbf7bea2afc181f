/**
 * What goes where on the summary sheet: pure data (values, number formats, positions), so the
 * writer only queues it and tests can check it without Excel.
 *   A1            title
 *   A3..L         per-tier table (an Excel table), then Pareto figures, what-if, run set-up,
 *                 problem cells
 *   N3..          chart data (pyramid, Pareto, whale curve), labelled
 *   R3.. R22.. R41..  the three charts
 */
import type { SchemeSpec, TieringResult, TierSummaryRow } from "../engine";
import { problemReasonsText } from "../i18n/codes/problemReasons";
import { createFormatter } from "../i18n/format";
import type { WriteCell } from "./batchWriter";
import type { ProblemCell } from "./gateway";
import type { SheetText } from "./sheetText";

export const PERCENT = "0.0%";
export const THOUSANDS = "#,##0";

export interface GridBlock {
  row: number;
  col: number;
  values: WriteCell[][];
  /** Number format of the non-text cells of each column. */
  columnFormats?: string[];
  /** Rows (relative) to make bold. */
  boldRows?: number[];
}

export interface ChartData {
  /** Header row + data rows, relative to the sheet (0-based). */
  row: number;
  col: number;
  rowCount: number;
  colCount: number;
}

export interface SummaryLayout {
  blocks: GridBlock[];
  /** The per-tier table's rectangle (header + rows). */
  tierTable: { row: number; col: number; rowCount: number; colCount: number };
  pyramid?: ChartData & { colors: string[] };
  pareto?: ChartData;
  whale?: ChartData;
  problemsShown: number;
}

export const MAX_PROBLEMS_ON_SHEET = 5000;
const MAX_WHALE_POINTS = 400;
export const CHART_DATA_COL = 13; // N
/** Tier colours, top tier first (dark to light blue); non-ranked tiers are not charted. */
export const TIER_COLORS = ["#1F4E79", "#2E75B6", "#5B9BD5", "#9DC3E6", "#BDD7EE", "#DEEBF7"];

const blank = (v: number | null | undefined): WriteCell =>
  v === null || v === undefined || !Number.isFinite(v) ? "" : v;

export interface SummaryInputs {
  text: SheetText;
  currency: string;
  result: TieringResult;
  scheme: SchemeSpec;
  sourceAddress: string;
  tierColumnAddress: string;
  runAt: string;
  problems: ProblemCell[];
  charts: boolean;
}

function tierRow(r: TierSummaryRow): WriteCell[] {
  return [
    r.label,
    r.customers,
    blank(r.customerShare),
    blank(r.revenue),
    blank(r.revenueShare),
    blank(r.profit),
    blank(r.profitShare),
    blank(r.revenuePerCustomer),
    blank(r.profitPerCustomer),
    blank(r.roi),
    blank(r.minRevenue),
    blank(r.maxRevenue),
  ];
}

function schemeName(scheme: SchemeSpec): string {
  const mode = "mode" in scheme ? ` (${scheme.mode})` : "";
  return `${scheme.kind}${mode}: ${scheme.tiers.map((t) => t.label).join(" / ")}`;
}

/** Evenly spaced points, keeping the first, the last and the peak. */
export function thinPoints<T>(points: T[], max: number, keep?: T): T[] {
  if (points.length <= max) return points;
  const out = new Set<T>();
  for (let i = 0; i < max - 1; i++)
    out.add(points[Math.round((i * (points.length - 1)) / (max - 2))]);
  out.add(points[points.length - 1]);
  if (keep !== undefined) out.add(keep);
  return points.filter((p) => out.has(p));
}

export function summaryLayout(input: SummaryInputs): SummaryLayout {
  const { text: t, result, currency } = input;
  const blocks: GridBlock[] = [];
  blocks.push({ row: 0, col: 0, values: [[t.summaryTitle]], boldRows: [0] });

  // Per-tier table.
  const roiTitle =
    result.summary.roiBasis === "investment"
      ? t.roiInvestment
      : result.summary.roiBasis === "cost"
        ? t.roiCost
        : t.roiNone;
  const header = [
    t.tier,
    t.customers,
    t.customerShare,
    t.revenue,
    t.revenueShare,
    t.profit,
    t.profitShare,
    t.revenuePerCustomer,
    t.profitPerCustomer,
    roiTitle,
    t.minRevenue,
    t.maxRevenue,
  ];
  const tierRows = [
    ...result.summary.rows.map(tierRow),
    tierRow({ ...result.summary.total, label: t.total }),
  ];
  const money = currency;
  const tierFormats = [
    "General",
    THOUSANDS,
    PERCENT,
    money,
    PERCENT,
    money,
    PERCENT,
    money,
    money,
    "0%",
    money,
    money,
  ];
  blocks.push({ row: 2, col: 0, values: [[t.tierTable]], boldRows: [0] });
  const tableRow = 3;
  blocks.push({ row: tableRow, col: 0, values: [header, ...tierRows], columnFormats: tierFormats });
  let row = tableRow + 1 + tierRows.length + 1;

  // Pareto figures.
  const p = result.pareto;
  const paretoRows: WriteCell[][] = [
    ["", t.revenueShare, t.profitShare],
    ...p.topShares.map((s) => [
      t.topShare(Math.round(s.top * 100)),
      blank(s.revenueShare),
      blank(s.profitShare),
    ]),
    [t.customersFor80, blank(p.customersFor80), ""],
    [t.gini, blank(p.gini), ""],
  ];
  blocks.push({ row, col: 0, values: [[t.pareto]], boldRows: [0] });
  blocks.push({
    row: row + 1,
    col: 0,
    values: paretoRows,
    columnFormats: ["General", PERCENT, PERCENT],
    boldRows: [0],
  });
  // The Gini coefficient is a ratio, not a share: show it with 3 decimals.
  blocks.push({
    row: row + 1 + paretoRows.length - 1,
    col: 1,
    values: [[blank(p.gini)]],
    columnFormats: ["0.000"],
  });
  row += 1 + paretoRows.length + 1;

  // What-if.
  if (result.whatIf) {
    const w = result.whatIf;
    const ranked = result.tiers
      .map((tier, i) => ({ tier, i }))
      .filter((x) => x.tier.group === "ranked");
    const rows: WriteCell[][] = [
      [t.tier, t.before, t.after, t.change],
      ...ranked.map(({ tier, i }) => [
        tier.label,
        blank(w.before.counts[i]),
        blank(w.after.counts[i]),
        blank((w.after.counts[i] ?? 0) - (w.before.counts[i] ?? 0)),
      ]),
      [t.revenue, blank(w.before.revenue), blank(w.after.revenue), blank(w.revenueChange)],
      [t.profit, blank(w.before.profit), blank(w.after.profit), blank(w.profitChange)],
    ];
    blocks.push({ row, col: 0, values: [[t.whatIf]], boldRows: [0] });
    blocks.push({
      row: row + 1,
      col: 0,
      values: rows.slice(0, rows.length - 2),
      columnFormats: ["General", THOUSANDS, THOUSANDS, "+#,##0;-#,##0;0"],
      boldRows: [0],
    });
    blocks.push({
      row: row + 1 + rows.length - 2,
      col: 0,
      values: rows.slice(rows.length - 2),
      columnFormats: ["General", money, money, "+0.0%;-0.0%;0.0%"],
    });
    row += 1 + rows.length + 1;
  }

  // Run set-up.
  const setupRows: WriteCell[][] = [
    [t.scheme, schemeName(input.scheme)],
    [t.source, input.sourceAddress],
    [t.tierColumn, input.tierColumnAddress],
    [t.runAt, input.runAt],
    [t.rowsUsed, result.rowsUsed],
    [t.rowsSkipped, result.rowsSkipped],
  ];
  blocks.push({ row, col: 0, values: [[t.setup]], boldRows: [0] });
  blocks.push({ row: row + 1, col: 0, values: setupRows, columnFormats: ["General", THOUSANDS] });
  row += 1 + setupRows.length + 1;

  // Problem cells (their reasons in English, as before: the output language is not an input here).
  const shown = input.problems.slice(0, MAX_PROBLEMS_ON_SHEET);
  const reasonFormat = createFormatter("en-US");
  const problemRows: WriteCell[][] = [
    [t.address, t.value, t.reason],
    ...(shown.length === 0
      ? [[t.noProblems, "", ""]]
      : shown.map((pc): WriteCell[] => [
          pc.address,
          pc.value ?? "",
          problemReasonsText(pc.reason, reasonFormat),
        ])),
  ];
  if (input.problems.length > shown.length)
    problemRows.push([t.moreProblems(input.problems.length - shown.length), "", ""]);
  blocks.push({ row, col: 0, values: [[t.problems]], boldRows: [0] });
  blocks.push({ row: row + 1, col: 0, values: problemRows, boldRows: [0] });

  const layout: SummaryLayout = {
    blocks,
    tierTable: { row: tableRow, col: 0, rowCount: 1 + tierRows.length, colCount: header.length },
    problemsShown: shown.length,
  };
  if (!input.charts) return layout;

  // Chart data (N3..): pyramid, Pareto, whale.
  const col = CHART_DATA_COL;
  let at = 2;
  blocks.push({ row: at, col, values: [[t.chartData]], boldRows: [0] });
  at++;
  const ranked = result.summary.rows.filter((r) => r.group === "ranked");
  if (ranked.length > 0) {
    // Bars are drawn bottom-up: the last (widest) tier first, so the pyramid has its base at the bottom.
    const widest = Math.max(...ranked.map((r) => r.customers));
    const bottomUp = [...ranked].reverse();
    blocks.push({
      row: at,
      col,
      values: [
        [t.tier, t.offset, t.customers],
        ...bottomUp.map((r) => [r.label, (widest - r.customers) / 2, r.customers]),
      ],
      columnFormats: ["General", THOUSANDS, THOUSANDS],
    });
    layout.pyramid = {
      row: at,
      col,
      rowCount: 1 + ranked.length,
      colCount: 3,
      colors: bottomUp.map(
        (_, i) => TIER_COLORS[Math.min(ranked.length - 1 - i, TIER_COLORS.length - 1)]
      ),
    };
    at += 1 + ranked.length + 1;
    const total = ranked.reduce((s, r) => s + r.revenue, 0);
    let cumulative = 0;
    const paretoData = ranked.map((r) => {
      cumulative += r.revenue;
      return [r.label, r.revenue, total > 0 ? cumulative / total : 0];
    });
    blocks.push({
      row: at,
      col,
      values: [[t.tier, t.revenue, t.cumulativeShare], ...paretoData],
      columnFormats: ["General", money, PERCENT],
    });
    layout.pareto = { row: at, col, rowCount: 1 + ranked.length, colCount: 3 };
    at += 1 + ranked.length + 1;
  }
  const points = thinPoints(result.whale.points, MAX_WHALE_POINTS, result.whale.peak ?? undefined);
  if (points.length > 1) {
    blocks.push({
      row: at,
      col,
      values: [[t.customerPercent, t.cumulativeProfit], ...points.map((pt) => [pt.x, pt.y])],
      columnFormats: [PERCENT, PERCENT],
    });
    layout.whale = { row: at, col, rowCount: 1 + points.length, colCount: 2 };
  }
  return layout;
}
