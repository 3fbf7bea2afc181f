/**
 * What a write that stopped before its first change tells the caller: the failure shapes Apply and
 * the comparison writer share, so that both name the same reasons in the same way.
 */
import { errorCode, errorMessage, isCancelled, SourceNotFoundError } from "./excelErrors";
import type { ApplyFailure } from "./gateway";

/** A planning failure carrying `reason` (and any details). */
export const planFailure = (
  reason: ApplyFailure["reason"],
  message: string,
  extra: Partial<ApplyFailure> = {}
): { ok: false; failure: ApplyFailure } => ({
  ok: false,
  failure: { ok: false, reason, message, ...extra },
});

/** A rejection while checking the workbook, before anything was written, as a failure outcome. */
export function failureBeforeWriting(error: unknown): ApplyFailure {
  if (isCancelled(error))
    return { ok: false, reason: "cancelled", message: "Cancelled: nothing was written." };
  if (error instanceof SourceNotFoundError)
    return { ok: false, reason: "not-found", message: error.message };
  // Excel refuses every request while a cell is being edited; the pane and Refresh say how out.
  if (errorCode(error) === "InvalidOperationInCellEditMode")
    return {
      ok: false,
      reason: "cell-edit",
      message: "A cell is being edited. Nothing was written.",
    };
  return {
    ok: false,
    reason: "failed",
    message: `Checking the workbook before writing failed: ${errorMessage(error)}. Nothing was written.`,
  };
}
