import type { EngineWarning } from "../../engine";
import { renderCoded, type Family, type TextsFor } from "../coded";
import type { Formatter } from "../format";
import { countNoun } from "../plural";

/** An engine warning (`TieringResult.warnings`) as the pane shows it. */
export function engineWarningsText(warning: EngineWarning, format: Formatter): string {
  return renderCoded(engineWarnings, warning, format);
}

const enUS: TextsFor<EngineWarning> = {
  blankRowsSkipped: ({ count }, f) =>
    `${countNoun(f, count, { one: "blank row", other: "blank rows" })} skipped.`,
  moreProblems: ({ count }, f) =>
    `${countNoun(f, count, { one: "further problem", other: "further problems" })} not listed.`,
  longNumericIds: ({ count }, f) =>
    `${countNoun(f, count, { one: "customer id is a number", other: "customer ids are numbers" })} with 16 or more digits; Excel keeps only 15 significant digits, so store such ids as text.`,
  mapColumnsFirst: ({ roles }) =>
    `Map the ${roles.join(" and ")} column${roles.length > 1 ? "s" : ""} first.`,
  engineFailed: ({ error }) => `The engine could not tier these rows: ${error}`,
  emptyTier: ({ label, ranked }, f) =>
    `Tier "${label}" is empty with ${countNoun(f, ranked, { one: "ranked customer", other: "ranked customers" })}.`,
  zeroRevenue: () => "Total revenue is zero: revenue shares have no value.",
  negativeRevenue: () =>
    "Total revenue is negative (returns exceed sales): shares are of a negative total.",
  rfmNeedsDates: () => "RFM needs a date column; customers cannot be scored.",
  thresholdsNotDescending: () =>
    "Thresholds are not in descending order; the first tier reached wins.",
  valueMatrixNeedsScore: () =>
    "The value matrix needs a score column (perceived value); every customer is unscored.",
  abcGrowthNeedsDates: () => "ABC by growth needs a date column; class B is empty.",
  abcGrowthShortHistory: () =>
    "ABC by growth: the dates do not span three years; class B may be empty.",
};

const zhCN: TextsFor<EngineWarning> = {
  blankRowsSkipped: ({ count }, f) => `已跳过 ${f.integer(count)} 个空行。`,
  moreProblems: ({ count }, f) => `另有 ${f.integer(count)} 个问题未列出。`,
  longNumericIds: ({ count }, f) =>
    `${f.integer(count)} 个客户编号是 16 位以上的数字；Excel 只保留 15 位有效数字，请以文本存储。`,
  mapColumnsFirst: () => "请先映射客户列和销售额列。",
  engineFailed: ({ error }) => `无法为这些行分层：${error}`,
  emptyTier: ({ label, ranked }, f) => `层级“${label}”为空（共 ${f.integer(ranked)} 位排名客户）。`,
  zeroRevenue: () => "销售总额为零：销售额占比没有意义。",
  negativeRevenue: () => "销售总额为负（退货超过销售）：占比基于负的总额。",
  rfmNeedsDates: () => "RFM 需要日期列；无法为客户评分。",
  thresholdsNotDescending: () => "门槛不是从高到低排列；按先达到的层级计算。",
  valueMatrixNeedsScore: () => "价值矩阵需要评分列（感知价值）；所有客户都未评分。",
  abcGrowthNeedsDates: () => "ABC 按增长需要日期列；B 类为空。",
  abcGrowthShortHistory: () => "ABC 按增长：日期不足三年；B 类可能为空。",
};

export const engineWarnings: Family<EngineWarning> = {
  texts: { "en-US": enUS, "zh-CN": zhCN },
  samples: {
    blankRowsSkipped: { count: 3 },
    moreProblems: { count: 1200 },
    longNumericIds: { count: 2 },
    mapColumnsFirst: { roles: ["customer", "revenue"] },
    engineFailed: { error: "Error: out of memory" },
    emptyTier: { label: "VIP", ranked: 40 },
    zeroRevenue: {},
    negativeRevenue: {},
    rfmNeedsDates: {},
    thresholdsNotDescending: {},
    valueMatrixNeedsScore: {},
    abcGrowthNeedsDates: {},
    abcGrowthShortHistory: {},
  },
};
