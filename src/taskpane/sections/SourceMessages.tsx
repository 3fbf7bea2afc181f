import * as React from "react";
import { MessageBar, MessageBarBody, makeStyles } from "@fluentui/react-components";
import { sourceProblemText } from "../hooks/errorText";
import { usePane } from "../state/PaneContext";

const useStyles = makeStyles({
  // Long addresses in a sentence wrap anywhere at 320 px; words wrap normally.
  problem: { overflowWrap: "anywhere" },
});

function Bar(props: {
  intent: "warning" | "error";
  className?: string;
  children: React.ReactNode;
}): React.JSX.Element {
  return (
    <MessageBar intent={props.intent}>
      <MessageBarBody className={props.className}>{props.children}</MessageBarBody>
    </MessageBar>
  );
}

/**
 * What is wrong with the source, if anything: a problem the user can put right in the sheet, a
 * failed read, no data under the header, or the required columns not found.
 */
export function SourceMessages(): React.JSX.Element {
  const { state, t } = usePane();
  const styles = useStyles();
  const { status, data, error } = state.source;
  const { mapping } = state.mapping;
  const missing = (["customer", "revenue"] as const).filter((role) => mapping[role] === undefined);
  const rows = status === "ready" && data ? data.rows.length : undefined;
  return (
    <>
      {error?.problem && (
        // Something the user can put right in the sheet: say what, in their language.
        <Bar intent="warning" className={styles.problem}>
          {sourceProblemText(error.problem, t)}
        </Bar>
      )}
      {error && !error.problem && (
        <Bar intent="error">
          {error.kind === "selection"
            ? t.selectionFailed(error.detail)
            : t.readFailed(error.detail)}
        </Bar>
      )}
      {rows === 0 && <Bar intent="warning">{t.emptySelection}</Bar>}
      {rows !== undefined && rows > 0 && missing.length > 0 && (
        <Bar intent="warning">
          {t.missingRequired(missing.map((role) => t.roles[role]).join(t.and))}
        </Bar>
      )}
    </>
  );
}
