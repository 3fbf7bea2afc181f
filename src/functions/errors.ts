/* The one place the worksheet functions create Excel error values.

   Inside Excel a custom function reports a bad argument by throwing a CustomFunctions.Error; the
   cell then shows the error code, and for #VALUE! and #N/A also the message (hover the error flag).
   Excel does not display messages on #NUM! and #DIV/0!: we still attach them, for tests and logs.
   https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors
   https://learn.microsoft.com/javascript/api/custom-functions-runtime/customfunctions.errorcode

   `CustomFunctions` is a global only inside Excel's runtime; outside it (Node: tests, the bench)
   errors are plain objects of the same shape, so the logic stays testable. */

/** The Excel error values these functions return (the string values of CustomFunctions.ErrorCode). */
export type ExcelErrorCode = "#VALUE!" | "#NUM!" | "#DIV/0!" | "#N/A";

/** What a function throws when CustomFunctions is not available (Node). */
export class FunctionError extends Error {
  constructor(
    readonly code: ExcelErrorCode,
    message: string
  ) {
    super(message);
    this.name = "FunctionError";
  }
}

const ERROR_CODES: readonly string[] = [
  "#VALUE!",
  "#NUM!",
  "#DIV/0!",
  "#N/A",
  "#NULL!",
  "#NAME?",
  "#REF!",
];

function runtimeErrorClass(): typeof CustomFunctions.Error | undefined {
  const runtime = (globalThis as { CustomFunctions?: typeof CustomFunctions }).CustomFunctions;
  return runtime && typeof runtime.Error === "function" ? runtime.Error : undefined;
}

/** An Excel error value carrying a message that says what is wrong. Throw it. */
export function excelError(
  code: ExcelErrorCode,
  message: string
): CustomFunctions.Error | FunctionError {
  const RuntimeError = runtimeErrorClass();
  // ErrorCode is a string enum whose values are exactly these codes ("#VALUE!" ...).
  if (RuntimeError) return new RuntimeError(code as CustomFunctions.ErrorCode, message);
  return new FunctionError(code, message);
}

/** #VALUE!: an argument of the wrong kind (text where a number is needed, wrong size...). */
export const valueError = (message: string) => excelError("#VALUE!", message);
/** #NUM!: a number out of its allowed range. */
export const numError = (message: string) => excelError("#NUM!", message);
/** #DIV/0!: a division by zero. */
export const divError = (message: string) => excelError("#DIV/0!", message);
/** #N/A: the value looked up is not there. */
export const naError = (message: string) => excelError("#N/A", message);

/** True for an error made by excelError (or by Excel's own CustomFunctions.Error). */
export function isExcelError(error: unknown): error is { code: string; message?: string } {
  if (typeof error !== "object" || error === null) return false;
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" && ERROR_CODES.includes(code);
}

/**
 * Runs a function body so that nothing but an Excel error value leaves it: our own errors pass
 * through; any other exception (a bug) becomes #VALUE! with its text, never a bare JS exception.
 */
export function guard<T>(body: () => T): T {
  try {
    return body();
  } catch (error) {
    if (isExcelError(error)) throw error;
    const text = error instanceof Error ? error.message : String(error);
    throw valueError(`Unexpected problem in CRM Pyramid: ${text}`);
  }
}
