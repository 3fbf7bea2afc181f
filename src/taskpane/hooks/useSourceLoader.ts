import * as React from "react";
import { detectMapping } from "../../engine";
import { sourceProblem } from "../../excel/excelErrors";
import type { SourceInfo } from "../../excel/gateway";
import type { RunSetup, SourceRef } from "../../excel/runSetup";
import { usePane } from "../state/PaneContext";
import { errorText } from "./errorText";

export interface SourceLoader {
  /** Describe and read the current selection, detecting the column mapping from its header. */
  readSelection(): Promise<void>;
  /** Read a saved set-up's source, keeping its restored mapping and its hidden-rows choice. */
  readSaved(setup: RunSetup): Promise<void>;
  /** Read the current source again (same range or table, same mapping), e.g. after the
      hidden-rows choice changed. */
  reread(source: SourceRef, includeHiddenRows: boolean): Promise<void>;
}

/** Reading the source through the gateway; a newer read aborts an older one. */
export function useSourceLoader(): SourceLoader {
  const { gateway, dispatch, state, fmt } = usePane();
  const controller = React.useRef<AbortController | null>(null);
  // Read through a ref so a read started right after restoring a set-up uses the restored choice.
  const includeHidden = React.useRef(state.options.includeHiddenRows);
  includeHidden.current = state.options.includeHiddenRows;

  const read = React.useCallback(
    async (describe: () => Promise<SourceInfo>, detect: boolean, includeHiddenRows: boolean) => {
      controller.current?.abort();
      const abort = new AbortController();
      controller.current = abort;
      dispatch({ type: "source/describing" });
      let info: SourceInfo;
      try {
        info = await describe();
      } catch (error) {
        if (!abort.signal.aborted)
          dispatch({
            type: "source/failed",
            kind: "selection",
            detail: errorText(error, fmt),
            problem: sourceProblem(error),
          });
        return;
      }
      if (abort.signal.aborted) return;
      dispatch({ type: "source/reading", info });
      const detected = detect ? detectMapping(info.header) : null;
      if (info.rowCount === 0) {
        // Nothing under the header: no need to read; the pane says so.
        dispatch({ type: "source/read", data: { info, rows: [], checksum: "" }, detected });
        return;
      }
      try {
        const data = await gateway.readSource(info.ref, {
          includeHiddenRows,
          signal: abort.signal,
          onProgress: (rowsRead, rowsTotal) => {
            if (!abort.signal.aborted)
              dispatch({ type: "source/progress", read: rowsRead, total: rowsTotal });
          },
        });
        if (!abort.signal.aborted) dispatch({ type: "source/read", data, detected });
      } catch (error) {
        if (!abort.signal.aborted)
          dispatch({
            type: "source/failed",
            kind: "read",
            detail: errorText(error, fmt),
            problem: sourceProblem(error),
          });
      }
    },
    [gateway, dispatch, fmt]
  );

  React.useEffect(() => () => controller.current?.abort(), []);

  return React.useMemo(
    () => ({
      readSelection: () => read(() => gateway.describeSelection(), true, includeHidden.current),
      readSaved: (setup: RunSetup) =>
        read(() => gateway.describeSource(setup.source), false, setup.includeHiddenRows),
      reread: (source: SourceRef, includeHiddenRows: boolean) =>
        read(() => gateway.describeSource(source), false, includeHiddenRows),
    }),
    [read, gateway]
  );
}
