import * as React from "react";
import {
  MessageBar,
  MessageBarBody,
  Body1,
  Subtitle1,
  Title3,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { HelpLink } from "./controls/HelpLink";
import { usePreview } from "./hooks/usePreview";
import { useSavedSetupOnOpen } from "./hooks/useSavedSetupOnOpen";
import { useSourceLoader } from "./hooks/useSourceLoader";
import { PaneSections } from "./PaneSections";
import { usePane } from "./state/PaneContext";
import { ApplySection } from "./sections/ApplySection";
import { CurrencyField } from "./sections/CurrencyField";
import { LanguageSwitch } from "./sections/LanguageSwitch";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: "280px",
    maxWidth: "100%",
    boxSizing: "border-box",
  },
  // Title and language switch stacked: side by side they overflow a 320 px pane in some languages.
  header: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalXS,
  },
  // The title with the Help link at its right; they wrap rather than overflow a narrow pane.
  titleRow: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "baseline",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalM,
    alignSelf: "stretch",
  },
  apply: {
    position: "sticky",
    bottom: 0,
    backgroundColor: tokens.colorNeutralBackground1,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
});

/**
 * The pane's layout: a header with the language switch, the sections (PaneSections.tsx), and the
 * Apply bar kept in view at the bottom.
 */
export function Pane(): React.JSX.Element {
  const { state, t } = usePane();
  const styles = useStyles();
  const loader = useSourceLoader();
  usePreview();
  const damaged = useSavedSetupOnOpen(loader);

  return (
    <main className={styles.root} aria-label={t.appTitle} lang={state.locale}>
      <div className={styles.header}>
        <div className={styles.titleRow}>
          <Title3 as="h1">{t.appTitle}</Title3>
          <HelpLink />
        </div>
        <LanguageSwitch />
        <CurrencyField />
      </div>
      <Body1>{t.appIntro}</Body1>
      {damaged !== undefined && (
        <MessageBar intent="warning">
          <MessageBarBody>{t.setupDamaged(damaged)}</MessageBarBody>
        </MessageBar>
      )}
      <PaneSections loader={loader} />
      <section className={styles.apply} aria-labelledby="crm-apply-heading">
        <Subtitle1 as="h2" id="crm-apply-heading">
          {t.applyHeading}
        </Subtitle1>
        <ApplySection />
      </section>
    </main>
  );
}
