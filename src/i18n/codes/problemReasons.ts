import type { ProblemReasonPart } from "../../engine";
import { renderCoded, type Family, type TextsFor } from "../coded";
import type { Formatter } from "../format";

/** Why a cell or row is a problem (the engine's `ProblemReason`, or a part of one), as the pane and the summary sheet say it. */
export function problemReasonsText(reason: ProblemReasonPart, format: Formatter): string {
  return renderCoded(problemReasons, reason, format);
}

const enUS: TextsFor<ProblemReasonPart> = {
  notANumber: () => "not a number",
  numberManySigns: () => "not a number (more than one sign)",
  numberTwoCurrencies: () => "not a number (two currency symbols)",
  numberSpaceInside: () => "not a number (space inside the digits)",
  notFiniteNumber: () => "not a finite number",
  excelError: ({ error }) => `Excel error ${error}`,
  numberTooLarge: () => "number too large",
  negativeInvestment: () => "negative where not allowed (investment)",
  sumTooLarge: () => "amounts too large to add up",
  missingDate: () => "missing date",
  unparseableDate: ({ fault }, f) => "unparseable date: " + problemReasonsText(fault, f),
  notADate: () => "not a date",
  dateOutOfRange: () => "date out of range",
  invalidDate: () => "not a valid date",
  invalidTime: () => "not a valid time",
  measureIgnored: ({ measure, fault }, f) =>
    problemReasonsText(fault, f) + (measure === "score" ? " (score ignored)" : " (CLV ignored)"),
  missingId: () => "missing customer id",
  excelErrorInId: ({ error }) => `Excel error ${error} in customer id`,
  idNotTextOrNumber: () => "customer id is not text or a number",
  notARow: () => "not a row",
};

const zhCN: TextsFor<ProblemReasonPart> = {
  notANumber: () => "不是数字",
  numberManySigns: () => "不是数字（多个正负号）",
  numberTwoCurrencies: () => "不是数字（两个货币符号）",
  numberSpaceInside: () => "不是数字（数字中间有空格）",
  notFiniteNumber: () => "不是有限数字",
  excelError: ({ error }) => `Excel 错误 ${error}`,
  numberTooLarge: () => "数字过大",
  negativeInvestment: () => "不允许为负数（投入）",
  sumTooLarge: () => "金额过大，无法相加",
  missingDate: () => "缺少日期",
  unparseableDate: ({ fault }, f) => "无法识别的日期：" + problemReasonsText(fault, f),
  notADate: () => "不是日期",
  dateOutOfRange: () => "日期超出范围",
  invalidDate: () => "不是有效日期",
  invalidTime: () => "不是有效时间",
  measureIgnored: ({ measure, fault }, f) =>
    problemReasonsText(fault, f) + (measure === "score" ? "（已忽略评分）" : "（已忽略终身价值）"),
  missingId: () => "缺少客户编号",
  excelErrorInId: ({ error }) => `Excel 错误 ${error}（客户编号中）`,
  idNotTextOrNumber: () => "客户编号不是文本或数字",
  notARow: () => "不是一行数据",
};

const none = {};

export const problemReasons: Family<ProblemReasonPart> = {
  texts: { "en-US": enUS, "zh-CN": zhCN },
  samples: {
    notANumber: none,
    numberManySigns: none,
    numberTwoCurrencies: none,
    numberSpaceInside: none,
    notFiniteNumber: none,
    excelError: { error: "#N/A" },
    numberTooLarge: none,
    negativeInvestment: none,
    sumTooLarge: none,
    missingDate: none,
    unparseableDate: { fault: { code: "invalidDate", params: none } },
    notADate: none,
    dateOutOfRange: none,
    invalidDate: none,
    invalidTime: none,
    measureIgnored: { measure: "clv", fault: { code: "numberTooLarge", params: none } },
    missingId: none,
    excelErrorInId: { error: "#DIV/0!" },
    idNotTextOrNumber: none,
    notARow: none,
  },
};
