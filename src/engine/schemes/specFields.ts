// Cleaning a set-up's scheme fields (normalizeSetup.ts and each scheme's `normalize`): a field that is not
// what it should be is dropped, so the scheme's default applies.

type Loose = Record<string, unknown>;

export const isObject = (v: unknown): v is Loose => typeof v === "object" && v !== null;

export const finite = (v: unknown): number | undefined =>
  typeof v === "number" && Number.isFinite(v) ? v : undefined;

/** `out[field]` = the finite number `given[field]`, else no such field. */
export function finiteField(given: Loose, out: Loose, field: string): void {
  const v = finite(given[field]);
  if (v === undefined) delete out[field];
  else out[field] = v;
}

/** `out[field]` = the finite numbers of the list `given[field]`, else (no list, or none) no such field. */
export function finiteList(given: Loose, out: Loose, field: string): void {
  const list = given[field];
  const numbers = Array.isArray(list)
    ? list.filter((x): x is number => finite(x) !== undefined)
    : [];
  if (numbers.length === 0) delete out[field];
  else out[field] = numbers;
}
