import * as React from "react";
import {
  MessageBar,
  MessageBarBody,
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  Subtitle1,
  Title3,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { usePreview } from "./hooks/usePreview";
import { useSourceLoader } from "./hooks/useSourceLoader";
import { usePane } from "./state/PaneContext";
import { ApplySection } from "./sections/ApplySection";
import { InsightsSection } from "./sections/InsightsSection";
import { LanguageSwitch } from "./sections/LanguageSwitch";
import { PreviewSection } from "./sections/PreviewSection";
import { ProblemsSection } from "./sections/ProblemsSection";
import { SchemeSection } from "./sections/SchemeSection";
import { SourceSection } from "./sections/SourceSection";

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

const OPEN_AT_START = ["source", "scheme", "preview"];

/**
 * The pane's layout: a header with the language switch, an accordion (so the narrow pane stays tidy)
 * with Source, Scheme, Preview, Insights and Problems, and the Apply bar kept in view at the bottom.
 */
export function Pane(): React.JSX.Element {
  const { state, gateway, dispatch, t, fmt } = usePane();
  const styles = useStyles();
  const loader = useSourceLoader();
  usePreview();

  // A saved set-up that failed its schema check: named once, then the pane starts afresh.
  const [damaged, setDamaged] = React.useState<string | undefined>();

  // On opening: replay the workbook's saved set-up if there is one, else read the selection.
  React.useEffect(() => {
    let stale = false;
    const saved = gateway.inspectSetup
      ? gateway.inspectSetup().then((status) => {
          if (status.status === "corrupt") setDamaged(status.field);
          return status.status === "ok" ? status.setup : null;
        })
      : gateway.loadSetup();
    saved
      .catch(() => null)
      .then((setup) => {
        if (stale) return;
        if (setup) {
          dispatch({ type: "setup/restore", setup });
          void loader.readSaved(setup);
        } else void loader.readSelection();
      });
    return () => {
      stale = true;
    };
    // Once per pane opening; the loader and gateway are stable for the pane's life.
  }, []);

  const { data } = state.source;
  const { result } = state.preview;
  const problems = React.useMemo(
    () => (data && result ? gateway.problemCells(data, result) : []),
    [gateway, data, result]
  );

  return (
    <main className={styles.root} aria-label={t.appTitle} lang={state.locale}>
      <div className={styles.header}>
        <Title3 as="h1">{t.appTitle}</Title3>
        <LanguageSwitch />
      </div>
      <Body1>{t.appIntro}</Body1>
      {damaged !== undefined && (
        <MessageBar intent="warning">
          <MessageBarBody>{t.setupDamaged(damaged)}</MessageBarBody>
        </MessageBar>
      )}
      <Accordion multiple collapsible defaultOpenItems={OPEN_AT_START}>
        <AccordionItem value="source">
          <AccordionHeader as="h2">{t.sourceHeading}</AccordionHeader>
          <AccordionPanel>
            <SourceSection loader={loader} />
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="scheme">
          <AccordionHeader as="h2">{t.schemeHeading}</AccordionHeader>
          <AccordionPanel>
            <SchemeSection />
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="preview">
          <AccordionHeader as="h2">{t.previewHeading}</AccordionHeader>
          <AccordionPanel>
            <PreviewSection />
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="insights">
          <AccordionHeader as="h2">{t.insightsHeading}</AccordionHeader>
          <AccordionPanel>
            <InsightsSection />
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="problems">
          <AccordionHeader as="h2">
            {t.problemsHeading}
            {result ? ` (${fmt.integer(problems.length)})` : ""}
          </AccordionHeader>
          <AccordionPanel>
            <ProblemsSection problems={problems} />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
      <section className={styles.apply} aria-labelledby="crm-apply-heading">
        <Subtitle1 as="h2" id="crm-apply-heading">
          {t.applyHeading}
        </Subtitle1>
        <ApplySection />
      </section>
    </main>
  );
}
