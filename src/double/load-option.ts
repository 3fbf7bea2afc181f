/** The paths of a `load()` argument: "a, b/c", ["a", "b"], { select, expand } or { a: true }. */
export function parseLoadOption(option: unknown): string[] {
  if (option === undefined || option === null) return [];
  if (typeof option === "string") return splitList(option);
  if (Array.isArray(option)) return option.flatMap((o) => splitList(String(o)));
  if (typeof option === "object") {
    const o = option as { select?: string | string[]; expand?: string | string[] };
    const list = (v: string | string[] | undefined) =>
      v === undefined ? [] : Array.isArray(v) ? v.flatMap(splitList) : splitList(v);
    const select = list(o.select);
    const expand = list(o.expand);
    // Plain property bags ({ values: true }) are Office.js's other load form.
    const flags = Object.entries(option as Record<string, unknown>)
      .filter(([k, v]) => k !== "select" && k !== "expand" && k !== "$all" && v === true)
      .map(([k]) => k);
    return [...select, ...expand, ...flags];
  }
  return [];
}

function splitList(text: string): string[] {
  return text
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
