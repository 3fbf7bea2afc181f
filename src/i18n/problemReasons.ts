import type { Locale } from "./locale";

// The engine explains bad cells in English (src/engine/parseNumber.ts, parseDate.ts, readRows.ts). The
// pane translates the reasons it knows, longest first so "not a number (two currency symbols)" wins
// over "not a number"; anything else is shown as the engine wrote it.
const ZH_REASONS: [string, string][] = [
  ["not a number (more than one sign)", "不是数字（多个正负号）"],
  ["not a number (two currency symbols)", "不是数字（两个货币符号）"],
  ["not a number (space inside the digits)", "不是数字（数字中间有空格）"],
  ["amounts too large to add up", "金额过大，无法相加"],
  ["number too large", "数字过大"],
  ["not a finite number", "不是有限数字"],
  ["not a number", "不是数字"],
  ["unparseable date: ", "无法识别的日期："],
  ["not a valid date", "不是有效日期"],
  ["not a valid time", "不是有效时间"],
  ["date out of range", "日期超出范围"],
  ["not a date", "不是日期"],
  ["missing date", "缺少日期"],
  ["missing customer id", "缺少客户编号"],
  ["negative where not allowed (investment)", "不允许为负数（投入）"],
  ["customer id is not text or a number", "客户编号不是文本或数字"],
  [" in customer id", "（客户编号中）"],
  ["not a row", "不是一行数据"],
  [" (score ignored)", "（已忽略评分）"],
  [" (CLV ignored)", "（已忽略终身价值）"],
  ["Excel error ", "Excel 错误 "],
];

export function translateReason(reason: string, locale: Locale): string {
  if (locale === "en-US") return reason;
  let out = reason;
  for (const [en, zh] of ZH_REASONS) if (out.includes(en)) out = out.split(en).join(zh);
  return out;
}
