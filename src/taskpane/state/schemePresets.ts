import { PYRAMID_TIERS, presets, rfmTiers, type SchemeSpec, type TierSpec } from "../../engine";
import { defaultTierLabel, isDefaultTierLabel, type Locale } from "../../i18n";

/** The picker's entries: the engine's presets plus "custom". */
export const PRESET_IDS = [
  "pyramid",
  "key",
  "thresholds",
  "abcCount",
  "abcValue",
  "abcGrowth",
  "valueMatrix",
  "rfm",
  "custom",
] as const;
export type PresetId = (typeof PRESET_IDS)[number];

export function isPresetId(value: string): value is PresetId {
  return (PRESET_IDS as readonly string[]).includes(value);
}

/** Tier labels in `locale`, except those the user renamed (a label that is no language's default). */
export function relabelTiers<T extends TierSpec>(tiers: readonly T[], locale: Locale): T[] {
  return tiers.map((t) =>
    isDefaultTierLabel(t.key, t.label)
      ? { ...t, label: defaultTierLabel(t.key, locale) ?? t.label }
      : { ...t }
  );
}

export function relabelScheme(scheme: SchemeSpec, locale: Locale): SchemeSpec {
  return { ...scheme, tiers: relabelTiers(scheme.tiers as TierSpec[], locale) } as SchemeSpec;
}

/** A fresh scheme for a preset with its default labels in `locale`. RFM gets its segment list spelt out. */
export function schemeForPreset(id: PresetId, locale: Locale): SchemeSpec {
  if (id === "custom") {
    return relabelScheme(
      { kind: "custom", mode: "shares", tiers: PYRAMID_TIERS.map((t) => ({ ...t })) },
      locale
    );
  }
  const scheme = presets().find((p) => p.id === id)?.scheme ?? {
    kind: "pyramid",
    tiers: PYRAMID_TIERS.map((t) => ({ ...t })),
  };
  if (scheme.kind === "rfm") return { kind: "rfm", tiers: relabelTiers(rfmTiers(), locale) };
  return relabelScheme(scheme, locale);
}

/** Which preset a saved scheme came from (custom when nothing else fits). */
export function presetIdOfScheme(scheme: SchemeSpec): PresetId {
  switch (scheme.kind) {
    case "abc":
      return scheme.mode === "count"
        ? "abcCount"
        : scheme.mode === "value"
          ? "abcValue"
          : "abcGrowth";
    case "pyramid":
    case "key":
    case "thresholds":
    case "valueMatrix":
    case "rfm":
    case "custom":
      return scheme.kind;
    default:
      return "pyramid";
  }
}
