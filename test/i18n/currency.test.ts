/**
 * The set-up's currency (issue 17): its default from a culture or a display language, its Excel
 * number format, and the pane's formatter, which follows the currency and the user's locale, never
 * the interface language.
 */
import { createFormatter, numberLocale } from "../../src/i18n";
import {
  CURRENCY_CHOICES,
  currencyForLocale,
  currencyLabel,
  currencyNumberFormat,
  defaultCurrency,
  isCurrencyCode,
  regionOf,
} from "../../src/i18n/currency";
import { REGION_CURRENCY } from "../../src/i18n/currencyRegions";
import { numberFormatProblem } from "../../src/excel/setupChecks";

describe("the default currency", () => {
  it.each([
    ["en-GB", "GBP"],
    ["en-gb", "GBP"], // Microsoft's docs write culture names in lower case ("zh-cn", "en-us")
    ["zh-CN", "CNY"],
    ["zh-TW", "TWD"],
    ["de-DE", "EUR"],
    ["fr-CH", "CHF"],
    ["en-US", "USD"],
    ["ja", "JPY"], // no region: the language's likely one
  ])("%s → %s", (tag, currency) => {
    expect(currencyForLocale(tag)).toBe(currency);
  });

  it("knows no currency for a missing, malformed or unknown region", () => {
    expect(regionOf(undefined)).toBeUndefined();
    expect(regionOf("")).toBeUndefined();
    expect(currencyForLocale("not a tag!")).toBeUndefined();
    expect(currencyForLocale("en-001")).toBeUndefined();
  });

  it("prefers the culture, then the display language, then USD", () => {
    expect(defaultCurrency("en-GB", "zh-CN")).toBe("GBP");
    expect(defaultCurrency(null, "zh-CN")).toBe("CNY");
    expect(defaultCurrency("xx-ZZ", "de-AT")).toBe("EUR");
    expect(defaultCurrency(null, null)).toBe("USD");
    expect(defaultCurrency("en-001", "bogus!")).toBe("USD");
  });

  it("the region table holds two-letter regions and currency codes Intl can format", () => {
    for (const [region, currency] of Object.entries(REGION_CURRENCY)) {
      expect(region).toMatch(/^[A-Z]{2}$/);
      expect(isCurrencyCode(currency)).toBe(true);
      // Intl knows the code: it names it (an unknown code would come back as itself).
      expect(new Intl.DisplayNames("en", { type: "currency" }).of(currency)).not.toBe(currency);
    }
    expect(CURRENCY_CHOICES).toEqual([...new Set(Object.values(REGION_CURRENCY))].sort());
  });
});

describe("the Excel number format", () => {
  it.each([
    ["GBP", '"£"#,##0'],
    ["USD", '"$"#,##0'],
    ["CNY", '"¥"#,##0'],
    ["EUR", '"€"#,##0'],
    ["CHF", '"CHF "#,##0'],
  ])("%s → %s, a format Excel takes", (code, format) => {
    expect(currencyNumberFormat(code)).toBe(format);
    expect(numberFormatProblem(format)).toBeUndefined();
  });

  it("every offered currency gives a valid format", () => {
    for (const code of CURRENCY_CHOICES)
      expect(numberFormatProblem(currencyNumberFormat(code))).toBeUndefined();
  });
});

describe("the pane's formatter", () => {
  it("shows the set-up's currency in both languages", () => {
    expect(createFormatter("en-US", { currency: "GBP" }).currency(9956000)).toBe("£9,956,000");
    expect(createFormatter("zh-CN", { currency: "GBP" }).currency(9956000)).toBe("£9,956,000");
    expect(createFormatter("zh-CN", { currency: "USD" }).currency(1234)).toBe("$1,234");
  });

  it("has no currency of the language: without one it is USD, whatever the language", () => {
    expect(createFormatter("zh-CN").currencyCode).toBe("USD");
    expect(createFormatter("zh-CN", { currency: "pounds" }).currencyCode).toBe("USD");
  });

  it("formats figures in the user's locale while the texts stay en/zh", () => {
    const de = createFormatter("en-US", { currency: "EUR", numberLocale: "de-DE" });
    expect(de.locale).toBe("en-US");
    expect(de.integer(1234567)).toBe("1.234.567");
    expect(de.currency(1234567)).toBe("1.234.567\u00a0€");
    const gb = createFormatter("en-US", { currency: "GBP", numberLocale: "en-GB" });
    expect(gb.date(45657)).toBe("31 Dec 2024");
    expect(createFormatter("en-US", { numberLocale: "!!" }).numberLocale).toBe("en-US");
  });

  it("takes the display language as the number locale only while the pane speaks its language", () => {
    expect(numberLocale("en-US", "en-GB")).toBe("en-GB");
    expect(numberLocale("en-US", "de-DE")).toBe("de-DE");
    expect(numberLocale("zh-CN", "zh-TW")).toBe("zh-TW");
    expect(numberLocale("zh-CN", "en-GB")).toBe("zh-CN");
    expect(numberLocale("en-US", "zh-CN")).toBe("en-US");
    expect(numberLocale("en-US", undefined)).toBe("en-US");
  });

  it("names a currency in the pane's language", () => {
    expect(currencyLabel("GBP", "en-US")).toBe("British Pound (£)");
    expect(currencyLabel("GBP", "zh-CN")).toBe("英镑（£）");
  });
});
