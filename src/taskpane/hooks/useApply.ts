import * as React from "react";
import { buildRunSetup } from "../state/buildRunSetup";
import { usePane } from "../state/PaneContext";
import { withWhatIf } from "../insights/whatIfForShare";
import { adapterMessageOf } from "../../excel/adapterMessages";

export interface ApplyControls {
  /** Write the results; `overwrite` only after the user said yes to overwriting occupied cells. */
  apply(overwrite?: boolean): Promise<void>;
  cancel(): void;
  /** The user chose to keep occupied cells. */
  keep(): void;
  canApply: boolean;
}

export function useApply(): ApplyControls {
  const { state, dispatch, gateway } = usePane();
  const controller = React.useRef<AbortController | null>(null);
  const { result } = state.preview;
  const { data } = state.source;
  const canApply =
    state.preview.status === "ready" &&
    result !== null &&
    data !== null &&
    state.apply.status !== "running";

  const apply = React.useCallback(
    async (overwrite = false) => {
      const setup = buildRunSetup(state, result);
      if (!setup || !result || !data) return;
      const abort = new AbortController();
      controller.current = abort;
      dispatch({ type: "apply/running" });
      try {
        const outcome = await gateway.applyResult(
          setup,
          data,
          withWhatIf(result, state.options.whatIfShare),
          {
            overwrite,
            signal: abort.signal,
          }
        );
        dispatch({ type: "apply/outcome", outcome });
      } catch (error) {
        dispatch({
          type: "apply/outcome",
          outcome: abort.signal.aborted
            ? { ok: false, reason: "cancelled", message: adapterMessageOf(error) }
            : { ok: false, reason: "failed", message: adapterMessageOf(error) },
        });
      } finally {
        if (controller.current === abort) controller.current = null;
      }
    },
    [state, result, data, gateway, dispatch]
  );

  const cancel = React.useCallback(() => controller.current?.abort(), []);
  const keep = React.useCallback(() => dispatch({ type: "apply/kept" }), [dispatch]);
  return { apply, cancel, keep, canApply };
}
