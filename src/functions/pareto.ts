/* CRM.PARETO: the share of the total held by the top `top_share` of the customers, the engine's
   paretoTopShare (values > 0 only; count = round(top_share × N) half up, at least 1). */
import { paretoTopShare } from "../engine";
import { cellNumbers, fractionArg, matrixArg, matrixShape } from "./args";
import { divError } from "./errors";

export const DEFAULT_TOP_SHARE = 0.2;

export function computePareto(values: unknown, topShare: unknown): number {
  const matrix = matrixArg(values, "values");
  matrixShape(matrix, "values");
  const share = fractionArg(topShare, "top_share", { fallback: DEFAULT_TOP_SHARE, lowOpen: true });
  const result = paretoTopShare(cellNumbers(matrix), share);
  if (result === null)
    throw divError("values has no numbers above 0, so there is no total to share.");
  return result;
}
