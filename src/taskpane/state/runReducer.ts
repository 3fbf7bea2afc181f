import type { ApplyOutcome } from "../../excel/gateway";
import type { PaneAction } from "./paneActions";
import type { ApplyState, PaneState } from "./paneState";

export type RunAction = Extract<PaneAction, { type: `preview/${string}` | `apply/${string}` }>;

export function isRunAction(action: PaneAction): action is RunAction {
  return action.type.startsWith("preview/") || action.type.startsWith("apply/");
}

/** What Apply's outcome leaves the pane at: an occupied target asks before overwriting. */
function applyStatus(outcome: ApplyOutcome): ApplyState["status"] {
  if (outcome.ok) return "done";
  if (outcome.reason === "occupied") return "confirm";
  return outcome.reason === "cancelled" ? "cancelled" : "failed";
}

/** The preview's run and Apply's write. */
export function runReducer(state: PaneState, action: RunAction): PaneState {
  switch (action.type) {
    case "preview/running":
      return { ...state, preview: { ...state.preview, status: "running", error: null } };
    case "preview/ready":
      return { ...state, preview: { status: "ready", result: action.result, error: null } };
    case "preview/failed":
      return { ...state, preview: { status: "error", result: null, error: action.error } };
    case "apply/running":
      return { ...state, apply: { status: "running", outcome: null } };
    case "apply/outcome":
      return { ...state, apply: { status: applyStatus(action.outcome), outcome: action.outcome } };
    case "apply/kept":
      return { ...state, apply: { status: "kept", outcome: state.apply.outcome } };
  }
}
