import type { ProblemReason } from "./problemReason";
import type { Cell, Problem } from "../types";

/** Problems kept in the result; beyond this only a count is reported (a garbage sheet must not exhaust memory). */
export const MAX_PROBLEMS = 100000;

/** The problems of one run: the first MAX_PROBLEMS listed, all counted. */
export class ProblemList {
  readonly list: Problem[] = [];
  count = 0;

  add(row: number, column: number, value: Cell, reason: ProblemReason): void {
    this.count++;
    if (this.list.length < MAX_PROBLEMS) this.list.push({ row, column, value, reason });
  }

  /** How many problems are counted but not listed. */
  get unlisted(): number {
    return this.count - this.list.length;
  }
}
