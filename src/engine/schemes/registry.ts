import { abcScheme } from "./abcScheme";
import { customScheme } from "./customScheme";
import { keyScheme } from "./keyScheme";
import { pyramidScheme } from "./pyramidScheme";
import { rfmScheme } from "./rfmScheme";
import type { SchemeDefinition, SchemeSpecBase } from "./schemeContext";
import { thresholdsScheme } from "./thresholdsScheme";
import { valueMatrixScheme } from "./valueMatrixScheme";
import type { TierSpec } from "../types";

/** Every scheme kind, one line each, in the pane's picker order (see schemeContext.ts: SchemeDefinition). */
export const SCHEMES = [
  pyramidScheme,
  keyScheme,
  thresholdsScheme,
  abcScheme,
  valueMatrixScheme,
  rfmScheme,
  customScheme,
] as const;

type SpecOf<D> = D extends SchemeDefinition<infer S> ? S : never;

/** A scheme as a set-up gives it: one of the registry's spec types, told apart by `kind`. */
export type SchemeSpec = SpecOf<(typeof SCHEMES)[number]>;

const BY_KIND = new Map<string, SchemeDefinition<SchemeSpec>>(
  SCHEMES.map((d) => [d.kind, d as unknown as SchemeDefinition<SchemeSpec>])
);

/** The definition of `kind`; undefined for a kind the registry does not know. */
export function schemeDefinition(kind: string): SchemeDefinition<SchemeSpec> | undefined {
  return BY_KIND.get(kind);
}

export const SCHEME_KINDS: readonly string[] = SCHEMES.map((d) => d.kind);

/** A scheme's buyer tiers, falling back to its defaults when the set-up gives none (or the wrong count). */
export function schemeTiers(scheme: SchemeSpecBase): TierSpec[] {
  const d = schemeDefinition(scheme.kind) ?? pyramidScheme;
  const given = Array.isArray(scheme.tiers) ? scheme.tiers : [];
  const fits = d.fixedTierCount ? given.length === d.defaultTiers.length : given.length > 0;
  return fits ? given : (d.defaultTiers as TierSpec[]);
}

export interface Preset {
  id: string;
  scheme: SchemeSpec;
}

/** Every preset id, in the picker's order (ids are defined once: in the scheme files). */
export const PRESET_IDS: readonly string[] = SCHEMES.flatMap((d) => d.presets.map((p) => p.id));

/** Ready-made schemes for the pane's picker (fresh copies, safe to edit). */
export function presets(): Preset[] {
  return SCHEMES.flatMap((d) =>
    d.presets.map((p) => ({ id: p.id, scheme: p.make() as SchemeSpec }))
  );
}

/** Which preset a scheme came from (its kind's first preset unless the kind says otherwise). */
export function presetIdOf(scheme: SchemeSpec): string {
  const d = schemeDefinition(scheme.kind) ?? pyramidScheme;
  return d.presetOf ? d.presetOf(scheme) : d.presets[0].id;
}
