// A large customer base is fitted in two steps: first on an evenly spaced subsample (cheap, with the
// optimiser's restarts), then on every customer from there with a small simplex and no restart. The
// maximum is the full data's; only the number of full-likelihood evaluations falls (bench/clvModels.ts).

import { nelderMead, type MinimizeResult } from "./nelderMead";

/** Above twice this many customers the fit starts from a fit to a subsample of this size. */
export const WARM_START_SAMPLE = 10000;

/** Picks the subsample's values out of one per-customer column. */
export type Take = (column: ArrayLike<number>) => Float64Array;

const TOLERANCE = 1e-7;
/** The polish on every customer stops when the simplex spans less than 1e-4 in log-parameters (and in
 *  log-likelihood): far below the estimates' standard errors at this sample size (over 20,000 customers). */
const POLISH_TOLERANCE = 1e-4;

/**
 * Minimise the objective `objectiveOf(take)` builds (from every customer when `take` is null, from
 * the subsample otherwise), starting at `start`. `sample` is the subsample's size (tests make it small).
 */
export function minimiseWarm(
  customers: number,
  objectiveOf: (take: Take | null) => (x: number[]) => number,
  start: number[],
  sample = WARM_START_SAMPLE
): MinimizeResult {
  if (customers <= 2 * sample)
    return nelderMead(objectiveOf(null), start, {
      step: 1,
      tolerance: TOLERANCE,
      maxEvaluations: 3000,
    });
  const stride = customers / sample;
  const take: Take = (column) =>
    Float64Array.from({ length: sample }, (_, k) => column[Math.floor(k * stride)]);
  const warm = nelderMead(objectiveOf(take), start, {
    step: 1,
    tolerance: TOLERANCE,
    maxEvaluations: 3000,
  });
  const full = nelderMead(objectiveOf(null), warm.x, {
    step: 0.02,
    tolerance: POLISH_TOLERANCE,
    maxEvaluations: 3000,
    restarts: 0,
  });
  return { ...full, evaluations: warm.evaluations + full.evaluations };
}
