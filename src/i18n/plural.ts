import type { Formatter } from "./format";
import type { Locale } from "./locale";

/**
 * A noun in each plural category the locale uses (`Intl.PluralRules`); `other` is required, the rest
 * fall back to it. English needs `one` and `other`; Chinese has only `other`.
 */
export type NounForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const rules = new Map<Locale, Intl.PluralRules>();

function pluralRules(locale: Locale): Intl.PluralRules {
  let r = rules.get(locale);
  if (!r) {
    r = new Intl.PluralRules(locale);
    rules.set(locale, r);
  }
  return r;
}

/** The form of `forms` that goes with the count `n` in the formatter's locale ("row" / "rows"). */
export function pluralForm(format: Formatter, n: number, forms: NounForms): string {
  return forms[pluralRules(format.locale).select(n)] ?? forms.other;
}

/** The count formatted for the locale, then the noun in the matching form: "1 data row", "1,234 data rows". */
export function countNoun(format: Formatter, n: number, forms: NounForms): string {
  return `${format.integer(n)} ${pluralForm(format, n, forms)}`;
}
