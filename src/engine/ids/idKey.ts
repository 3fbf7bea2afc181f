import { toHalfWidth } from "../parse/parseNumber";
import type { IdMatching } from "../types";

// How customer ids are matched. Default "normalized": surrounding spaces removed, runs of inner whitespace
// collapsed to one space, full-width characters folded to ASCII, and letters compared case-insensitively
// ("ACME  Ltd " = "acme ltd" = "ＡＣＭＥ Ltd"). Excel users type ids by hand and this is what they mean;
// "trim" keeps case, "exact" compares the text as is. Numbers and their text match (1001 = "1001").

/** The text an id cell stands for (numbers printed as JavaScript does: 1001, 1.5). */
export function idText(cell: string | number): string {
  return typeof cell === "number" ? String(cell) : cell;
}

/** The key two ids are matched on. */
// Printable ASCII words separated by single spaces: already trimmed and collapsed, nothing to fold but case.
const PLAIN_ASCII = /^[\x21-\x7e]+(?: [\x21-\x7e]+)*$/;
const HAS_UPPER = /[A-Z]/;

export function idKey(text: string, matching: IdMatching = "normalized"): string {
  if (matching === "exact") return text;
  if (PLAIN_ASCII.test(text))
    return matching === "trim" || !HAS_UPPER.test(text) ? text : text.toLowerCase();
  const trimmed = text.trim().replace(/\s+/g, " ");
  if (matching === "trim") return trimmed;
  return toHalfWidth(trimmed).normalize("NFKC").replace(/\s+/g, " ").toLowerCase();
}
