import { columnIndex, columnLetters } from "../../excel/a1";

export { columnLetters };

/** The sheet column letters of the source's `offset`-th column, from its address ("Sales!C1:H9" → C, D, ...). */
export function sourceColumnLetters(address: string, offset: number): string {
  const cell = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
  const start = /^([A-Za-z]+)/.exec(cell);
  return columnLetters((start ? columnIndex(start[1]) : 0) + offset);
}
