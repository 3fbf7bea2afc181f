import {
  schemeDefinition,
  type RankTierSpec,
  type SchemeSpec,
  type ThresholdTierSpec,
  type TierEditing,
  type TierSpec,
} from "../../engine";

/** A tier as the editor handles it: any scheme's tier, share and bound optional. */
export type AnyTier = TierSpec & Partial<RankTierSpec & ThresholdTierSpec>;

/** What the editor edits besides names, as the scheme's registry entry says. */
export function tierEditing(scheme: SchemeSpec): TierEditing {
  return schemeDefinition(scheme.kind)?.editing(scheme) ?? "names";
}

/** The scheme with tier `index` patched. */
export function patchTier(scheme: SchemeSpec, index: number, patch: Partial<AnyTier>): SchemeSpec {
  const tiers = scheme.tiers as AnyTier[];
  return {
    ...scheme,
    tiers: tiers.map((tier, i) => (i === index ? { ...tier, ...patch } : tier)),
  } as SchemeSpec;
}

/**
 * The scheme with a tier added last (it takes the rest), named by `labelOf(key)`: the previous last tier
 * gets an explicit share or bound.
 */
export function addTier(scheme: SchemeSpec, labelOf: (key: string) => string): SchemeSpec {
  const tiers = scheme.tiers as AnyTier[];
  const shares = tierEditing(scheme) === "shares";
  const used = new Set(tiers.map((tier) => tier.key));
  let n = tiers.length + 1;
  while (used.has(`tier${n}`)) n++;
  const key = `tier${n}`;
  const label = labelOf(key);
  const added: AnyTier = shares ? { key, label, share: 0 } : { key, label };
  const last = tiers.length - 1;
  const previous = tiers.map((tier, i) =>
    i === last
      ? shares
        ? { ...tier, share: tier.share ?? 0 }
        : { ...tier, min: tier.min ?? 0 }
      : tier
  );
  return { ...scheme, tiers: [...previous, added] } as SchemeSpec;
}

/** A custom scheme in `mode`: names kept; shares split evenly when switching to shares. */
export function customInMode(tiers: readonly AnyTier[], mode: "shares" | "thresholds"): SchemeSpec {
  const named = tiers.map(({ key, label }) => ({ key, label }));
  return mode === "thresholds"
    ? { kind: "custom", mode, tiers: named }
    : { kind: "custom", mode, tiers: named.map((t) => ({ ...t, share: 1 / tiers.length })) };
}
