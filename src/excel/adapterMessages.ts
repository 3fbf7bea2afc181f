/**
 * What the Excel adapter tells the user, as data: `{ code, params }` values that src/i18n puts into
 * words (src/i18n/codes/adapterMessages.ts, sourceProblems.ts). Params are addresses, sheet names,
 * counts and, where Excel rejected a request, Excel's own error code and text (Excel's text is data:
 * the adapter never writes a sentence of its own).
 */
import type { OutputKind } from "./gateway";
import type { SetupProblem } from "./setupProblem";

/** One of the add-in's outputs and where it is (a range address or a sheet name; "" for the set-up). */
export interface OutputRef {
  kind: OutputKind;
  where: string;
}

/** Why Excel would refuse a sheet name (ownedSheets.ts). */
export type SheetNameProblem = "blank" | "tooLong" | "badCharacter" | "apostrophe" | "reserved";

/** Why Excel would refuse a number format (applyPlan.ts). */
export type NumberFormatProblem =
  "length" | "unclosedQuote" | "unclosedBracket" | "tooManySections";

/** Which sheet name of the set-up (or the comparison's) is wrong. */
export type NamedSheet = "summary" | "customers" | "comparison";

/** Excel's rejection as Excel gave it: its code when it had one, and its text. */
export interface ExcelRejection {
  excelCode?: string;
  excelText: string;
}

export type AdapterMessage =
  | { code: "cancelled"; params: Record<string, never> }
  | { code: "cellEdit"; params: Record<string, never> }
  | { code: "busy"; params: Record<string, never> }
  | { code: "checkFailed"; params: ExcelRejection }
  | { code: "noData"; params: { address: string } }
  | { code: "noComparisonTiers"; params: Record<string, never> }
  | { code: "badSheetName"; params: { sheet: NamedSheet; name: string; problem: SheetNameProblem } }
  | { code: "badTierColumnName"; params: Record<string, never> }
  | { code: "badCurrencyFormat"; params: { format: string; problem: NumberFormatProblem } }
  | { code: "sourceMoved"; params: { was: string; now: string } }
  | { code: "sourceRowsChanged"; params: { address: string; before: number; after: number } }
  | { code: "sourceHeaderChanged"; params: { address: string } }
  | { code: "sourceValuesChanged"; params: { address: string } }
  | { code: "occupied"; params: { address: string } }
  | { code: "edited"; params: { address: string } }
  | { code: "formatted"; params: { address: string } }
  | { code: "sheetTaken"; params: { sheet: string } }
  | { code: "partial"; params: ExcelRejection & { written: OutputRef[]; interrupted?: OutputRef } }
  | { code: "comparisonPartial"; params: ExcelRejection & { sheet: string } }
  | { code: "tableNotFound"; params: { table: string } }
  | { code: "sheetNotFound"; params: { sheet: string } }
  | { code: "notSheetAddress"; params: { address: string } }
  | { code: "sourceEmpty"; params: { address: string } }
  | { code: "multipleAreas"; params: { areas: string[] } }
  /** The saved set-up failed its check: the first damaged field's path ("$": the whole value). */
  | { code: "setupDamaged"; params: { field: string; problem: SetupProblem } }
  /** A rejection the adapter did not expect: its text as it came (Excel's or the browser's). */
  | { code: "unexpected"; params: { text: string } };

export type AdapterCode = AdapterMessage["code"];

/** The message of a damaged saved set-up (SavedSetupStatus "corrupt"). */
export type SetupDamagedMessage = Extract<AdapterMessage, { code: "setupDamaged" }>;

/** A message of the family with code `C`. */
export function adapterMessage<C extends AdapterCode>(
  code: C,
  params: Extract<AdapterMessage, { code: C }>["params"]
): AdapterMessage {
  return { code, params } as AdapterMessage;
}

/** Excel's code and text of a rejection (the text of anything thrown). */
export function excelRejection(error: unknown): ExcelRejection {
  const text = error instanceof Error ? error.message : String(error);
  const code =
    typeof error === "object" && error !== null && "code" in error
      ? (error as { code: unknown }).code
      : undefined;
  return typeof code === "string" ? { excelCode: code, excelText: text } : { excelText: text };
}

/** An error that carries its message as a code (the adapter's own errors, excelErrors.ts). */
export interface CodedError extends Error {
  adapterMessage: AdapterMessage;
}

/** The coded message an error carries, else its text as an "unexpected" message. */
export function adapterMessageOf(error: unknown): AdapterMessage {
  if (error instanceof Error && "adapterMessage" in error)
    return (error as CodedError).adapterMessage;
  if (typeof error === "object" && error !== null && "message" in error)
    return adapterMessage("unexpected", { text: String((error as { message: unknown }).message) });
  return adapterMessage("unexpected", { text: String(error) });
}
