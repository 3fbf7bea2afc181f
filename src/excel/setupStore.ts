/**
 * The run set-up saved in the workbook, so the ribbon's Refresh tiers (and a colleague opening the
 * file) can replay it. Stored as one JSON string in the workbook's settings
 * (Excel.SettingCollection, ExcelApi 1.4: key/value pairs saved with the document and scoped to
 * this add-in — https://learn.microsoft.com/javascript/api/excel/excel.settingcollection).
 * Settings rather than a custom XML part (ExcelApi 1.5): the set-up is one small JSON object read
 * and written whole, only by this add-in; settings need no XML schema, no part id to remember and no
 * namespace queries, and they are saved with the file just the same.
 */
import { currencyForLocale } from "../i18n/currency";
import { cultureNameOf, queueCultureName } from "./culture";
import type { ExcelApiLevel } from "./excelRun";
import type { SavedSetupStatus } from "./gateway";
import type { RunSetup } from "./runSetup";
import { setupProblem, type SetupProblem } from "./setupProblem";
import { checkSetup, SETUP_LIMITS } from "./setupSchema";

export const SETUP_KEY = "CRMPyramid.setup";

/**
 * Reads the saved set-up. With `api`, the workbook's culture is read in the same sync, so that a
 * set-up saved before the currency setting existed gets the culture's currency (runSetup.ts
 * OutputOptions.currency); without a culture it keeps none and the reader's default applies.
 */
export async function readSetup(
  context: Excel.RequestContext,
  api?: ExcelApiLevel
): Promise<SavedSetupStatus> {
  const item = context.workbook.settings.getItemOrNullObject(SETUP_KEY);
  item.load("value");
  const application = api ? queueCultureName(context, api) : undefined;
  await context.sync();
  if (item.isNullObject) return { status: "none" };
  const status = parseSetup(item.value);
  return status.status === "ok"
    ? { status: "ok", setup: withCurrency(status.setup, cultureNameOf(application)) }
    : status;
}

/** The set-up with the culture's currency when it names none (an older saved set-up). */
export function withCurrency(setup: RunSetup, cultureName: string | null): RunSetup {
  if (setup.output.currency !== undefined) return setup;
  const currency = currencyForLocale(cultureName);
  return currency ? { ...setup, output: { ...setup.output, currency } } : setup;
}

/** The code of a damaged saved set-up (SavedSetupStatus "corrupt"). */
export const SETUP_DAMAGED = "setup-damaged";

/**
 * Reads the saved value (a JSON string, or an already parsed value) through the schema in
 * setupSchema.ts. Never throws: anything but a valid set-up is "corrupt", with the path of the
 * first damaged field ("$" for the whole value) and the coded problem with it.
 */
export function parseSetup(raw: unknown): SavedSetupStatus {
  const corrupt = (field: string, problem: SetupProblem): SavedSetupStatus => ({
    status: "corrupt",
    code: SETUP_DAMAGED,
    field,
    message: { code: "setupDamaged", params: { field, problem } },
  });
  let value: unknown = raw;
  if (typeof raw === "string") {
    if (raw.length > SETUP_LIMITS.jsonChars)
      return corrupt("$", setupProblem("tooLong", { max: SETUP_LIMITS.jsonChars }));
    try {
      value = JSON.parse(raw);
    } catch {
      return corrupt("$", setupProblem("notJson"));
    }
  }
  const checked = checkSetup(value);
  return checked.ok
    ? { status: "ok", setup: checked.setup }
    : corrupt(checked.field, checked.problem);
}

/** Queues saving the set-up (written at the next sync). */
export function queueSaveSetup(context: Excel.RequestContext, setup: RunSetup): void {
  context.workbook.settings.add(SETUP_KEY, JSON.stringify(setup));
}
