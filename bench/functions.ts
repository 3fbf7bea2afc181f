/* Copy-down benchmark of the worksheet functions (issue 4), run by `npm run bench` (see bench/run.ts on the loader).
   1. 10,000 CRM.TIER calls, each given a FRESH COPY of one 10,000-value population, as Excel does
      when the formula is filled down. Making the copies is timed separately and subtracted.
      Target: ≤ 0.5 s beyond the copies.
   2. CRM.TIERS on 1,000,000 values in one call. Target: ≤ 0.5 s.
   Ends with one JSON line of the figures. */
import { performance } from "perf_hooks";
import { assignRankTiers, cumulativeShares, PYRAMID_TIERS } from "../src/engine";
import { tier, tiers } from "../src/functions/functions";
import { populationCache } from "../src/functions/populationCache";
import { mulberry32 } from "../src/double/seedCase";

/** Heavy-tailed spend rounded to cents, with some ties, zeros, blanks and text like a real column. */
function population(n: number, seed: number): unknown[] {
  const random = mulberry32(seed);
  const out: unknown[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const u = random();
    if (u < 0.01) out[i] = "";
    else if (u < 0.015) out[i] = "n/a";
    else if (u < 0.03) out[i] = 0;
    else out[i] = Math.round(100 * Math.exp(6 + 2 * random())) / 100;
  }
  return out;
}

/** A fresh copy of a column range as Excel passes it: new row arrays every time. */
const freshCopy = (column: readonly unknown[]): unknown[][] => column.map((v) => [v]);

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1];

/**
 * `calls` copy-down calls, each on a fresh copy. Two measures of the functions' own time: the time
 * around each call (copies timed separately), and the whole loop minus a loop that only makes the copies.
 */
function copyDown(
  column: unknown[],
  calls: number
): { callMs: number; copyMs: number; loopMs: number; copyLoopMs: number } {
  populationCache.clear();
  const counts = new Map<string, number>();
  let callMs = 0;
  let copyMs = 0;
  const start = performance.now();
  for (let i = 0; i < calls; i++) {
    const t0 = performance.now();
    const copy = freshCopy(column);
    const t1 = performance.now();
    let label: string;
    try {
      label = tier(copy[i % column.length][0], copy);
    } catch (error) {
      label = (error as { code: string }).code; // Excel shows the error value, e.g. #VALUE! for "n/a"
    }
    const t2 = performance.now();
    copyMs += t1 - t0;
    callMs += t2 - t1;
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  const loopMs = performance.now() - start;
  let sink = 0;
  const t3 = performance.now();
  for (let i = 0; i < calls; i++) {
    const copy = freshCopy(column);
    sink += copy.length;
    counts.set("copy", (counts.get("copy") ?? 0) + 1);
  }
  const copyLoopMs = performance.now() - t3;
  if (sink !== calls * column.length) throw new Error("copies went missing");
  return { callMs, copyMs, loopMs, copyLoopMs };
}

function main(): void {
  const N = 10_000;
  const CALLS = 10_000;
  const column = population(N, 42);

  // Warm up the JIT, then three runs; the figure is the median of (calls − copies).
  copyDown(column, 500);
  const runs = [0, 1, 2].map(() => copyDown(column, CALLS));
  const tierNetMs = median(runs.map((r) => r.callMs));
  const copyMs = median(runs.map((r) => r.copyMs));
  const loopNetMs = median(runs.map((r) => r.loopMs - r.copyLoopMs));
  console.log(
    `CRM.TIER copy-down: ${CALLS.toLocaleString("en")} calls × fresh copy of ${N.toLocaleString("en")} values: ` +
      `${tierNetMs.toFixed(0)} ms in the calls, ${copyMs.toFixed(0)} ms making the copies (target ≤ 500 ms; ` +
      `loop minus copy-only loop: ${loopNetMs.toFixed(0)} ms); cache ${JSON.stringify(populationCache.stats())}`
  );

  const BIG = 1_000_000;
  const bigColumn = population(BIG, 7);
  const bigRange = freshCopy(bigColumn);
  const tiersRuns: number[] = [];
  let spilled: string[][] = [];
  for (let run = 0; run < 3; run++) {
    populationCache.clear();
    const range = freshCopy(bigColumn);
    const t0 = performance.now();
    spilled = tiers(range);
    tiersRuns.push(performance.now() - t0);
  }
  const tiersMs = median(tiersRuns);
  // Same answer as the engine's pyramid tiers.
  const values = Float64Array.from(bigRange, (row) => (typeof row[0] === "number" ? row[0] : NaN));
  const engine = assignRankTiers(values, cumulativeShares(PYRAMID_TIERS.map((t) => t.share)));
  const labels = PYRAMID_TIERS.map((t) => t.label);
  let agree = true;
  for (let i = 0; i < BIG && agree; i++) {
    const expected = engine[i] >= 0 ? labels[engine[i]] : Number.isNaN(values[i]) ? "" : "Inactive";
    agree = spilled[i][0] === expected;
  }
  console.log(
    `CRM.TIERS on ${BIG.toLocaleString("en")} values: ${tiersMs.toFixed(0)} ms (median of 3, target ≤ 500 ms); agrees with the engine: ${agree}`
  );
  console.log(
    JSON.stringify({
      tier_calls: CALLS,
      population: N,
      tier_copy_down_ms: Math.round(tierNetMs),
      tier_loop_minus_copies_ms: Math.round(loopNetMs),
      copies_ms: Math.round(copyMs),
      tiers_values: BIG,
      tiers_ms: Math.round(tiersMs),
      tiers_agree: agree,
    })
  );
  if (!agree) process.exitCode = 1;
}

main();
