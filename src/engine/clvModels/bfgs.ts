// BFGS quasi-Newton minimiser (Nocedal & Wright, "Numerical Optimization", 2nd ed., algorithm 6.1) for
// a smooth objective with its gradient, with a backtracking (Armijo) line search. It polishes a fit on
// every customer from a start that is already close (warmStart.ts): there it needs a handful of
// objective evaluations where Nelder–Mead needs 150. Points where the objective is not finite are
// stepped back from, so it is safe on log-parameters with a cut-off like the models'.

import type { MinimizeResult } from "./nelderMead";

// Math's functions bound once: a global lookup per call is slow in Jest's sandbox (a Node vm context).
const { abs, max, sqrt } = Math;

/** f(x), writing ∇f(x) into `gradient`. */
export type WithGradient = (x: number[], gradient: number[]) => number;

export interface BfgsOptions {
  /** Largest move of any coordinate on the first step, before curvature is known (default 0.1). */
  firstStep?: number;
  /** Converged when the step is below this in every coordinate (default 1e-7) … */
  stepTolerance?: number;
  /** … or the predicted further decrease ½·gᵀH⁻¹g is below this (default 1e-9). */
  decreaseTolerance?: number;
  /** Iterations allowed (default 200). */
  maxIterations?: number;
  /** A first estimate of the inverse Hessian at `start` (replaces the first-step scaling). */
  inverseHessian?: number[][];
}

export interface BfgsResult extends MinimizeResult {
  /** The inverse Hessian estimate at the end: a good start for a related problem. */
  inverseHessian: number[][];
}

/** Relative size of a predicted decrease that rounding in f can hide. */
const NOISE = 1e-12;

const dot = (u: number[], v: number[]): number => u.reduce((s, ui, i) => s + ui * v[i], 0);

/** H·v for a symmetric matrix given as rows. */
const times = (H: number[][], v: number[]): number[] => H.map((row) => dot(row, v));

const identity = (n: number, scale: number): number[][] =>
  Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? scale : 0)));

/** The BFGS update of the inverse Hessian H from step s and gradient change y (ρ = 1/yᵀs). */
function update(H: number[][], s: number[], y: number[]): number[][] {
  const rho = 1 / dot(y, s);
  const Hy = times(H, y);
  const yHy = dot(y, Hy);
  // (I − ρ s yᵀ) H (I − ρ y sᵀ) + ρ s sᵀ, expanded for a symmetric H.
  return H.map((row, i) =>
    row.map(
      (h, j) => h - rho * (s[i] * Hy[j] + Hy[i] * s[j]) + (rho * rho * yHy + rho) * s[i] * s[j]
    )
  );
}

interface Trial {
  x: number[];
  value: number;
  gradient: number[];
  evaluations: number;
}

/** Backtracking from step length 1 along p until the Armijo condition holds (null if it never does). */
function lineSearch(f: WithGradient, x: number[], value: number, g: number[], p: number[]) {
  const slope = dot(g, p);
  let t = 1;
  for (let k = 1; k <= 40; k++, t *= 0.5) {
    const next = x.map((v, i) => v + t * p[i]);
    const gradient = x.map(() => 0);
    const v = f(next, gradient);
    if (Number.isFinite(v) && v <= value + 1e-4 * t * slope && gradient.every(Number.isFinite))
      return { x: next, value: v, gradient, evaluations: k } as Trial;
  }
  return null;
}

/** Minimise `f` from `start`. `converged` is false when it ran out of iterations or could not descend. */
export function bfgs(f: WithGradient, start: number[], options: BfgsOptions = {}): BfgsResult {
  const { firstStep = 0.1, stepTolerance = 1e-7, decreaseTolerance = 1e-9 } = options;
  const maxIterations = options.maxIterations ?? 200;
  const n = start.length;
  let g = start.map(() => 0);
  let x = start;
  let value = f(x, g);
  let evaluations = 1;
  let H = options.inverseHessian ?? identity(n, firstStep / max(...g.map(abs), 1e-300));
  const done = (converged: boolean): BfgsResult => ({
    x,
    value,
    evaluations,
    converged: converged && Number.isFinite(value),
    inverseHessian: H,
  });
  if (!Number.isFinite(value) || !g.every(Number.isFinite)) return done(false);
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    let p = times(H, g).map((v) => -v);
    if (!(dot(g, p) < 0)) {
      H = identity(n, firstStep / max(...g.map(abs), 1e-300)); // lost descent: start H afresh
      p = times(H, g).map((v) => -v);
    }
    if (-0.5 * dot(g, p) < decreaseTolerance) return done(true);
    const trial = lineSearch(f, x, value, g, p);
    // No descent found: at the optimum if what is left is within the rounding of a large sum (a
    // log-likelihood over 200,000 customers carries about 1e-9 of it), else a failure.
    if (!trial) return done(-0.5 * dot(g, p) <= NOISE * (1 + abs(value)));
    evaluations += trial.evaluations;
    const s = trial.x.map((v, i) => v - x[i]);
    const y = trial.gradient.map((v, i) => v - g[i]);
    [x, value, g] = [trial.x, trial.value, trial.gradient];
    // A tiny step counts only when it was the full quasi-Newton step, not a long backtrack.
    if (trial.evaluations === 1 && max(...s.map(abs)) < stepTolerance) return done(true);
    const ys = dot(y, s);
    // Skip the update when the curvature along the step is not positive (it would spoil H).
    if (ys > 1e-12 * sqrt(dot(y, y) * dot(s, s))) {
      if (iteration === 0 && !options.inverseHessian) H = identity(n, ys / dot(y, y)); // N&W (6.20)
      H = update(H, s, y);
    }
  }
  return done(false);
}
