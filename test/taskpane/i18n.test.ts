import { presets, rfmTiers, NON_BUYER_TIERS } from "../../src/engine";
import {
  createFormatter,
  defaultTierLabel,
  isDefaultTierLabel,
  localeFromDisplayLanguage,
  messagesFor,
  problemReasonsText,
  engineWarningsText,
} from "../../src/i18n";
import { enUS } from "../../src/i18n/messages.en-US";

describe("i18n", () => {
  it("follows Office's display language: any Chinese → zh-CN, anything else → en-US", () => {
    expect(localeFromDisplayLanguage("zh-CN")).toBe("zh-CN");
    expect(localeFromDisplayLanguage("zh-TW")).toBe("zh-CN");
    expect(localeFromDisplayLanguage("en-GB")).toBe("en-US");
    expect(localeFromDisplayLanguage("fr-FR")).toBe("en-US");
    expect(localeFromDisplayLanguage(undefined)).toBe("en-US");
  });

  it("has a Chinese label for every preset tier key, and the engine's English labels as the en-US defaults", () => {
    const tiers = [...presets().flatMap((p) => p.scheme.tiers), ...rfmTiers(), ...NON_BUYER_TIERS];
    for (const tier of tiers) {
      expect(defaultTierLabel(tier.key, "en-US")).toBe(tier.label);
      expect(defaultTierLabel(tier.key, "zh-CN")).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(
      ["vip", "large", "medium", "small", "inactive", "prospect", "suspect"].map((k) =>
        defaultTierLabel(k, "zh-CN")
      )
    ).toEqual([
      "VIP客户",
      "大客户",
      "中级客户",
      "小客户",
      "不积极的客户",
      "潜在客户",
      "需置疑的客户",
    ]);
    expect(["key", "major", "normal", "small"].map((k) => defaultTierLabel(k, "zh-CN"))).toEqual([
      "重要客户",
      "主要客户",
      "普通客户",
      "小客户",
    ]);
    expect(defaultTierLabel("tier7", "zh-CN")).toBe("层级 7");
    expect(isDefaultTierLabel("vip", "VIP客户")).toBe(true);
    expect(isDefaultTierLabel("vip", "Gold")).toBe(false);
  });

  it("gives zh-CN every message en-US has, translated", () => {
    const zh = messagesFor("zh-CN") as unknown as Record<string, unknown>;
    const en = enUS as unknown as Record<string, unknown>;
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    const same = Object.keys(en).filter(
      (k) => typeof en[k] === "string" && en[k] === zh[k] && k !== "appTitle"
    );
    expect(same).toEqual([]);
  });

  it("formats numbers, money, percentages and dates for each locale", () => {
    const en = createFormatter("en-US");
    const zh = createFormatter("zh-CN");
    expect(en.integer(1701)).toBe("1,701");
    expect(en.currency(9956000)).toBe("$9,956,000");
    expect(zh.currency(9956000)).toBe("$9,956,000");
    expect(createFormatter("zh-CN", { currency: "CNY" }).currency(9956000)).toBe("¥9,956,000");
    expect(en.percent(0.24)).toBe("24%");
    expect(en.signedPercent(0.136)).toBe("+13.6%");
    expect(en.signedPercent(-0.05)).toBe("-5.0%");
    expect(en.date(45657)).toBe("Dec 31, 2024");
    expect(zh.date(45657)).toBe("2024年12月31日");
    expect(en.orDash(null, en.integer)).toBe("—");
    expect(en.orDash(Number.NaN, en.integer)).toBe("—");
  });

  it("translates the engine's problem reasons and warnings it knows, and keeps the others", () => {
    const zh = createFormatter("zh-CN");
    const en = createFormatter("en-US");
    const notANumber = { code: "notANumber", params: {} } as const;
    const notADate = { code: "notADate", params: {} } as const;
    expect(problemReasonsText(notANumber, zh)).toBe("不是数字");
    expect(problemReasonsText({ code: "numberTwoCurrencies", params: {} }, zh)).toBe(
      "不是数字（两个货币符号）"
    );
    const unparseable = { code: "unparseableDate", params: { fault: notADate } } as const;
    expect(problemReasonsText(unparseable, zh)).toBe("无法识别的日期：不是日期");
    expect(problemReasonsText(unparseable, en)).toBe("unparseable date: not a date");
    expect(problemReasonsText(notANumber, en)).toBe("not a number");
    expect(engineWarningsText({ code: "blankRowsSkipped", params: { count: 3 } }, zh)).toBe(
      "已跳过 3 个空行。"
    );
    const empty = { code: "emptyTier", params: { label: "VIP", ranked: 10 } } as const;
    expect(engineWarningsText(empty, zh)).toBe("层级“VIP”为空（共 10 位排名客户）。");
    expect(engineWarningsText(empty, en)).toBe('Tier "VIP" is empty with 10 ranked customers.');
  });
});
