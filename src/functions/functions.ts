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
