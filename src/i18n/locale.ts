/** The languages the pane speaks (the same union as the output language the adapter writes). */
export type Locale = "en-US" | "zh-CN";

export const LOCALES: readonly Locale[] = ["en-US", "zh-CN"];

/** Office's display language (e.g. "zh-CN", "zh-TW", "en-GB") → the pane's locale: any Chinese → zh-CN. */
export function localeFromDisplayLanguage(displayLanguage: string | undefined | null): Locale {
  return typeof displayLanguage === "string" && displayLanguage.toLowerCase().startsWith("zh")
    ? "zh-CN"
    : "en-US";
}
