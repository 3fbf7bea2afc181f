/**
 * Every message code of every layer (engine, adapter, ribbon), rendered in both locales: a code whose
 * text is missing, empty, untranslated or drops one of its figures fails here. The type checker
 * already refuses a code without a text (src/i18n/coded.ts); this checks what the texts say.
 */
import { createFormatter, LOCALES } from "../../src/i18n";
import { renderCoded } from "../../src/i18n/coded";
import { FAMILIES } from "../../src/i18n/codes/families";

const HAN = /[\u4e00-\u9fff]/;

/** The ways a number param may appear in a sentence. */
function numberSpellings(value: number, locale: (typeof LOCALES)[number]): string[] {
  const f = createFormatter(locale);
  return [
    String(value),
    f.integer(value),
    f.number(value),
    f.currency(value),
    f.percent(value),
    f.percent(value, 1),
  ];
}

const cases = Object.entries(FAMILIES).flatMap(([family, f]) =>
  Object.keys(f.samples).map((code) => [family, code] as const)
);

test("the family list is not empty", () => {
  expect(cases.length).toBeGreaterThan(0);
});

describe.each(cases)("%s.%s", (family, code) => {
  const f = FAMILIES[family];
  const params = (f.samples as Record<string, object>)[code];
  const message = { code, params };
  const texts = Object.fromEntries(
    LOCALES.map((locale) => [locale, renderCoded(f, message, createFormatter(locale))])
  ) as Record<(typeof LOCALES)[number], string>;

  test.each(LOCALES)("renders a sentence in %s", (locale) => {
    const text = texts[locale];
    expect(text.trim().length).toBeGreaterThan(0);
    expect(text).not.toMatch(/undefined|NaN|\[object |null/);
  });

  test("the zh-CN text is Chinese, not the English one", () => {
    expect(texts["zh-CN"]).toMatch(HAN);
    expect(texts["zh-CN"]).not.toBe(texts["en-US"]);
  });

  test.each(LOCALES)("every figure of the params appears in %s", (locale) => {
    for (const value of Object.values(params as Record<string, unknown>)) {
      if (typeof value !== "number") continue;
      const spellings = numberSpellings(value, locale);
      expect(spellings.some((s) => texts[locale].includes(s))).toBe(true);
    }
  });
});
