import * as React from "react";
import {
  Caption1,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
} from "@fluentui/react-components";
import type { MigrationMatrix } from "../../engine";
import { usePane } from "../state/PaneContext";

const useStyles = makeStyles({
  scroll: { overflowX: "auto" },
  number: { textAlign: "end" },
});

/**
 * The period comparison's figures: who moved up, down or stayed, who is new or lost, and the
 * migration matrix (rows: the earlier tier or "new"; columns: this period's tier or "lost").
 */
export function MigrationTable(props: {
  matrix: MigrationMatrix;
  labels: string[];
}): React.JSX.Element {
  const { matrix, labels } = props;
  const { t, fmt } = usePane();
  const styles = useStyles();
  return (
    <>
      <Caption1>
        {t.movedSummary(
          fmt.integer(matrix.movedUp.length),
          fmt.integer(matrix.movedDown.length),
          fmt.integer(matrix.stayed)
        )}
      </Caption1>
      <Caption1>
        {t.newLostSummary(matrix.newCustomers, matrix.lost, matrix.customers, fmt)}
      </Caption1>
      <div className={styles.scroll}>
        <Table size="extra-small" aria-label={t.matrixCaption}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t.matrixFrom}</TableHeaderCell>
              {[...labels, t.matrixLost].map((label) => (
                <TableHeaderCell key={label} className={styles.number}>
                  {label}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {matrix.counts.map((counts, from) => (
              <TableRow key={from}>
                <TableCell>{from < labels.length ? labels[from] : t.matrixNew}</TableCell>
                {counts.map((n, to) => (
                  <TableCell key={to} className={styles.number}>
                    {from === labels.length && to === labels.length ? "—" : fmt.integer(n)}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </>
  );
}
