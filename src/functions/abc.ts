/* CRM.ABC: A/B/C by cumulative value, the engine's abcByCumulativeValue (the customer whose value
   crosses a cut-off belongs to the higher class; tied values share a class). */
import { ABC_VALUE_CUTOFFS } from "../engine";
import { fractionArg, matrixArg } from "./args";
import { numError } from "./errors";
import { PopulationCache, populationCache, populationOf } from "./populationCache";
import { abcScheme } from "./scheme";
import { labelCells } from "./tier";

export function computeAbc(
  values: unknown,
  aShare: unknown,
  bShare: unknown,
  cache: PopulationCache | null = populationCache
): string[][] {
  const matrix = matrixArg(values, "values");
  const a = fractionArg(aShare, "a_share", { fallback: ABC_VALUE_CUTOFFS[0], lowOpen: true });
  const b = fractionArg(bShare, "b_share", { fallback: ABC_VALUE_CUTOFFS[1], lowOpen: true });
  if (b < a) throw numError(`b_share (${b}) must be at least a_share (${a}).`);
  return labelCells(populationOf(matrix, cache, "values"), abcScheme([a, b]));
}
