/* CRM.TIER and CRM.TIERS: the tier of one value within a population, and of every cell of it.
   The rank and tie rule is the engine's (rankTiers.ts): rank = RANK.EQ descending among the values
   > 0; tier k when rank ≤ round(s_k × N), half up; ties share a tier. The functions only look the
   answer up in cut-offs the engine computes once per population and scheme. */
import { abcByCumulativeValue, tierCountLimits, tierCutoffs, tierOfValue } from "../engine";
import { lowerBound } from "../engine/schemes/rankTiers";
import { isMissing, Matrix, matrixArg, numberArg } from "./args";
import { naError } from "./errors";
import { Population } from "./population";
import { PopulationCache, populationCache, populationOf } from "./populationCache";
import { ResolvedScheme, resolveScheme } from "./scheme";

/** Tier index (into scheme.labels) of a ranked value (> 0) of the population. */
export type TierLookup = (value: number) => number;

/** The engine's answer for one population and scheme, as a lookup; computed once and kept. */
export function tierLookup(population: Population, scheme: ResolvedScheme): TierLookup {
  const { sorted } = population;
  // Local references: a lookup runs once per cell, and module bindings may be getters (CommonJS).
  const tierOf = tierOfValue;
  const positionOf = lowerBound;
  if (scheme.kind === "rank") {
    const cutoffs = population.memo(scheme.key, () =>
      tierCutoffs(sorted, tierCountLimits(sorted.length, scheme.cumulative))
    );
    return (value) => tierOf(value, cutoffs);
  }
  // ABC by cumulative value: the engine classes the ranked values (ascending); equal values share a class.
  const classes = population.memo(scheme.key, () => abcByCumulativeValue(sorted, scheme.cutoffs));
  return (value) => classes[positionOf(sorted, value)];
}

/** CRM.TIER: the label of `value` within `population`. */
export function computeTier(
  value: unknown,
  population: unknown,
  scheme: unknown,
  labels: unknown,
  cache: PopulationCache | null = populationCache
): string {
  const matrix = matrixArg(population, "population");
  const resolved = resolveScheme(scheme, labels);
  const pop = populationOf(matrix, cache);
  // A blank value gives an empty cell, as CRM.TIERS gives for a blank cell of the population.
  if (isMissing(value)) return "";
  const v = numberArg(value, "value");
  if (!(v > 0)) return resolved.inactive;
  if (!pop.hasRanked(v)) {
    throw naError(
      pop.sorted.length === 0
        ? "population has no numbers above 0 to rank value against."
        : `value ${v} is not in population (like RANK.EQ, the value must be one of the population's numbers).`
    );
  }
  return resolved.labels[tierLookup(pop, resolved)(v)];
}

/** The labels of every cell of a population, in its shape: "" for cells that are not numbers. */
export function labelCells(pop: Population, scheme: ResolvedScheme): string[][] {
  const lookup = tierLookup(pop, scheme);
  const { rows, cols, values } = pop;
  const { labels, inactive } = scheme;
  // Returning null would show 0 in Excel, so cells that are not numbers get "".
  const labelOf = (v: number): string =>
    v > 0 && v < Infinity ? labels[lookup(v)] : v === v ? inactive : "";
  const out: string[][] = new Array(rows);
  if (cols === 1) {
    for (let r = 0; r < rows; r++) out[r] = [labelOf(values[r])];
    return out;
  }
  let k = 0;
  for (let r = 0; r < rows; r++) {
    const row: string[] = new Array(cols);
    for (let c = 0; c < cols; c++) row[c] = labelOf(values[k++]);
    out[r] = row;
  }
  return out;
}

/** CRM.TIERS: one label per cell of the population, spilled in its shape. */
export function computeTiers(
  population: unknown,
  scheme: unknown,
  labels: unknown,
  cache: PopulationCache | null = populationCache
): string[][] {
  const matrix: Matrix = matrixArg(population, "population");
  const resolved = resolveScheme(scheme, labels);
  return labelCells(populationOf(matrix, cache), resolved);
}
