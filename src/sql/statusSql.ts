import type { DialectRules } from "./dialects";
import { foldWidth, lowerAscii } from "./idSql";
import { PROSPECT_WORDS, SUSPECT_WORDS } from "../engine/parse/classifyStatus";

// classifyStatus (src/engine/parse/classifyStatus.ts) in SQL, over the engine's own word lists: 1 suspect, 2 prospect, 0 neither; a customer
// takes the highest over their used rows. The engine folds width and lower-cases with JavaScript; only
// ASCII letters can turn into the ASCII words below (a non-ASCII capital such as U+0130 lower-cases to
// "i" plus a combining dot, which none of the words can contain), so lower-casing ASCII is the same test.
/** The status cell as classifyStatus reads it: width folded, ASCII letters in lower case. */
export const statusTextSql = (d: DialectRules, status: string): string =>
  lowerAscii(d, foldWidth(d, `COALESCE(CAST(${status} AS ${d.varchar}), '')`));

/** The class of a status text made by statusTextSql. */
export function statusClassSql(d: DialectRules, text: string): string {
  const any = (words: readonly string[]) =>
    words.map((w) => d.contains(text, d.text(w))).join(" OR ");
  return `CASE WHEN ${any(SUSPECT_WORDS)} THEN 1 WHEN ${any(PROSPECT_WORDS)} THEN 2 ELSE 0 END`;
}
