/**
 * The culture Excel reports: Application.cultureInfo (ExcelApi 1.11), whose name is "the culture
 * name in the format languagecode2-country/regioncode2 (e.g., "zh-cn" or "en-us"). This is based on
 * current system settings" (https://learn.microsoft.com/javascript/api/excel/excel.cultureinfo):
 * the user's system, not something saved in the file, which is why the choice made from it is saved
 * with the set-up.
 * The currency a new set-up starts with comes from its region (src/i18n/currency.ts).
 * Microsoft's client (@microsoft/office-js 1.1.110) loads it as Select "cultureInfo/name" on the
 * Application and reads `{ CultureInfo: { Name } }` back. NumberFormatInfo.currencySymbol
 * (ExcelApi 1.17) is not in that client, so the symbol comes from Intl instead.
 */
import type { ExcelApiLevel } from "./excelRun";

export const CULTURE_API = "1.11";

/**
 * Queues loading the culture's name where the host has ExcelApi 1.11; read the result with
 * `cultureNameOf` after the next sync. Undefined below 1.11 (the caller falls back on the display
 * language).
 */
export function queueCultureName(
  context: Excel.RequestContext,
  api: ExcelApiLevel
): Excel.Application | undefined {
  if (!api.atLeast(CULTURE_API)) return undefined;
  const application = context.workbook.application;
  application.load("cultureInfo/name");
  return application;
}

/** The loaded culture name ("en-GB"), or null when it was not queued or is empty. */
export function cultureNameOf(application: Excel.Application | undefined): string | null {
  if (!application) return null;
  const name = application.cultureInfo.name;
  return typeof name === "string" && name.trim() !== "" ? name : null;
}

/** The workbook's culture name in one sync, or null below ExcelApi 1.11. */
export async function readCultureName(
  context: Excel.RequestContext,
  api: ExcelApiLevel
): Promise<string | null> {
  const application = queueCultureName(context, api);
  if (!application) return null;
  await context.sync();
  return cultureNameOf(application);
}
