/**
 * What goes where on the summary sheet: pure data (values, number formats, positions), so the
 * writer only queues it and tests can check it without Excel.
 *   A1            title
 *   A3..L         per-tier table (an Excel table), then Pareto figures, what-if, run set-up,
 *                 problem cells (summarySections.ts)
 *   N3..          chart data (pyramid, Pareto, whale curve), labelled (summaryCharts.ts)
 *   R3.. R22.. R41..  the three charts
 */
import type { SchemeSpec, TieringResult } from "../engine";
import type { ProblemCell } from "./gateway";
import { type GridBlock, heading } from "./gridBlock";
import type { SheetText } from "../i18n/sheetText";
import { type ChartData, chartBlocks } from "./summaryCharts";
import {
  paretoSection,
  problemsSection,
  setupSection,
  tierTableSection,
  whatIfSection,
} from "./summarySections";

export { blank, type GridBlock, PERCENT, THOUSANDS } from "./gridBlock";
export { CHART_DATA_COL, type ChartData, thinPoints, TIER_COLORS } from "./summaryCharts";
export { MAX_PROBLEMS_ON_SHEET } from "./summarySections";

export interface SummaryLayout {
  blocks: GridBlock[];
  /** The per-tier table's rectangle (header + rows). */
  tierTable: { row: number; col: number; rowCount: number; colCount: number };
  pyramid?: ChartData & { colors: string[] };
  pareto?: ChartData;
  whale?: ChartData;
  problemsShown: number;
}

export interface SummaryInputs {
  text: SheetText;
  currency: string;
  result: TieringResult;
  scheme: SchemeSpec;
  sourceAddress: string;
  tierColumnAddress: string;
  runAt: Date;
  problems: ProblemCell[];
  charts: boolean;
}

/** The per-tier table's header row. */
const TIER_TABLE_ROW = 3;

export function summaryLayout(input: SummaryInputs): SummaryLayout {
  const { text: t, result, currency } = input;
  const tiers = tierTableSection(t, result, currency, TIER_TABLE_ROW);
  const pareto = paretoSection(t, result, tiers.next);
  const whatIf = whatIfSection(t, result, currency, pareto.next);
  const setup = setupSection(t, result, input, whatIf.next);
  const problems = problemsSection(t, input.problems, setup.next);
  const blocks = [
    heading(0, 0, t.summaryTitle),
    ...tiers.blocks,
    ...pareto.blocks,
    ...whatIf.blocks,
    ...setup.blocks,
    ...problems.blocks,
  ];
  const layout: SummaryLayout = {
    blocks,
    tierTable: { row: TIER_TABLE_ROW, col: 0, rowCount: tiers.rowCount, colCount: tiers.colCount },
    problemsShown: problems.shown,
  };
  if (!input.charts) return layout;
  const charts = chartBlocks(t, result, currency);
  blocks.push(...charts.blocks);
  if (charts.pyramid) layout.pyramid = charts.pyramid;
  if (charts.pareto) layout.pareto = charts.pareto;
  if (charts.whale) layout.whale = charts.whale;
  return layout;
}
