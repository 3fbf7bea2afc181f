/**
 * The run set-up saved in the workbook, so the ribbon's Refresh tiers (and a colleague opening the
 * file) can replay it. Stored as one JSON string in the workbook's settings
 * (Excel.SettingCollection, ExcelApi 1.4: key/value pairs saved with the document and scoped to
 * this add-in — https://learn.microsoft.com/javascript/api/excel/excel.settingcollection).
 * Settings rather than a custom XML part (ExcelApi 1.5): the set-up is one small JSON object read
 * and written whole, only by this add-in; settings need no XML schema, no part id to remember and no
 * namespace queries, and they are saved with the file just the same.
 */
import type { SavedSetupStatus } from "./gateway";
import type { RunSetup } from "./runSetup";

export const SETUP_KEY = "CRMPyramid.setup";

export async function readSetup(context: Excel.RequestContext): Promise<SavedSetupStatus> {
  const item = context.workbook.settings.getItemOrNullObject(SETUP_KEY);
  item.load("value");
  await context.sync();
  if (item.isNullObject) return { status: "none" };
  return parseSetup(item.value);
}

export function parseSetup(raw: unknown): SavedSetupStatus {
  const corrupt = (why: string): SavedSetupStatus => ({
    status: "corrupt",
    message: `The CRM Pyramid set-up saved in this workbook is damaged (${why}). Open the CRM Pyramid pane to set tiering up again.`,
  });
  let value: unknown = raw;
  if (typeof raw === "string") {
    try {
      value = JSON.parse(raw);
    } catch {
      return corrupt("not valid JSON");
    }
  }
  if (typeof value !== "object" || value === null) return corrupt("not an object");
  const setup = value as Partial<RunSetup>;
  if (setup.version !== 1) return corrupt(`unknown version ${JSON.stringify(setup.version)}`);
  const source = setup.source;
  const sourceOk =
    typeof source === "object" &&
    source !== null &&
    ((source.kind === "table" && typeof source.tableName === "string") ||
      (source.kind === "range" && typeof source.address === "string"));
  if (!sourceOk) return corrupt("no source");
  const tiering = setup.tiering;
  if (
    typeof tiering !== "object" ||
    tiering === null ||
    typeof tiering.mapping !== "object" ||
    typeof tiering.scheme !== "object" ||
    tiering.scheme === null
  )
    return corrupt("no tiering scheme");
  const output = setup.output;
  if (
    typeof output !== "object" ||
    output === null ||
    typeof output.tierColumnName !== "string" ||
    typeof output.summarySheetName !== "string"
  )
    return corrupt("no output options");
  return { status: "ok", setup: setup as RunSetup };
}

/** Queues saving the set-up (written at the next sync). */
export function queueSaveSetup(context: Excel.RequestContext, setup: RunSetup): void {
  context.workbook.settings.add(SETUP_KEY, JSON.stringify(setup));
}
