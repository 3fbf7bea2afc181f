// Excel serial day numbers (1900 date system): serial 1 = 1900-01-01, with Excel's phantom 1900-02-29,
// so for dates from 1900-03-01 on, serial = days since 1899-12-30. We only accept dates from 1900-03-01.

const MS_PER_DAY = 86400000;
const EPOCH = Date.UTC(1899, 11, 30);
/** 1900-03-01 and 9999-12-31. */
export const MIN_SERIAL = 61;
export const MAX_SERIAL = 2958465;

export function ymdToSerial(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - EPOCH) / MS_PER_DAY);
}

export function serialToYmd(serial: number): [number, number, number] {
  const d = new Date(EPOCH + Math.floor(serial) * MS_PER_DAY);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
}

export function isValidYmd(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Serial day `months` calendar months after (or before, if negative) `serial`, day clamped to the month's end. */
export function addMonths(serial: number, months: number): number {
  const [y, m, d] = serialToYmd(serial);
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return ymdToSerial(year, month, Math.min(d, last));
}
