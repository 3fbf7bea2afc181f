/* The `scheme` and `labels` arguments of CRM.TIER / CRM.TIERS: a preset name or cumulative shares,
   resolved to what the engine needs. Shares, labels and cut-offs come from the engine's presets. */
import {
  ABC_VALUE_CUTOFFS,
  cumulativeShares,
  NON_BUYER_TIERS,
  schemeDefinition,
  type RankTierSpec,
  type TierSpec,
} from "../engine";
import { errorValueOf, listArg, positionalListArg } from "./args";
import { numError, valueError } from "./errors";

/** Label of values ≤ 0: the engine's first non-buyer group ("Inactive"). */
export const INACTIVE_LABEL = NON_BUYER_TIERS[0].label;

export type ResolvedScheme =
  | {
      kind: "rank";
      /** Cumulative shares ending at 1, e.g. [0.01, 0.05, 0.2, 1]. */
      cumulative: number[];
      labels: string[];
      inactive: string;
      /** Identifies the computation (not the labels) for the population cache. */
      key: string;
    }
  | { kind: "abc"; cutoffs: number[]; labels: string[]; inactive: string; key: string };

const rankScheme = (cumulative: number[], labels: string[]): ResolvedScheme => ({
  kind: "rank",
  cumulative,
  labels,
  inactive: INACTIVE_LABEL,
  key: `rank:${cumulative.join(",")}`,
});

/** A scheme kind's default tiers, from the engine's scheme registry. */
const defaultTiers = (kind: string): readonly TierSpec[] =>
  schemeDefinition(kind)?.defaultTiers ?? [];

/** A rank scheme from a registry kind's default shares and labels. */
const registryRankScheme = (kind: "pyramid" | "key"): ResolvedScheme => {
  const tiers = defaultTiers(kind) as readonly RankTierSpec[];
  return rankScheme(
    cumulativeShares(tiers.map((t) => t.share)),
    tiers.map((t) => t.label)
  );
};

/** An ABC scheme by cumulative value with the given cut-offs (default the engine's 80% / 95%). */
export const abcScheme = (cutoffs: number[] = [...ABC_VALUE_CUTOFFS]): ResolvedScheme => ({
  kind: "abc",
  cutoffs,
  labels: defaultTiers("abc").map((t) => t.label),
  inactive: INACTIVE_LABEL,
  key: `abc:${cutoffs.join(",")}`,
});

/** The presets, resolved once (a copied-down formula resolves its scheme on every call). */
const PRESETS: Record<string, ResolvedScheme> = {
  pyramid: registryRankScheme("pyramid"),
  key: registryRankScheme("key"),
  abc: abcScheme(),
};

function preset(name: string): ResolvedScheme | undefined {
  const key = name.trim().toLowerCase();
  return Object.prototype.hasOwnProperty.call(PRESETS, key) ? PRESETS[key] : undefined;
}

/** Default names of a custom share scheme's tiers (the engine has none for custom schemes). */
export const customTierLabel = (k: number): string => `Tier ${k + 1}`;

function sharesScheme(cells: unknown[]): ResolvedScheme {
  const shares: number[] = [];
  for (const cell of cells) {
    if (typeof cell !== "number" || !Number.isFinite(cell)) {
      throw valueError(
        `scheme must be "pyramid", "key", "abc" or cumulative shares such as {0.01,0.05,0.2}; ` +
          `got ${typeof cell === "string" ? `"${cell}"` : (errorValueOf(cell) ?? String(cell))} among the shares.`
      );
    }
    shares.push(cell);
  }
  for (let k = 0; k < shares.length; k++) {
    const s = shares[k];
    if (s > 1) {
      throw numError(`scheme shares are fractions (0.2, not 20); got ${s}.`);
    }
    if (s <= 0) throw numError(`scheme shares must be more than 0; got ${s}.`);
    if (k > 0 && s <= shares[k - 1]) {
      throw numError(
        `scheme shares are cumulative and must increase (e.g. {0.01,0.05,0.2}); ${s} follows ${shares[k - 1]}.`
      );
    }
  }
  // The last tier always takes the rest: a final 1 is implied.
  const cumulative = shares[shares.length - 1] === 1 ? shares : [...shares, 1];
  return rankScheme(
    cumulative,
    cumulative.map((_, k) => customTierLabel(k))
  );
}

/**
 * Resolves the optional `scheme` and `labels` arguments. `labels` replaces the tier names in order;
 * one name more than the scheme has tiers also renames "Inactive" (values ≤ 0).
 */
export function resolveScheme(schemeArg: unknown, labelsArg: unknown): ResolvedScheme {
  const cells = listArg(schemeArg);
  let scheme: ResolvedScheme;
  if (cells.length === 0) {
    scheme = PRESETS.pyramid;
  } else if (cells.length === 1 && typeof cells[0] === "string") {
    const found = preset(cells[0]);
    if (!found) {
      throw valueError(
        `scheme "${cells[0]}" is not known: use "pyramid", "key", "abc" or cumulative shares such as {0.01,0.05,0.2}.`
      );
    }
    scheme = found;
  } else {
    scheme = sharesScheme(cells);
  }
  return withLabels(scheme, labelsArg);
}

/**
 * Applies a `labels` argument to a scheme (see resolveScheme). Names keep their places: a blank cell
 * among them keeps that tier's own name ({"VIP","","Medium"} renames tiers 1 and 3 only), so a blank
 * never shifts the names after it; blank cells after the last name are ignored.
 */
export function withLabels(scheme: ResolvedScheme, labelsArg: unknown): ResolvedScheme {
  if (labelsArg === null || labelsArg === undefined) return scheme;
  const names = positionalListArg(labelsArg).map((cell) =>
    typeof cell === "string" ? cell.trim() : cell
  );
  if (names.length === 0) return scheme;
  const tiers = scheme.labels.length;
  if (names.length !== tiers && names.length !== tiers + 1) {
    throw valueError(
      `labels gives ${names.length} names but the scheme has ${tiers} tiers: give ${tiers} names, ` +
        `or ${tiers + 1} to rename "${scheme.inactive}" too.`
    );
  }
  const defaults = [...scheme.labels, scheme.inactive];
  const text = names.map((name, k) => {
    if (name === null) return defaults[k];
    if (typeof name === "number" || typeof name === "string") return String(name);
    const error = errorValueOf(name);
    throw valueError(`labels must be text; got ${error ?? String(name)}.`);
  });
  return {
    ...scheme,
    labels: text.slice(0, tiers),
    inactive: text.length > tiers ? text[tiers] : scheme.inactive,
  };
}
