import { isValidYmd, MAX_SERIAL, MIN_SERIAL, ymdToSerial } from "./excelDate";
import { isExcelError, toHalfWidth } from "./parseNumber";
import { parsePlainDate } from "./parsePlainDate";
import {
  BLANK,
  DATE_OUT_OF_RANGE,
  excelError,
  INVALID_DATE,
  INVALID_TIME,
  NOT_A_DATE,
  type DateFault,
  type ParsedAs,
} from "./problemReason";
import type { Cell } from "../types";

/** A date (Excel serial), or why the cell is not one (BLANK for a blank cell). */
export type ParsedDate = ParsedAs<DateFault>;

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

// Year first (ISO, slashes, dots, 年月日) is unambiguous; 03/04/2024 is not (day/month order varies), so we refuse it.
const YMD =
  /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const MONTH_NAME_FIRST = /^([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/;
const DAY_FIRST = /^(\d{1,2})(?:st|nd|rd|th)?[\s-]+([A-Za-z]{3,9})\.?,?[\s-]+(\d{4})$/;

function monthFromName(name: string): number {
  const lower = name.toLowerCase();
  const index = MONTHS.indexOf(lower.slice(0, 3));
  if (index < 0) return 0;
  const full = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
  ][index];
  return lower.length === 3 || full.startsWith(lower) || (lower === "sept" && index === 8)
    ? index + 1
    : 0;
}

function fromYmd(year: number, month: number, day: number, fraction = 0): ParsedDate {
  // Before Excel's first date. (Date.UTC, under isValidYmd and ymdToSerial, reads years 0–99 as 1900–1999.)
  if (year < 1900) return { ok: false, reason: DATE_OUT_OF_RANGE };
  if (!isValidYmd(year, month, day)) return { ok: false, reason: INVALID_DATE };
  const serial = ymdToSerial(year, month, day) + fraction;
  if (serial < MIN_SERIAL || serial > MAX_SERIAL) return { ok: false, reason: DATE_OUT_OF_RANGE };
  return { ok: true, value: serial };
}

/**
 * Parse a cell as a date, giving an Excel serial day number (time of day as the fraction).
 * Numbers are taken as serials; text must be year-first (2024-03-15, 2024/3/15, 2024年3月15日, ISO with time)
 * or use an English month name (Mar 15, 2024 / 15 March 2024). Never throws.
 */
export function parseDate(cell: Cell): ParsedDate {
  if (typeof cell === "number") {
    if (!Number.isFinite(cell)) return { ok: false, reason: NOT_A_DATE };
    if (cell < MIN_SERIAL || cell > MAX_SERIAL) return { ok: false, reason: DATE_OUT_OF_RANGE };
    return { ok: true, value: cell };
  }
  if (cell === null || cell === undefined) return { ok: false, reason: BLANK };
  if (typeof cell !== "string") return { ok: false, reason: NOT_A_DATE };
  // Most date text is plain (2024-03-15): read without the general patterns when it is.
  const plain = parsePlainDate(cell);
  return plain === plain ? { ok: true, value: plain } : parseDateText(cell);
}

/** Text read by the general patterns (every accepted form); parseDate tries parsePlainDate first. */
export function parseDateText(raw: string): ParsedDate {
  const text = toHalfWidth(raw).trim();
  if (text === "") return { ok: false, reason: BLANK };
  if (isExcelError(text)) return { ok: false, reason: excelError(text) };
  let m = YMD.exec(text);
  if (m) {
    const fraction =
      m[4] !== undefined
        ? (Number(m[4]) * 3600 + Number(m[5]) * 60 + Number(m[6] ?? 0)) / 86400
        : 0;
    if (fraction >= 1) return { ok: false, reason: INVALID_TIME };
    return fromYmd(Number(m[1]), Number(m[2]), Number(m[3]), fraction);
  }
  m = MONTH_NAME_FIRST.exec(text);
  if (m) return fromYmd(Number(m[3]), monthFromName(m[1]), Number(m[2]));
  m = DAY_FIRST.exec(text);
  if (m) return fromYmd(Number(m[3]), monthFromName(m[2]), Number(m[1]));
  return { ok: false, reason: NOT_A_DATE };
}
