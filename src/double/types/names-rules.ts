/**
 * What a workbook-scoped named item is made of: a range reference (kept structured so sheet renames
 * follow) or formula text. A name added with a Range refers to it as "=Sheet1!$A$1:$B$2"
 * (NamedItem.formula); `value` is the same reference without "=".
 * https://learn.microsoft.com/javascript/api/excel/excel.nameditem
 */
import { ExcelDoubleError } from "../errors";
import type { NameState } from "../workbook-parts";
import type { WorkbookState } from "../workbook-state";

export function nameOf(state: WorkbookState, key: string, location: string): NameState {
  const n = state.findName(key);
  if (!n) throw new ExcelDoubleError("ItemNotFound", location, `no name ${key}`);
  return n;
}

/** NamedItem.type (Excel.NamedItemType) from what the name holds. */
export function nameType(n: NameState): string {
  if (n.ref) return "Range";
  const body = (n.formula ?? "").slice(1);
  if (/^#/.test(body)) return "Error";
  if (/^(TRUE|FALSE)$/i.test(body)) return "Boolean";
  if (/^-?\d+$/.test(body)) return "Integer";
  if (!Number.isNaN(Number(body)) && body !== "") return "Double";
  if (/^".*"$/.test(body)) return "String";
  return "Formula";
}

/** NamedItem.value: the absolute reference, or the formula text without "=" (a string unquoted). */
export function nameValue(state: WorkbookState, n: NameState): string {
  if (n.ref) return state.formatRef(n.ref, true);
  return (n.formula ?? "").slice(1).replace(/^"(.*)"$/, "$1");
}

/** NamedItem.formula: "Formulas always start with an equal sign". */
export function nameFormula(state: WorkbookState, n: NameState): string | undefined {
  return n.ref ? `=${state.formatRef(n.ref, true)}` : n.formula;
}

/** "=Sheet1!$A$1" (or a table / name) → a range reference; anything else is kept as formula text. */
export function parseNameReference(
  state: WorkbookState,
  reference: string,
  location: string
): Pick<NameState, "ref" | "formula"> {
  const text = reference.startsWith("=") ? reference.slice(1) : reference;
  let ref;
  try {
    ref = state.resolveAddress(text, undefined, location);
  } catch {
    ref = undefined;
  }
  return ref ? { ref } : { formula: `=${text}` };
}
