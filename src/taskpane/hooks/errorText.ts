import { adapterMessageOf } from "../../excel/adapterMessages";
import type { SourceProblem } from "../../excel/excelErrors";
import type { Formatter, Messages } from "../../i18n";
import { adapterMessageText } from "../../i18n/codes/adapterMessages";
import { sourceProblemTexts } from "../../i18n/codes/sourceProblems";

/**
 * A rejection as text for the user: the adapter's coded message when the error carries one
 * rendered in the pane's language (`format`), else the Error's message or its string form.
 */
export function errorText(error: unknown, format: Formatter): string {
  return adapterMessageText(adapterMessageOf(error), format);
}

/** A problem the user can fix (several areas, a cell being edited, no data), in their language. */
export function sourceProblemText(problem: SourceProblem, t: Messages): string {
  const texts = sourceProblemTexts(t);
  return (texts[problem.code] as (params: SourceProblem["params"]) => string)(problem.params);
}
