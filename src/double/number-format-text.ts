/**
 * A small stand-in for Excel's number formatting, for Range.text: General, Text ("@"), fixed decimals,
 * thousands separators, percentages and a leading currency symbol. Anything else falls back to General.
 */
import type { CellValue } from "./workbook-json";

export function formatCellText(value: CellValue, format: string): string {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  if (format === "@" || format === "General") return formatGeneral(value);
  const section = format
    .split(";")[0]
    .replace(/\[[^\]]*\]/g, "")
    .replace(/"([^"]*)"/g, "$1");
  const match = /([#0,]*0)(\.(0+))?(%?)/.exec(section);
  if (!match) return formatGeneral(value);
  const decimals = match[3]?.length ?? 0;
  const percent = match[4] === "%";
  const grouped = match[1].includes(",");
  const n = percent ? value * 100 : value;
  const body = Math.abs(n).toLocaleString("en-US", {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    useGrouping: grouped,
  });
  const prefix = section.slice(0, match.index).replace(/[\\_*]/g, "");
  const suffix = section.slice(match.index + match[0].length).replace(/[\\_*]/g, "");
  return `${n < 0 ? "-" : ""}${prefix}${body}${percent ? "%" : ""}${suffix}`.trim();
}

function formatGeneral(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return String(Number(value.toPrecision(11)));
}
