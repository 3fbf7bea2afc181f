import { isBuyer } from "../engine/buyers";
/* A population as the tier functions use it: the numbers of a range, read once, with the engine's
   ascending list of ranked values (> 0) and per-scheme results computed on demand and kept. */
import { lowerBound, sortedValues } from "../engine/schemes/rankTiers";
import { Matrix, matrixShape } from "./args";

export class Population {
  /** How many derived results (cut-offs, classes) each population keeps at most. */
  static readonly MAX_DERIVED = 8;
  private readonly derived = new Map<string, unknown>();

  constructor(
    readonly rows: number,
    readonly cols: number,
    /** One entry per cell, row by row: the number, or NaN for a blank, text or logical cell. */
    readonly values: Float64Array,
    /** The ranked values (finite and > 0), ascending: what RANK.EQ and the tier rule count. */
    readonly sorted: Float64Array
  ) {}

  get cells(): number {
    return this.values.length;
  }

  /** True when `value` is one of the ranked values. */
  hasRanked(value: number): boolean {
    const i = lowerBound(this.sorted, value);
    return i < this.sorted.length && this.sorted[i] === value;
  }

  /** A result derived from this population, computed once per key. */
  memo<T>(key: string, compute: () => T): T {
    const hit = this.derived.get(key);
    if (hit !== undefined) return hit as T;
    const value = compute();
    if (this.derived.size >= Population.MAX_DERIVED) {
      this.derived.delete(this.derived.keys().next().value as string);
    }
    this.derived.set(key, value);
    return value;
  }
}

/**
 * Reads a range into a Population. Only numbers count: blanks, text and logical values are ignored,
 * as RANK.EQ ignores them in its reference; Excel error values never reach a custom function.
 */
export function readPopulation(matrix: Matrix, name = "population"): Population {
  const { rows, cols } = matrixShape(matrix, name);
  const values = new Float64Array(rows * cols);
  let k = 0;
  for (let r = 0; r < rows; r++) {
    const row = matrix[r];
    for (let c = 0; c < cols; c++) {
      const cell = row[c];
      values[k++] = typeof cell === "number" ? cell : NaN;
    }
  }
  const sorted = sortedValues(values, (i) => isBuyer(values[i]));
  return new Population(rows, cols, values, sorted);
}

/** True when `matrix` holds exactly the cells `population` was read from (as far as they count). */
export function sameCells(population: Population, matrix: Matrix): boolean {
  const { rows, cols, values } = population;
  if (matrix.length !== rows) return false;
  if (cols === 1) return sameColumn(values, matrix);
  let k = 0;
  for (let r = 0; r < rows; r++) {
    const row = matrix[r];
    if (!Array.isArray(row) || row.length !== cols) return false;
    for (let c = 0; c < cols; c++) {
      const cell = row[c];
      const v = values[k++];
      // A number must be the same number; anything else must have been "not a number" (NaN).
      if (typeof cell === "number" ? cell !== v : v === v) return false;
    }
  }
  return true;
}

/** sameCells for one column, the copy-down case: one tight pass (a copy-down pays it on every call). */
function sameColumn(values: Float64Array, matrix: Matrix): boolean {
  const rows = values.length;
  for (let r = 0; r < rows; r++) {
    const row = matrix[r];
    if (!Array.isArray(row) || row.length !== 1) return false;
    const cell = row[0];
    if (typeof cell === "number") {
      if (cell !== values[r]) return false;
    } else if (values[r] === values[r]) {
      return false;
    }
  }
  return true;
}
