/**
 * The summary sheet's chart data (N3..): the pyramid (bars drawn bottom-up, with an offset column
 * that centres them), the Pareto curve of the ranked tiers, and the whale curve (thinned to at most
 * MAX_WHALE_POINTS points, keeping the peak).
 */
import type { TieringResult, TierSummaryRow } from "../engine";
import { type GridBlock, heading, PERCENT, THOUSANDS } from "./gridBlock";
import type { SheetText } from "../i18n/sheetText";

const MAX_WHALE_POINTS = 400;
export const CHART_DATA_COL = 13; // N
/** Tier colours, top tier first (dark to light blue); non-ranked tiers are not charted. */
export const TIER_COLORS = ["#1F4E79", "#2E75B6", "#5B9BD5", "#9DC3E6", "#BDD7EE", "#DEEBF7"];

export interface ChartData {
  /** Header row + data rows, relative to the sheet (0-based). */
  row: number;
  col: number;
  rowCount: number;
  colCount: number;
}

export interface ChartBlocks {
  blocks: GridBlock[];
  pyramid?: ChartData & { colors: string[] };
  pareto?: ChartData;
  whale?: ChartData;
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

/** Bars are drawn bottom-up: the last (widest) tier first, so the pyramid has its base at the bottom. */
function pyramidData(t: SheetText, ranked: TierSummaryRow[], at: number) {
  const col = CHART_DATA_COL;
  const widest = Math.max(...ranked.map((r) => r.customers));
  const bottomUp = [...ranked].reverse();
  const block: GridBlock = {
    row: at,
    col,
    values: [
      [t.tier, t.offset, t.customers],
      ...bottomUp.map((r) => [r.label, (widest - r.customers) / 2, r.customers]),
    ],
    columnFormats: ["General", THOUSANDS, THOUSANDS],
  };
  const data = {
    row: at,
    col,
    rowCount: 1 + ranked.length,
    colCount: 3,
    colors: bottomUp.map(
      (_, i) => TIER_COLORS[Math.min(ranked.length - 1 - i, TIER_COLORS.length - 1)]
    ),
  };
  return { block, data };
}

/** Revenue per ranked tier and its cumulative share. */
function paretoData(t: SheetText, ranked: TierSummaryRow[], money: string, at: number) {
  const col = CHART_DATA_COL;
  const total = ranked.reduce((s, r) => s + r.revenue, 0);
  let cumulative = 0;
  const rows = ranked.map((r) => {
    cumulative += r.revenue;
    return [r.label, r.revenue, total > 0 ? cumulative / total : 0];
  });
  const block: GridBlock = {
    row: at,
    col,
    values: [[t.tier, t.revenue, t.cumulativeShare], ...rows],
    columnFormats: ["General", money, PERCENT],
  };
  return { block, data: { row: at, col, rowCount: 1 + ranked.length, colCount: 3 } };
}

/** The chart data blocks from N3 down, and where each chart's data is. */
export function chartBlocks(t: SheetText, result: TieringResult, money: string): ChartBlocks {
  const col = CHART_DATA_COL;
  const out: ChartBlocks = { blocks: [heading(2, col, t.chartData)] };
  let at = 3;
  const ranked = result.summary.rows.filter((r) => r.group === "ranked");
  if (ranked.length > 0) {
    const pyramid = pyramidData(t, ranked, at);
    out.blocks.push(pyramid.block);
    out.pyramid = pyramid.data;
    at += 1 + ranked.length + 1;
    const pareto = paretoData(t, ranked, money, at);
    out.blocks.push(pareto.block);
    out.pareto = pareto.data;
    at += 1 + ranked.length + 1;
  }
  const points = thinPoints(result.whale.points, MAX_WHALE_POINTS, result.whale.peak ?? undefined);
  if (points.length > 1) {
    out.blocks.push({
      row: at,
      col,
      values: [[t.customerPercent, t.cumulativeProfit], ...points.map((pt) => [pt.x, pt.y])],
      columnFormats: [PERCENT, PERCENT],
    });
    out.whale = { row: at, col, rowCount: 1 + points.length, colCount: 2 };
  }
  return out;
}
