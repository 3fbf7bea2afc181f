import type { KeyRule } from "./ids/keyRule";
import type { ProblemReason } from "./parse/problemReason";
import type { SchemeSpec } from "./schemes/registry";
import type { EngineWarning } from "./warnings";

/** A cell as Excel's `range.values` gives it: blank cells are "", errors are strings like "#N/A". */
export type Cell = string | number | boolean | null | undefined;

export type Role =
  | "customer"
  | "name"
  | "revenue"
  | "cost"
  | "profit"
  | "investment"
  | "date"
  | "status"
  | "score"
  | "clv"
  | "agent";

/** Column index (into each row array) per role. */
export type ColumnMapping = Partial<Record<Role, number>>;

export interface Problem {
  /** 0-based index into the rows given to the engine (header excluded). */
  row: number;
  /** 0-based column index. */
  column: number;
  value: Cell;
  reason: ProblemReason;
}

/** How customer ids are compared. See idKey.ts. */
export type IdMatching = "exact" | "trim" | "normalized";

/** One tier as defined by a scheme (buyer tiers) or by the shared non-buyer groups. */
export interface TierSpec {
  /** Stable key for translation layers, e.g. "vip". */
  key: string;
  /** English default label; user-editable. */
  label: string;
}

export interface RankTierSpec extends TierSpec {
  /** Share of ranked customers in this tier (0..1). The last tier always takes the rest. */
  share: number;
}

export interface ThresholdTierSpec extends TierSpec {
  /** Lower bound, inclusive. The last tier may omit it (takes the rest). */
  min?: number;
}

export type RankBasis = "revenue" | "profit";

/** A scheme as a set-up gives it: one spec type per scheme kind (schemes/registry.ts). */
export type { SchemeSpec };

export interface ClvInputs {
  /** Retention rate per period, 0..1. */
  retention: number;
  /** Discount rate per period. */
  discount: number;
  /** Number of periods; omit for an infinite horizon. */
  periods?: number;
  /** Margin basis: "profit" if known, else revenue. */
  margin?: "profit" | "revenue";
}

export interface PeriodOptions {
  /** Period end as an Excel serial day (inclusive). Default: the latest date in the data. */
  end?: number;
  /** Length in months. Default 12. */
  months?: number;
}

export interface TierMove {
  /** Tier index moved from. */
  from: number;
  /** Tier index moved to. */
  to: number;
  /** Share of the from-tier's baseline customers (rounded half up), or... */
  share?: number;
  /** ...an absolute number of customers. */
  count?: number;
}

export interface ChurnOptions {
  /** Length of the recent window in days (default 90); the previous window has the same length. */
  windowDays?: number;
  /** Flag when recent orders fell by at least this share against the previous window (default 0.5). */
  minDrop?: number;
  /** Flag when days since the last purchase exceed this (default 180). */
  maxRecencyDays?: number;
}

export interface TieringOptions {
  period?: PeriodOptions;
  idMatching?: IdMatching;
  whatIf?: TierMove[];
  churn?: ChurnOptions;
  /** Compute RFM scores even when the scheme is not RFM (needs a date column). */
  rfm?: boolean;
  /** Labels of the groups below the ranked tiers, by key ("inactive", "prospect", "suspect"), so a
      saved set-up replays them in the user's language. Defaults: the English labels in presets. */
  groupLabels?: Partial<Record<"inactive" | "prospect" | "suspect", string>>;
}

export interface TieringSetup {
  mapping: ColumnMapping;
  scheme: SchemeSpec;
  options?: TieringOptions;
}

export type TierGroup = "ranked" | "inactive" | "prospect" | "suspect";

export interface TierInfo extends TierSpec {
  group: TierGroup;
}

/**
 * Per-customer columns; index = dense customer number (first-appearance order). Read-only: columns with no
 * data may share one array (all NaN where no date, score or CLV column is mapped; all 0 for unmapped money).
 */
export interface CustomerTable extends KeyRule {
  count: number;
  id: string[];
  // The id as matched (see idKey.ts) is customerKey(customers, c), from keyOf and foldCase (KeyRule): use it
  // to join customers across runs.
  /** Each customer's first non-blank name cell; all "" when no name column is mapped. */
  name: string[];
  /** Net revenue in the period (returns subtract). */
  revenue: Float64Array;
  /** Profit in the period (profit column, or revenue − cost); 0 when neither is mapped. */
  profit: Float64Array;
  cost: Float64Array;
  investment: Float64Array;
  /** Rows with positive revenue in the period. */
  orders: Int32Array;
  /**
   * Used rows inside the period per customer (returns and zero rows count), with a date column; absent
   * without one. A customer with 0 has no row in this period: period comparison counts them as new or lost.
   */
  periodRows?: Int32Array;
  /** Excel serial days over all rows; NaN when unknown. */
  firstDate: Float64Array;
  lastDate: Float64Array;
  /** RANK.EQ descending on the ranking basis among buyers; 0 for non-buyers. */
  rank: Int32Array;
  /** Share of the total revenue of all buyers (0 for non-buyers). */
  share: Float64Array;
  /** Revenue of all buyers with revenue ≥ this one, over the buyers' total (tie-invariant). 0 for non-buyers. */
  cumulativeShare: Float64Array;
  tier: Int32Array;
  /** Score column (value matrix), NaN when absent. */
  score: Float64Array;
  /**
   * 1 when the customer has a positive purchase on record (any date up to the period end): a customer who
   * is no buyer in the period (buyers.ts) is then Inactive rather than a Prospect or Suspect.
   */
  everBought: Uint8Array;
  rfm?: RfmColumns;
  churn?: Uint8Array;
  clv?: Float64Array;
  /** Agent flag per customer (agent column). */
  agent: Uint8Array;
}

export interface RfmColumns {
  recencyDays: Float64Array;
  recency: Int32Array;
  frequency: Int32Array;
  monetary: Int32Array;
  /** Index into RFM_SEGMENTS; -1 for customers without purchases. */
  segment: Int32Array;
}

export type RoiBasis = "investment" | "cost" | "none";

export interface TierSummaryRow {
  key: string;
  label: string;
  group: TierGroup;
  customers: number;
  /** Share of ranked (existing) customers; null for the non-buyer groups. */
  customerShare: number | null;
  revenue: number;
  revenueShare: number | null;
  profit: number | null;
  profitShare: number | null;
  revenuePerCustomer: number | null;
  profitPerCustomer: number | null;
  investment: number | null;
  roi: number | null;
  minRevenue: number | null;
  maxRevenue: number | null;
}

export interface TierSummary {
  rows: TierSummaryRow[];
  /** The "all existing customers" line (ranked tiers together). */
  total: TierSummaryRow;
  roiBasis: RoiBasis;
}

export interface CurvePoint {
  /** Cumulative share of customers. */
  x: number;
  /** Cumulative share of the value. */
  y: number;
}

export interface ParetoResult {
  buyers: number;
  topShares: {
    top: number;
    customers: number;
    revenueShare: number | null;
    profitShare: number | null;
  }[];
  /** Smallest share of customers (ranked by revenue) holding at least 80% of revenue. */
  customersFor80: number | null;
  lorenz: CurvePoint[];
  gini: number | null;
}

export interface WhaleCurve {
  points: CurvePoint[];
  peak: CurvePoint | null;
}

export interface WhatIfResult {
  before: { counts: number[]; revenue: number; profit: number | null };
  after: { counts: number[]; revenue: number; profit: number | null };
  revenueChange: number | null;
  profitChange: number | null;
}

/**
 * A run's answer as plain data (typed arrays, arrays, numbers, strings): no methods or getters, so
 * `structuredClone` gives an equal copy (the pane's worker posts it as is). Row labels: rowLabels.ts.
 */
export interface TieringResult {
  tiers: TierInfo[];
  customers: CustomerTable;
  /** Tier index per input row; -1 for skipped rows. */
  rowTier: Int32Array;
  /** Customer index per input row; -1 for skipped rows. */
  rowCustomer: Int32Array;
  summary: TierSummary;
  pareto: ParetoResult;
  whale: WhaleCurve;
  whatIf?: WhatIfResult;
  /** Period used, as Excel serial days (inclusive); null without a date column. */
  period: { start: number; end: number } | null;
  problems: Problem[];
  rowsUsed: number;
  rowsSkipped: number;
  warnings: EngineWarning[];
}
