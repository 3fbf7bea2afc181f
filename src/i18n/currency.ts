/**
 * The currency of a set-up's money figures (ISO 4217): its default, its symbol and its Excel
 * number format. The sheet's amounts carry no currency of their own, so the set-up says which one
 * they are in; it never follows the interface language (issue 17).
 */
import { REGION_CURRENCY } from "./currencyRegions";

/** When neither the workbook's culture nor the display locale names a region we know. */
export const DEFAULT_CURRENCY = "USD";

const CODE = /^[A-Z]{3}$/;

/** Three capital letters, the shape of an ISO 4217 code (Intl formats any such code). */
export function isCurrencyCode(value: unknown): value is string {
  return typeof value === "string" && CODE.test(value);
}

/**
 * The region of a BCP 47 tag ("en-GB" → "GB"); a tag without one gets its likely region
 * ("de" → "DE", "zh" → "CN": Intl.Locale.maximize). Undefined for a missing or malformed tag.
 */
export function regionOf(tag: string | null | undefined): string | undefined {
  if (typeof tag !== "string" || tag.trim() === "") return undefined;
  try {
    return new Intl.Locale(tag.trim()).maximize().region;
  } catch {
    return undefined;
  }
}

/** The currency of a locale's region ("en-GB" → "GBP"), if the table knows the region. */
export function currencyForLocale(tag: string | null | undefined): string | undefined {
  const region = regionOf(tag);
  return region === undefined ? undefined : REGION_CURRENCY[region];
}

/**
 * A new set-up's currency: the workbook's culture as Excel reports it (Application.cultureInfo,
 * read where ExcelApi 1.11 is there), else the region of Office's display language, else USD.
 */
export function defaultCurrency(
  cultureName: string | null | undefined,
  displayLanguage: string | null | undefined
): string {
  return currencyForLocale(cultureName) ?? currencyForLocale(displayLanguage) ?? DEFAULT_CURRENCY;
}

/** Every currency of the region table, A to Z: the choices the pane offers. */
export const CURRENCY_CHOICES: readonly string[] = [
  ...new Set(Object.values(REGION_CURRENCY)),
].sort();

/**
 * The currency's narrow symbol ("£", "€", "$", "CHF"), the same in every language: the pane's
 * control names the currency, so "$" for USD and AUD alike is not ambiguous where it is shown.
 */
export function currencySymbol(code: string): string {
  const parts = new Intl.NumberFormat("en", {
    style: "currency",
    currency: code,
    currencyDisplay: "narrowSymbol",
  }).formatToParts(0);
  return parts.find((part) => part.type === "currency")?.value ?? code;
}

/**
 * The Excel number format for whole amounts in `code`: the symbol as a quoted literal before
 * `#,##0` (`"£"#,##0`), with a space after a symbol that ends in a letter (`"CHF "#,##0`). Excel
 * shows the digit grouping of the user's own settings for `,` (number format codes,
 * https://support.microsoft.com/office/review-guidelines-for-customizing-a-number-format-c0a1d1fa-d3f4-4018-96b7-9c9354dd99f5).
 * The same in both output languages: the currency is the set-up's, not the language's.
 */
export function currencyNumberFormat(code: string): string {
  const symbol = currencySymbol(code).replace(/"/g, "");
  const spaced = /\p{L}$/u.test(symbol) ? `${symbol} ` : symbol;
  return `"${spaced}"#,##0`;
}

/** "British Pound (£)" / "英镑（£）": how the pane names a currency in its language. */
export function currencyLabel(code: string, language: "en-US" | "zh-CN"): string {
  let name: string | undefined;
  try {
    name = new Intl.DisplayNames(language, { type: "currency" }).of(code);
  } catch {
    name = undefined;
  }
  const symbol = currencySymbol(code);
  if (!name || name === code || name === symbol) return code;
  return language === "zh-CN" ? `${name}（${symbol}）` : `${name} (${symbol})`;
}
