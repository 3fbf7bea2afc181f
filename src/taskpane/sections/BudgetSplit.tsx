import * as React from "react";
import {
  Caption1,
  Field,
  Radio,
  RadioGroup,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import {
  SEED_BUDGET_PERCENTAGES,
  splitBudget,
  type BudgetRule,
  type TieringResult,
} from "../../engine";
import { NumberField } from "../controls/NumberField";
import { usePane } from "../state/PaneContext";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  number: { textAlign: "end", whiteSpace: "nowrap" },
});

const RULES: BudgetRule[] = ["revenue", "profit", "percentages"];

/** A marketing budget split across the ranked tiers by revenue share, profit share, or the user's percentages. */
export function BudgetSplit(props: { result: TieringResult }): React.JSX.Element {
  const { t, fmt } = usePane();
  const styles = useStyles();
  const ranked = props.result.summary.rows.filter((r) => r.group === "ranked");
  const [budget, setBudget] = React.useState(100000);
  const [rule, setRule] = React.useState<BudgetRule>("revenue");
  const [percentages, setPercentages] = React.useState<number[]>(() =>
    ranked.length === SEED_BUDGET_PERCENTAGES.length
      ? [...SEED_BUDGET_PERCENTAGES]
      : ranked.map(() => 1 / Math.max(1, ranked.length))
  );
  const weights =
    rule === "revenue"
      ? ranked.map((r) => r.revenue)
      : rule === "profit"
        ? ranked.map((r) => r.profit)
        : ranked.map((_, i) => percentages[i] ?? 0);
  const split = splitBudget(budget, weights);

  return (
    <div className={styles.root}>
      <NumberField
        label={t.budgetAmount}
        value={budget}
        min={0}
        onChange={(v) => setBudget(v ?? 0)}
      />
      <Field label={t.budgetRule}>
        <RadioGroup value={rule} onChange={(_, data) => setRule(data.value as BudgetRule)}>
          {RULES.map((r) => (
            <Radio key={r} value={r} label={t.budgetRules[r]} />
          ))}
        </RadioGroup>
      </Field>
      {rule === "percentages" &&
        ranked.map((row, i) => (
          <NumberField
            key={row.key}
            label={t.budgetPercent(row.label)}
            value={percentages[i] ?? 0}
            percent
            min={0}
            onChange={(v) =>
              setPercentages((p) => ranked.map((_, j) => (j === i ? (v ?? 0) : (p[j] ?? 0))))
            }
          />
        ))}
      {split ? (
        <Table size="extra-small" aria-label={t.budgetCaption}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t.colTier}</TableHeaderCell>
              <TableHeaderCell className={styles.number}>{t.colAmount}</TableHeaderCell>
              <TableHeaderCell className={styles.number}>{t.colShare}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {ranked.map((row, i) => (
              <TableRow key={row.key}>
                <TableCell>{row.label}</TableCell>
                <TableCell className={styles.number}>{fmt.currency(split.amounts[i])}</TableCell>
                <TableCell className={styles.number}>{fmt.percent(split.shares[i], 1)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : (
        <Caption1>{t.budgetNone}</Caption1>
      )}
    </div>
  );
}
