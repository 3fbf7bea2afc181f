import { clv } from "../analyses/clv";
import { median } from "../sort/median";
import { copyTiers, DEFAULT_CLV, VALUE_MATRIX_TIERS } from "./presets";
import type { ClvInputs, TierSpec } from "../types";
import { valueQuadrants } from "../analyses/valueMatrix";
import { defineScheme, type SchemeContext, type SchemeOutcome } from "./schemeContext";
import { finite, finiteField, isObject } from "./specFields";

export interface ValueMatrixSpec {
  kind: "valueMatrix";
  tiers: TierSpec[];
  /** Split points; default the median of each axis. */
  scoreSplit?: number;
  clvSplit?: number;
  clv?: ClvInputs;
}

/** The value matrix: perceived value (score) × lifetime value, four quadrants and "No score". */
export const valueMatrixScheme = defineScheme<ValueMatrixSpec>({
  kind: "valueMatrix",
  defaultTiers: VALUE_MATRIX_TIERS,
  fixedTierCount: true,
  needs: ["score"],
  presets: [
    {
      id: "valueMatrix",
      make: () => ({ kind: "valueMatrix", tiers: copyTiers(VALUE_MATRIX_TIERS) }),
    },
  ],
  editing: () => "names",
  normalize(given, out) {
    finiteField(given, out, "scoreSplit");
    finiteField(given, out, "clvSplit");
    if (!isObject(given.clv)) {
      delete out.clv;
      return;
    }
    const inputs: Record<string, unknown> = {};
    for (const field of ["retention", "discount", "periods"]) {
      const v = finite(given.clv[field]);
      if (v !== undefined) inputs[field] = v;
    }
    if (given.clv.margin === "profit" || given.clv.margin === "revenue")
      inputs.margin = given.clv.margin;
    out.clv = inputs;
  },
  run: valueMatrix,
});

/**
 * Customers with a purchase on record, placed by mean score (CPV) and lifetime value: the CLV column when
 * mapped, else the simple CLV of the period's profit (or revenue without profit). Splits default to the medians.
 * Customers without a score (or CLV) go to the tier after the four quadrants ("No score").
 */
function valueMatrix(ctx: SchemeContext, spec: ValueMatrixSpec, tiers: TierSpec[]): SchemeOutcome {
  const { customers, has } = ctx;
  const n = customers.count;
  const lifetime = new Float64Array(n).fill(NaN);
  const inputs = { ...DEFAULT_CLV, ...spec.clv };
  const useProfit = has.profit && inputs.margin !== "revenue";
  const money = useProfit ? customers.profit : customers.revenue;
  const cpv = new Float64Array(n).fill(NaN);
  for (let c = 0; c < n; c++) {
    if (!customers.everBought[c]) continue;
    cpv[c] = customers.score[c];
    if (has.clv && Number.isFinite(customers.clv[c])) lifetime[c] = customers.clv[c];
    else lifetime[c] = clv(money[c], inputs.retention, inputs.discount, inputs.periods) ?? NaN;
  }
  if (!has.score) ctx.warnings.push({ code: "valueMatrixNeedsScore", params: {} });
  const scored = (c: number): boolean => Number.isFinite(cpv[c]) && Number.isFinite(lifetime[c]);
  const cpvSplit = spec.scoreSplit ?? median(cpv.filter((_, c) => scored(c)));
  const clvSplit = spec.clvSplit ?? median(lifetime.filter((_, c) => scored(c)));
  const tier = valueQuadrants(cpv, lifetime, cpvSplit, clvSplit);
  const unscored = tiers.length - 1;
  for (let c = 0; c < n; c++) if (customers.everBought[c] && tier[c] < 0) tier[c] = unscored;
  return { tiers, tier, clv: lifetime };
}
