/* The =CRM.* worksheet functions. Microsoft's custom-functions-metadata plugin reads the JSDoc tags
   below at build time to write functions.json, and appends the CustomFunctions.associate calls, so
   every function must be declared in this file; each is a thin face over an implementation beside it.
   https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json-autogeneration

   Conventions (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-parameter-options):
   - ranges are `any[][]` parameters, so blanks and text reach us and are ignored, not rejected by Excel;
   - an omitted optional parameter arrives as null;
   - spilled results are 2-D arrays (dynamic arrays):
     https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-dynamic-arrays
   - bad arguments throw CustomFunctions.Error (see errors.ts); `guard` turns anything else into one.
   The functions only read their arguments; they never touch the workbook. */
import { computeAbc } from "./abc";
import { computeClv } from "./clv";
import { computeModelClv, computePAlive, computePurchases } from "./clvModel";
import { guard } from "./errors";
import { computePareto } from "./pareto";
import { computeRfm } from "./rfm";
import { computeRoi } from "./roi";
import { computeTier, computeTiers } from "./tier";

/**
 * The tier of one customer's value within a population (VIP, Large, Medium, Small...); tied values share a tier.
 * @customfunction TIER
 * @helpurl https://localhost:3000/help.html#crm-tier
 * @param value The customer's value (e.g. revenue). 0 or less gives "Inactive".
 * @param population The range of all customers' values; blanks and text are ignored.
 * @param [scheme] "pyramid" (default, 1/4/15/80%), "key" (1/19/30/50%), "abc" (80/95% of value), or cumulative shares such as {0.01,0.05,0.2}.
 * @param [labels] Names replacing the tier names, best first; one more name renames "Inactive".
 * @returns The tier label.
 */
export function tier(value: any, population: any[][], scheme?: any[][], labels?: any[][]): string {
  return guard(() => computeTier(value, population, scheme, labels));
}

/**
 * The tier of every value of a population, spilled in its shape: the fastest way to tier a large population.
 * @customfunction TIERS
 * @helpurl https://localhost:3000/help.html#crm-tiers
 * @param population The range of all customers' values; blanks and text give an empty cell.
 * @param [scheme] "pyramid" (default, 1/4/15/80%), "key" (1/19/30/50%), "abc" (80/95% of value), or cumulative shares such as {0.01,0.05,0.2}.
 * @param [labels] Names replacing the tier names, best first; one more name renames "Inactive".
 * @returns One tier label per cell of the population.
 */
export function tiers(population: any[][], scheme?: any[][], labels?: any[][]): string[][] {
  return guard(() => computeTiers(population, scheme, labels));
}

/**
 * ABC classes by cumulative value (A up to 80% of the total, B up to 95%, C the rest), spilled in the range's shape.
 * @customfunction ABC
 * @helpurl https://localhost:3000/help.html#crm-abc
 * @param values The range of customers' values; blanks and text give an empty cell, 0 or less "Inactive".
 * @param [a_share] Cumulative share of the total that class A reaches, a fraction (default 0.8).
 * @param [b_share] Cumulative share of the total that classes A and B reach, a fraction (default 0.95).
 * @returns One class (A, B or C) per cell.
 */
export function abc(values: any[][], a_share?: any, b_share?: any): string[][] {
  return guard(() => computeAbc(values, a_share, b_share));
}

/**
 * Return on investment: profit ÷ investment (cost to serve).
 * @customfunction ROI
 * @helpurl https://localhost:3000/help.html#crm-roi
 * @param profit Profit of the tier or customer.
 * @param investment Money invested in serving it (cost to serve). 0 gives #DIV/0!.
 * @returns Profit divided by investment, as a fraction (1.14 = 114%).
 */
export function roi(profit: any, investment: any): number {
  return guard(() => computeRoi(profit, investment));
}

/**
 * The share of the total held by the top customers (only values above 0 count).
 * @customfunction PARETO
 * @helpurl https://localhost:3000/help.html#crm-pareto
 * @param values The range of customers' values; blanks, text and values of 0 or less are left out.
 * @param [top_share] The top share of customers, a fraction (default 0.2); count = round(top_share × N), at least 1.
 * @returns The top customers' share of the total, a fraction (0.8 = 80%).
 */
export function pareto(values: any[][], top_share?: any): number {
  return guard(() => computePareto(values, top_share));
}

/**
 * Simple customer lifetime value: margin × retention ÷ (1 + discount − retention), or the sum over a number of periods.
 * @customfunction CLV
 * @helpurl https://localhost:3000/help.html#crm-clv
 * @param margin Margin per period from the customer.
 * @param retention Retention rate per period, a fraction (0.8, not 80).
 * @param discount Discount rate per period, a fraction (0.1, not 10).
 * @param [periods] Number of periods; omit it for an infinite horizon.
 * @returns The lifetime value.
 */
export function clv(margin: any, retention: any, discount: any, periods?: any): number {
  return guard(() => computeClv(margin, retention, discount, periods));
}

/**
 * RFM scores 1–5 (5 best) and segment per customer, spilled as rows of R, F, M, score text ("545") and segment name.
 * @customfunction RFM
 * @helpurl https://localhost:3000/help.html#crm-rfm
 * @param recency_days Days since each customer's last purchase (one cell per customer).
 * @param frequency Number of purchases per customer, in the same order.
 * @param monetary Money spent per customer, in the same order.
 * @param [bins] Number of score bins; only 5 (quintiles) is supported.
 * @returns One row per customer: R, F, M, score text, segment.
 */
export function rfm(
  recency_days: any[][],
  frequency: any[][],
  monetary: any[][],
  bins?: any
): any[][] {
  return guard(() => computeRfm(recency_days, frequency, monetary, bins));
}

/**
 * Probability that a customer is still buying (BG/NBD), now or a number of periods ahead, from fitted parameters.
 * @customfunction PALIVE
 * @helpurl https://localhost:3000/help.html#crm-palive
 * @param frequency Repeat purchases: distinct purchase days after the first (0, 1, 2…).
 * @param recency Time from the first to the last purchase, in the fit's unit (days, weeks…).
 * @param T Time from the first purchase to the end of the observation period, same unit; at least recency.
 * @param r BG/NBD r (fitted), more than 0.
 * @param alpha BG/NBD alpha (fitted), more than 0.
 * @param a BG/NBD a (fitted), more than 0.
 * @param b BG/NBD b (fitted), more than 0.
 * @param [periods_ahead] Periods after the end of the observation period; omit it for now.
 * @returns P(alive), a fraction from 0 to 1.
 */
export function palive(
  frequency: any,
  recency: any,
  T: any,
  r: any,
  alpha: any,
  a: any,
  b: any,
  periods_ahead?: any
): number {
  return guard(() => computePAlive([frequency, recency, T, r, alpha, a, b, periods_ahead]));
}

/**
 * Expected number of purchases of a customer in the next periods (BG/NBD), from fitted parameters.
 * @customfunction PURCHASES
 * @helpurl https://localhost:3000/help.html#crm-purchases
 * @param periods How many periods ahead, in the fit's unit.
 * @param frequency Repeat purchases: distinct purchase days after the first (0, 1, 2…).
 * @param recency Time from the first to the last purchase, in the fit's unit.
 * @param T Time from the first purchase to the end of the observation period; at least recency.
 * @param r BG/NBD r (fitted).
 * @param alpha BG/NBD alpha (fitted).
 * @param a BG/NBD a (fitted).
 * @param b BG/NBD b (fitted).
 * @returns The expected number of purchases.
 */
export function purchases(
  periods: any,
  frequency: any,
  recency: any,
  T: any,
  r: any,
  alpha: any,
  a: any,
  b: any
): number {
  return guard(() => computePurchases([periods, frequency, recency, T, r, alpha, a, b]));
}

/**
 * Model customer lifetime value: BG/NBD expected purchases × Gamma-Gamma expected order value × margin, discounted per period.
 * @customfunction MODELCLV
 * @helpurl https://localhost:3000/help.html#crm-modelclv
 * @param frequency Repeat purchases: distinct purchase days after the first (0, 1, 2…).
 * @param recency Time from the first to the last purchase, in the fit's unit.
 * @param T Time from the first purchase to the end of the observation period; at least recency.
 * @param monetary The customer's average order value over repeat purchases (0 for none).
 * @param r BG/NBD r (fitted).
 * @param alpha BG/NBD alpha (fitted).
 * @param a BG/NBD a (fitted).
 * @param b BG/NBD b (fitted).
 * @param p Gamma-Gamma p (fitted).
 * @param q Gamma-Gamma q (fitted), more than 1.
 * @param v Gamma-Gamma v (fitted).
 * @param [margin] Margin on revenue, a fraction (default 1: the value in revenue).
 * @param [discount] Discount rate per period, a fraction (default 0.01).
 * @param [periods] Horizon in periods of the fit's unit (default 12, at most 1,000).
 * @returns The discounted expected margin over the horizon.
 */
export function modelclv(
  frequency: any,
  recency: any,
  T: any,
  monetary: any,
  r: any,
  alpha: any,
  a: any,
  b: any,
  p: any,
  q: any,
  v: any,
  margin?: any,
  discount?: any,
  periods?: any
): number {
  return guard(() =>
    computeModelClv([
      frequency,
      recency,
      T,
      monetary,
      r,
      alpha,
      a,
      b,
      p,
      q,
      v,
      margin,
      discount,
      periods,
    ])
  );
}
