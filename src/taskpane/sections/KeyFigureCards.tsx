import * as React from "react";
import { Body1Strong, Caption1, Card, makeStyles, tokens } from "@fluentui/react-components";
import type { TieringResult } from "../../engine";
import { keyFigures } from "../insights/keyFigures";
import { usePane } from "../state/PaneContext";

const useStyles = makeStyles({
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(130px, 1fr))",
    gap: tokens.spacingHorizontalS,
    margin: 0,
  },
  card: { minWidth: 0, margin: 0 },
  value: { fontSize: tokens.fontSizeBase400 },
});

/** The method's headline observations as cards: the 80/20 shares, customers to 80%, who loses money. */
export function KeyFigureCards(props: { result: TieringResult }): React.JSX.Element {
  const { t, fmt } = usePane();
  const styles = useStyles();
  const k = keyFigures(props.result);
  const pct = (v: number | null): string => fmt.orDash(v, (x) => fmt.percent(x, 1));
  const cards: [string, string][] = [
    [t.topShareRevenue, pct(k.top20Revenue)],
    [t.topShareProfit, k.hasProfit ? pct(k.top20Profit) : t.noProfitData],
    [
      t.customersFor80,
      k.for80Share === null || k.for80Count === null
        ? "—"
        : t.customersFor80Value(fmt.integer(k.for80Count), fmt.percent(k.for80Share, 1)),
    ],
    [
      t.lossTier,
      !k.hasProfit ? t.noProfitData : k.lossTiers.length ? k.lossTiers.join(", ") : t.noLossTier,
    ],
  ];
  return (
    <dl className={styles.grid}>
      {cards.map(([label, value]) => (
        <Card key={label} className={styles.card} size="small">
          <dt>
            <Caption1>{label}</Caption1>
          </dt>
          <dd style={{ margin: 0 }}>
            <Body1Strong className={styles.value}>{value}</Body1Strong>
          </dd>
        </Card>
      ))}
    </dl>
  );
}
