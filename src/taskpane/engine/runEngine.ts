import { runTiering, type Cell, type TieringResult, type TieringSetup } from "../../engine";

/**
 * How the pane runs the engine. Production passes a Web Worker-backed function (createEngineWorker.ts)
 * so a large sheet never freezes the pane; tests and the playground may run it in-line.
 */
export type RunEngine = (rows: Cell[][], setup: TieringSetup) => Promise<TieringResult>;

/** The engine on the calling thread, behind the same promise-returning signature. */
export const runEngineInline: RunEngine = (rows, setup) => Promise.resolve(runTiering(rows, setup));
