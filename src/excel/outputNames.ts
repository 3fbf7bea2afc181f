/**
 * The names of the outputs (tier column header, summary and customers sheets) are decided once, at
 * the first Apply, in the set-up's output language, and then kept: the plan saves them with the
 * set-up, and a later run (in another pane language, or the ribbon's Refresh tiers) finds the names
 * the add-in already wrote and keeps them, so it never renames a sheet or adds a second tier column.
 * A name the user typed (no language's default) is always used as given. Our choice: Microsoft's
 * docs say nothing about add-in output names.
 */
import { localAddress } from "./a1";
import type { SourceData } from "./gateway";
import type { OwnedOutputs } from "./ownedRanges";
import type { RunSetup } from "./runSetup";
import { isDefaultOutputName, outputNames, type OutputNames } from "../i18n/sheetText";
import type { OutputsRecord } from "./writtenRegions";

export interface NameInputs {
  setup: RunSetup;
  owned: OwnedOutputs;
  record: OutputsRecord;
  /** The header cell of the add-in's earlier tier column, loaded (queueTierHeader). */
  tierHeader: Excel.Range | undefined;
}

/** The set-up with its output names decided (the one the plan writes and saves). */
export function decideOutputNames(input: NameInputs): RunSetup {
  const { setup, owned, record } = input;
  const given = setup.output;
  const fresh = outputNames(given.language);
  const typed = (key: keyof OutputNames) =>
    isDefaultOutputName(key, given[key]) ? undefined : given[key];
  const names: OutputNames = {
    tierColumnName:
      typed("tierColumnName") ?? ownTierHeader(input.tierHeader) ?? fresh.tierColumnName,
    summarySheetName:
      typed("summarySheetName") ??
      record.sheets?.summary ??
      owned.summarySheet.rect?.sheet ??
      fresh.summarySheetName,
    customersSheetName:
      typed("customersSheetName") ??
      record.sheets?.customers ??
      owned.customersSheet.rect?.sheet ??
      fresh.customersSheetName,
  };
  const same = (Object.keys(names) as (keyof OutputNames)[]).every((k) => names[k] === given[k]);
  return same ? setup : { ...setup, output: { ...given, ...names } };
}

/**
 * Queues loading the header the add-in wrote on its tier column at an earlier run (read by
 * decideOutputNames after the caller's next sync, so it costs no round trip of its own).
 */
export function queueTierHeader(
  context: Excel.RequestContext,
  data: SourceData,
  owned: OwnedOutputs
): Excel.Range | undefined {
  const rect = owned.tierColumn.rect;
  if (!rect || data.info.hasHeader === false) return undefined;
  const cell = context.workbook.worksheets
    .getItem(rect.sheet)
    .getRange(localAddress({ ...rect, rowCount: 1, colCount: 1 }));
  return cell.load("values");
}

/** That header, when it is a default name in some language (a header the user changed is theirs). */
function ownTierHeader(cell: Excel.Range | undefined): string | undefined {
  const header = cell?.values[0]?.[0];
  return typeof header === "string" && isDefaultOutputName("tierColumnName", header)
    ? header
    : undefined;
}
