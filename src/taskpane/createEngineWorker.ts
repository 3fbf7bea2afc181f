import type { EngineRequest, EngineResponse } from "./engine/engineMessages";
import type { RunEngine } from "./engine/runEngine";
import type { TieringResult } from "../engine";

// The only file that touches import.meta (webpack 5 bundles the worker from this URL). ts-jest compiles
// to CommonJS, where import.meta does not exist, so nothing under test imports this file.

/** A RunEngine that runs each request in one long-lived Web Worker; answers are matched by id. */
export function createWorkerRunEngine(): RunEngine {
  const worker = new Worker(new URL("./engine.worker.ts", import.meta.url));
  const pending = new Map<
    number,
    { resolve: (r: TieringResult) => void; reject: (e: Error) => void }
  >();
  let nextId = 1;
  let sentRows: unknown = null;
  worker.onmessage = (event: MessageEvent<EngineResponse>) => {
    const message = event.data;
    const waiter = pending.get(message.id);
    if (!waiter) return;
    pending.delete(message.id);
    if (message.ok) waiter.resolve(message.data);
    else waiter.reject(new Error(message.error));
  };
  worker.onerror = (event) => {
    for (const waiter of pending.values())
      waiter.reject(new Error(event.message || "engine worker failed"));
    pending.clear();
  };
  return (rows, setup) =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      const request: EngineRequest = { id, rows: rows === sentRows ? null : rows, setup };
      sentRows = rows;
      worker.postMessage(request);
    });
}
