import * as React from "react";
import { Body1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { usePane } from "../state/PaneContext";
import { BudgetSplit } from "./BudgetSplit";
import { ChurnList } from "./ChurnList";
import { KeyFigureCards } from "./KeyFigureCards";
import { PeriodComparison } from "./PeriodComparison";
import { WhatIfPanel } from "./WhatIfPanel";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
});

/** Key figures, what-if, period comparison, churn warnings and budget split, all from the preview result. */
export function InsightsSection(): React.JSX.Element {
  const { state, t } = usePane();
  const styles = useStyles();
  const { result } = state.preview;
  if (!result) return <Body1>{t.previewEmpty}</Body1>;
  return (
    <div className={styles.root}>
      <Subtitle2 as="h3">{t.keyFiguresHeading}</Subtitle2>
      <KeyFigureCards result={result} />
      <Subtitle2 as="h3">{t.whatIfHeading}</Subtitle2>
      <WhatIfPanel result={result} />
      <Subtitle2 as="h3">{t.comparisonHeading}</Subtitle2>
      <PeriodComparison result={result} />
      <Subtitle2 as="h3">{t.churnHeading}</Subtitle2>
      <ChurnList result={result} />
      <Subtitle2 as="h3">{t.budgetHeading}</Subtitle2>
      <BudgetSplit result={result} />
    </div>
  );
}
