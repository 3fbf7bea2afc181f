import * as React from "react";
import { usePane } from "../state/PaneContext";
import type { SourceLoader } from "./useSourceLoader";

/**
 * On opening the pane: replay the workbook's saved set-up if there is one, else read the selection.
 * Returns the path of the damaged field when the saved set-up failed its schema check (named once,
 * then the pane starts afresh).
 */
export function useSavedSetupOnOpen(loader: SourceLoader): string | undefined {
  const { gateway, dispatch } = usePane();
  const [damaged, setDamaged] = React.useState<string | undefined>();
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
  return damaged;
}
