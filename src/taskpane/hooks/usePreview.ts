import * as React from "react";
import { previewTieringSetup } from "../state/buildRunSetup";
import { usePane } from "../state/PaneContext";
import { errorText } from "./errorText";

/**
 * Runs the engine whenever the data, the mapping, the scheme or the period change, so the preview is
 * always the result of what the pane shows. Older runs that finish late are ignored.
 */
export function usePreview(): void {
  const { state, dispatch, runEngine, fmt } = usePane();
  const { data } = state.source;
  const { mapping } = state.mapping;
  const { scheme, locale } = state;
  const { periodMonths, periodEnd } = state.options;
  const latest = React.useRef(0);
  // The formatter words a failure only: a new currency or number locale is no reason to re-run.
  const format = React.useRef(fmt);
  format.current = fmt;

  React.useEffect(() => {
    if (!data || data.rows.length === 0) return;
    if (mapping.customer === undefined || mapping.revenue === undefined) return;
    const run = ++latest.current;
    const setup = previewTieringSetup(mapping, scheme, { periodMonths, periodEnd }, locale);
    dispatch({ type: "preview/running" });
    runEngine(data.rows, setup).then(
      (result) => {
        if (run === latest.current) dispatch({ type: "preview/ready", result });
      },
      (error: unknown) => {
        if (run === latest.current)
          dispatch({ type: "preview/failed", error: errorText(error, format.current) });
      }
    );
  }, [data, mapping, scheme, periodMonths, periodEnd, locale, runEngine, dispatch]);
}
