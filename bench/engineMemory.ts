// Child process: the engine's extra peak memory, measured alone. A worker thread samples the process RSS
// (shared by all threads) every millisecond while the main thread runs the job; extra = peak − RSS before.
import { Worker } from "node:worker_threads";
import { engineJob } from "./engineJob";
import { generateRows } from "./generate";

const SAMPLER = `
const { workerData, parentPort } = require("node:worker_threads");
const peak = new Float64Array(workerData);
const tick = () => { const rss = process.memoryUsage.rss(); if (rss > peak[0]) peak[0] = rss; };
const timer = setInterval(tick, 1);
parentPort.on("message", () => { clearInterval(timer); tick(); parentPort.postMessage("done"); });
`;

async function main(): Promise<void> {
  const [rowCount, customerCount, runs] = process.argv.slice(2).map(Number);
  const { rows } = generateRows(rowCount, customerCount);
  const gc = (globalThis as { gc?: () => void }).gc;
  let extra = 0;
  for (let run = 0; run < runs; run++) {
    gc?.();
    await new Promise((r) => setTimeout(r, 50));
    const before = process.memoryUsage.rss();
    const shared = new SharedArrayBuffer(8);
    const peak = new Float64Array(shared);
    peak[0] = before;
    const worker = new Worker(SAMPLER, { eval: true, workerData: shared });
    await new Promise((r) => setTimeout(r, 20));
    const output = engineJob(rows);
    await new Promise<void>((resolve) => {
      worker.once("message", () => resolve());
      worker.postMessage("stop");
    });
    await worker.terminate();
    extra = Math.max(extra, (Math.max(peak[0], process.memoryUsage.rss()) - before) / 1048576);
    if (output.labels.length !== rows.length) throw new Error("labels missing");
  }
  process.stdout.write(JSON.stringify({ extraPeakRssMb: extra, gc: gc !== undefined }) + "\n");
}

void main();
