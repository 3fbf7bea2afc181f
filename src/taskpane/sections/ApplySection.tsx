import * as React from "react";
import {
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { ApplyFailure } from "../../excel/gateway";
import type { Messages } from "../../i18n";
import { adapterMessageText } from "../../i18n/codes/adapterMessages";
import { useApply } from "../hooks/useApply";
import { usePane } from "../state/PaneContext";
import { OverwriteDialog } from "./OverwriteDialog";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  primary: { flexGrow: 1 },
});

/** One primary button that writes everything; progress with Cancel; the outcome, or a question first. */
export function ApplySection(): React.JSX.Element {
  const { state, t, fmt } = usePane();
  const styles = useStyles();
  const { apply, cancel, keep, canApply } = useApply();
  const { status, outcome } = state.apply;

  return (
    <div className={styles.root}>
      <div className={styles.row}>
        <Button
          appearance="primary"
          className={styles.primary}
          disabled={!canApply}
          onClick={() => void apply(false)}
        >
          {t.apply}
        </Button>
        {status === "running" && <Button onClick={cancel}>{t.cancel}</Button>}
      </div>
      {!canApply && status !== "running" && <Caption1>{t.applyNeedsPreview}</Caption1>}
      {status === "running" && <ProgressBar aria-label={t.applying} />}
      <div aria-live="polite">
        {status === "running" && <Caption1>{t.applying}</Caption1>}
        {status === "done" && outcome?.ok && (
          <MessageBar intent="success">
            <MessageBarBody>
              <MessageBarTitle>{t.applyDone}</MessageBarTitle>
              {t.applyWrote(outcome.tierColumnAddress, outcome.summarySheetName)}
              {outcome.customersSheetName ? ` ${t.applyCustomers(outcome.customersSheetName)}` : ""}
              {outcome.charts.length > 0
                ? ` ${t.applyCharts(outcome.charts.length, outcome.charts.join(", "), fmt)}`
                : ""}
              {` ${outcome.undo === "one-step" ? t.applyUndoOne : t.applyUndoSteps(outcome.requests, fmt)}`}
            </MessageBarBody>
          </MessageBar>
        )}
        {status === "cancelled" && (
          <MessageBar intent="info">
            <MessageBarBody>{t.applyCancelled}</MessageBarBody>
          </MessageBar>
        )}
        {status === "kept" && (
          <MessageBar intent="info">
            <MessageBarBody>{t.applyKept}</MessageBarBody>
          </MessageBar>
        )}
        {status === "failed" && outcome && !outcome.ok && (
          <MessageBar intent="error">
            <MessageBarBody>
              {outcome.reason === "busy"
                ? t.applyBusy
                : outcome.reason === "cell-edit"
                  ? t.cellEditMode
                  : t.applyFailed(adapterMessageText(outcome.message, fmt))}
              {outcome.reason === "partial" ? ` ${t.applyPartial}` : ""}
              {outcome.reason === "source-changed" ? ` ${t.applySourceChanged}` : ""}
              {outcome.reason === "not-found" ? ` ${t.applyNotFound}` : ""}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      {status === "confirm" && outcome && !outcome.ok && (
        <OverwriteDialog
          title={t.overwriteTitle}
          body={conflictBody(outcome, t)}
          confirmLabel={t.overwrite}
          onOverwrite={() => void apply(true)}
          onKeep={keep}
        />
      )}
    </div>
  );
}

/** The question for an occupied target: the range, and whether it was the user's edit or formats. */
function conflictBody(failure: ApplyFailure, t: Messages): string {
  const address = failure.address ?? "";
  if (failure.conflict === "edited") return t.overwriteEditedBody(address);
  if (failure.conflict === "formatted") return t.overwriteFormattedBody(address);
  return t.overwriteBody(address);
}
