import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import { formatAddress, parseAddress, type WorkbookJson } from "../double";
import { GridTable, type Rect } from "./GridTable";
import { GridToolbar, SheetTabs } from "./GridToolbar";

const PAGE_ROWS = 200;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  scroller: {
    overflow: "auto",
    maxHeight: "70vh",
    border: `1px solid ${tokens.colorNeutralStroke1}`,
  },
});

export interface SheetGridProps {
  workbook: WorkbookJson;
  onSelect(address: string): void;
  onActivate(sheet: string): void;
}

/** A read-only grid view of the double's sheets: tabs, a page of rows, and cell selection. */
export function SheetGrid({ workbook, onSelect, onActivate }: SheetGridProps): React.JSX.Element {
  const styles = useStyles();
  const sheetName = workbook.activeSheet ?? workbook.sheets[0]?.name ?? "";
  const sheet = workbook.sheets.find((s) => s.name === sheetName) ?? workbook.sheets[0];
  const [page, setPage] = React.useState(0);
  const [anchor, setAnchor] = React.useState<{ row: number; col: number } | null>(null);
  React.useEffect(() => setPage(0), [sheetName]);

  const values = sheet?.values ?? [];
  const columnCount = values.reduce((max, row) => Math.max(max, row.length), 0);
  const firstRow = page * PAGE_ROWS;

  // A click selects the cell; a shift-click, the rectangle from the last clicked cell.
  const pick = (row: number, col: number, extend: boolean) => {
    const start = extend && anchor ? anchor : { row, col };
    if (!extend) setAnchor({ row, col });
    const rect = {
      row: Math.min(start.row, row),
      col: Math.min(start.col, col),
      rowCount: Math.abs(start.row - row) + 1,
      colCount: Math.abs(start.col - col) + 1,
    };
    onSelect(formatAddress(sheetName, rect));
  };

  return (
    <section className={styles.root} aria-label="Workbook">
      <SheetTabs
        names={workbook.sheets.map((s) => s.name)}
        active={sheetName}
        onActivate={onActivate}
      />
      <GridToolbar
        selection={workbook.selection}
        onSelect={onSelect}
        page={page}
        pageRows={PAGE_ROWS}
        rowCount={values.length}
        onPage={setPage}
      />
      <div className={styles.scroller} tabIndex={0} role="region" aria-label={`Sheet ${sheetName}`}>
        <GridTable
          rows={values.slice(firstRow, firstRow + PAGE_ROWS)}
          firstRow={firstRow}
          columnCount={columnCount}
          formats={sheet?.numberFormats ?? []}
          selection={safeRect(workbook.selection, sheetName)}
          onPick={pick}
        />
      </div>
    </section>
  );
}

function safeRect(address: string | undefined, sheetName: string): Rect | null {
  if (!address) return null;
  try {
    const parsed = parseAddress(address);
    if (parsed.sheet && parsed.sheet !== sheetName) return null;
    return parsed.rect;
  } catch {
    return null;
  }
}
