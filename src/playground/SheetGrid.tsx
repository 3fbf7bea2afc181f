import * as React from "react";
import { Button, Input, ToggleButton, makeStyles, tokens } from "@fluentui/react-components";
import { columnLetters, formatAddress, parseAddress, type WorkbookJson } from "../double";
import { cellText } from "./cellText";

const PAGE_ROWS = 200;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  toolbar: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    alignItems: "center",
    flexWrap: "wrap",
  },
  scroller: {
    overflow: "auto",
    maxHeight: "70vh",
    border: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  table: {
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase200,
    fontFamily: tokens.fontFamilyBase,
  },
  head: {
    position: "sticky",
    top: 0,
    backgroundColor: tokens.colorNeutralBackground3,
    fontWeight: tokens.fontWeightSemibold,
    padding: "2px 6px",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  cell: {
    padding: "2px 6px",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    whiteSpace: "nowrap",
    maxWidth: "220px",
    overflow: "hidden",
    textOverflow: "ellipsis",
    cursor: "cell",
  },
  selected: { backgroundColor: tokens.colorBrandBackground2 },
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
  const [typed, setTyped] = React.useState("");
  React.useEffect(() => setPage(0), [sheetName]);

  const selection = safeRect(workbook.selection, sheetName);
  const values = sheet?.values ?? [];
  const formats = sheet?.numberFormats ?? [];
  const columnCount = values.reduce((max, row) => Math.max(max, row.length), 0);
  const firstRow = page * PAGE_ROWS;
  const shownRows = values.slice(firstRow, firstRow + PAGE_ROWS);
  const pages = Math.max(1, Math.ceil(values.length / PAGE_ROWS));

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
      {/* Sheet tabs as plain toggle buttons: one tab stop each, nothing hidden that takes focus. */}
      <div className={styles.toolbar} role="group" aria-label="Sheets">
        {workbook.sheets.map((s) => (
          <ToggleButton
            key={s.name}
            size="small"
            appearance="subtle"
            checked={s.name === sheetName}
            onClick={() => onActivate(s.name)}
          >
            {s.name}
          </ToggleButton>
        ))}
      </div>
      <div className={styles.toolbar}>
        <Input
          aria-label="Range to select"
          placeholder={workbook.selection ?? "Sales!A1:G100"}
          value={typed}
          onChange={(_e, data) => setTyped(data.value)}
        />
        <Button onClick={() => typed && onSelect(typed)}>Select range</Button>
        <span aria-live="polite">Selected: {workbook.selection ?? "—"}</span>
        <Button disabled={page === 0} onClick={() => setPage(page - 1)}>
          Previous rows
        </Button>
        <span>
          rows {values.length === 0 ? 0 : firstRow + 1}–
          {Math.min(values.length, firstRow + PAGE_ROWS)} of {values.length}
        </span>
        <Button disabled={page + 1 >= pages} onClick={() => setPage(page + 1)}>
          Next rows
        </Button>
      </div>
      <div className={styles.scroller} tabIndex={0} role="region" aria-label={`Sheet ${sheetName}`}>
        <table className={styles.table} data-testid="sheet-grid">
          <thead>
            <tr>
              <td className={styles.head} />
              {Array.from({ length: columnCount }, (_v, c) => (
                <th key={c} className={styles.head} scope="col">
                  {columnLetters(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shownRows.map((row, i) => {
              const r = firstRow + i;
              return (
                <tr key={r}>
                  <th className={styles.head} scope="row">
                    {r + 1}
                  </th>
                  {Array.from({ length: columnCount }, (_v, c) => {
                    const inSelection =
                      selection &&
                      r >= selection.row &&
                      r < selection.row + selection.rowCount &&
                      c >= selection.col &&
                      c < selection.col + selection.colCount;
                    return (
                      <td
                        key={c}
                        className={inSelection ? `${styles.cell} ${styles.selected}` : styles.cell}
                        onClick={(event) => pick(r, c, event.shiftKey)}
                      >
                        {cellText(row[c], formats[r]?.[c])}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function safeRect(address: string | undefined, sheetName: string) {
  if (!address) return null;
  try {
    const parsed = parseAddress(address);
    if (parsed.sheet && parsed.sheet !== sheetName) return null;
    return parsed.rect;
  } catch {
    return null;
  }
}
