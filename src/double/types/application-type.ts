/**
 * Excel.Application as a host type (target: true); Microsoft's client reaches it as
 * `workbook.application`, and `context.application` is the same object.
 * https://learn.microsoft.com/javascript/api/excel/excel.application
 * The double has no calculation engine to control, so calculation requests are accepted and
 * ignored, and calculationMode always reads "Automatic" (our choice; the docs are silent).
 *
 * Application.cultureInfo (ExcelApi 1.11, https://learn.microsoft.com/javascript/api/excel/excel.cultureinfo):
 * `name` is the workbook JSON's `culture` (default "en-US"; Excel takes it from the system
 * settings, the double from the workbook it loaded). Microsoft's client loads it as Select
 * "cultureInfo/name" on the Application and reads `{ CultureInfo: { Name } }`.
 * CultureInfo.numberFormat (NumberFormatInfo, ExcelApi 1.11) gives the culture's decimal and group
 * separators, which the double takes from Intl for that name (Excel's come from the system's
 * regional settings, which a user may have changed: our approximation). datetimeFormat (1.12) and
 * NumberFormatInfo.currencySymbol (1.17, not in the pinned client) are not modelled.
 */
import { hostType } from "../host/host-type";
import { APPLICATION } from "../host/refs";

const CULTURE_INFO = "CultureInfo"; // target: true
const NUMBER_FORMAT_INFO = "NumberFormatInfo"; // target: true

export const APPLICATION_TYPE = hostType<true>({
  name: APPLICATION,
  properties: {
    calculationMode: { get: () => "Automatic", set: () => undefined },
  },
  navigation: {
    cultureInfo: (_t, env, location) => {
      env.requireApi("1.11", location);
      return { type: CULTURE_INFO, target: true };
    },
  },
  methods: {
    calculate: { call: () => undefined },
    suspendApiCalculationUntilNextSync: { call: () => undefined, api: "1.6" },
  },
});

export const CULTURE_INFO_TYPE = hostType<true>({
  name: CULTURE_INFO,
  properties: {
    name: { get: (_t, env) => env.state.culture },
  },
  navigation: {
    numberFormat: () => ({ type: NUMBER_FORMAT_INFO, target: true }),
  },
});

export const NUMBER_FORMAT_INFO_TYPE = hostType<true>({
  name: NUMBER_FORMAT_INFO,
  properties: {
    numberDecimalSeparator: { get: (_t, env) => separators(env.state.culture).decimal },
    numberGroupSeparator: { get: (_t, env) => separators(env.state.culture).group },
  },
});

/** The Application family: Application, CultureInfo, NumberFormatInfo. */
export const APPLICATION_HOST_TYPES = [
  APPLICATION_TYPE,
  CULTURE_INFO_TYPE,
  NUMBER_FORMAT_INFO_TYPE,
];

function separators(culture: string): { decimal: string; group: string } {
  let parts: Intl.NumberFormatPart[];
  try {
    parts = new Intl.NumberFormat(culture, { useGrouping: true }).formatToParts(1234567.5);
  } catch {
    parts = [];
  }
  return {
    decimal: parts.find((part) => part.type === "decimal")?.value ?? ".",
    group: parts.find((part) => part.type === "group")?.value ?? ",",
  };
}
