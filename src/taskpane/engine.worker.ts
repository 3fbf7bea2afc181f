import { runTiering, type Cell } from "../engine";
import type { EngineRequest, EngineResponse } from "./engine/engineMessages";

// Runs the tiering engine off the pane's thread. The tsconfig has the DOM lib, not WebWorker, so the
// worker scope is described by the two members used.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<EngineRequest>) => void) | null;
  postMessage(message: EngineResponse): void;
};

let lastRows: Cell[][] = [];

scope.onmessage = (event) => {
  const { id, rows, setup } = event.data;
  if (rows) lastRows = rows;
  try {
    scope.postMessage({ id, ok: true, data: runTiering(lastRows, setup) });
  } catch (error) {
    scope.postMessage({ id, ok: false, error: String(error) });
  }
};
