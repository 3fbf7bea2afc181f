import type { SourceProblem } from "../../excel/excelErrors";
import { type Family, renderCoded, type TextsFor } from "../coded";
import type { Formatter } from "../format";
import { enUS, type Messages } from "../messages.en-US";
import { zhCN } from "../messages.zh-CN";

/**
 * Why a source could not be used (src/excel/excelErrors.ts), in the words of the pane's message
 * files: the pane and the ribbon say the same thing.
 */
export function sourceProblemTexts(t: Messages): TextsFor<SourceProblem> {
  return {
    multipleAreas: (p) =>
      p.areas.length > 0 ? t.selectionAreas(p.areas.join(", ")) : t.selectionAreasUnnamed,
    cellEditMode: () => t.cellEditMode,
    sourceEmpty: (p) => t.sourceEmpty(p.address),
  };
}

export const sourceProblems: Family<SourceProblem> = {
  texts: { "en-US": sourceProblemTexts(enUS), "zh-CN": sourceProblemTexts(zhCN) },
  samples: {
    multipleAreas: { areas: ["Sales!A1:B2", "Sales!D1:D2"] },
    cellEditMode: {},
    sourceEmpty: { address: "Sales!A1:C3" },
  },
};

export function sourceProblemText(problem: SourceProblem, format: Formatter): string {
  return renderCoded(sourceProblems, problem, format);
}
