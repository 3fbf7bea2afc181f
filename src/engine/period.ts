import { addMonths } from "./parse/excelDate";
import { DEFAULT_PERIOD_MONTHS } from "./schemes/presets";
import type { PeriodOptions } from "./types";

/** Latest finite date; NaN when there is none. */
function latestDate(dates: Float64Array): number {
  let max = -Infinity;
  for (let i = 0; i < dates.length; i++) if (dates[i] > max) max = dates[i];
  return max === -Infinity ? NaN : max;
}

/**
 * The analysed period as whole Excel serial days, both ends inclusive: `months` calendar months ending on
 * the end day (default: the latest date in the data, 12 months), e.g. end 2024-12-31 → start 2024-01-01.
 */
export function resolvePeriod(
  dates: Float64Array,
  options: PeriodOptions = {}
): { start: number; end: number } | null {
  const end =
    options.end !== undefined && Number.isFinite(options.end)
      ? Math.floor(options.end)
      : Math.floor(latestDate(dates));
  if (!Number.isFinite(end)) return null;
  const months =
    options.months !== undefined && options.months > 0
      ? Math.round(options.months)
      : DEFAULT_PERIOD_MONTHS;
  return { start: addMonths(end, -months) + 1, end };
}
