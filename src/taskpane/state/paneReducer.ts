import type { PaneAction } from "./paneActions";
import type { PaneState } from "./paneState";
import { isRunAction, runReducer } from "./runReducer";
import { setupReducer } from "./setupReducer";
import { isSourceAction, sourceReducer } from "./sourceReducer";

// One reducer for the pane: every change of set-up, data, result and status goes through here, so the
// RunSetup built from the state is always what the user sees. Each part of the state has its own
// reducer: the source (sourceReducer), the set-up the user edits (setupReducer), and the preview and
// Apply runs (runReducer).
export function paneReducer(state: PaneState, action: PaneAction): PaneState {
  if (isSourceAction(action)) return sourceReducer(state, action);
  if (isRunAction(action)) return runReducer(state, action);
  return setupReducer(state, action);
}
