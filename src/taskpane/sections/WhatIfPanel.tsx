import * as React from "react";
import { Body1, Caption1, Field, Slider, makeStyles, tokens } from "@fluentui/react-components";
import type { TieringResult } from "../../engine";
import { whatIfForShare } from "../insights/whatIfForShare";
import { usePane } from "../state/PaneContext";

const useStyles = makeStyles({
  figures: {
    display: "grid",
    gridTemplateColumns: "1fr auto",
    gap: tokens.spacingHorizontalS,
    margin: 0,
  },
  value: { margin: 0, fontWeight: tokens.fontWeightSemibold, textAlign: "end" },
});

/** "Move x% of Small up one tier": revenue and profit change from the tiers' per-customer averages. */
export function WhatIfPanel(props: { result: TieringResult }): React.JSX.Element {
  const { result } = props;
  const { state, dispatch, t, fmt } = usePane();
  const styles = useStyles();
  const share = state.options.whatIfShare;
  const view = whatIfForShare(result, share);
  if (!view) return <Body1>{t.whatIfNone}</Body1>;
  const from = result.tiers[view.from].label;
  const to = result.tiers[view.to].label;
  const change = (v: number | null): string => fmt.orDash(v, fmt.signedPercent);
  return (
    <>
      <Field label={t.labelled(t.whatIfSlider(from), fmt.percent(share))}>
        <Slider
          min={0}
          max={20}
          step={1}
          value={Math.round(share * 100)}
          aria-valuetext={fmt.percent(share)}
          onChange={(_, data) =>
            dispatch({ type: "options", patch: { whatIfShare: data.value / 100 } })
          }
        />
      </Field>
      <Caption1>{t.whatIfMoved(view.moved, from, to, fmt)}</Caption1>
      <dl className={styles.figures} aria-live="polite">
        <dt>{t.whatIfRevenue}</dt>
        <dd className={styles.value}>{change(view.result.revenueChange)}</dd>
        <dt>{t.whatIfProfit}</dt>
        <dd className={styles.value}>
          {view.result.profitChange === null ? t.noProfitData : change(view.result.profitChange)}
        </dd>
      </dl>
    </>
  );
}
