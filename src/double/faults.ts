/**
 * Injected faults: a test makes the `atSync`-th sync from now fail part-way, to prove that code
 * copes with a sync that applied some operations and then failed (request-context.ts).
 */
import type { DoubleRuntime } from "./double-runtime";
import type { ExcelErrorCode } from "./errors";

/**
 * A fault for a test to inject: the `atSync`-th sync from now (1-based, every sync of every context
 * counts) fails with `code` after running `afterOperations` of its queued operations.
 */
export interface FaultSpec {
  atSync: number;
  afterOperations?: number;
  code?: ExcelErrorCode;
}

/** A pending fault: `syncsLeft` counts down to 1 at the sync that fails. */
export interface PendingFault {
  syncsLeft: number;
  afterOperations: number;
  code: ExcelErrorCode;
}

/** Arms `fault` (one at a time; atSync ≥ 1, afterOperations ≥ 0). */
export function injectFault(
  runtime: DoubleRuntime,
  { atSync, afterOperations = 0, code = "GeneralException" }: FaultSpec
): void {
  if (runtime.fault)
    throw new Error("A fault is already pending; call clearFault() before injecting another");
  if (!Number.isInteger(atSync) || atSync < 1)
    throw new Error(`injectFault: atSync must be an integer ≥ 1, got ${atSync}`);
  if (!Number.isInteger(afterOperations) || afterOperations < 0)
    throw new Error(`injectFault: afterOperations must be an integer ≥ 0, got ${afterOperations}`);
  runtime.fault = { syncsLeft: atSync, afterOperations, code };
}

/** The pending injected fault, when this sync is the one it targets (it is then consumed). */
export function takeFault(runtime: DoubleRuntime): PendingFault | undefined {
  const fault = runtime.fault;
  if (!fault) return undefined;
  fault.syncsLeft--;
  if (fault.syncsLeft > 0) return undefined;
  runtime.fault = undefined;
  return fault;
}
