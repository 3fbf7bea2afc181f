import { safeDivide } from "./roi";
import { roundHalfUp } from "../roundHalfUp";
import { snapMoney } from "../snapMoney";
import type { TierMove, TierSummary, WhatIfResult } from "../types";

export interface TierBaseline {
  counts: ArrayLike<number>;
  /** Per-customer averages of each tier; null for profit when unknown. */
  revenuePerCustomer: ArrayLike<number | null>;
  profitPerCustomer: ArrayLike<number | null> | null;
}

/** Customers a move takes: its count, or round(share × the from-tier's baseline count) half up; never more than there are. */
export function movedCount(move: TierMove, baselineCount: number): number {
  const wanted =
    move.count !== undefined
      ? Math.round(move.count)
      : roundHalfUp((move.share ?? 0) * baselineCount);
  return Math.max(0, Math.min(baselineCount, wanted));
}

/** "Move x% of tier t up one tier" as a move. */
export function moveUpOneTier(tier: number, share: number): TierMove {
  return { from: tier, to: tier - 1, share };
}

/**
 * What-if migration: moves are applied together to the baseline counts (each share taken of the baseline),
 * and revenue and profit are recomputed from each tier's per-customer averages.
 */
export function whatIfMigration(base: TierBaseline, moves: readonly TierMove[]): WhatIfResult {
  const k = base.counts.length;
  const before = Array.from(base.counts, Number);
  const after = before.slice();
  for (const move of moves) {
    if (!(move.from >= 0 && move.from < k && move.to >= 0 && move.to < k) || move.from === move.to)
      continue;
    const n = Math.min(movedCount(move, before[move.from]), after[move.from]);
    after[move.from] -= n;
    after[move.to] += n;
  }
  const value = (counts: number[], perCustomer: ArrayLike<number | null>): number =>
    counts.reduce((sum, n, t) => sum + (n > 0 ? n * (perCustomer[t] ?? 0) : 0), 0);
  const revenueBefore = value(before, base.revenuePerCustomer);
  const revenueAfter = value(after, base.revenuePerCustomer);
  const profitBefore = base.profitPerCustomer ? value(before, base.profitPerCustomer) : null;
  const profitAfter = base.profitPerCustomer ? value(after, base.profitPerCustomer) : null;
  const change = (a: number | null, b: number | null): number | null =>
    a === null || b === null || snapMoney(a) === 0 ? null : safeDivide(b - a, Math.abs(a));
  return {
    before: { counts: before, revenue: revenueBefore, profit: profitBefore },
    after: { counts: after, revenue: revenueAfter, profit: profitAfter },
    revenueChange: change(revenueBefore, revenueAfter),
    profitChange: change(profitBefore, profitAfter),
  };
}

/**
 * THE what-if baseline: each tier's customers and per-customer averages from a run's tier summary (profit
 * only when the run knows it). The engine's options.whatIf and the pane's what-if both start here.
 */
export function summaryBaseline(summary: TierSummary): TierBaseline {
  const rows = summary.rows;
  const hasProfit = summary.total.profit !== null; // null exactly when the run has no profit
  return {
    counts: rows.map((r) => r.customers),
    revenuePerCustomer: rows.map((r) => r.revenuePerCustomer),
    profitPerCustomer: hasProfit ? rows.map((r) => r.profitPerCustomer) : null,
  };
}

/** The what-if of `moves` against a run's tier summary. */
export function whatIfOfSummary(summary: TierSummary, moves: readonly TierMove[]): WhatIfResult {
  return whatIfMigration(summaryBaseline(summary), moves);
}
