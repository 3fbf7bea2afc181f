// npm run bench: the core job (1,000,000 transaction rows over 200,000 customers, given as range.values-style
// rows → per-customer totals, pyramid tiers, per-tier summary, one label per input row) with the engine,
// Arquero and DuckDB in one process; medians of several runs; the engine's extra peak RSS in a child process.
// Run as `node --expose-gc --require tsx/cjs bench/run.ts` (npm run bench): TypeScript through tsx's CommonJS
// hook only. `--import tsx` adds its ESM loader as well, and under it the very same compiled engine ran
// 15–20% slower here (its profile showed more garbage-collection time and different inlining); the add-in
// itself runs a webpack bundle, with no loader at all.
import { execFileSync } from "node:child_process";
import path from "node:path";
import { arqueroJob } from "./arqueroJob";
import { duckdbJob } from "./duckdbJob";
import { engineJob } from "./engineJob";
import { engineShapes } from "./shapes";
import type { Cell } from "../src/engine";
import { generateRows, type JobOutput } from "./generate";

const ROWS = 1000000;
const CUSTOMERS = 200000;
const ENGINE_RUNS = 9;
const OTHER_RUNS = 3;
const FRESH_RUNS = 5;

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function time(
  name: string,
  runs: number,
  job: () => JobOutput | Promise<JobOutput>
): Promise<{ ms: number; output: JobOutput }> {
  const times: number[] = [];
  let output: JobOutput | undefined;
  // Each tool starts from a collected heap, so none pays for the garbage the data generator or the tool
  // before it left behind (npm run bench exposes gc; the runs themselves are never collected for).
  (globalThis as { gc?: () => void }).gc?.();
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    output = await job();
    times.push(performance.now() - t0);
  }
  const ms = median(times);
  console.log(
    `${name.padEnd(8)} median ${ms.toFixed(1)} ms  (runs: ${times.map((t) => t.toFixed(0)).join(", ")})`
  );
  return { ms, output: output! };
}

function sameCounts(a: JobOutput, b: JobOutput): boolean {
  const keys = new Set([...Object.keys(a.counts), ...Object.keys(b.counts)]);
  return [...keys].every((k) => (a.counts[k] ?? 0) === (b.counts[k] ?? 0));
}

function sameLabels(a: JobOutput, b: JobOutput): boolean {
  if (a.labels.length !== b.labels.length) return false;
  for (let i = 0; i < a.labels.length; i++) if (a.labels[i] !== b.labels[i]) return false;
  return true;
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const { rows } = generateRows(ROWS, CUSTOMERS);
  console.log(
    `generated ${ROWS.toLocaleString("en")} rows over ${CUSTOMERS.toLocaleString("en")} customers in ${(performance.now() - t0).toFixed(0)} ms`
  );

  const engine = await time("engine", ENGINE_RUNS, () => engineJob(rows));
  // Excel hands range.values over as new strings on every read; the runs above reuse one array, whose
  // strings stay hot. This line gives each run a fresh copy (made outside the timing), as Excel would.
  const json = JSON.stringify(rows);
  const freshTimes: number[] = [];
  (globalThis as { gc?: () => void }).gc?.();
  for (let i = 0; i < FRESH_RUNS; i++) {
    const fresh = JSON.parse(json) as Cell[][];
    const t0 = performance.now();
    engineJob(fresh);
    freshTimes.push(performance.now() - t0);
  }
  console.log(
    `engine on fresh cells each run: median ${median(freshTimes).toFixed(1)} ms  (runs: ${freshTimes.map((t) => t.toFixed(0)).join(", ")})`
  );
  engineShapes(rows);
  const arquero = await time("arquero", OTHER_RUNS, () => arqueroJob(rows));
  const duckdb = await time("duckdb", OTHER_RUNS, () => duckdbJob(rows));

  console.log("tier counts (engine):", JSON.stringify(engine.output.counts));
  const agree =
    sameCounts(engine.output, arquero.output) && sameCounts(engine.output, duckdb.output);
  const labelsAgree =
    sameLabels(engine.output, arquero.output) && sameLabels(engine.output, duckdb.output);
  console.log(`tier counts agree: ${agree}; per-row labels agree: ${labelsAgree}`);
  if (!agree) {
    console.log("arquero:", JSON.stringify(arquero.output.counts));
    console.log("duckdb:", JSON.stringify(duckdb.output.counts));
  }

  const child = execFileSync(
    process.execPath,
    [
      "--expose-gc",
      "--require",
      "tsx/cjs",
      path.join(__dirname, "engineMemory.ts"),
      String(ROWS),
      String(CUSTOMERS),
      "3",
    ],
    { encoding: "utf8", cwd: path.join(__dirname, "..") }
  );
  const memory = JSON.parse(child.trim().split("\n").pop() ?? "{}") as { extraPeakRssMb: number };

  console.log(`engine vs duckdb: ${(duckdb.ms / engine.ms).toFixed(1)}x faster (target ≥ 4x)`);
  console.log(`engine vs arquero: ${(arquero.ms / engine.ms).toFixed(1)}x faster (target ≥ 10x)`);
  console.log(`engine extra peak RSS: ${memory.extraPeakRssMb.toFixed(1)} MB (target ≤ 80 MB)`);
  console.log(
    JSON.stringify({
      rows: ROWS,
      customers: CUSTOMERS,
      engine_ms: Math.round(engine.ms * 10) / 10,
      arquero_ms: Math.round(arquero.ms * 10) / 10,
      duckdb_ms: Math.round(duckdb.ms * 10) / 10,
      engine_peak_rss_mb: Math.round(memory.extraPeakRssMb * 10) / 10,
    })
  );
  if (!agree) process.exitCode = 1;
}

void main();
