import { abcByCumulativeValue } from "../analyses/abc";
import { buyersOf, isBuyer } from "../buyers";
import { addMonths } from "../parse/excelDate";
import {
  ABC_COUNT_CUTOFFS,
  ABC_GROWTH_MIN,
  ABC_GROWTH_TOP_SHARE,
  ABC_TIERS,
  ABC_VALUE_CUTOFFS,
  copyTiers,
} from "./presets";
import { assignRankTiers } from "./rankTiers";
import type { TierSpec } from "../types";
import { defineScheme, type SchemeContext } from "./schemeContext";
import { finiteField, finiteList } from "./specFields";

export interface AbcSpec {
  kind: "abc";
  mode: "count" | "value" | "growth";
  tiers: TierSpec[];
  /** count: cumulative customer shares (default [0.2, 0.5]); value: cumulative revenue cut-offs (default [0.8, 0.95]). */
  cutoffs?: number[];
  /** growth: minimum yearly growth for B (default 0.1). */
  minGrowth?: number;
  /** growth: top share for A (default 0.2). */
  topShare?: number;
}

const MODES = ["count", "value", "growth"] as const;
const PRESET_OF_MODE = { count: "abcCount", value: "abcValue", growth: "abcGrowth" } as const;

/** ABC classes: by count (rank rule), by cumulative value, or by the seed's growth rule. */
export const abcScheme = defineScheme<AbcSpec>({
  kind: "abc",
  defaultTiers: ABC_TIERS,
  fixedTierCount: true,
  needs: [],
  presets: MODES.map((mode) => ({
    id: PRESET_OF_MODE[mode],
    make: (): AbcSpec => ({ kind: "abc", mode, tiers: copyTiers(ABC_TIERS) }),
  })),
  presetOf: (spec) => PRESET_OF_MODE[spec.mode] ?? PRESET_OF_MODE.growth,
  editing: () => "names",
  normalize(given, out) {
    if (!MODES.includes(given.mode as AbcSpec["mode"])) out.mode = "value";
    finiteList(given, out, "cutoffs");
    finiteField(given, out, "minGrowth");
    finiteField(given, out, "topShare");
  },
  run(ctx, spec, tiers) {
    const { revenue } = ctx.customers;
    if (spec.mode === "count") {
      const cutoffs = spec.cutoffs ?? ABC_COUNT_CUTOFFS;
      return { tiers, tier: assignRankTiers(revenue, [...cutoffs, 1], buyersOf(revenue)) };
    }
    if (spec.mode === "value")
      return { tiers, tier: abcByCumulativeValue(revenue, spec.cutoffs ?? ABC_VALUE_CUTOFFS) };
    const tier = abcByGrowth(
      ctx,
      spec.minGrowth ?? ABC_GROWTH_MIN,
      spec.topShare ?? ABC_GROWTH_TOP_SHARE
    );
    return { tiers, tier };
  },
});

/**
 * The seed's rule: A = agents and the top 20% by revenue (rank rule); B = revenue grew by at least
 * minGrowth in each of the last two years (three 12-month windows ending at the period end); C = the rest.
 */
function abcByGrowth(ctx: SchemeContext, minGrowth: number, topShare: number): Int32Array {
  const { customers, period } = ctx;
  const tier = assignRankTiers(customers.revenue, [topShare, 1], buyersOf(customers.revenue));
  if (!period) {
    ctx.warnings.push({ code: "abcGrowthNeedsDates", params: {} });
    for (let c = 0; c < customers.count; c++) if (tier[c] === 1) tier[c] = 2;
  } else {
    const starts = [-12, -24, -36].map((months) => addMonths(period.end, months) + 1);
    const { sums, earliest } = ctx.revenueInWindows(starts, period.end + 1);
    if (earliest >= starts[1]) ctx.warnings.push({ code: "abcGrowthShortHistory", params: {} });
    const [y0, y1, y2] = sums;
    const factor = 1 + minGrowth;
    for (let c = 0; c < customers.count; c++) {
      const grew = isBuyer(y2[c]) && y1[c] >= y2[c] * factor && y0[c] >= y1[c] * factor;
      if (tier[c] === 1 && !grew) tier[c] = 2;
    }
  }
  const { agent, everBought } = customers;
  for (let c = 0; c < customers.count; c++) if (agent[c] && everBought[c]) tier[c] = 0;
  return tier;
}
