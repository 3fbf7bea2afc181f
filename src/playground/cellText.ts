/** How the playground's grid shows a cell: enough of Excel's number formats to read the sheets
    the add-in writes (dates, percentages, thousands, currency); not a format engine. */
export function cellText(value: unknown, numberFormat: string | null | undefined): string {
  if (value === null || value === undefined || value === "") return "";
  if (typeof value !== "number") return String(value);
  const format = numberFormat ?? "General";
  if (/y{2,4}/i.test(format)) {
    const date = new Date(Date.UTC(1899, 11, 30) + Math.round(value * 86400000));
    return date.toISOString().slice(0, 10);
  }
  if (format.includes("%")) {
    const decimals = (format.split(".")[1] ?? "").replace(/[^0]/g, "").length;
    return `${(value * 100).toFixed(decimals)}%`;
  }
  if (/[#0],[#0]/.test(format) || /[¥$€£]/.test(format)) {
    const decimals = (format.split(".")[1] ?? "").replace(/[^0]/g, "").length;
    const symbol = format.match(/[¥$€£]/)?.[0] ?? "";
    return (
      symbol +
      value.toLocaleString("en-US", {
        minimumFractionDigits: decimals,
        maximumFractionDigits: decimals,
      })
    );
  }
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 1e6) / 1e6);
}
