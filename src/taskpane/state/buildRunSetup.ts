import {
  CHURN_DEFAULTS,
  moveUpOneTier,
  type ColumnMapping,
  type SchemeSpec,
  type TieringResult,
  type TieringSetup,
} from "../../engine";
import type { RunSetup } from "../../excel/runSetup";
import { defaultTierLabel, type Locale } from "../../i18n";
import type { OptionsState, PaneState } from "./paneState";

/** Number of ranked (buyer) tiers: from the result when there is one, else the scheme's own list. */
export function rankedTierCount(state: PaneState, result: TieringResult | null): number {
  return result
    ? result.tiers.filter((t) => t.group === "ranked").length
    : state.scheme.tiers.length;
}

/**
 * The engine set-up the preview runs. The what-if is left out on purpose: the slider recomputes it from
 * the tier summary (whatIfMigration) without re-running the engine; Apply adds it back.
 */
export function previewTieringSetup(
  mapping: ColumnMapping,
  scheme: SchemeSpec,
  options: Pick<OptionsState, "periodMonths" | "periodEnd">,
  locale: Locale
): TieringSetup {
  const hasDate = mapping.date !== undefined;
  return {
    mapping: { ...mapping },
    scheme,
    options: {
      period: {
        months: options.periodMonths,
        ...(options.periodEnd !== null ? { end: options.periodEnd } : {}),
      },
      ...(hasDate ? { churn: { ...CHURN_DEFAULTS } } : {}),
      groupLabels: groupLabels(locale),
    },
  };
}

/** Inactive / Prospect / Suspect in the pane's language, saved with the set-up so that the
    ribbon's Refresh writes them in the same language without the pane. */
function groupLabels(locale: Locale): { inactive: string; prospect: string; suspect: string } {
  const label = (key: string, fallback: string) => defaultTierLabel(key, locale) ?? fallback;
  return {
    inactive: label("inactive", "Inactive"),
    prospect: label("prospect", "Prospect"),
    suspect: label("suspect", "Suspect"),
  };
}

/** The whole set-up the adapter writes and saves, so the ribbon's Refresh replays exactly this run. */
export function buildRunSetup(state: PaneState, result: TieringResult | null): RunSetup | null {
  const info = state.source.info;
  if (!info) return null;
  const tiering = previewTieringSetup(
    state.mapping.mapping,
    state.scheme,
    state.options,
    state.locale
  );
  const ranked = rankedTierCount(state, result);
  if (ranked >= 2 && state.options.whatIfShare > 0) {
    tiering.options = {
      ...tiering.options,
      whatIf: [moveUpOneTier(ranked - 1, state.options.whatIfShare)],
    };
  }
  return {
    version: 1,
    source: info.ref,
    includeHiddenRows: state.options.includeHiddenRows,
    tiering,
    output: { ...state.output, language: state.locale },
  };
}
