import type { SourceProblem } from "../../excel/excelErrors";
import type { Messages } from "../../i18n";

/** A rejection as text for the user (Error message, else its string form). */
export function errorText(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === "object" && error !== null && "message" in error)
    return String(error.message);
  return String(error);
}

/** A problem the user can fix (several areas, a cell being edited, no data), in their language. */
export function sourceProblemText(problem: SourceProblem, t: Messages): string {
  switch (problem.code) {
    case "multipleAreas":
      return problem.areas.length > 0
        ? t.selectionAreas(problem.areas.join(", "))
        : t.selectionAreasUnnamed;
    case "cellEditMode":
      return t.cellEditMode;
    case "sourceEmpty":
      return t.sourceEmpty(problem.address);
  }
}
