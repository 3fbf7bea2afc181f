/** Small workbooks shared by the double's tests. */
import type { WorkbookJson } from "../../src/double";

export function salesWorkbook(): WorkbookJson {
  return {
    sheets: [
      {
        name: "Sales",
        values: [
          ["Customer", "Revenue", "Cost"],
          ["Acme", 1200, 800],
          ["Globex", 950, 700],
          ["Initech", "#N/A", 100],
        ],
      },
      { name: "Q1 Sales", values: [["x"]] },
    ],
    activeSheet: "Sales",
    selection: "Sales!B2",
  };
}
