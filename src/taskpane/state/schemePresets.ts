import { PRESET_IDS, presetIdOf, presets, type SchemeSpec, type TierSpec } from "../../engine";
import { defaultTierLabel, isDefaultTierLabel, type Locale } from "../../i18n";

/** The picker's entries: the engine's presets (ids defined once, in the engine's scheme files). */
export { PRESET_IDS };
export type PresetId = string;

export function isPresetId(value: string): value is PresetId {
  return PRESET_IDS.includes(value);
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

/** A fresh scheme for a preset with its default labels in `locale` (the first preset for an unknown id). */
export function schemeForPreset(id: PresetId, locale: Locale): SchemeSpec {
  const all = presets();
  const scheme = (all.find((p) => p.id === id) ?? all[0]).scheme;
  return relabelScheme(scheme, locale);
}

/** Which preset a saved scheme came from. */
export function presetIdOfScheme(scheme: SchemeSpec): PresetId {
  return presetIdOf(scheme);
}
