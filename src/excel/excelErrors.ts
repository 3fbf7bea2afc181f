/**
 * Recognising Excel's errors (OfficeExtension.Error: `code`, `message`) without depending on the
 * OfficeExtension global, so the same code runs against the test double.
 * Codes: https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling
 */
import { adapterMessage, type AdapterMessage, type CodedError } from "./adapterMessages";

export function errorCode(error: unknown): string | undefined {
  if (typeof error === "object" && error !== null && "code" in error) {
    const code = (error as { code: unknown }).code;
    return typeof code === "string" ? code : undefined;
  }
  return undefined;
}

/** A request or response over Excel on the web's 5 MB limit, or a range over the cell limit. */
export function isTooLarge(error: unknown): boolean {
  const code = errorCode(error);
  if (
    code === "RequestPayloadSizeLimitExceeded" ||
    code === "ResponsePayloadSizeLimitExceeded" ||
    code === "RangeExceedsLimit"
  )
    return true;
  const message = error instanceof Error ? error.message : String(error);
  return /payload size|exceeded the limit|too large/i.test(message);
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

/** Thrown between blocks when the caller's AbortSignal fired. */
export class CancelledError extends Error {
  override readonly name = "AbortError";
  constructor() {
    super("Cancelled.");
  }
}

export function isCancelled(error: unknown): boolean {
  return error instanceof Error && error.name === "AbortError";
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new CancelledError();
}

/**
 * The remembered source (a table or a sheet) no longer exists. `adapterMessage` says so as a code
 * (the pane and the ribbon put it into words); `message` is the English text, for logs.
 */
export class SourceNotFoundError extends Error implements CodedError {
  override readonly name: string = "SourceNotFoundError";
  constructor(
    readonly adapterMessage: AdapterMessage,
    text: string
  ) {
    super(text);
  }
}

/**
 * The source holds no values: an empty selection, or a saved address whose cells were cleared. A
 * SourceNotFoundError, so a writer that meets it says "not found" as before.
 */
export class SourceEmptyError extends SourceNotFoundError {
  readonly code = "sourceEmpty";
  constructor(readonly address: string) {
    super(adapterMessage("sourceEmpty", { address }), `${address} is empty.`);
  }
}

/** Several areas are selected (Ctrl+click): the add-in reads one rectangle. */
export class MultipleAreasError extends Error implements CodedError {
  override readonly name = "MultipleAreasError";
  readonly code = "multipleAreas";
  readonly adapterMessage: AdapterMessage;
  constructor(readonly areas: readonly string[]) {
    super(`${areas.length} areas are selected (${areas.join(", ")}); select one range.`);
    this.adapterMessage = adapterMessage("multipleAreas", { areas: [...areas] });
  }
}

/**
 * Why the source could not be used, as a code the pane and the Refresh command put into words
 * (src/i18n/codes/sourceProblems.ts).
 */
export type SourceProblem =
  | { code: "sourceEmpty"; params: { address: string } }
  | { code: "multipleAreas"; params: { areas: string[] } }
  | { code: "cellEditMode"; params: Record<string, never> };

/**
 * The problem behind a rejection, when it is one the user can fix. Excel's own codes
 * (https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling):
 * `InvalidOperationInCellEditMode` — "The operation isn't available while Excel is in Edit cell
 * mode"; `InvalidSelection` — "The current selection is invalid for this operation", which
 * Workbook.getSelectedRange raises for several areas if the selection changes between our check and
 * the read (the page of getSelectedRange says only that it "will throw an error").
 */
export function sourceProblem(error: unknown): SourceProblem | undefined {
  if (error instanceof SourceEmptyError)
    return { code: "sourceEmpty", params: { address: error.address } };
  if (error instanceof MultipleAreasError)
    return { code: "multipleAreas", params: { areas: [...error.areas] } };
  const code = errorCode(error);
  if (code === "InvalidOperationInCellEditMode") return { code: "cellEditMode", params: {} };
  if (code === "InvalidSelection") return { code: "multipleAreas", params: { areas: [] } };
  return undefined;
}
