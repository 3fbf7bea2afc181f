import * as React from "react";
import { Button, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import type { MigrationMatrix } from "../../engine";
import { adapterMessageOf } from "../../excel/adapterMessages";
import type { ApplyFailure, ComparisonOutcome } from "../../excel/gateway";
import type { Formatter, Messages } from "../../i18n";
import { adapterMessageText } from "../../i18n/codes/adapterMessages";
import { usePane } from "../state/PaneContext";
import { OverwriteDialog } from "./OverwriteDialog";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  // Long Chinese and English sentences wrap inside the pane's 320 px.
  message: { overflowWrap: "anywhere" },
});

type Status =
  | { kind: "idle" }
  | { kind: "writing" }
  | { kind: "done"; outcome: Extract<ComparisonOutcome, { ok: true }> }
  | { kind: "confirm"; failure: ApplyFailure }
  | { kind: "failed"; failure: ApplyFailure }
  | { kind: "kept" };

/**
 * "Write to workbook" for a comparison the pane shows: the gateway writes it to the add-in's
 * comparison sheet; cells the user changed there (or a sheet of theirs with that name) are asked
 * about first, as Apply does.
 */
export function ComparisonWrite(props: { matrix: MigrationMatrix }): React.JSX.Element | null {
  const { matrix } = props;
  const { state, gateway, t, fmt } = usePane();
  const styles = useStyles();
  const [status, setStatus] = React.useState<Status>({ kind: "idle" });
  React.useEffect(() => setStatus({ kind: "idle" }), [matrix]);
  const writeComparison = gateway.writeComparison?.bind(gateway);
  if (!writeComparison) return null;

  const write = async (overwrite: boolean): Promise<void> => {
    setStatus({ kind: "writing" });
    // The pane's language is the output language Apply saves with the set-up (buildRunSetup).
    let outcome: ComparisonOutcome;
    try {
      outcome = await writeComparison(matrix, { language: state.locale, overwrite });
    } catch (error) {
      outcome = { ok: false, reason: "failed", message: adapterMessageOf(error) };
    }
    if (outcome.ok) setStatus({ kind: "done", outcome });
    else if (outcome.reason === "occupied" && !overwrite)
      setStatus({ kind: "confirm", failure: outcome });
    else setStatus({ kind: "failed", failure: outcome });
  };

  return (
    <div className={styles.root}>
      <div>
        <Button onClick={() => void write(false)} disabled={status.kind === "writing"}>
          {status.kind === "writing" ? t.comparisonWriting : t.comparisonWrite}
        </Button>
      </div>
      <div aria-live="polite" className={styles.message}>
        {status.kind === "done" && (
          <MessageBar intent="success">
            <MessageBarBody>
              {t.comparisonWritten(status.outcome.sheetName, status.outcome.movers, fmt)}
              {` ${status.outcome.undo === "one-step" ? t.applyUndoOne : t.applyUndoSteps(status.outcome.requests, fmt)}`}
            </MessageBarBody>
          </MessageBar>
        )}
        {status.kind === "kept" && (
          <MessageBar intent="info">
            <MessageBarBody>{t.comparisonWriteKept}</MessageBarBody>
          </MessageBar>
        )}
        {status.kind === "failed" && (
          <MessageBar intent="error">
            <MessageBarBody>{failureText(status.failure, t, fmt)}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {status.kind === "confirm" && (
        <ConfirmOverwrite
          failure={status.failure}
          onOverwrite={() => void write(true)}
          onKeep={() => setStatus({ kind: "kept" })}
        />
      )}
    </div>
  );
}

function failureText(failure: ApplyFailure, t: Messages, fmt: Formatter): string {
  if (failure.reason === "busy") return t.comparisonWriteBusy;
  if (failure.reason === "cell-edit") return t.cellEditMode;
  if (failure.reason === "partial") return t.comparisonWritePartial;
  return t.comparisonWriteFailed(adapterMessageText(failure.message, fmt));
}

/** The question for an occupied comparison: a sheet of the user's with that name, or cells. */
function ConfirmOverwrite(props: {
  failure: ApplyFailure;
  onOverwrite(): void;
  onKeep(): void;
}): React.JSX.Element {
  const { failure, onOverwrite, onKeep } = props;
  const { t } = usePane();
  const address = failure.address ?? "";
  const sheetTaken = failure.conflict === "sheet-taken";
  return (
    <OverwriteDialog
      title={sheetTaken ? t.comparisonSheetTakenTitle : t.overwriteTitle}
      body={
        sheetTaken
          ? t.comparisonSheetTakenBody(address)
          : failure.conflict === "edited"
            ? t.comparisonEditedBody(address)
            : t.comparisonOccupiedBody(address)
      }
      confirmLabel={sheetTaken ? t.comparisonNewSheet : t.overwrite}
      onOverwrite={onOverwrite}
      onKeep={onKeep}
    />
  );
}
