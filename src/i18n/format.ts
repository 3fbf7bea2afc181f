import { DEFAULT_CURRENCY, isCurrencyCode } from "./currency";
import type { Locale } from "./locale";

/**
 * Number formatting for one locale, built once per language or currency switch (Intl formatters are
 * costly). `locale` is the language texts are in; figures use `numberLocale` (the user's own
 * locale, e.g. en-GB or de-DE: locale.ts numberLocale) and money `currencyCode`.
 */
export interface Formatter {
  locale: Locale;
  /** The BCP 47 locale Intl formats with. */
  numberLocale: string;
  /** The set-up's currency (ISO 4217). */
  currencyCode: string;
  integer(value: number): string;
  number(value: number, fractionDigits?: number): string;
  /** Money in the set-up's currency, whole units, with its narrow symbol ("£1,234"). */
  currency(value: number): string;
  /** A share 0..1 as a percentage. */
  percent(value: number, fractionDigits?: number): string;
  /** A change as a signed percentage ("+13.6%"). */
  signedPercent(value: number): string;
  /** An Excel serial day as a date. */
  date(serial: number): string;
  /** "—" for a missing value, so an absent figure is never shown as 0. */
  orDash(value: number | null | undefined, format: (value: number) => string): string;
}

/** What to format with besides the text language; both default to the plain case (en-US/zh-CN, USD). */
export interface FormatterOptions {
  /** ISO 4217 code; the interface language never picks it (issue 17). */
  currency?: string;
  /** BCP 47 locale for figures; default `locale`. */
  numberLocale?: string;
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

export function createFormatter(locale: Locale, options: FormatterOptions = {}): Formatter {
  const currencyCode = isCurrencyCode(options.currency) ? options.currency : DEFAULT_CURRENCY;
  const numbers = supportedLocale(options.numberLocale) ?? locale;
  const integer = new Intl.NumberFormat(numbers, { maximumFractionDigits: 0 });
  // narrowSymbol: "$" rather than "US$" in a zh-CN or en-GB pane; the pane names the currency.
  const currency = new Intl.NumberFormat(numbers, {
    style: "currency",
    currency: currencyCode,
    currencyDisplay: "narrowSymbol",
    maximumFractionDigits: 0,
    minimumFractionDigits: 0,
  });
  const percents = new Map<number, Intl.NumberFormat>();
  const percentFormat = (digits: number): Intl.NumberFormat => {
    let f = percents.get(digits);
    if (!f) {
      f = new Intl.NumberFormat(numbers, {
        style: "percent",
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      });
      percents.set(digits, f);
    }
    return f;
  };
  const signed = new Intl.NumberFormat(numbers, {
    style: "percent",
    signDisplay: "exceptZero",
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  const date = new Intl.DateTimeFormat(numbers, { dateStyle: "medium", timeZone: "UTC" });
  return {
    locale,
    numberLocale: numbers,
    currencyCode,
    integer: (value) => integer.format(value),
    number: (value, fractionDigits = 2) =>
      new Intl.NumberFormat(numbers, { maximumFractionDigits: fractionDigits }).format(value),
    currency: (value) => currency.format(value),
    percent: (value, fractionDigits = 0) => percentFormat(fractionDigits).format(value),
    signedPercent: (value) => signed.format(value),
    date: (serial) => date.format(new Date(EXCEL_EPOCH_MS + Math.floor(serial) * 86400000)),
    orDash: (value, format) =>
      value === null || value === undefined || !Number.isFinite(value) ? "—" : format(value),
  };
}

/** `tag` when Intl can format in it, else undefined (a bad tag must not break the pane). */
function supportedLocale(tag: string | undefined): string | undefined {
  if (!tag) return undefined;
  try {
    return Intl.NumberFormat.supportedLocalesOf(tag).length > 0 ? tag : undefined;
  } catch {
    return undefined;
  }
}
