import type { Locale } from "./locale";

/** Number formatting for one locale, built once per language switch (Intl formatters are costly). */
export interface Formatter {
  locale: Locale;
  integer(value: number): string;
  number(value: number, fractionDigits?: number): string;
  /** Money in the locale's currency, whole units. */
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

/** The currency a locale's figures are shown in: the sheet's amounts carry no currency of their own. */
export const LOCALE_CURRENCY: Record<Locale, string> = { "en-US": "USD", "zh-CN": "CNY" };

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

export function createFormatter(locale: Locale): Formatter {
  const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const currency = new Intl.NumberFormat(locale, {
    style: "currency",
    currency: LOCALE_CURRENCY[locale],
    maximumFractionDigits: 0,
    minimumFractionDigits: 0,
  });
  const percents = new Map<number, Intl.NumberFormat>();
  const percentFormat = (digits: number): Intl.NumberFormat => {
    let f = percents.get(digits);
    if (!f) {
      f = new Intl.NumberFormat(locale, {
        style: "percent",
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      });
      percents.set(digits, f);
    }
    return f;
  };
  const signed = new Intl.NumberFormat(locale, {
    style: "percent",
    signDisplay: "exceptZero",
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" });
  return {
    locale,
    integer: (value) => integer.format(value),
    number: (value, fractionDigits = 2) =>
      new Intl.NumberFormat(locale, { maximumFractionDigits: fractionDigits }).format(value),
    currency: (value) => currency.format(value),
    percent: (value, fractionDigits = 0) => percentFormat(fractionDigits).format(value),
    signedPercent: (value) => signed.format(value),
    date: (serial) => date.format(new Date(EXCEL_EPOCH_MS + Math.floor(serial) * 86400000)),
    orDash: (value, format) =>
      value === null || value === undefined || !Number.isFinite(value) ? "—" : format(value),
  };
}
