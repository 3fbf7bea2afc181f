import type { RankTierSpec, ThresholdTierSpec, TierSpec } from "../types";

// Every label and share the product ships with lives in this one table. Keys are stable (translation layers
// relabel by key); labels are the English defaults. Order is always best tier first.

export const PYRAMID_TIERS: RankTierSpec[] = [
  { key: "vip", label: "VIP", share: 0.01 },
  { key: "large", label: "Large", share: 0.04 },
  { key: "medium", label: "Medium", share: 0.15 },
  { key: "small", label: "Small", share: 0.8 },
];

/** Groups below the ranked tiers, appended to every scheme's tiers in this order. */
export const NON_BUYER_TIERS: TierSpec[] = [
  { key: "inactive", label: "Inactive" },
  { key: "prospect", label: "Prospect" },
  { key: "suspect", label: "Suspect" },
];

export const KEY_CUSTOMER_TIERS: RankTierSpec[] = [
  { key: "key", label: "Key", share: 0.01 },
  { key: "major", label: "Major", share: 0.19 },
  { key: "normal", label: "Normal", share: 0.3 },
  { key: "small", label: "Small", share: 0.5 },
];

/** The seed's revenue bands (lower bound inclusive). */
export const SEED_THRESHOLD_TIERS: ThresholdTierSpec[] = [
  { key: "vip", label: "VIP", min: 58900 },
  { key: "large", label: "Large", min: 19000 },
  { key: "medium", label: "Medium", min: 4820 },
  { key: "small", label: "Small" },
];

export const ABC_TIERS: TierSpec[] = [
  { key: "a", label: "A" },
  { key: "b", label: "B" },
  { key: "c", label: "C" },
];
/** ABC by count: A = top 20%, B = next 30%, C = rest (cumulative customer shares). */
export const ABC_COUNT_CUTOFFS = [0.2, 0.5];
/** ABC by cumulative value: A up to 80% of revenue, B up to 95%, C the rest. */
export const ABC_VALUE_CUTOFFS = [0.8, 0.95];
export const ABC_GROWTH_MIN = 0.1;
export const ABC_GROWTH_TOP_SHARE = 0.2;

/** Value matrix quadrants (perceived value × lifetime value), best first; customers without a score last. */
export const VALUE_MATRIX_TIERS: TierSpec[] = [
  { key: "ideal", label: "Ideal" }, // IV: high CPV, high CLV
  { key: "potential", label: "Potential" }, // II: low CPV, high CLV
  { key: "problem", label: "Problem" }, // III: high CPV, low CLV
  { key: "chickenRib", label: "Chicken rib" }, // I: low CPV, low CLV
  { key: "unscored", label: "No score" },
];

export const DEFAULT_CLV = { retention: 0.8, discount: 0.1 };

export const DEFAULT_PERIOD_MONTHS = 12;
export const PARETO_TOPS = [0.01, 0.05, 0.2];
export const PARETO_TARGET = 0.8;

/** Budget split of the seed (a beauty chain): 50/40/10. */
export const SEED_BUDGET_PERCENTAGES = [0.5, 0.4, 0.1];

/** Fresh copies of a tier table (safe to edit). */
export const copyTiers = <T extends object>(tiers: readonly T[]): T[] =>
  tiers.map((t) => ({ ...t }));

/**
 * The slide's observation 5 ("2% of Small customers moving up"): its pyramid 21/85/319/1,701 becomes
 * 29/95/337/1,665, i.e. +8/+10/+18/−36. As tier moves that is a cascade across the boundaries:
 * 36 Small → Medium, 18 Medium → Large, 8 Large → VIP (tier indices of the pyramid preset).
 * A plain "2% of Small up one tier" (34 customers, Small → Medium only) gives 21/85/353/1,667 instead.
 */
export const SEED_WHAT_IF_MOVES = [
  { from: 3, to: 2, count: 36 },
  { from: 2, to: 1, count: 18 },
  { from: 1, to: 0, count: 8 },
];
