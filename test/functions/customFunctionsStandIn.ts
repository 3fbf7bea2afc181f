/* A stand-in for Excel's CustomFunctions global (it exists only inside Excel's runtime), faithful to
   @types/custom-functions-runtime: Error(code, message?) with `code` and `message`, and the ErrorCode
   string enum. Importing this module installs it, so the functions throw the same objects as in Excel. */

export class StandInError {
  constructor(
    readonly code: string,
    readonly message?: string
  ) {}
}

export const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

(globalThis as Record<string, unknown>).CustomFunctions = { Error: StandInError, ErrorCode };

/** What a call threw, or a failure message when it returned normally. */
export function thrown(call: () => unknown): StandInError {
  try {
    call();
  } catch (error) {
    return error as StandInError;
  }
  throw new Error("expected an Excel error value, but the call returned normally");
}

/** Asserts `call` throws the stand-in CustomFunctions.Error with `code` and a message matching `message`. */
export function expectExcelError(call: () => unknown, code: string, message?: RegExp): void {
  const error = thrown(call);
  expect(error).toBeInstanceOf(StandInError);
  expect(error.code).toBe(code);
  expect(typeof error.message).toBe("string");
  expect((error.message ?? "").length).toBeGreaterThan(5);
  if (message) expect(error.message).toMatch(message);
}
