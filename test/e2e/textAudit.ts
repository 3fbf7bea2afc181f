/* Finds text in the wrong language on a surface: English words in a Chinese walk, CJK in an English
   one. Names the user typed (their sheet's header, sheet name and data) are theirs, not the add-in's:
   they are taken out before a text is read. */

/** One offending string, with where it was and a little of the text around it. */
export interface Finding {
  surface: string;
  found: string;
  context: string;
}

/** Words the add-in keeps in every language (issue 17): acronyms of the methods and the product. */
export const KEPT_WORDS = ["VIP", "ROI", "CRM", "RFM", "ABC"];

/**
 * Names of products and keys, which Chinese software writes in Latin letters too (Chinese Excel
 * itself says "Excel" and "Ctrl+Z"): the SQL section's databases, Excel, the keyboard's keys.
 * Beyond the list: reported to the lead.
 */
export const PRODUCT_NAMES = ["SQL", "DuckDB", "PostgreSQL", "Spark", "BigQuery", "Excel", "Ctrl"];

/** What the user typed: whole cells (exact), and phrases taken out of longer texts. */
export interface UserText {
  cells: Set<string>;
  /** Longest first, so "Customer ID" goes before "Customer". */
  phrases: string[];
}

/**
 * The user's words from their own sheets: every string cell is theirs as a whole; header cells,
 * sheet names and strings with a digit or a space (customer ids and names) are also taken out of
 * longer texts. A single-word data value ("Customer", a status) is theirs only as a whole cell,
 * so that an untranslated pane word equal to it is still found.
 */
export function userText(
  sheets: { name: string; values?: unknown[][] }[],
  /** Values the user typed during the walk (bad cells, a renamed header): theirs anywhere. */
  typed: string[] = []
): UserText {
  const cells = new Set<string>(typed);
  const phrases = new Set<string>(typed);
  for (const sheet of sheets) {
    phrases.add(sheet.name);
    sheet.values?.forEach((row, r) =>
      row.forEach((cell) => {
        if (typeof cell !== "string" || cell.trim() === "") return;
        cells.add(cell);
        if (r === 0 || /[\d\s]/.test(cell)) phrases.add(cell);
      })
    );
  }
  return { cells, phrases: [...phrases].sort((a, b) => b.length - a.length) };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The text without the user's own words (a whole piece equal to a user cell, or a user phrase). */
export function withoutUserText(text: string, user: UserText): string {
  const pieces = text.split(/[\t\n]+/).map((piece) => (user.cells.has(piece.trim()) ? "" : piece));
  let rest = pieces.join("\n");
  // One alternation: thousands of customer names are taken out in a single pass.
  if (user.phrases.length > 0) {
    const any = new RegExp(
      `(?<![A-Za-z])(?:${user.phrases.map(escape).join("|")})(?![A-Za-z])`,
      "g"
    );
    rest = rest.replace(any, " ");
  }
  return rest;
}

function around(text: string, index: number, length: number): string {
  return text.slice(Math.max(0, index - 30), index + length + 30).replace(/\s+/g, " ");
}

/**
 * English words: runs of Latin letters (with ' inside) that are not part of a token with a digit
 * (cell addresses such as D1 or A1:G7142, number formats), not a single letter (a column letter,
 * the A/B/C of ABC tiers) and not one of the kept words.
 */
export function englishWords(surface: string, text: string, user: UserText): Finding[] {
  const rest = withoutUserText(text, user);
  const findings: Finding[] = [];
  for (const match of rest.matchAll(/[A-Za-z0-9_]+(?:['’][A-Za-z]+)*/g)) {
    const word = match[0];
    if (/\d/.test(word) || word.length === 1) continue;
    if (KEPT_WORDS.includes(word) || PRODUCT_NAMES.includes(word)) continue;
    findings.push({ surface, found: word, context: around(rest, match.index ?? 0, word.length) });
  }
  return findings;
}

/** Chinese, Japanese and Korean characters, and CJK (full-width) punctuation. */
const CJK = /[\u2E80-\u2FFF\u3000-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uAC00-\uD7AF\uFF00-\uFFEF]+/g;

export function cjkText(surface: string, text: string, user: UserText): Finding[] {
  const rest = withoutUserText(text, user);
  return [...rest.matchAll(CJK)].map((match) => ({
    surface,
    found: match[0],
    context: around(rest, match.index ?? 0, match[0].length),
  }));
}

/** Findings grouped by what was found, for a readable failure: found → surfaces and one context. */
export function summarise(findings: Finding[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of findings) {
    if (out[f.found]) continue;
    const surfaces = [
      ...new Set(findings.filter((g) => g.found === f.found).map((g) => g.surface)),
    ];
    out[f.found] = `${surfaces.join(", ")}: …${f.context}…`;
  }
  return out;
}
