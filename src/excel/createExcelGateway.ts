/**
 * The WorkbookGateway over Excel.run: every batch runs in its own Excel.run, so proxies never cross
 * batches. Production: createExcelGateway(Excel.run, Office.context.requirements).
 */
import type { MigrationMatrix } from "../engine";
import { adapterMessage } from "./adapterMessages";
import { applyResultIn } from "./applyResult";
import { writeComparisonIn } from "./comparisonWriter";
import { type ExcelRunLike, excelApiLevel, type RequirementsLike } from "./excelRun";
import type {
  ApplyFailure,
  ComparisonOutcome,
  ComparisonWriteOptions,
  SavedSetupStatus,
  WorkbookGateway,
} from "./gateway";
import { readCultureName } from "./culture";
import { describeRef, selectionRef } from "./locateSource";
import { problemCells } from "./problemAddresses";
import { readSourceData } from "./readSource";
import { queueSaveSetup, readSetup } from "./setupStore";
import { exclusive, isBusy } from "./runLock";
import { selectAddress } from "./selectAddress";

export interface ExcelGateway extends WorkbookGateway {
  inspectSetup(): Promise<SavedSetupStatus>;
  writeComparison(
    comparison: MigrationMatrix,
    options: ComparisonWriteOptions
  ): Promise<ComparisonOutcome>;
}

const BUSY: ApplyFailure = {
  ok: false,
  reason: "busy",
  message: adapterMessage("busy", {}),
};

export function createExcelGateway(
  run: ExcelRunLike,
  requirements: RequirementsLike
): ExcelGateway {
  const api = excelApiLevel(requirements);
  return {
    describeSelection: () =>
      run(async (context) => describeRef(context, await selectionRef(context))),
    describeSource: (ref) => run((context) => describeRef(context, ref)),
    readSource: (ref, options) => run((context) => readSourceData(context, ref, options)),
    async applyResult(setup, data, result, options) {
      // One undo record for the whole write where Excel can merge them (ExcelApi 1.20:
      // "When true, all context.sync() calls in a single Excel.run are merged into one undo
      // group" — https://learn.microsoft.com/javascript/api/excel/excel.runoptions).
      const undoMerged = api.atLeast("1.20");
      const batch = (context: Excel.RequestContext) =>
        applyResultIn(context, api, setup, data, result, { ...options, undoMerged });
      const outcome = await exclusive(run, "apply", () =>
        undoMerged ? run({ mergeUndoGroup: true }, batch) : run(batch)
      );
      return outcome.ran ? outcome.value : BUSY;
    },
    async writeComparison(comparison, options) {
      // Same lock and undo grouping as applyResult: one write at a time, one undo record where
      // Excel can merge them.
      const undoMerged = api.atLeast("1.20");
      const batch = (context: Excel.RequestContext) =>
        writeComparisonIn(context, api, comparison, { ...options, undoMerged });
      const outcome = await exclusive(run, "comparison", () =>
        undoMerged ? run({ mergeUndoGroup: true }, batch) : run(batch)
      );
      return outcome.ran ? outcome.value : BUSY;
    },
    isBusy: () => isBusy(run),
    problemCells,
    select: (address) => run((context) => selectAddress(context, address)),
    async loadSetup() {
      const saved = await run((context) => readSetup(context, api));
      return saved.status === "ok" ? saved.setup : null;
    },
    inspectSetup: () => run((context) => readSetup(context, api)),
    workbookCulture: () => run((context) => readCultureName(context, api)),
    saveSetup: (setup) =>
      run(async (context) => {
        queueSaveSetup(context, setup);
        await context.sync();
      }),
  };
}
