/* CRM.ROI: profit ÷ investment, the engine's roi with an investment given. */
import { roi } from "../engine";
import { numberArg } from "./args";
import { divError } from "./errors";

export function computeRoi(profit: unknown, investment: unknown): number {
  const p = numberArg(profit, "profit");
  const i = numberArg(investment, "investment");
  const result = roi(p, i).value;
  if (result === null)
    throw divError("investment is 0: ROI needs the money invested (cost to serve).");
  return result;
}
