import type { PaneAction } from "./paneActions";
import type { PaneState } from "./paneState";
import { presetIdOfScheme, relabelScheme, schemeForPreset } from "./schemePresets";

// One reducer for the pane: every change of set-up, data, result and status goes through here, so the
// RunSetup built from the state is always what the user sees.
export function paneReducer(state: PaneState, action: PaneAction): PaneState {
  switch (action.type) {
    case "locale":
      return {
        ...state,
        locale: action.locale,
        scheme: relabelScheme(state.scheme, action.locale),
        output: { ...state.output, language: action.locale },
      };
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
    case "mapping/set": {
      const mapping = { ...state.mapping.mapping };
      // A column plays one role: choosing it for this role takes it from any other.
      for (const role of Object.keys(mapping) as (keyof typeof mapping)[]) {
        if (action.column !== undefined && mapping[role] === action.column) delete mapping[role];
      }
      if (action.column === undefined) delete mapping[action.role];
      else mapping[action.role] = action.column;
      return {
        ...state,
        mapping: {
          ...state.mapping,
          mapping,
          manual: { ...state.mapping.manual, [action.role]: true },
        },
        apply: { status: "idle", outcome: null },
      };
    }
    case "preset":
      return {
        ...state,
        presetId: action.id,
        scheme: schemeForPreset(action.id, state.locale),
        apply: { status: "idle", outcome: null },
      };
    case "scheme":
      return { ...state, scheme: action.scheme, apply: { status: "idle", outcome: null } };
    case "options":
      return { ...state, options: { ...state.options, ...action.patch } };
    case "setup/restore": {
      const { setup } = action;
      const period = setup.tiering.options?.period;
      const move = setup.tiering.options?.whatIf?.[0];
      return {
        ...state,
        mapping: { mapping: { ...setup.tiering.mapping }, confidence: {}, manual: {} },
        presetId: presetIdOfScheme(setup.tiering.scheme),
        scheme: setup.tiering.scheme,
        options: {
          ...state.options,
          periodMonths: period?.months ?? state.options.periodMonths,
          periodEnd: period?.end ?? null,
          whatIfShare: move?.share ?? state.options.whatIfShare,
          includeHiddenRows: setup.includeHiddenRows,
        },
        output: { ...setup.output, language: state.locale },
      };
    }
    case "preview/running":
      return { ...state, preview: { ...state.preview, status: "running", error: null } };
    case "preview/ready":
      return { ...state, preview: { status: "ready", result: action.result, error: null } };
    case "preview/failed":
      return { ...state, preview: { status: "error", result: null, error: action.error } };
    case "apply/running":
      return { ...state, apply: { status: "running", outcome: null } };
    case "apply/outcome": {
      const { outcome } = action;
      const status = outcome.ok
        ? "done"
        : outcome.reason === "occupied"
          ? "confirm"
          : outcome.reason === "cancelled"
            ? "cancelled"
            : "failed";
      return { ...state, apply: { status, outcome } };
    }
    case "apply/kept":
      return { ...state, apply: { status: "kept", outcome: state.apply.outcome } };
    default:
      return state;
  }
}
