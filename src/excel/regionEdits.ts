/**
 * Edits the user made inside one of the add-in's own regions since it last wrote it: the region is
 * read back (in blocks, values only) and compared with its saved print (writtenRegions.ts).
 */
import type { SheetRect } from "./a1";
import { readInBlocks } from "./readInBlocks";
import { changedParts, type RegionState } from "./writtenRegions";

/**
 * Parts of `rect` that differ from what the add-in wrote. None when there is no print (a workbook
 * from a version that kept none) or the last run stopped while writing this region ("writing").
 */
export async function editedParts(
  context: Excel.RequestContext,
  rect: SheetRect | undefined,
  state: RegionState | undefined,
  signal?: AbortSignal
): Promise<SheetRect[]> {
  if (!rect || state === undefined || state === "writing") return [];
  if (rect.rowCount !== state.rows || rect.colCount !== state.cols) return [rect];
  const read = await readInBlocks(context, rect, { signal });
  return changedParts(rect, state, read.rows);
}
