import { toHalfWidth } from "./parseNumber";
import type { Cell } from "../types";

// What the status column can say about a customer who has not bought: prospects are known and qualified,
// suspects are any other contact. Status never overrides purchases: a buyer is ranked whatever it says.
export const STATUS_NONE = 0;
export const STATUS_SUSPECT = 1;
export const STATUS_PROSPECT = 2;

/** Words (in lower case, half width) whose presence marks a prospect; the warehouse SQL reads them too. */
export const PROSPECT_WORDS: readonly string[] = [
  "prospect",
  "lead",
  "qualified",
  "opportunity",
  "潜在",
  "潜在客户",
  "意向",
  "意向客户",
  "商机",
];
/** Words marking a suspect; checked before PROSPECT_WORDS ("unqualified" contains "qualified"). */
export const SUSPECT_WORDS: readonly string[] = [
  "suspect",
  "unqualified",
  "contact",
  "需置疑",
  "需置疑的客户",
  "疑似",
  "可疑",
  "线索",
  "联系人",
];

/** STATUS_PROSPECT, STATUS_SUSPECT or STATUS_NONE for a status cell. "unqualified" is checked before "qualified". */
export function classifyStatus(cell: Cell): number {
  if (typeof cell !== "string" || cell === "") return STATUS_NONE;
  const text = toHalfWidth(cell).trim().toLowerCase();
  if (text === "") return STATUS_NONE;
  if (SUSPECT_WORDS.some((w) => text.includes(w))) return STATUS_SUSPECT;
  if (PROSPECT_WORDS.some((w) => text.includes(w))) return STATUS_PROSPECT;
  return STATUS_NONE;
}

const TRUE_WORDS = new Set([
  "true",
  "yes",
  "y",
  "1",
  "x",
  "agent",
  "是",
  "代理",
  "代理商",
  "√",
  "✓",
]);

/** Whether an agent-flag cell says yes. */
export function isTruthyFlag(cell: Cell): boolean {
  if (cell === true) return true;
  if (typeof cell === "number") return cell !== 0 && Number.isFinite(cell);
  if (typeof cell !== "string") return false;
  return TRUE_WORDS.has(toHalfWidth(cell).trim().toLowerCase());
}
