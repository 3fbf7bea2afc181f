import type { Locale } from "./locale";

// The engine's warnings are English sentences (src/engine/runTiering.ts, schemes/, readRows.ts). The pane
// translates the ones it knows by pattern; an unknown warning is shown as the engine wrote it.
const ZH_WARNINGS: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^(\d+) blank rows skipped\.$/, (m) => `已跳过 ${m[1]} 个空行。`],
  [
    /^Tier "(.*)" is empty with (\d+) ranked customers\.$/,
    (m) => `层级“${m[1]}”为空（共 ${m[2]} 位排名客户）。`,
  ],
  [/^Total revenue is zero/, () => "销售总额为零：销售额占比没有意义。"],
  [/^Total revenue is negative/, () => "销售总额为负（退货超过销售）：占比基于负的总额。"],
  [/^RFM needs a date column/, () => "RFM 需要日期列；无法为客户评分。"],
  [/^Thresholds are not in descending order/, () => "门槛不是从高到低排列；按先达到的层级计算。"],
  [
    /^The value matrix needs a score column/,
    () => "价值矩阵需要评分列（感知价值）；所有客户都未评分。",
  ],
  [/^ABC by growth needs a date column/, () => "ABC 按增长需要日期列；B 类为空。"],
  [
    /^ABC by growth: the dates do not span three years/,
    () => "ABC 按增长：日期不足三年；B 类可能为空。",
  ],
  [/^(\d+) further problems not listed\.$/, (m) => `另有 ${m[1]} 个问题未列出。`],
  [
    /^(\d+) customer ids are numbers with 16 or more digits/,
    (m) => `${m[1]} 个客户编号是 16 位以上的数字；Excel 只保留 15 位有效数字，请以文本存储。`,
  ],
  [/^Map the (.*) columns? first\.$/, () => "请先映射客户列和销售额列。"],
  [/^The engine could not tier these rows: (.*)$/, (m) => `无法为这些行分层：${m[1]}`],
];

export function translateWarning(warning: string, locale: Locale): string {
  if (locale === "en-US") return warning;
  for (const [pattern, render] of ZH_WARNINGS) {
    const m = pattern.exec(warning);
    if (m) return render(m);
  }
  return warning;
}
