import type { PaneAction } from "./paneActions";
import type { PaneState } from "./paneState";

export type SourceAction = Extract<PaneAction, { type: `source/${string}` }>;

export function isSourceAction(action: PaneAction): action is SourceAction {
  return action.type.startsWith("source/");
}

/** Reading the source: describe it, read it in blocks, detect its columns, or say why not. */
export function sourceReducer(state: PaneState, action: SourceAction): PaneState {
  switch (action.type) {
    case "source/describing":
      return {
        ...state,
        source: { ...state.source, status: "describing", error: null, progress: null },
        apply: { status: "idle", outcome: null },
      };
    case "source/reading":
      return {
        ...state,
        source: { status: "reading", info: action.info, data: null, error: null, progress: null },
        preview: { status: "idle", result: null, error: null },
      };
    case "source/progress":
      return {
        ...state,
        source: { ...state.source, progress: { read: action.read, total: action.total } },
      };
    case "source/read":
      return {
        ...state,
        source: {
          status: "ready",
          info: action.data.info,
          data: action.data,
          error: null,
          progress: null,
        },
        mapping: action.detected
          ? { mapping: action.detected.mapping, confidence: action.detected.confidence, manual: {} }
          : state.mapping,
      };
    case "source/failed":
      return {
        ...state,
        source: {
          ...state.source,
          status: "error",
          data: null,
          error: { kind: action.kind, detail: action.detail, problem: action.problem },
        },
        preview: { status: "idle", result: null, error: null },
      };
  }
}
