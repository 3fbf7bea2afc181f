import * as React from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
} from "@fluentui/react-components";
import type { SourceLoader } from "./hooks/useSourceLoader";
import { usePane } from "./state/PaneContext";
import { InsightsSection } from "./sections/InsightsSection";
import { PreviewSection } from "./sections/PreviewSection";
import { ProblemsSection } from "./sections/ProblemsSection";
import { SchemeSection } from "./sections/SchemeSection";
import { SourceSection } from "./sections/SourceSection";
import { SqlSection } from "./sections/SqlSection";

const OPEN_AT_START = ["source", "scheme", "preview"];

function Item(props: {
  value: string;
  heading: React.ReactNode;
  children: React.ReactNode;
}): React.JSX.Element {
  return (
    <AccordionItem value={props.value}>
      <AccordionHeader as="h2">{props.heading}</AccordionHeader>
      <AccordionPanel>{props.children}</AccordionPanel>
    </AccordionItem>
  );
}

/** Source, Scheme, Preview, Insights, Problems and the warehouse SQL, in an accordion so the narrow pane stays tidy. */
export function PaneSections({ loader }: { loader: SourceLoader }): React.JSX.Element {
  const { state, gateway, t, fmt } = usePane();
  const { data } = state.source;
  const { result } = state.preview;
  const problems = React.useMemo(
    () => (data && result ? gateway.problemCells(data, result) : []),
    [gateway, data, result]
  );
  const problemsHeading = result
    ? t.headingWithCount(t.problemsHeading, fmt.integer(problems.length))
    : t.problemsHeading;
  return (
    <Accordion multiple collapsible defaultOpenItems={OPEN_AT_START}>
      <Item value="source" heading={t.sourceHeading}>
        <SourceSection loader={loader} />
      </Item>
      <Item value="scheme" heading={t.schemeHeading}>
        <SchemeSection />
      </Item>
      <Item value="preview" heading={t.previewHeading}>
        <PreviewSection />
      </Item>
      <Item value="insights" heading={t.insightsHeading}>
        <InsightsSection />
      </Item>
      <Item value="problems" heading={problemsHeading}>
        <ProblemsSection problems={problems} />
      </Item>
      <Item value="sql" heading={t.sqlHeading}>
        <SqlSection />
      </Item>
    </Accordion>
  );
}
