/* CRM.ROI: profit ÷ investment, the engine's roi with an investment given. */
import { roi } from "../engine";
import { numberArg } from "./args";
import { divError, numError } from "./errors";

export function computeRoi(profit: unknown, investment: unknown): number {
  const p = numberArg(profit, "profit");
  const i = numberArg(investment, "investment");
  if (i === 0) throw divError("investment is 0: ROI needs the money invested (cost to serve).");
  const result = roi(p, i).value;
  if (result === null)
    throw numError(`profit ÷ investment is too large to represent (${p} ÷ ${i}).`);
  return result;
}
