/**
 * Is the first row of a source a header? Yes when it is mostly text and the engine's header mapping
 * finds a customer and a revenue column in it, or when every non-empty cell is non-numeric text and
 * the second row is not (a header with words the mapping does not know).
 */
import { type Cell, detectMapping } from "../engine";
import { columnLetters } from "./a1";

function isText(cell: Cell): boolean {
  return typeof cell === "string" && cell.trim() !== "" && Number.isNaN(Number(cell));
}

export function looksLikeHeader(first: readonly Cell[], second?: readonly Cell[]): boolean {
  const filled = first.filter((c) => c !== "" && c !== null && c !== undefined);
  if (filled.length === 0) return false;
  const textCount = filled.filter(isText).length;
  if (textCount / filled.length < 0.5) return false;
  const { mapping } = detectMapping(first);
  if (mapping.customer !== undefined && mapping.revenue !== undefined) return true;
  if (textCount === filled.length && second) {
    return second.some((c) => typeof c === "number" || typeof c === "boolean");
  }
  return false;
}

/** "Column A", "Column B", ... for sources without a header row (`firstColumn` is the sheet column). */
export function generatedHeader(firstColumn: number, count: number): string[] {
  return Array.from({ length: count }, (_, i) => `Column ${columnLetters(firstColumn + i)}`);
}
