import type { RunSetup } from "../../excel/runSetup";
import type { PaneAction } from "./paneActions";
import type { PaneState } from "./paneState";
import type { RunAction } from "./runReducer";
import { presetIdOfScheme, relabelScheme, schemeForPreset } from "./schemePresets";
import type { SourceAction } from "./sourceReducer";

export type SetupAction = Exclude<PaneAction, SourceAction | RunAction>;

type MappingSet = Extract<PaneAction, { type: "mapping/set" }>;

/** A column plays one role: choosing it for this role takes it from any other. */
function setMapping(state: PaneState, { role, column }: MappingSet): PaneState {
  const mapping = { ...state.mapping.mapping };
  for (const other of Object.keys(mapping) as (keyof typeof mapping)[]) {
    if (column !== undefined && mapping[other] === column) delete mapping[other];
  }
  if (column === undefined) delete mapping[role];
  else mapping[role] = column;
  return {
    ...state,
    mapping: { ...state.mapping, mapping, manual: { ...state.mapping.manual, [role]: true } },
    apply: { status: "idle", outcome: null },
  };
}

/** The set-up saved in the workbook, shown again (the output in the pane's language). */
function restoreSetup(state: PaneState, setup: RunSetup): PaneState {
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

/** What the user sets up: the language, the columns, the scheme and the options. */
export function setupReducer(state: PaneState, action: SetupAction): PaneState {
  switch (action.type) {
    case "locale":
      return {
        ...state,
        locale: action.locale,
        scheme: relabelScheme(state.scheme, action.locale),
        output: { ...state.output, language: action.locale },
      };
    case "mapping/set":
      return setMapping(state, action);
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
    case "output/currency":
      return { ...state, output: { ...state.output, currency: action.currency } };
    case "setup/restore":
      return restoreSetup(state, action.setup);
    default:
      return state;
  }
}
