import type { Locale } from "./locale";

// Default tier labels per language, keyed by the engine presets' stable tier keys (src/engine/presets.ts
// and the RFM segment table). The English column repeats the engine's defaults so a label can be
// recognised as "untouched" in either language when the user switches.
const TIER_LABELS: Record<string, Record<Locale, string>> = {
  vip: { "en-US": "VIP", "zh-CN": "VIP客户" },
  large: { "en-US": "Large", "zh-CN": "大客户" },
  medium: { "en-US": "Medium", "zh-CN": "中级客户" },
  small: { "en-US": "Small", "zh-CN": "小客户" },
  inactive: { "en-US": "Inactive", "zh-CN": "不积极的客户" },
  prospect: { "en-US": "Prospect", "zh-CN": "潜在客户" },
  suspect: { "en-US": "Suspect", "zh-CN": "需置疑的客户" },
  key: { "en-US": "Key", "zh-CN": "重要客户" },
  major: { "en-US": "Major", "zh-CN": "主要客户" },
  normal: { "en-US": "Normal", "zh-CN": "普通客户" },
  a: { "en-US": "A", "zh-CN": "A类客户" },
  b: { "en-US": "B", "zh-CN": "B类客户" },
  c: { "en-US": "C", "zh-CN": "C类客户" },
  ideal: { "en-US": "Ideal", "zh-CN": "理想客户" },
  potential: { "en-US": "Potential", "zh-CN": "潜力股" },
  problem: { "en-US": "Problem", "zh-CN": "问题客户" },
  chickenRib: { "en-US": "Chicken rib", "zh-CN": "鸡肋" },
  unscored: { "en-US": "No score", "zh-CN": "无评分" },
  champions: { "en-US": "Champions", "zh-CN": "冠军客户" },
  cantLose: { "en-US": "Can't Lose Them", "zh-CN": "不能失去的客户" },
  loyal: { "en-US": "Loyal Customers", "zh-CN": "忠诚客户" },
  atRisk: { "en-US": "At Risk", "zh-CN": "有流失风险的客户" },
  newCustomers: { "en-US": "New Customers", "zh-CN": "新客户" },
  promising: { "en-US": "Promising", "zh-CN": "有希望的客户" },
  potentialLoyalist: { "en-US": "Potential Loyalist", "zh-CN": "潜在忠诚客户" },
  needAttention: { "en-US": "Need Attention", "zh-CN": "需要关注的客户" },
  aboutToSleep: { "en-US": "About To Sleep", "zh-CN": "即将沉睡的客户" },
  lost: { "en-US": "Lost", "zh-CN": "已流失客户" },
  others: { "en-US": "Others", "zh-CN": "其他客户" },
};

const CUSTOM_TIER = /^tier(\d+)$/;

/** The default label of a tier key in a language; custom tiers ("tier5") are numbered; unknown keys stay as given. */
export function defaultTierLabel(key: string, locale: Locale): string | undefined {
  const known = TIER_LABELS[key];
  if (known) return known[locale];
  const custom = CUSTOM_TIER.exec(key);
  if (custom) return locale === "zh-CN" ? `层级 ${custom[1]}` : `Tier ${custom[1]}`;
  return undefined;
}

/** Whether `label` is a default label of `key` in any language (i.e. the user has not renamed it). */
export function isDefaultTierLabel(key: string, label: string): boolean {
  return (["en-US", "zh-CN"] as const).some((locale) => defaultTierLabel(key, locale) === label);
}
