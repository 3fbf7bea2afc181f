import type { Role, SchemeSpec, TieringResult } from "../../engine";
import type { DetectedMapping } from "../../engine";
import type { SourceProblem } from "../../excel/excelErrors";
import type { ApplyOutcome, SourceData, SourceInfo } from "../../excel/gateway";
import type { OutputOptions, RunSetup } from "../../excel/runSetup";
import type { Locale } from "../../i18n";
import type { PresetId } from "./schemePresets";
import type { OptionsState } from "./paneState";

export type PaneAction =
  | { type: "locale"; locale: Locale }
  | { type: "source/describing" }
  | { type: "source/reading"; info: SourceInfo }
  | { type: "source/progress"; read: number; total: number }
  /** `detected` is null when a restored set-up's mapping should be kept. */
  | { type: "source/read"; data: SourceData; detected: DetectedMapping | null }
  | { type: "source/failed"; kind: "selection" | "read"; detail: string; problem?: SourceProblem }
  | { type: "mapping/set"; role: Role; column: number | undefined }
  | { type: "preset"; id: PresetId }
  | { type: "scheme"; scheme: SchemeSpec }
  | { type: "options"; patch: Partial<OptionsState> }
  /** The set-up's currency (ISO 4217); the language switch leaves it alone. */
  | { type: "output/currency"; currency: NonNullable<OutputOptions["currency"]> }
  | { type: "setup/restore"; setup: RunSetup }
  | { type: "preview/running" }
  | { type: "preview/ready"; result: TieringResult }
  | { type: "preview/failed"; error: string }
  | { type: "apply/running" }
  | { type: "apply/outcome"; outcome: ApplyOutcome }
  | { type: "apply/kept" };
