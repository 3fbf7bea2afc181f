// A large customer base is fitted in two steps: first on an evenly spaced subsample, then on every
// customer from there. With the objective's analytic gradient both steps are BFGS (bfgs.ts), and the
// second starts from the first's inverse Hessian scaled by sample / customers (the log-likelihood is a
// sum over customers, so its Hessian grows in proportion): a few full-data evaluations instead of the
// twenty-odd BFGS needs to learn the curvature (bench/clvModels.ts). Without a gradient, or when BFGS
// does not converge, the steps are Nelder–Mead (with restarts on the subsample, a small simplex on every
// customer). The maximum is the full data's either way; only the number of full-data evaluations falls.

import { bfgs, type BfgsResult, type WithGradient } from "./bfgs";
import { nelderMead, type MinimizeResult } from "./nelderMead";

/** Above twice this many customers the fit starts from a fit to a subsample of this size. */
export const WARM_START_SAMPLE = 10000;

/** Picks the subsample's values out of one per-customer column. */
export type Take = (column: ArrayLike<number>) => Float64Array;

export interface WarmOptions {
  /** The subsample's size (default WARM_START_SAMPLE; tests make it small). */
  sample?: number;
  /** The objective with its gradient, on the subsample or (take = null) on every customer. */
  gradientOf?: (take: Take | null) => WithGradient;
}

const TOLERANCE = 1e-7;
/** The subsample's fit only has to land near the full data's optimum (its own lies about one standard
 *  error of a 10,000-customer fit away, 0.01–0.1 in log-parameters), so Nelder–Mead stops at 1e-4. */
const SAMPLE_TOLERANCE = 1e-4;
/** The Nelder–Mead polish on every customer stops when the simplex spans less than 1e-4 in
 *  log-parameters (and in log-likelihood): far below the estimates' standard errors at this sample
 *  size (over 20,000 customers). */
const POLISH_TOLERANCE = 1e-4;

/** The fit on the subsample: BFGS when there is a gradient and it converges, else Nelder–Mead. */
function onSample(
  objective: (x: number[]) => number,
  withGradient: WithGradient | undefined,
  start: number[]
): MinimizeResult & { inverseHessian?: number[][] } {
  const quasiNewton = withGradient ? bfgs(withGradient, start) : null;
  if (quasiNewton?.converged) return quasiNewton;
  const simplex = nelderMead(objective, start, {
    step: 1,
    tolerance: SAMPLE_TOLERANCE,
    maxEvaluations: 3000,
  });
  return { ...simplex, evaluations: simplex.evaluations + (quasiNewton?.evaluations ?? 0) };
}

/** The polish on every customer from `from`: BFGS if there is a gradient, Nelder–Mead otherwise or if
 *  BFGS fails. */
function polish(
  objective: (x: number[]) => number,
  withGradient: WithGradient | undefined,
  from: number[],
  inverseHessian: number[][] | undefined
): MinimizeResult {
  const quasiNewton: BfgsResult | null = withGradient
    ? bfgs(withGradient, from, { inverseHessian })
    : null;
  if (quasiNewton?.converged) return quasiNewton;
  const simplex = nelderMead(objective, quasiNewton?.x ?? from, {
    step: 0.02,
    tolerance: POLISH_TOLERANCE,
    maxEvaluations: 3000,
    restarts: 0,
  });
  return { ...simplex, evaluations: simplex.evaluations + (quasiNewton?.evaluations ?? 0) };
}

/**
 * Minimise the objective `objectiveOf(take)` builds (from every customer when `take` is null, from
 * the subsample otherwise), starting at `start`.
 */
export function minimiseWarm(
  customers: number,
  objectiveOf: (take: Take | null) => (x: number[]) => number,
  start: number[],
  options: WarmOptions = {}
): MinimizeResult {
  const { sample = WARM_START_SAMPLE, gradientOf } = options;
  if (customers <= 2 * sample)
    return nelderMead(objectiveOf(null), start, {
      step: 1,
      tolerance: TOLERANCE,
      maxEvaluations: 3000,
    });
  const stride = customers / sample;
  const take: Take = (column) =>
    Float64Array.from({ length: sample }, (_, k) => column[Math.floor(k * stride)]);
  const warm = onSample(objectiveOf(take), gradientOf?.(take), start);
  const scale = sample / customers;
  const H = warm.inverseHessian?.map((row) => row.map((h) => h * scale));
  const full = polish(objectiveOf(null), gradientOf?.(null), warm.x, H);
  return { ...full, evaluations: warm.evaluations + full.evaluations };
}
