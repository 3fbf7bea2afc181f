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
  tokens,
} from "@fluentui/react-components";
import type { TierSummaryRow, TieringResult } from "../../engine";
import { usePane } from "../state/PaneContext";

const useStyles = makeStyles({
  scroll: { overflowX: "auto", minWidth: 0 },
  table: { minWidth: "280px" },
  number: { textAlign: "end", whiteSpace: "nowrap" },
  share: { display: "block", color: tokens.colorNeutralForeground3 },
  total: { fontWeight: tokens.fontWeightSemibold },
});

/** Per tier: customers, revenue, profit and ROI, each with its share of the total under it. */
export function TierTable(props: { result: TieringResult }): React.JSX.Element {
  const { result } = props;
  const { t, fmt } = usePane();
  const styles = useStyles();
  const { rows, total, roiBasis } = result.summary;
  const roiHeader = roiBasis === "cost" ? t.colReturnOnCost : t.colRoi;
  const share = (value: number | null): React.ReactNode =>
    value === null ? null : <Caption1 className={styles.share}>{fmt.percent(value)}</Caption1>;

  const line = (row: TierSummaryRow, label: string, isTotal: boolean): React.JSX.Element => (
    <TableRow key={isTotal ? "__total" : row.key} className={isTotal ? styles.total : undefined}>
      <TableCell>{label}</TableCell>
      <TableCell className={styles.number}>
        <span>{fmt.integer(row.customers)}</span>
        {!isTotal && share(row.customerShare)}
      </TableCell>
      <TableCell className={styles.number}>
        <span>{fmt.currency(row.revenue)}</span>
        {!isTotal && share(row.revenueShare)}
      </TableCell>
      <TableCell className={styles.number}>
        <span>{fmt.orDash(row.profit, fmt.currency)}</span>
        {!isTotal && share(row.profitShare)}
      </TableCell>
      <TableCell className={styles.number}>{fmt.orDash(row.roi, (v) => fmt.percent(v))}</TableCell>
    </TableRow>
  );

  return (
    <div className={styles.scroll}>
      <Table size="extra-small" aria-label={t.tableCaption} className={styles.table}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t.colTier}</TableHeaderCell>
            <TableHeaderCell className={styles.number}>{t.colCustomers}</TableHeaderCell>
            <TableHeaderCell className={styles.number}>{t.colRevenue}</TableHeaderCell>
            <TableHeaderCell className={styles.number}>{t.colProfit}</TableHeaderCell>
            <TableHeaderCell className={styles.number}>{roiHeader}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.filter((r) => r.group === "ranked").map((row) => line(row, row.label, false))}
          {line(total, t.totalRow, true)}
          {rows.filter((r) => r.group !== "ranked").map((row) => line(row, row.label, false))}
        </TableBody>
      </Table>
    </div>
  );
}
