/* CRM.RFM: the engine's RFM scores (1–5 per variable, 5 best, recency reversed, ties share a score)
   and its named segments, one spilled row per customer: [R, F, M, "RFM", segment]. */
import { rfmScores, rfmTiers } from "../engine";
import { cellNumbers, isMissing, Matrix, matrixArg, matrixShape, numberArg } from "./args";
import { numError, valueError } from "./errors";

/** The engine scores in quintiles only. */
export const RFM_BINS = 5;

function column(arg: unknown, name: string): { matrix: Matrix; numbers: Float64Array } {
  const matrix = matrixArg(arg, name);
  matrixShape(matrix, name);
  return { matrix, numbers: cellNumbers(matrix) };
}

export function computeRfm(
  recencyDays: unknown,
  frequency: unknown,
  monetary: unknown,
  bins: unknown
): (string | number)[][] {
  const r = column(recencyDays, "recency_days").numbers;
  const f = column(frequency, "frequency").numbers;
  const m = column(monetary, "monetary").numbers;
  if (r.length !== f.length || r.length !== m.length) {
    throw valueError(
      `recency_days, frequency and monetary must have the same number of cells (one per customer); got ${r.length}, ${f.length} and ${m.length}.`
    );
  }
  if (!isMissing(bins)) {
    const b = numberArg(bins, "bins");
    if (b !== RFM_BINS)
      throw numError(`bins: only ${RFM_BINS} (quintile scores 1–5) is supported; got ${b}.`);
  }
  for (let i = 0; i < r.length; i++) {
    if (r[i] < 0) throw numError(`recency_days must not be negative; cell ${i + 1} is ${r[i]}.`);
    if (f[i] < 0) throw numError(`frequency must not be negative; cell ${i + 1} is ${f[i]}.`);
  }
  const scores = rfmScores(r, f, m);
  const segments = rfmTiers();
  const out: (string | number)[][] = new Array(r.length);
  for (let i = 0; i < r.length; i++) {
    const s = scores.segment[i];
    if (s < 0) {
      // A customer with a blank or text cell gets an empty row (null would show 0 in Excel).
      out[i] = ["", "", "", "", ""];
      continue;
    }
    const rs = scores.recency[i];
    const fs = scores.frequency[i];
    const ms = scores.monetary[i];
    out[i] = [rs, fs, ms, `${rs}${fs}${ms}`, segments[s].label];
  }
  return out;
}
