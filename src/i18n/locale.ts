/** The languages the pane speaks (the same union as the output language the adapter writes). */
export type Locale = "en-US" | "zh-CN";

export const LOCALES: readonly Locale[] = ["en-US", "zh-CN"];

/** Office's display language (e.g. "zh-CN", "zh-TW", "en-GB") → the pane's locale: any Chinese → zh-CN. */
export function localeFromDisplayLanguage(displayLanguage: string | undefined | null): Locale {
  return typeof displayLanguage === "string" && displayLanguage.toLowerCase().startsWith("zh")
    ? "zh-CN"
    : "en-US";
}

/**
 * The locale the pane formats numbers, money and dates in: Office's display language itself
 * ("en-GB", "de-DE", "zh-TW") while the pane speaks the language it maps to, so a London user sees
 * "31 Dec 2024" and a Berlin user "1.234.567" inside English texts; once the user switches the pane
 * to the other language, that language's own locale. A malformed tag is ignored.
 */
export function numberLocale(locale: Locale, displayLanguage?: string | null): string {
  if (typeof displayLanguage !== "string" || localeFromDisplayLanguage(displayLanguage) !== locale)
    return locale;
  try {
    return Intl.getCanonicalLocales(displayLanguage.trim())[0] ?? locale;
  } catch {
    return locale;
  }
}
