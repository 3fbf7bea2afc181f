// The calibration/holdout check of BG/NBD (Fader, Hardie & Lee 2005, section 5 and their figure 4):
// fit on the calibration period, predict each customer's repeat purchases in the holdout period that
// follows, and set them beside the purchases that happened, averaged per calibration frequency. The
// customers are those whose first purchase falls in the calibration period; later newcomers are left
// out, as in the paper (the model says nothing about customers it has not seen). Our choices, where
// the literature is silent: the holdout ends by default on the latest purchase date of the rows, and a
// holdout purchase is counted as the summary counts one (a distinct day with an amount > 0).

import { fitBgNbd, type BgNbdFit } from "./bgNbd";
import { scoreBgNbd } from "./bgNbdScores";
import { customerSummary, type CustomerSummary, type TransactionColumns } from "./summary";
import type { ClvModelWarning } from "./warnings";

const { abs, floor, max, min } = Math;

export interface HoldoutOptions {
  /** Last day (a day number, as the rows' dates) of the calibration period. */
  calibrationEnd: number;
  /** Last day of the holdout period (default: the latest purchase date). */
  holdoutEnd?: number;
  /** Days per time unit (default 1). */
  unitDays?: number;
  /** Number of customers (default: the largest index + 1). */
  customers?: number;
  /** Frequencies 0 .. maxGroup − 1 get a group each, the rest share "maxGroup or more" (default 7). */
  maxGroup?: number;
  /** Fewer repeat customers than this in the calibration period and nothing is fitted (default 20). */
  minRepeatCustomers?: number;
}

/** One point of the calibration plot: the customers with this calibration frequency (or more). */
export interface HoldoutGroup {
  frequency: number;
  orMore: boolean;
  customers: number;
  /** Mean predicted holdout purchases (null when nothing was fitted). */
  meanPredicted: number | null;
  meanActual: number;
}

export interface HoldoutCheck {
  calibrationEnd: number;
  holdoutEnd: number;
  /** The holdout's length in time units (0 when there is none). */
  holdoutLength: number;
  calibrationCustomers: number;
  repeatCustomers: number;
  /** The fit on the calibration period (null when there were too few repeat customers). */
  fit: BgNbdFit | null;
  /** Per calibration customer: their index, predicted and actual holdout purchases. */
  customer: Int32Array;
  predicted: Float64Array | null;
  actual: Float64Array;
  groups: HoldoutGroup[];
  totalPredicted: number | null;
  totalActual: number;
  /** (total predicted − total actual) / total actual; null when nothing was fitted or actual is 0. */
  percentError: number | null;
  /** Mean over calibration customers of |predicted − actual|. */
  meanAbsoluteError: number | null;
  warnings: ClvModelWarning[];
}

/** Purchase rows (finite date, amount > 0, index in range) dated on or before `end`. */
function rowsUntil(rows: TransactionColumns, end: number, n: number): TransactionColumns {
  const customer: number[] = [];
  const date: number[] = [];
  const amount: number[] = [];
  for (let i = 0; i < rows.customer.length; i++) {
    const c = rows.customer[i];
    if (!(floor(rows.date[i]) <= end) || !(rows.amount[i] > 0) || !(c >= 0 && c < n)) continue;
    customer.push(c);
    date.push(rows.date[i]);
    amount.push(rows.amount[i]);
  }
  return { customer, date, amount };
}

/** The latest purchase day and the largest customer index of the rows. */
function extent(rows: TransactionColumns): { lastDay: number; maxIndex: number } {
  let lastDay = -Infinity;
  let maxIndex = -1;
  for (let i = 0; i < rows.customer.length; i++) {
    const day = floor(rows.date[i]);
    if (!Number.isFinite(day) || !(rows.amount[i] > 0) || !(rows.customer[i] >= 0)) continue;
    lastDay = max(lastDay, day);
    maxIndex = max(maxIndex, rows.customer[i]);
  }
  return { lastDay, maxIndex };
}

/** Per customer, the distinct purchase days in (from, to]. */
function purchaseDays(rows: TransactionColumns, from: number, to: number, n: number): Float64Array {
  const seen = new Set<number>();
  const out = new Float64Array(n);
  for (let i = 0; i < rows.customer.length; i++) {
    const day = floor(rows.date[i]);
    const c = rows.customer[i];
    if (!(day > from && day <= to) || !(rows.amount[i] > 0) || !(c >= 0 && c < n)) continue;
    // One key per (customer, day); day numbers are far below 2^32 and indices below 2^21.
    const key = c * 4294967296 + (day - floor(from));
    if (!seen.has(key)) (seen.add(key), out[c]++);
  }
  return out;
}

/** The calibration customers' indices and summary columns. */
function calibrationColumns(s: CustomerSummary) {
  const index: number[] = [];
  for (let i = 0; i < s.hasPurchase.length; i++) if (s.hasPurchase[i]) index.push(i);
  const pick = (a: Float64Array) => Float64Array.from(index, (i) => a[i]);
  return {
    index: Int32Array.from(index),
    frequency: pick(s.frequency),
    recency: pick(s.recency),
    T: pick(s.T),
  };
}

/** The calibration plot's groups: customers and mean predicted and actual per calibration frequency. */
function groupsOf(
  frequency: Float64Array,
  predicted: Float64Array | null,
  actual: Float64Array,
  maxGroup: number
): HoldoutGroup[] {
  const count = new Float64Array(maxGroup + 1);
  const sumPredicted = new Float64Array(maxGroup + 1);
  const sumActual = new Float64Array(maxGroup + 1);
  for (let k = 0; k < frequency.length; k++) {
    const g = min(frequency[k], maxGroup);
    count[g]++;
    sumActual[g] += actual[k];
    if (predicted) sumPredicted[g] += predicted[k];
  }
  return Array.from(count, (customers, g) => ({
    frequency: g,
    orMore: g === maxGroup,
    customers,
    meanPredicted: predicted ? (customers > 0 ? sumPredicted[g] / customers : 0) : null,
    meanActual: customers > 0 ? sumActual[g] / customers : 0,
  }));
}

/** Predictions that are all finite, or null (with the fit's warning) when the fit cannot be used. */
function predict(
  fit: BgNbdFit,
  cal: ReturnType<typeof calibrationColumns>,
  t: number,
  warnings: ClvModelWarning[]
): Float64Array | null {
  const { expected } = scoreBgNbd(fit, cal.frequency, cal.recency, cal.T, t);
  const finite = expected.every(Number.isFinite);
  if (!fit.converged || !Number.isFinite(fit.logLikelihood) || !finite)
    warnings.push({ code: "clvHoldoutFitNotConverged", params: { model: "BG/NBD" } });
  return finite ? expected : null;
}

/** Fit on the calibration period and compare the holdout's predicted and actual purchases. */
export function holdoutCheck(rows: TransactionColumns, options: HoldoutOptions): HoldoutCheck {
  const { calibrationEnd } = options;
  const unit = options.unitDays ?? 1;
  const maxGroup = max(1, floor(options.maxGroup ?? 7));
  const minRepeat = options.minRepeatCustomers ?? 20;
  const { lastDay, maxIndex } = extent(rows);
  const n = options.customers ?? maxIndex + 1;
  const holdoutEnd = options.holdoutEnd ?? lastDay;
  const holdoutLength = max(0, holdoutEnd - calibrationEnd) / unit;
  const warnings: ClvModelWarning[] = [];
  if (!(calibrationEnd < lastDay) || !(holdoutLength > 0))
    warnings.push({ code: "clvHoldoutNone", params: {} });
  const calibration = customerSummary(rowsUntil(rows, calibrationEnd, n), {
    customers: n,
    unitDays: unit,
    observationEnd: calibrationEnd,
  });
  const cal = calibrationColumns(calibration);
  const holdout = purchaseDays(rows, calibrationEnd, holdoutEnd, n);
  const actual = Float64Array.from(cal.index, (i) => holdout[i]);
  const repeatCustomers = cal.frequency.filter((x) => x > 0).length;
  let fit: BgNbdFit | null = null;
  let predicted: Float64Array | null = null;
  if (repeatCustomers < minRepeat)
    warnings.push({
      code: "clvHoldoutFewCustomers",
      params: { customers: cal.index.length, repeatCustomers, minimum: minRepeat },
    });
  else {
    fit = fitBgNbd(cal.frequency, cal.recency, cal.T);
    predicted = predict(fit, cal, holdoutLength, warnings);
  }
  let totalActual = 0;
  let totalPredicted = 0;
  let absolute = 0;
  for (let k = 0; k < actual.length; k++) {
    totalActual += actual[k];
    if (!predicted) continue;
    totalPredicted += predicted[k];
    absolute += abs(predicted[k] - actual[k]);
  }
  const m = actual.length;
  return {
    calibrationEnd,
    holdoutEnd,
    holdoutLength,
    calibrationCustomers: m,
    repeatCustomers,
    fit,
    customer: cal.index,
    predicted,
    actual,
    groups: groupsOf(cal.frequency, predicted, actual, maxGroup),
    totalPredicted: predicted ? totalPredicted : null,
    totalActual,
    percentError:
      predicted && totalActual > 0 ? (totalPredicted - totalActual) / totalActual : null,
    meanAbsoluteError: predicted ? (m > 0 ? absolute / m : 0) : null,
    warnings,
  };
}
