import * as React from "react";
import {
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { compareTierings, type MigrationMatrix, type TieringResult } from "../../engine";
import { errorText } from "../hooks/errorText";
import { previewTieringSetup } from "../state/buildRunSetup";
import { usePane } from "../state/PaneContext";
import { ComparisonWrite } from "./ComparisonWrite";
import { MigrationTable } from "./MigrationTable";
import { isoToSerial, serialToIso } from "./PeriodFields";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
});

/**
 * Tiers of this period against an earlier period of the same length: the engine runs again with the
 * earlier period's end, and compareTierings builds the migration matrix. Customers belong to a period
 * only when they have a row in it, so new and lost customers are those with no row in the other period.
 * Once shown, the comparison can be written to the workbook (ComparisonWrite).
 */
export function PeriodComparison(props: { result: TieringResult }): React.JSX.Element {
  const { result } = props;
  const { state, runEngine, t, fmt } = usePane();
  const styles = useStyles();
  const period = result.period;
  const [earlierEnd, setEarlierEnd] = React.useState<number | null>(
    period ? period.start - 1 : null
  );
  const [matrix, setMatrix] = React.useState<MigrationMatrix | null>(null);
  const [busy, setBusy] = React.useState(false);
  const [error, setError] = React.useState<string | null>(null);
  React.useEffect(() => setMatrix(null), [result]);

  if (!period || state.mapping.mapping.date === undefined)
    return <Caption1>{t.comparisonNeedsDate}</Caption1>;

  const compare = async (): Promise<void> => {
    const data = state.source.data;
    if (!data || earlierEnd === null) return;
    setBusy(true);
    setError(null);
    try {
      const setup = previewTieringSetup(
        state.mapping.mapping,
        state.scheme,
        { periodMonths: state.options.periodMonths, periodEnd: earlierEnd },
        state.locale
      );
      const earlier = await runEngine(data.rows, setup);
      setMatrix(compareTierings(earlier, result));
    } catch (e) {
      setError(errorText(e, fmt));
    } finally {
      setBusy(false);
    }
  };

  const labels = result.tiers.map((tier) => tier.label);
  return (
    <div className={styles.root}>
      <Caption1>{t.comparisonHint}</Caption1>
      <Field label={t.comparisonEarlierEnd}>
        <Input
          type="date"
          value={earlierEnd === null ? "" : serialToIso(earlierEnd)}
          onChange={(_, data) => setEarlierEnd(isoToSerial(data.value))}
        />
      </Field>
      <div>
        <Button onClick={() => void compare()} disabled={busy || earlierEnd === null}>
          {busy ? t.comparing : t.compare}
        </Button>
      </div>
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{t.previewFailed(error)}</MessageBarBody>
        </MessageBar>
      )}
      {matrix && (
        <>
          <MigrationTable matrix={matrix} labels={labels} />
          <ComparisonWrite matrix={matrix} />
        </>
      )}
    </div>
  );
}
