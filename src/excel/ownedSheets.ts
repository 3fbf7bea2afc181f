/**
 * The sheets the add-in writes (summary, customers). The add-in's own sheet is known by a hidden
 * name on its A1 (ownedRanges.ts) and by the name it had when last written (the outputs record):
 * - it is updated in place, never deleted or recreated, so formulas, charts and PivotTables that
 *   point at it or at its tables keep working;
 * - if the set-up asks for another sheet name, the add-in renames its own sheet (references follow
 *   a rename);
 * - a sheet the user renamed is theirs from then on: never written, never deleted (the add-in drops
 *   its hidden names there and writes a new sheet under the set-up's name);
 * - a user's sheet that already has the wanted name stops the run, unless the caller allowed it, in
 *   which case the add-in writes to a new sheet with a free name ("CRM Summary (2)").
 */
import { quoteSheet, sameSheet } from "./a1";
import { adapterMessage, type SheetNameProblem } from "./adapterMessages";
import type { OwnedName } from "./ownedRanges";
import type { PlanResult } from "./targetConflicts";

export interface SheetPlan {
  /** The sheet's name after this run. */
  name: string;
  /** The add-in's own sheet, updated in place (under `renameFrom` first, when set). */
  existing: boolean;
  renameFrom?: string;
  /** The add-in's earlier sheet that the user renamed: its hidden names are dropped, nothing else. */
  released?: string;
}

/**
 * Excel's rules for a sheet name as the Excel UI enforces them (31 characters, none of \ / ? * [ ] :,
 * no leading or trailing apostrophe, not "History"). Not confirmed from a Microsoft page in this
 * session: the Office.js Worksheet.name page does not list them.
 */
export function sheetNameProblem(name: string): SheetNameProblem | undefined {
  if (name.trim() === "") return "blank";
  if (name.length > 31) return "tooLong";
  if (/[\\/?*[\]:]/.test(name)) return "badCharacter";
  if (name.startsWith("'") || name.endsWith("'")) return "apostrophe";
  if (name.toLowerCase() === "history") return "reserved";
  return undefined;
}

export function planOwnedSheet(
  desired: string,
  existing: readonly string[],
  owned: OwnedName,
  /** The sheet's name when the add-in last wrote it (undefined: not recorded). */
  recorded: string | undefined,
  overwrite: boolean
): PlanResult<SheetPlan> {
  const own = owned.rect ? existing.find((n) => sameSheet(n, owned.rect!.sheet)) : undefined;
  const renamedByUser = own !== undefined && recorded !== undefined && !sameSheet(own, recorded);
  const mine = renamedByUser ? undefined : own;
  const released = renamedByUser ? own : undefined;
  const clash = existing.find((name) => sameSheet(name, desired));
  if (mine && sameSheet(mine, desired)) return { ok: true, plan: { name: mine, existing: true } };
  if (!clash)
    return mine
      ? { ok: true, plan: { name: desired, existing: true, renameFrom: mine } }
      : { ok: true, plan: { name: desired, existing: false, released } };
  if (overwrite) {
    for (let n = 2; ; n++) {
      const suffix = ` (${n})`;
      const name = desired.slice(0, 31 - suffix.length) + suffix;
      if (!existing.some((e) => sameSheet(e, name)))
        return mine
          ? { ok: true, plan: { name, existing: true, renameFrom: mine } }
          : { ok: true, plan: { name, existing: false, released } };
    }
  }
  const address = quoteSheet(clash);
  return {
    ok: false,
    conflict: "sheet-taken",
    address,
    message: adapterMessage("sheetTaken", { sheet: clash }),
  };
}
