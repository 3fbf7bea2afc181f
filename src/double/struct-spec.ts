/**
 * Structured-reference specifiers: the bracketed part of `Table1[Revenue]`, `Table1[#All]`,
 * `Table1[[#All],[Revenue]]`, `Table1[[#Data],[A]:[B]]`, parsed into an area and a column span and
 * written back in Excel's usual form (see formulas.ts for the Excel behaviour and its page).
 */
import { bracketEnd } from "./formula-scan";

export type StructArea = "Data" | "All" | "Headers" | "Totals" | "ThisRow";

export interface StructSpec {
  area: StructArea;
  /** First and last column names (same for one column); undefined for all columns. */
  columns?: [string, string];
}

const SPECIALS: Record<string, StructArea> = {
  "#all": "All",
  "#data": "Data",
  "#headers": "Headers",
  "#totals": "Totals",
  "#this row": "ThisRow",
};

function unescapeName(text: string): string {
  return text.replace(/'(.)/g, "$1");
}

export function escapeColumnName(name: string): string {
  return name.replace(/(['#[\]])/g, "'$1");
}

/** Splits "[#All],[A]:[B]" into its bracketed items and the separators between them. */
function splitItems(inner: string): { items: string[]; separators: string[] } | undefined {
  const items: string[] = [];
  const separators: string[] = [];
  let i = 0;
  while (i < inner.length) {
    while (inner[i] === " ") i++;
    if (inner[i] !== "[") return undefined;
    const end = bracketEnd(inner, i);
    if (end < 0) return undefined;
    items.push(inner.slice(i + 1, end));
    i = end + 1;
    while (inner[i] === " ") i++;
    if (i < inner.length) {
      if (inner[i] !== "," && inner[i] !== ":") return undefined;
      separators.push(inner[i]);
      i++;
    }
  }
  return { items, separators };
}

/** Parses a specifier such as "[Revenue]", "[#All]", "[[#Data],[A]:[B]]"; undefined when unsupported. */
export function parseStructSpec(spec: string): StructSpec | undefined {
  const inner = spec.slice(1, -1);
  if (inner.trim() === "") return { area: "Data" };
  if (!inner.includes("[")) {
    if (inner.startsWith("#")) {
      const area = SPECIALS[inner.toLowerCase()];
      return area ? { area } : undefined;
    }
    if (inner.startsWith("@")) {
      const name = unescapeName(inner.slice(1));
      return name ? { area: "ThisRow", columns: [name, name] } : { area: "ThisRow" };
    }
    const name = unescapeName(inner);
    return { area: "Data", columns: [name, name] };
  }
  const split = splitItems(inner);
  if (!split) return undefined;
  let area: StructArea | undefined;
  const columns: string[] = [];
  split.items.forEach((item, k) => {
    if (item.startsWith("#")) {
      const a = SPECIALS[item.toLowerCase()];
      area = area === undefined ? (a ?? ("?" as StructArea)) : ("?" as StructArea);
    } else {
      columns.push(unescapeName(item));
      if (columns.length === 2 && split.separators[k - 1] !== ":") area = "?" as StructArea;
    }
  });
  if ((area as string) === "?" || columns.length > 2) return undefined;
  const result: StructSpec = { area: area ?? "Data" };
  if (columns.length > 0) result.columns = [columns[0], columns[columns.length - 1]];
  return result;
}

/** Writes a specifier back in Excel's usual form. */
export function formatStructSpec(spec: StructSpec): string {
  const special = spec.area === "ThisRow" ? "#This Row" : `#${spec.area}`;
  if (!spec.columns) return spec.area === "Data" ? "[]" : `[${special}]`;
  const [a, b] = spec.columns.map(escapeColumnName);
  const cols = a === b ? `[${a}]` : `[${a}]:[${b}]`;
  if (spec.area === "Data") return a === b ? `[${a}]` : `[${cols}]`;
  if (spec.area === "ThisRow" && a === b) return `[@${a}]`;
  return `[[${special}],${cols}]`;
}
