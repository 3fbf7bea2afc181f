import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import { columnLetters, type CellValue } from "../double";
import { cellText } from "./cellText";

const useStyles = makeStyles({
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

export interface Rect {
  row: number;
  col: number;
  rowCount: number;
  colCount: number;
}

function inRect(rect: Rect | null, r: number, c: number): boolean {
  return (
    rect !== null &&
    r >= rect.row &&
    r < rect.row + rect.rowCount &&
    c >= rect.col &&
    c < rect.col + rect.colCount
  );
}

/** One page of a sheet's rows: column letters, row numbers, cells as Excel would show them. */
export function GridTable(props: {
  rows: CellValue[][];
  /** The sheet row (0-based) of `rows[0]`. */
  firstRow: number;
  columnCount: number;
  formats: (string | null)[][];
  selection: Rect | null;
  onPick(row: number, col: number, extend: boolean): void;
}): React.JSX.Element {
  const { rows, firstRow, columnCount, formats, selection, onPick } = props;
  const styles = useStyles();
  const columns = Array.from({ length: columnCount }, (_v, c) => c);
  return (
    <table className={styles.table} data-testid="sheet-grid">
      <thead>
        <tr>
          <td className={styles.head} />
          {columns.map((c) => (
            <th key={c} className={styles.head} scope="col">
              {columnLetters(c)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => {
          const r = firstRow + i;
          return (
            <tr key={r}>
              <th className={styles.head} scope="row">
                {r + 1}
              </th>
              {columns.map((c) => (
                <td
                  key={c}
                  className={
                    inRect(selection, r, c) ? `${styles.cell} ${styles.selected}` : styles.cell
                  }
                  onClick={(event) => onPick(r, c, event.shiftKey)}
                >
                  {cellText(row[c], formats[r]?.[c])}
                </td>
              ))}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
