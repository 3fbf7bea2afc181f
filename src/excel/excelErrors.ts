/**
 * Recognising Excel's errors (OfficeExtension.Error: `code`, `message`) without depending on the
 * OfficeExtension global, so the same code runs against the test double.
 * Codes: https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling
 */

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

/** The remembered source (a table or a sheet) no longer exists. */
export class SourceNotFoundError extends Error {
  override readonly name = "SourceNotFoundError";
}
