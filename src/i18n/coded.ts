import type { Formatter } from "./format";
import type { Locale } from "./locale";

/**
 * Messages as data. The engine, the Excel adapter and the ribbon command never build a sentence: they
 * return `{ code, params }` values from a union their own layer declares, and `src/i18n` renders them.
 * Each union ("family") has one file in `src/i18n/codes/` with a text per code in every locale and one
 * sample of its params; `TextsFor` makes the type checker refuse a code without a text in a locale,
 * and the family list (`families.ts`) lets one test render every code in every locale.
 */
export interface Coded {
  code: string;
  params: object;
}

type ParamsOf<M extends Coded, C extends M["code"]> = Extract<M, { code: C }>["params"];

/** A text for every code of the family `M`, given that code's params and the locale's formatter. */
export type TextsFor<M extends Coded> = {
  [C in M["code"]]: (params: ParamsOf<M, C>, format: Formatter) => string;
};

/** One family: its texts in every locale and one sample of every code's params (for the test). */
export interface Family<M extends Coded> {
  texts: Record<Locale, TextsFor<M>>;
  samples: { [C in M["code"]]: ParamsOf<M, C> };
}

/** The sentence for `message` in the formatter's locale. */
export function renderCoded<M extends Coded>(
  family: Family<M>,
  message: M,
  format: Formatter
): string {
  const render = family.texts[format.locale][message.code as M["code"]] as (
    params: M["params"],
    format: Formatter
  ) => string;
  return render(message.params, format);
}
