/**
 * Errors shaped like OfficeExtension.Error: `code`, `message`, `debugInfo`.
 * Codes and messages follow the table in
 * https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling
 * (the OfficeExtension.Error class itself is not available outside Office, so this mirrors its shape).
 */
export type ExcelErrorCode =
  | "ApiNotFound"
  | "GeneralException"
  | "InvalidArgument"
  | "InvalidOperation"
  | "InvalidOperationInCellEditMode"
  | "InvalidReference"
  | "InvalidSelection"
  | "ItemAlreadyExists"
  | "ItemNotFound"
  | "MergedRangeConflict"
  | "NotImplemented"
  | "OperationCellsExceedLimit"
  | "PropertyNotLoaded"
  | "RangeExceedsLimit"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded";

const standardMessages: Record<ExcelErrorCode, string> = {
  ApiNotFound:
    "The API you are trying to use could not be found. It may be available in a newer version of the Office application.",
  GeneralException: "There was an internal error while processing the request.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  InvalidOperation: "The operation attempted is invalid on the object.",
  InvalidOperationInCellEditMode:
    "The operation isn't available while Excel is in Edit cell mode. Exit Edit mode by using the Enter or Tab keys, or by selecting another cell, and then try again.",
  InvalidReference: "This reference is not valid for the current operation.",
  InvalidSelection: "The current selection is invalid for this operation.",
  ItemAlreadyExists: "The resource being created already exists.",
  ItemNotFound: "The requested resource doesn't exist.",
  MergedRangeConflict:
    "Cannot complete the operation. A table can't overlap with another table, a PivotTable report, query results, merged cells, or an XML Map.",
  NotImplemented: "The requested feature isn't implemented.",
  OperationCellsExceedLimit:
    "The attempted operation affects more than the limit of 33554000 cells.",
  PropertyNotLoaded:
    'The property is not available. Before reading the property\'s value, call the load method on the containing object and call "context.sync()" on the associated request context.',
  RangeExceedsLimit: "The cell count in the range has exceeded the maximum supported number.",
  RequestPayloadSizeLimitExceeded: "The request payload size has exceeded the limit.",
  ResponsePayloadSizeLimitExceeded: "The response payload size has exceeded the limit.",
};

export interface ExcelDoubleDebugInfo {
  code: ExcelErrorCode;
  message: string;
  /** Which API member failed, e.g. "Range.values" (real Excel fills this in too). */
  errorLocation?: string;
  /** Extra detail from the double, to make a failing test easy to read. */
  detail?: string;
}

export class ExcelDoubleError extends Error {
  override readonly name = "RichApi.Error";
  readonly code: ExcelErrorCode;
  readonly debugInfo: ExcelDoubleDebugInfo;

  constructor(code: ExcelErrorCode, errorLocation?: string, detail?: string) {
    const message = standardMessages[code];
    super(detail ? `${message} (${errorLocation ?? "?"}: ${detail})` : message);
    this.code = code;
    this.debugInfo = { code, message, errorLocation, detail };
  }
}

/** Office.js throws this synchronously, client-side, when an unloaded property is read. */
export function propertyNotLoaded(typeName: string, property: string): ExcelDoubleError {
  const error = new ExcelDoubleError(
    "PropertyNotLoaded",
    `${typeName}.${property}`,
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`
  );
  return error;
}

/**
 * Whether `error` is an Excel error (with `code`): the host's own, or the OfficeExtension.Error that
 * Microsoft's client raises from the host's response.
 */
export function isExcelDoubleError(
  error: unknown,
  code?: ExcelErrorCode
): error is ExcelDoubleError {
  if (!(error instanceof Error)) return false;
  const actual = (error as { code?: unknown }).code;
  return typeof actual === "string" && (code === undefined || actual === code);
}
