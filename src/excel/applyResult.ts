/**
 * Writing a result: plan everything first (applyPlan.ts: source unchanged, targets free, names and
 * formats valid), then write the plan (applyWrite.ts): the outputs one after the other — tier
 * column, summary sheet, customers sheet, then the saved set-up — in as few requests as the request
 * limit allows. A plan that fails changes nothing.
 */
import type { TieringResult } from "../engine";
import { type Planned, planWrite } from "./applyPlan";
import { writePlan } from "./applyWrite";
import { BatchWriter } from "./batchWriter";
import type { ExcelApiLevel } from "./excelRun";
import type { ApplyOutcome, SourceData } from "./gateway";
import { failureBeforeWriting } from "./planFailure";
import type { RunSetup } from "./runSetup";

export interface ApplyOptions {
  overwrite?: boolean;
  signal?: AbortSignal;
  /** Time stamp written to the summary (tests pass a fixed one). */
  now?: () => Date;
  /** Whether this Excel.run merges its requests into one undo record (set by the gateway). */
  undoMerged?: boolean;
}

export async function applyResultIn(
  context: Excel.RequestContext,
  api: ExcelApiLevel,
  setup: RunSetup,
  data: SourceData,
  result: TieringResult,
  options: ApplyOptions = {}
): Promise<ApplyOutcome> {
  // 1. Plan every write before the first one, reading only.
  let planned: Planned;
  try {
    planned = await planWrite({
      context,
      api,
      setup,
      data,
      result,
      overwrite: options.overwrite === true,
      signal: options.signal,
      now: options.now?.() ?? new Date(),
    });
  } catch (error) {
    return failureBeforeWriting(error);
  }
  if (!planned.ok) return planned.failure;
  // 2. Only now write: the plan, as it was decided.
  const writer = new BatchWriter(context);
  return writePlan({ context, api, writer }, planned.plan, options.undoMerged === true);
}
