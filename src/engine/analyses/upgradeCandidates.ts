import { growthRate, previousRevenueOf, type RevenueSnapshot } from "./periodGrowth";
import { selectTop } from "./selectTop";
import type { KeyRule } from "../ids/keyRule";
import type { TierInfo } from "../types";

// The method's observation 4 ("5–10% of Small customers have high potential to move up at once"): per
// ranked tier, who is closest to the next tier up and who grows fastest. Results are plain data.

/** What the analysis reads from a run (a TieringResult fits). */
export interface UpgradeInput {
  tiers: TierInfo[];
  customers: KeyRule & {
    count: number;
    id: readonly string[];
    name: readonly string[];
    revenue: ArrayLike<number>;
    tier: ArrayLike<number>;
  };
}

export interface UpgradeOptions {
  /** Customers per list and tier (default 10). */
  limit?: number;
  /**
   * A customer is near the next tier when the gap is at most this share of its lower bound (default 0.2).
   * The method gives no figure ("high potential"): the default is our choice.
   */
  maxGapShare?: number;
  /** A run of the previous period (same rows, earlier period end): growth is measured against it. */
  previous?: RevenueSnapshot;
}

export interface UpgradeCandidate {
  /** Customer index in the run. */
  customer: number;
  id: string;
  name: string;
  revenue: number;
  /** Revenue still missing to reach the next tier's lower bound (> 0). */
  gap: number;
  /** Revenue in the previous period; null without one, or when the customer bought nothing in it. */
  previousRevenue: number | null;
  /** (revenue − previous) ÷ previous; null without a previous revenue. */
  growth: number | null;
}

export interface TierUpgrades {
  tier: number;
  key: string;
  customers: number;
  /** The tier one up (tier − 1); null for the top tier. */
  nextTier: number | null;
  /** The next tier's lower bound: its lowest customer's revenue; null for the top tier or an empty next tier. */
  bound: number | null;
  /** Whether every customer of this tier has less revenue than the bound (tiers ranked by revenue). */
  byRevenue: boolean;
  /** Customers near the next tier: 0 < gap ≤ maxGapShare × bound. */
  nearCount: number;
  /** The `limit` customers with the smallest gaps, near or not (so the list names someone to talk to). */
  closest: UpgradeCandidate[];
  /** Customers whose revenue grew against the previous period (null without one), fastest first. */
  growingCount: number | null;
  fastest: UpgradeCandidate[];
}

export interface UpgradeCandidates {
  limit: number;
  maxGapShare: number;
  hasPrevious: boolean;
  /** One entry per ranked tier, best tier first. */
  tiers: TierUpgrades[];
  /** "tiersNotByRevenue" when some tier's customers overlap the bound (e.g. tiers ranked by profit or RFM). */
  codes: UpgradeCode[];
}

export type UpgradeCode = "tiersNotByRevenue";

export const UPGRADE_DEFAULTS = { limit: 10, maxGapShare: 0.2 } as const;

/**
 * bound − revenue, made no smaller than it takes for revenue + gap to reach the bound in floating point
 * (so "revenue + gap" lands in the next tier as the rank rule decides it, whatever the rounding).
 */
export function gapTo(bound: number, revenue: number): number {
  let gap = bound - revenue;
  for (let i = 0; i < 4 && revenue + gap < bound; i++) gap += Math.abs(bound) * Number.EPSILON;
  return gap;
}

/** Lowest and highest revenue of each tier's customers (Infinity / -Infinity when empty). */
function revenueBands(input: UpgradeInput, k: number): { min: number[]; max: number[] } {
  const min = new Array<number>(k).fill(Infinity);
  const max = new Array<number>(k).fill(-Infinity);
  const { tier, revenue, count } = input.customers;
  for (let c = 0; c < count; c++) {
    const t = tier[c];
    if (t < 0 || t >= k) continue;
    min[t] = Math.min(min[t], revenue[c]);
    max[t] = Math.max(max[t], revenue[c]);
  }
  return { min, max };
}

/** Upgrade candidates per ranked tier (see UpgradeCandidates). */
export function upgradeCandidates(
  input: UpgradeInput,
  options: UpgradeOptions = {}
): UpgradeCandidates {
  // A missing, negative or NaN option takes the default.
  const given = (v: number | undefined, fallback: number): number =>
    v !== undefined && v >= 0 ? v : fallback;
  const limit = Math.floor(given(options.limit, UPGRADE_DEFAULTS.limit));
  const maxGapShare = given(options.maxGapShare, UPGRADE_DEFAULTS.maxGapShare);
  const k = input.tiers.filter((t) => t.group === "ranked").length;
  const bands = revenueBands(input, k);
  const previous = options.previous ? previousRevenueOf(input, options.previous) : null;
  const members: number[][] = Array.from({ length: k }, () => []);
  for (let c = 0; c < input.customers.count; c++) {
    const t = input.customers.tier[c];
    if (t >= 0 && t < k) members[t].push(c);
  }
  const tiers = members.map((list, t) => {
    // The next tier's lower bound: its lowest customer's revenue (none when that tier is empty).
    const bound = t > 0 && bands.min[t - 1] < Infinity ? bands.min[t - 1] : null;
    const byRevenue = bound === null || list.length === 0 || bands.max[t] < bound;
    const head = { tier: t, key: input.tiers[t].key, customers: list.length, bound, byRevenue };
    return tierUpgrades(input, head, list, previous, { limit, maxGapShare });
  });
  const codes: UpgradeCode[] = tiers.every((t) => t.byRevenue) ? [] : ["tiersNotByRevenue"];
  return { limit, maxGapShare, hasPrevious: previous !== null, tiers, codes };
}

function candidate(
  input: UpgradeInput,
  c: number,
  gap: number,
  previous: Float64Array | null
): UpgradeCandidate {
  const revenue = input.customers.revenue[c];
  const before = previous && previous[c] === previous[c] ? previous[c] : null;
  return {
    customer: c,
    id: input.customers.id[c],
    name: input.customers.name[c] ?? "",
    revenue,
    gap,
    previousRevenue: before,
    growth: before === null ? null : growthRate(revenue, before),
  };
}

function tierUpgrades(
  input: UpgradeInput,
  head: Pick<TierUpgrades, "tier" | "key" | "customers" | "bound" | "byRevenue">,
  members: number[],
  previous: Float64Array | null,
  settings: { limit: number; maxGapShare: number }
): TierUpgrades {
  const { bound } = head;
  const { limit, maxGapShare } = settings;
  const revenue = input.customers.revenue;
  // Only customers below the bound can move up by raising revenue; the rest stay out of both lists.
  // Typed arrays by customer, not objects: a tier may hold 200,000 customers; objects are made for the listed.
  const gap = new Float64Array(input.customers.count);
  const growth = new Float64Array(input.customers.count);
  const below: number[] = [];
  const growing: number[] = [];
  let nearCount = 0;
  if (bound !== null) {
    const near = maxGapShare * Math.abs(bound);
    for (const c of members) {
      if (!(revenue[c] < bound)) continue;
      below.push(c);
      gap[c] = gapTo(bound, revenue[c]);
      if (gap[c] <= near) nearCount++;
      const rate = previous ? growthRate(revenue[c], previous[c]) : null;
      if (rate !== null && rate > 0) {
        growth[c] = rate;
        growing.push(c);
      }
    }
  }
  // Smaller gap first, then faster growth first; ties keep the customers' order in the data.
  const byGap = (a: number, b: number): number => gap[a] - gap[b] || a - b;
  const byGrowth = (a: number, b: number): number => growth[b] - growth[a] || byGap(a, b);
  const listed = (cs: number[]): UpgradeCandidate[] =>
    cs.map((c) => candidate(input, c, gap[c], previous));
  return {
    ...head,
    nextTier: head.tier > 0 ? head.tier - 1 : null,
    nearCount,
    closest: listed(selectTop(below, limit, byGap)),
    growingCount: previous ? growing.length : null,
    fastest: listed(selectTop(growing, limit, byGrowth)),
  };
}
