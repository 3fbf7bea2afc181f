import type { WorkbookJson } from "../double";
import { seedCaseWorkbook } from "../double/seedCase";

/** The playground's preloaded workbook: the methodology's worked case (2,126 customers in
    21/85/319/1,701) as sales transactions on a sheet named "Sales", with the data selected. */
export function sampleWorkbook(): WorkbookJson {
  const { header, rows } = seedCaseWorkbook();
  const values = [header, ...rows].map((row) => row.map((cell) => cell ?? ""));
  const dateColumn = header.indexOf("Order Date");
  const numberFormats = values.map((row, r) =>
    row.map((_cell, c) => (r > 0 && c === dateColumn ? "yyyy-mm-dd" : null))
  );
  return {
    sheets: [{ name: "Sales", values, numberFormats }],
    activeSheet: "Sales",
    selection: "Sales!A1",
  };
}
