/**
 * Colours as Office.js accepts them ("#RRGGBB", "#RGB" or a named colour such as "white") and as
 * Excel returns them ("#RRGGBB", upper case). RangeFill.color: "HTML color code representing the
 * color of the background, in the form #RRGGBB (e.g., "FFA500"), or as a named HTML color (e.g.,
 * "orange")" (https://learn.microsoft.com/javascript/api/excel/excel.rangefill#excel-excel-rangefill-color-member).
 * Shared with the chart family (ChartFill.setSolidColor). Only the common names are known: the docs
 * do not list the names Excel accepts, so the short list below is our choice.
 */
import { ExcelDoubleError } from "../errors";

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

/** "#RRGGBB" for a colour Office.js accepts; InvalidArgument at `location` otherwise. */
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
