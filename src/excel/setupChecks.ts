/**
 * Set-up values Excel would reject part-way through a write (sheet names, the tier column's name,
 * the currency format), checked before anything is planned.
 */
import { type AdapterMessage, adapterMessage, type NumberFormatProblem } from "./adapterMessages";
import { sheetNameProblem } from "./ownedSheets";
import type { RunSetup } from "./runSetup";

/** A number format Excel would reject: unbalanced quotes or brackets, or more than 4 sections. */
export function numberFormatProblem(format: string): NumberFormatProblem | undefined {
  if (format.length === 0 || format.length > 255) return "length";
  const unquoted = format.replace(/"[^"]*"/g, "").replace(/\\./g, "");
  if (unquoted.includes('"')) return "unclosedQuote";
  const open = (unquoted.match(/\[/g) ?? []).length;
  if (open !== (unquoted.match(/]/g) ?? []).length) return "unclosedBracket";
  if (unquoted.split(";").length > 4) return "tooManySections";
  return undefined;
}

/** The first set-up value Excel would reject, as the message that names it. */
export function setupProblem(setup: RunSetup): AdapterMessage | undefined {
  const out = setup.output;
  for (const [sheet, name] of [
    ["summary", out.summarySheetName],
    ["customers", out.customersSheetName],
  ] as const) {
    const problem = sheetNameProblem(name);
    if (problem) return adapterMessage("badSheetName", { sheet, name, problem });
  }
  if (out.tierColumnName.trim() === "" || out.tierColumnName.length > 255)
    return adapterMessage("badTierColumnName", {});
  if (out.currencyFormat !== undefined) {
    const problem = numberFormatProblem(out.currencyFormat);
    if (problem)
      return adapterMessage("badCurrencyFormat", { format: out.currencyFormat, problem });
  }
  return undefined;
}
