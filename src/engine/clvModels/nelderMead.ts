// A small Nelder–Mead simplex minimiser (Lagarias et al. 1998 coefficients), with restarts from the
// best point found: a restart rebuilds the simplex there, which rescues a simplex that collapsed onto
// a ridge. No derivatives, so it needs only the objective; the models fit on log-parameters, so every
// point it tries is a valid parameter set.

// Math's functions bound once: a global lookup per call is slow in Jest's sandbox (a Node vm context).
const { abs, max, min } = Math;

export interface MinimizeOptions {
  /** Size of the first simplex's steps along each axis (default 0.5). */
  step?: number;
  /** Stop when the simplex's values and points both spread less than this (default 1e-9). */
  tolerance?: number;
  /** Objective evaluations allowed per restart (default 2,000). */
  maxEvaluations?: number;
  /** Restarts after the first run (default 2). */
  restarts?: number;
}

export interface MinimizeResult {
  x: number[];
  value: number;
  evaluations: number;
  /** The last run stopped on the tolerance, not on the evaluation limit, and the value is finite. */
  converged: boolean;
}

interface Run {
  x: number[];
  value: number;
  evaluations: number;
  converged: boolean;
}

const finite = (v: number): number => (Number.isFinite(v) ? v : Infinity);

function spread(points: number[][], values: number[]): number {
  let s = abs(values[values.length - 1] - values[0]);
  for (let i = 1; i < points.length; i++)
    for (let j = 0; j < points[0].length; j++) s = max(s, abs(points[i][j] - points[0][j]));
  return s;
}

const along = (from: number[], to: number[], t: number): number[] =>
  from.map((v, j) => v + t * (to[j] - v));

function oneRun(
  f: (x: number[]) => number,
  start: number[],
  step: number,
  tol: number,
  max: number
): Run {
  const n = start.length;
  let points = [start, ...start.map((_, i) => start.map((v, j) => (i === j ? v + step : v)))];
  let values = points.map((p) => finite(f(p)));
  let evaluations = n + 1;
  while (evaluations < max) {
    const order = values.map((_, i) => i).sort((i, j) => values[i] - values[j]);
    points = order.map((i) => points[i]);
    values = order.map((i) => values[i]);
    if (spread(points, values) < tol)
      return { x: points[0], value: values[0], evaluations, converged: true };
    const centroid = start.map((_, j) => points.slice(0, n).reduce((s, p) => s + p[j], 0) / n);
    const worst = points[n];
    const reflected = along(centroid, worst, -1);
    const fr = finite(f(reflected));
    evaluations++;
    if (fr < values[0]) {
      const expanded = along(centroid, worst, -2);
      const fe = finite(f(expanded));
      evaluations++;
      [points[n], values[n]] = fe < fr ? [expanded, fe] : [reflected, fr];
    } else if (fr < values[n - 1]) {
      [points[n], values[n]] = [reflected, fr];
    } else {
      const contracted =
        fr < values[n] ? along(centroid, worst, -0.5) : along(centroid, worst, 0.5);
      const fc = finite(f(contracted));
      evaluations++;
      if (fc < min(fr, values[n])) [points[n], values[n]] = [contracted, fc];
      else {
        for (let i = 1; i <= n; i++) {
          points[i] = along(points[0], points[i], 0.5);
          values[i] = finite(f(points[i]));
        }
        evaluations += n;
      }
    }
  }
  const best = values.indexOf(min(...values));
  return { x: points[best], value: values[best], evaluations, converged: false };
}

/** Minimise `f` from `start`: one run, then `restarts` runs from the best point found so far. */
export function nelderMead(
  f: (x: number[]) => number,
  start: number[],
  options: MinimizeOptions = {}
): MinimizeResult {
  const { step = 0.5, tolerance = 1e-9, maxEvaluations = 2000, restarts = 2 } = options;
  let best = oneRun(f, start, step, tolerance, maxEvaluations);
  let evaluations = best.evaluations;
  for (let k = 0; k < restarts; k++) {
    const next = oneRun(f, best.x, step / (k + 2), tolerance, maxEvaluations);
    evaluations += next.evaluations;
    const improved = next.value < best.value - tolerance;
    best = next.value <= best.value ? next : { ...best, converged: next.converged };
    if (!improved && best.converged) break;
  }
  return { ...best, evaluations, converged: best.converged && Number.isFinite(best.value) };
}
