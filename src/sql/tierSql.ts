import { cumulativeShares } from "../engine/schemes/rankTiers";
import { schemeTiers } from "../engine/schemes/registry";
import { ABC_COUNT_CUTOFFS } from "../engine/schemes/presets";
import type { RankBasis, SchemeSpec, TierSpec } from "../engine/types";
import type { DialectRules } from "./dialects";
import type { SqlRefusal } from "./sqlRefusal";

/** How the query tiers a buyer: by rank limits over cumulative shares, or by lower bounds. */
export type TierRule =
  | { kind: "rank"; labels: string[]; cumulative: number[]; basis: RankBasis }
  | { kind: "min"; labels: string[]; mins: (number | undefined)[]; basis: RankBasis };

const labelsOf = (tiers: TierSpec[]) => tiers.map((t) => t.label);

/** The set-up's scheme as a tier rule, or the refusal of a scheme SQL cannot tier as the engine does. */
export function tierRuleOf(scheme: SchemeSpec): TierRule | SqlRefusal {
  const tiers = schemeTiers(scheme);
  const basis: RankBasis = "basis" in scheme && scheme.basis === "profit" ? "profit" : "revenue";
  const shares = (ts: TierSpec[]) => (ts as unknown as { share: number }[]).map((t) => t.share);
  const mins = (ts: TierSpec[]) =>
    (ts as unknown as { min?: number }[]).map((t) =>
      t.min !== undefined && Number.isFinite(t.min) ? t.min : undefined
    );
  switch (scheme.kind) {
    case "pyramid":
    case "key":
      return {
        kind: "rank",
        labels: labelsOf(tiers),
        cumulative: cumulativeShares(shares(tiers)),
        basis,
      };
    case "thresholds":
      return { kind: "min", labels: labelsOf(tiers), mins: mins(tiers), basis };
    case "custom":
      return scheme.mode === "thresholds"
        ? { kind: "min", labels: labelsOf(tiers), mins: mins(tiers), basis }
        : {
            kind: "rank",
            labels: labelsOf(tiers),
            cumulative: cumulativeShares(shares(tiers)),
            basis,
          };
    case "abc":
      if (scheme.mode === "count")
        return {
          kind: "rank",
          labels: labelsOf(tiers),
          cumulative: [...(scheme.cutoffs ?? ABC_COUNT_CUTOFFS), 1],
          basis: "revenue",
        };
      return { code: "schemeNotInSql", params: { scheme: `abc/${scheme.mode}` } };
    default:
      return { code: "schemeNotInSql", params: { scheme: scheme.kind } };
  }
}

/** A number as a double literal (JavaScript prints the shortest text that reads back as the same double). */
export const doubleLiteral = (d: DialectRules, x: number): string =>
  `CAST(${String(x)} AS ${d.double})`;

/**
 * The tier label of a ranked buyer (columns `rank`, `basis_value`; `buyers` = N): rank ≤ round(s·N) half up,
 * as roundHalfUp does it (the product snapped to 9 decimals, then floor(x + 0.5)), or value ≥ the bound.
 */
export function buyerTierSql(d: DialectRules, rule: TierRule): string {
  const last = rule.labels.length - 1;
  const whens: string[] = [];
  for (let k = 0; k < last; k++) {
    if (rule.kind === "rank") {
      const s = rule.cumulative[k];
      const product = `${doubleLiteral(d, Number.isFinite(s) ? s : 0)} * CAST(buyers AS ${d.double})`;
      const [e9, half] = [doubleLiteral(d, 1e9), doubleLiteral(d, 0.5)];
      const limit = `LEAST(buyers, FLOOR(FLOOR(${product} * ${e9} + ${half}) / ${e9} + ${half}))`;
      whens.push(`WHEN rank <= ${limit} THEN ${d.text(rule.labels[k])}`);
    } else {
      const min = rule.mins[k];
      if (min !== undefined)
        whens.push(`WHEN basis_value >= ${doubleLiteral(d, min)} THEN ${d.text(rule.labels[k])}`);
    }
  }
  return `CASE ${whens.join(" ")} ELSE ${d.text(rule.labels[last] ?? "")} END`;
}
