import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { TieringResult } from "../../engine";
import { usePane } from "../state/PaneContext";
import { NON_BUYER_BACKGROUND, tierBackground } from "./tierColors";

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    gap: tokens.spacingVerticalXXS,
  },
  bar: {
    boxSizing: "border-box",
    textAlign: "center",
    color: tokens.colorNeutralForeground1,
    borderRadius: tokens.borderRadiusSmall,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    overflowWrap: "anywhere",
  },
  nonBuyer: { border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}` },
});

/**
 * The pyramid as centred bars, best tier on top and narrowest (shape by position, not by count: 21 VIPs
 * beside 1,701 Small would be invisible). Non-buyer groups follow below with a dashed border.
 */
export function PyramidChart(props: { result: TieringResult }): React.JSX.Element {
  const { result } = props;
  const { t, fmt } = usePane();
  const styles = useStyles();
  const rows = result.summary.rows;
  const ranked = rows.filter((r) => r.group === "ranked");
  const others = rows.filter((r) => r.group !== "ranked" && r.customers > 0);
  return (
    <ol className={styles.list} aria-label={t.pyramidLabel}>
      {ranked.map((row, index) => (
        <li
          key={row.key}
          className={styles.bar}
          style={{
            width: `${35 + (65 * (index + 1)) / Math.max(1, ranked.length)}%`,
            backgroundColor: tierBackground(index),
          }}
        >
          {t.pyramidBar(row.label, row.customers, fmt)}
        </li>
      ))}
      {others.map((row) => (
        <li
          key={row.key}
          className={`${styles.bar} ${styles.nonBuyer}`}
          style={{ width: "100%", backgroundColor: NON_BUYER_BACKGROUND }}
        >
          {t.pyramidBar(row.label, row.customers, fmt)}
        </li>
      ))}
    </ol>
  );
}
