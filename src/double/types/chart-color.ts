/**
 * The colours ChartFill.setSolidColor accepts: "#RRGGBB", "#RGB" or a colour name, normalised to
 * "#RRGGBB" as Excel returns them ("HTML color code ... or name",
 * https://learn.microsoft.com/javascript/api/excel/excel.chartfill#excel-excel-chartfill-setsolidcolor-member(1)).
 * Moved here from the old range.ts (normalizeColor), which is going away; the list of names is
 * the double's small choice, not Excel's full table.
 */
import { ExcelDoubleError } from "../errors";

/** Colour names Office.js accepts, normalised to "#RRGGBB" like Excel returns them. */
const NAMED_COLORS: Record<string, string> = {
  black: "#000000",
  white: "#FFFFFF",
  red: "#FF0000",
  green: "#008000",
  blue: "#0000FF",
  yellow: "#FFFF00",
  orange: "#FFA500",
  gray: "#808080",
  grey: "#808080",
  lightgray: "#D3D3D3",
  purple: "#800080",
};

export function normalizeColor(color: unknown, location: string): string {
  if (typeof color !== "string")
    throw new ExcelDoubleError("InvalidArgument", location, "colour must be a string");
  const named = NAMED_COLORS[color.toLowerCase()];
  if (named) return named;
  if (/^#[0-9a-f]{6}$/i.test(color)) return color.toUpperCase();
  if (/^#[0-9a-f]{3}$/i.test(color))
    return `#${[...color.slice(1)].map((ch) => ch + ch).join("")}`.toUpperCase();
  throw new ExcelDoubleError("InvalidArgument", location, `not a colour: ${color}`);
}
