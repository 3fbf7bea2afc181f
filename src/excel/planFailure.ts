/**
 * What a write that stopped before its first change tells the caller: the failure shapes Apply and
 * the comparison writer share, so that both name the same reasons in the same way.
 */
import { type AdapterMessage, adapterMessage, excelRejection } from "./adapterMessages";
import { errorCode, isCancelled, SourceNotFoundError } from "./excelErrors";
import type { ApplyFailure } from "./gateway";

/** A planning failure carrying `reason` (and any details). */
export const planFailure = (
  reason: ApplyFailure["reason"],
  message: AdapterMessage,
  extra: Partial<ApplyFailure> = {}
): { ok: false; failure: ApplyFailure } => ({
  ok: false,
  failure: { ok: false, reason, message, ...extra },
});

/** A rejection while checking the workbook, before anything was written, as a failure outcome. */
export function failureBeforeWriting(error: unknown): ApplyFailure {
  if (isCancelled(error))
    return { ok: false, reason: "cancelled", message: adapterMessage("cancelled", {}) };
  if (error instanceof SourceNotFoundError)
    return { ok: false, reason: "not-found", message: error.adapterMessage };
  // Excel refuses every request while a cell is being edited; the pane and Refresh say how out.
  if (errorCode(error) === "InvalidOperationInCellEditMode")
    return { ok: false, reason: "cell-edit", message: adapterMessage("cellEdit", {}) };
  return {
    ok: false,
    reason: "failed",
    message: adapterMessage("checkFailed", excelRejection(error)),
  };
}
