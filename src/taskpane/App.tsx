import * as React from "react";
import { Body1, Title3, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
  },
});

/** The task pane. */
export function App(): React.JSX.Element {
  const styles = useStyles();
  return (
    <main className={styles.root} aria-label="CRM Pyramid">
      <Title3 as="h1">CRM Pyramid</Title3>
      <Body1>
        Select your sales (one row per transaction or per customer) to tier your customers.
      </Body1>
    </main>
  );
}
