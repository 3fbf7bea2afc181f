import * as React from "react";
import {
  Body1,
  Caption1,
  Link,
  MessageBar,
  MessageBarBody,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Cell } from "../../engine";
import type { ProblemCell } from "../../excel/gateway";
import { problemReasonsText } from "../../i18n";
import { errorText } from "../hooks/errorText";
import { usePane } from "../state/PaneContext";

const SHOWN = 200;

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  item: { overflowWrap: "anywhere" },
});

const cellText = (value: Cell): string =>
  value === null || value === undefined || value === "" ? "—" : String(value);

/** The problem cells with their addresses; each is a link that selects the cell in the sheet. */
export function ProblemsSection(props: { problems: ProblemCell[] }): React.JSX.Element {
  const { problems } = props;
  const { state, gateway, t, fmt } = usePane();
  const styles = useStyles();
  const [error, setError] = React.useState<string | null>(null);
  if (!state.preview.result) return <Body1>{t.previewEmpty}</Body1>;
  if (problems.length === 0) return <Body1>{t.problemsNone}</Body1>;
  const select = (address: string): void => {
    setError(null);
    gateway.select(address).catch((e: unknown) => setError(errorText(e, fmt)));
  };
  return (
    <>
      <Caption1>{t.problemsCount(problems.length, fmt)}</Caption1>
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{t.selectFailed(error)}</MessageBarBody>
        </MessageBar>
      )}
      <ul className={styles.list}>
        {problems.slice(0, SHOWN).map((p, i) => (
          <li key={`${p.address}-${i}`} className={styles.item}>
            <Link as="button" onClick={() => select(p.address)}>
              {t.problemReason(p.address, problemReasonsText(p.reason, fmt), cellText(p.value))}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
