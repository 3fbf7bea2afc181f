/**
 * Sheets the add-in writes (summary, customers) may only replace a sheet it created, known by its
 * owned name (ownedRanges.ts). A user's sheet with the wanted name stops the run, unless the caller
 * allowed overwriting, in which case the add-in writes to a new sheet with a free name instead:
 * a user's sheet is never deleted.
 */
import { quoteSheet, sameSheet } from "./a1";
import type { OwnedName } from "./ownedRanges";
import type { PlanResult } from "./tierColumnWriter";

export interface SheetPlan {
  name: string;
  /** Delete the add-in's own sheet of that name first. */
  replace: boolean;
}

export function planOwnedSheet(
  desired: string,
  existing: readonly string[],
  owned: OwnedName,
  overwrite: boolean
): PlanResult<SheetPlan> {
  const clash = existing.find((name) => sameSheet(name, desired));
  if (!clash) return { ok: true, plan: { name: desired, replace: false } };
  if (owned.rect && sameSheet(owned.rect.sheet, clash))
    return { ok: true, plan: { name: clash, replace: true } };
  if (overwrite) {
    for (let n = 2; ; n++) {
      const suffix = ` (${n})`;
      const name = desired.slice(0, 31 - suffix.length) + suffix;
      if (!existing.some((e) => sameSheet(e, name)))
        return { ok: true, plan: { name, replace: false } };
    }
  }
  const address = quoteSheet(clash);
  return {
    ok: false,
    address,
    message: `A sheet named "${clash}" already exists and was not created by CRM Pyramid. Nothing was changed: rename that sheet or choose another sheet name, then try again.`,
  };
}

/** Queues the sheet's (re)creation. */
export function queueFreshSheet(context: Excel.RequestContext, plan: SheetPlan): Excel.Worksheet {
  if (plan.replace) context.workbook.worksheets.getItem(plan.name).delete();
  return context.workbook.worksheets.add(plan.name);
}
