import type { RfmColumns, Role, TierSpec } from "../types";
import type { EngineWarning } from "../warnings";

/**
 * Per-customer figures a scheme reads (index = customer). Owned by the run and read-only: a scheme
 * writes only its own new arrays. Money and orders count the period; "to date" figures count the history up
 * to the period end.
 */
export interface SchemeCustomers {
  readonly count: number;
  /** Display ids (the result's customers.id). */
  readonly id: readonly string[];
  readonly revenue: ArrayLike<number>;
  readonly profit: ArrayLike<number>;
  /** Mean score / CLV over the customer's rows; NaN when none. */
  readonly score: ArrayLike<number>;
  readonly clv: ArrayLike<number>;
  /** 1 when the customer has a positive purchase on record (any date). */
  readonly everBought: ArrayLike<number>;
  readonly agent: ArrayLike<number>;
  readonly revenueToDate: ArrayLike<number>;
  readonly ordersToDate: ArrayLike<number>;
  /** Excel serial day of the last positive row up to the period end; NaN when none. */
  readonly lastPurchase: ArrayLike<number>;
}

/** What a scheme sees: the customers, which columns are mapped, the period, and where warnings go. */
export interface SchemeContext {
  readonly customers: SchemeCustomers;
  readonly has: { readonly [R in "profit" | "score" | "clv" | "date"]: boolean };
  readonly period: { start: number; end: number } | null;
  readonly warnings: EngineWarning[];
  /** The buyers' revenues, ascending (the run sorts them once); null when the run has none. */
  readonly sortedRevenue: Float64Array | null;
  /**
   * Net revenue per customer in windows of Excel days, newest first: window k holds rows with
   * starts[k] ≤ date < (k ? starts[k − 1] : end). Also the earliest date before `end`. New arrays.
   */
  revenueInWindows(
    starts: readonly number[],
    end: number
  ): { sums: Float64Array[]; earliest: number };
}

/** A scheme's answer: its tiers (best first), a tier per customer (-1: not tiered), any extra columns. */
export interface SchemeOutcome {
  tiers: TierSpec[];
  tier: Int32Array;
  rfm?: RfmColumns;
  clv?: Float64Array;
}

/** The part every scheme's spec has. */
export interface SchemeSpecBase {
  kind: string;
  tiers: TierSpec[];
}

/** How the pane edits a scheme's tiers besides their names. */
export type TierEditing = "shares" | "thresholds" | "names";

type Loose = Record<string, unknown>;

/**
 * One scheme kind, all in one place: the set-up's `scheme` with this `kind` is an `S`. Adding a scheme is
 * one file exporting one of these, plus one line in registry.ts.
 */
export interface SchemeDefinition<S extends SchemeSpecBase = SchemeSpecBase> {
  kind: S["kind"];
  /** Buyer tiers when the set-up gives none (best first, English default labels). */
  defaultTiers: readonly S["tiers"][number][];
  /** True when a set-up must give exactly as many tiers as the defaults (else the defaults are used). */
  fixedTierCount: boolean;
  /** Mapped columns the scheme reads beyond customer and revenue (without them it warns). */
  needs: readonly Role[];
  /** The pane's presets of this kind (ids unique over all schemes), each a fresh spec. */
  presets: readonly { id: string; make: () => S }[];
  /** Which preset a spec of this kind came from (default: the first). */
  presetOf?(spec: S): string;
  /** What the pane's tier editor edits besides names. */
  editing(spec: S): TierEditing;
  /** Cleans the fields beyond kind and tiers of a set-up's spec (`out` starts as a copy of `given`). */
  normalize?(given: Loose, out: Loose): void;
  /** Tiers the customers (`tiers` are the spec's tiers, or the defaults). */
  run(ctx: SchemeContext, spec: S, tiers: S["tiers"]): SchemeOutcome;
}

/** Types a scheme definition (and keeps its spec type for the registry). */
export const defineScheme = <S extends SchemeSpecBase>(
  d: SchemeDefinition<S>
): SchemeDefinition<S> => d;
