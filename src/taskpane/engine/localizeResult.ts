import type { TieringResult } from "../../engine";
import { defaultTierLabel, type Locale } from "../../i18n";
import { fromTieringData, toTieringData } from "./tieringData";

/**
 * The engine names the groups below the ranked tiers (Inactive, Prospect, Suspect) in English and the
 * set-up cannot rename them, so the pane relabels them by key in the pane's language. The result's
 * row labels are rebuilt from the relabelled tiers, so the tier column written says the same.
 */
export function localizeResult(result: TieringResult, locale: Locale): TieringResult {
  const data = toTieringData(result);
  const label = (key: string, group: string, current: string): string =>
    group === "ranked" ? current : (defaultTierLabel(key, locale) ?? current);
  return fromTieringData({
    ...data,
    tiers: data.tiers.map((t) => ({ ...t, label: label(t.key, t.group, t.label) })),
    summary: {
      ...data.summary,
      rows: data.summary.rows.map((r) => ({ ...r, label: label(r.key, r.group, r.label) })),
    },
  });
}
