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
import type { TieringResult } from "../../engine";
import { usePane } from "../state/PaneContext";

const SHOWN = 20;

const useStyles = makeStyles({
  scroll: { overflowX: "auto" },
  number: { textAlign: "end", whiteSpace: "nowrap" },
});

/** Customers the engine flagged (orders fell against the previous window, or no purchase for long), biggest first. */
export function ChurnList(props: { result: TieringResult }): React.JSX.Element {
  const { customers, tiers } = props.result;
  const { state, t, fmt } = usePane();
  const styles = useStyles();
  const flagged = React.useMemo(() => {
    const out: number[] = [];
    if (customers.churn)
      for (let c = 0; c < customers.count; c++) if (customers.churn[c]) out.push(c);
    return out.sort((a, b) => customers.revenue[b] - customers.revenue[a]);
  }, [customers]);

  if (state.mapping.mapping.date === undefined || !customers.churn)
    return <Caption1>{t.churnNeedsDate}</Caption1>;
  if (flagged.length === 0) return <Caption1>{t.churnNone}</Caption1>;
  return (
    <>
      <Caption1>{t.churnCount(flagged.length, fmt)}</Caption1>
      <div className={styles.scroll}>
        <Table size="extra-small" aria-label={t.churnCaption}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t.churnCustomer}</TableHeaderCell>
              <TableHeaderCell>{t.colTier}</TableHeaderCell>
              <TableHeaderCell className={styles.number}>{t.colRevenue}</TableHeaderCell>
              <TableHeaderCell className={styles.number}>{t.churnLast}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {flagged.slice(0, SHOWN).map((c) => (
              <TableRow key={c}>
                <TableCell>{customers.name[c] || customers.id[c]}</TableCell>
                <TableCell>{tiers[customers.tier[c]]?.label ?? ""}</TableCell>
                <TableCell className={styles.number}>
                  {fmt.currency(customers.revenue[c])}
                </TableCell>
                <TableCell className={styles.number}>
                  {fmt.orDash(customers.lastDate[c], fmt.date)}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      {flagged.length > SHOWN && (
        <Caption1>{t.churnMore(fmt.integer(flagged.length - SHOWN))}</Caption1>
      )}
    </>
  );
}
