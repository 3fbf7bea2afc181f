/**
 * Headings of the sheets, columns and charts the add-in writes, in the set-up's output language. The
 * Excel adapter lays them out; the words are here, with the pane's, so every surface speaks one way.
 */
import { createFormatter } from "./format";
import type { Locale } from "./locale";
import { problemReasonsText } from "./codes/problemReasons";
import { EN_CHART_TITLES, enUS } from "./messages.en-US";
import { ZH_CHART_TITLES, zhCN } from "./messages.zh-CN";
import type { ProblemReasonPart } from "../engine";

type OutputLanguage = Locale;
const EN_NUMBERS = createFormatter("en-US");
const ZH_NUMBERS = createFormatter("zh-CN");

export interface SheetText {
  summaryTitle: string;
  tierTable: string;
  tier: string;
  customers: string;
  customerShare: string;
  revenue: string;
  revenueShare: string;
  profit: string;
  profitShare: string;
  revenuePerCustomer: string;
  profitPerCustomer: string;
  roiInvestment: string;
  roiCost: string;
  roiNone: string;
  minRevenue: string;
  maxRevenue: string;
  total: string;
  pareto: string;
  topShare: (percent: number) => string;
  customersFor80: string;
  gini: string;
  whatIf: string;
  before: string;
  after: string;
  change: string;
  setup: string;
  scheme: string;
  source: string;
  runAt: string;
  rowsUsed: string;
  rowsSkipped: string;
  tierColumn: string;
  problems: string;
  address: string;
  value: string;
  reason: string;
  noProblems: string;
  moreProblems: (count: number) => string;
  /** A problem cell's reason (src/i18n/codes/problemReasons.ts) in the sheet's language. */
  problemReason: (reason: ProblemReasonPart) => string;
  /** The scheme as the set-up row shows it: its preset's name, then its tier names. */
  schemeLine: (preset: string, tiers: readonly string[]) => string;
  chartData: string;
  offset: string;
  cumulativeShare: string;
  customerPercent: string;
  cumulativeProfit: string;
  pyramidChart: string;
  paretoChart: string;
  whaleChart: string;
  customerId: string;
  customerName: string;
  rank: string;
  /** The period comparison sheet (comparisonLayout.ts). */
  comparisonTitle: string;
  /** The comparison sheet's name when the add-in first writes it. */
  comparisonSheetName: string;
  periodFrom: string;
  periodTo: string;
  periodA: string;
  periodB: string;
  movedUp: string;
  movedDown: string;
  sameTier: string;
  newCustomers: string;
  lostCustomers: string;
  customersBoth: string;
  matrixHeading: string;
  matrixCorner: string;
  matrixNew: string;
  matrixLost: string;
  matrixTotal: string;
  moversHeading: string;
  tierInA: string;
  tierInB: string;
  movement: string;
  movementUp: string;
  movementDown: string;
  movementNew: string;
  movementLost: string;
}

const EN: SheetText = {
  summaryTitle: "CRM Pyramid: customer tiers",
  tierTable: "Tiers",
  tier: "Tier",
  customers: "Customers",
  customerShare: "% of customers",
  revenue: "Revenue",
  revenueShare: "% of revenue",
  profit: "Profit",
  profitShare: "% of profit",
  revenuePerCustomer: "Revenue per customer",
  profitPerCustomer: "Profit per customer",
  roiInvestment: "ROI",
  roiCost: "Return on cost",
  roiNone: "ROI (no cost data)",
  minRevenue: "Lowest revenue",
  maxRevenue: "Highest revenue",
  total: "All existing customers",
  pareto: "Concentration (Pareto)",
  topShare: (p) => `Top ${p}% of customers`,
  customersFor80: "Share of customers holding 80% of revenue",
  gini: "Gini coefficient",
  whatIf: "What-if: migration",
  before: "Before",
  after: "After",
  change: "Change",
  setup: "Run set-up",
  scheme: "Scheme",
  source: "Source",
  runAt: "Run at",
  rowsUsed: "Rows used",
  rowsSkipped: "Rows skipped",
  tierColumn: "Tier column",
  problems: "Problem cells",
  address: "Cell",
  value: "Value",
  reason: "Reason",
  noProblems: "None",
  moreProblems: (n) => `… and ${EN_NUMBERS.integer(n)} more (see the task pane)`,
  problemReason: (reason) => problemReasonsText(reason, EN_NUMBERS),
  schemeLine: (preset, tiers) =>
    `${(enUS.presets as Record<string, string>)[preset] ?? preset}: ${tiers.join(" / ")}`,
  chartData: "Chart data",
  offset: "Offset",
  cumulativeShare: "Cumulative % of revenue",
  customerPercent: "% of customers",
  cumulativeProfit: "Cumulative % of profit",
  // The pane names the charts with the same titles (messages.*.ts).
  pyramidChart: EN_CHART_TITLES.CRMPyramid_Pyramid,
  paretoChart: EN_CHART_TITLES.CRMPyramid_Pareto,
  whaleChart: EN_CHART_TITLES.CRMPyramid_Whale,
  customerId: "Customer",
  customerName: "Name",
  rank: "Rank",
  comparisonTitle: "CRM Pyramid: period comparison",
  comparisonSheetName: "CRM Comparison",
  periodFrom: "From",
  periodTo: "To",
  periodA: "Period A (earlier)",
  periodB: "Period B (later)",
  movedUp: "Moved up",
  movedDown: "Moved down",
  sameTier: "Same tier",
  newCustomers: "New (no row in period A)",
  lostCustomers: "Lost (no row in period B)",
  customersBoth: "Customers in the two periods",
  matrixHeading: "Migration matrix: customers, tier in A (rows) × tier in B (columns)",
  matrixCorner: "Tier in A \\ tier in B",
  matrixNew: "New",
  matrixLost: "Lost",
  matrixTotal: "Total",
  moversHeading: "Customers who moved up, moved down, are new or were lost",
  tierInA: "Tier in A",
  tierInB: "Tier in B",
  movement: "Movement",
  movementUp: "Up",
  movementDown: "Down",
  movementNew: "New",
  movementLost: "Lost",
};

const ZH: SheetText = {
  summaryTitle: "CRM 金字塔：客户分层",
  tierTable: "分层",
  tier: "层级",
  customers: "客户数",
  customerShare: "客户占比",
  revenue: "销售额",
  revenueShare: "销售额占比",
  profit: "利润",
  profitShare: "利润占比",
  revenuePerCustomer: "每客户销售额",
  profitPerCustomer: "每客户利润",
  roiInvestment: "投资回报率",
  roiCost: "成本回报率",
  roiNone: "投资回报率（无成本数据）",
  minRevenue: "最低销售额",
  maxRevenue: "最高销售额",
  total: "全部现有客户",
  pareto: "集中度（帕累托）",
  topShare: (p) => `前 ${p}% 客户`,
  customersFor80: "占 80% 销售额的客户比例",
  gini: "基尼系数",
  whatIf: "假设分析：客户升级",
  before: "之前",
  after: "之后",
  change: "变化",
  setup: "运行设置",
  scheme: "分层方案",
  source: "数据源",
  runAt: "运行时间",
  rowsUsed: "使用的行数",
  rowsSkipped: "跳过的行数",
  tierColumn: "层级列",
  problems: "问题单元格",
  address: "单元格",
  value: "值",
  reason: "原因",
  noProblems: "无",
  moreProblems: (n) => `… 另有 ${ZH_NUMBERS.integer(n)} 个（见任务窗格）`,
  problemReason: (reason) => problemReasonsText(reason, ZH_NUMBERS),
  schemeLine: (preset, tiers) =>
    `${(zhCN.presets as Record<string, string>)[preset] ?? preset}：${tiers.join(" / ")}`,
  chartData: "图表数据",
  offset: "偏移",
  cumulativeShare: "累计销售额占比",
  customerPercent: "客户占比",
  cumulativeProfit: "累计利润占比",
  pyramidChart: ZH_CHART_TITLES.CRMPyramid_Pyramid,
  paretoChart: ZH_CHART_TITLES.CRMPyramid_Pareto,
  whaleChart: ZH_CHART_TITLES.CRMPyramid_Whale,
  customerId: "客户",
  customerName: "名称",
  rank: "排名",
  comparisonTitle: "CRM 金字塔：期间对比",
  comparisonSheetName: "CRM 期间对比",
  periodFrom: "开始",
  periodTo: "结束",
  periodA: "A 期（较早）",
  periodB: "B 期（较晚）",
  movedUp: "上升",
  movedDown: "下降",
  sameTier: "层级不变",
  newCustomers: "新客户（A 期无记录）",
  lostCustomers: "流失客户（B 期无记录）",
  customersBoth: "两期客户合计",
  matrixHeading: "迁移矩阵：客户数，A 期层级（行）× B 期层级（列）",
  matrixCorner: "A 期层级 \\ B 期层级",
  matrixNew: "新客户",
  matrixLost: "流失",
  matrixTotal: "合计",
  moversHeading: "上升、下降、新增与流失的客户",
  tierInA: "A 期层级",
  tierInB: "B 期层级",
  movement: "变动",
  movementUp: "上升",
  movementDown: "下降",
  movementNew: "新增",
  movementLost: "流失",
};

export function sheetText(language: OutputLanguage): SheetText {
  return language === "zh-CN" ? ZH : EN;
}

/** The names of the outputs the add-in creates: the tier column's header and its two sheets. */
export interface OutputNames {
  tierColumnName: string;
  summarySheetName: string;
  customersSheetName: string;
}

// "CRM" stays in both: it names the add-in's sheets among the user's. 汇总 / 客户明细 / 客户层级 are the
// usual words of a Chinese finance report (summary, customer detail, customer tier).
const OUTPUT_NAMES: Record<OutputLanguage, OutputNames> = {
  "en-US": {
    tierColumnName: "Tier",
    summarySheetName: "CRM Summary",
    customersSheetName: "CRM Customers",
  },
  "zh-CN": {
    tierColumnName: "客户层级",
    summarySheetName: "CRM 汇总",
    customersSheetName: "CRM 客户明细",
  },
};

/** The output names a first Apply gives in `language` (later runs keep them: excel/outputNames.ts). */
export function outputNames(language: OutputLanguage): OutputNames {
  return OUTPUT_NAMES[language];
}

/** Whether `name` is some language's default for that output (so no name the user typed). */
export function isDefaultOutputName(key: keyof OutputNames, name: string): boolean {
  return Object.values(OUTPUT_NAMES).some((names) => names[key] === name);
}
