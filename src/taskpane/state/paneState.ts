import type { ColumnMapping, Role, SchemeSpec, TieringResult } from "../../engine";
import type { SourceProblem } from "../../excel/excelErrors";
import type { ApplyOutcome, SourceData, SourceInfo } from "../../excel/gateway";
import type { OutputOptions } from "../../excel/runSetup";
import { DEFAULT_OUTPUT } from "../../excel/runSetup";
import type { Locale } from "../../i18n";
import { schemeForPreset, type PresetId } from "./schemePresets";

/** Reading the source: describe it, then read it in blocks. */
export interface SourceState {
  status: "idle" | "describing" | "reading" | "ready" | "error";
  info: SourceInfo | null;
  data: SourceData | null;
  /**
   * Which step failed; the message shown is chosen by the UI in the current language. `problem`:
   * one the user can fix (several areas, a cell being edited, no data), worded on its own.
   */
  error: { kind: "selection" | "read"; detail: string; problem?: SourceProblem } | null;
  progress: { read: number; total: number } | null;
}

export interface MappingState {
  mapping: ColumnMapping;
  /** Detection confidence 0..1 for detected roles. */
  confidence: Partial<Record<Role, number>>;
  /** Roles the user chose by hand (their confidence no longer applies). */
  manual: Partial<Record<Role, true>>;
}

export interface OptionsState {
  /** Length of the analysed period (months). */
  periodMonths: number;
  /** Period end (Excel serial day); null = the latest date in the data. */
  periodEnd: number | null;
  /** What-if: share (0..1) of the lowest ranked tier moved up one tier. */
  whatIfShare: number;
  includeHiddenRows: boolean;
}

export interface PreviewState {
  status: "idle" | "running" | "ready" | "error";
  result: TieringResult | null;
  error: string | null;
}

export interface ApplyState {
  status: "idle" | "running" | "confirm" | "done" | "failed" | "cancelled" | "kept";
  outcome: ApplyOutcome | null;
}

export interface PaneState {
  locale: Locale;
  source: SourceState;
  mapping: MappingState;
  presetId: PresetId;
  scheme: SchemeSpec;
  options: OptionsState;
  output: OutputOptions;
  preview: PreviewState;
  apply: ApplyState;
}

export const DEFAULT_WHAT_IF_SHARE = 0.02;

export function initialPaneState(locale: Locale): PaneState {
  return {
    locale,
    source: { status: "idle", info: null, data: null, error: null, progress: null },
    mapping: { mapping: {}, confidence: {}, manual: {} },
    presetId: "pyramid",
    scheme: schemeForPreset("pyramid", locale),
    options: {
      periodMonths: 12,
      periodEnd: null,
      whatIfShare: DEFAULT_WHAT_IF_SHARE,
      includeHiddenRows: true,
    },
    output: { ...DEFAULT_OUTPUT, language: locale },
    preview: { status: "idle", result: null, error: null },
    apply: { status: "idle", outcome: null },
  };
}
