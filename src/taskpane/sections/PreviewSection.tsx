import * as React from "react";
import {
  Body1,
  Caption1,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { engineWarningsText } from "../../i18n";
import { usePane } from "../state/PaneContext";
import { PyramidChart } from "./PyramidChart";
import { TierTable } from "./TierTable";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  warnings: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** The result before anything is written: tier table, pyramid, rows used and the engine's warnings. */
export function PreviewSection(): React.JSX.Element {
  const { state, t, fmt } = usePane();
  const styles = useStyles();
  const { status, result, error } = state.preview;
  return (
    <div className={styles.root} aria-busy={status === "running"}>
      {status === "running" && <Spinner size="tiny" label={t.previewRunning} />}
      {status === "error" && error && (
        <MessageBar intent="error">
          <MessageBarBody>{t.previewFailed(error)}</MessageBarBody>
        </MessageBar>
      )}
      {!result && status !== "error" && status !== "running" && <Body1>{t.previewEmpty}</Body1>}
      {result && (
        <>
          <TierTable result={result} />
          {result.summary.roiBasis === "none" && <Caption1>{t.roiNone}</Caption1>}
          <Caption1>
            {t.rowsUsed(result.rowsUsed, result.rowsSkipped, fmt)}{" "}
            {result.period
              ? t.periodShown(fmt.date(result.period.start), fmt.date(result.period.end))
              : ""}
          </Caption1>
          <PyramidChart result={result} />
          {result.warnings.length > 0 && (
            <>
              <Subtitle2 as="h3">{t.warningsHeading}</Subtitle2>
              <ul className={styles.warnings}>
                {result.warnings.map((warning, i) => (
                  <li key={i}>
                    <Caption1>{engineWarningsText(warning, fmt)}</Caption1>
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </div>
  );
}
