/** Column letters of a 0-based index: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** 0-based column index of letters: A → 0. */
function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** The sheet column letters of the source's `offset`-th column, from its address ("Sales!C1:H9" → C, D, ...). */
export function sourceColumnLetters(address: string, offset: number): string {
  const cell = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
  const start = /^([A-Za-z]+)/.exec(cell);
  return columnLetters((start ? columnIndex(start[1]) : 0) + offset);
}
