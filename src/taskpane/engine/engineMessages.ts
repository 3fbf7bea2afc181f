import type { Cell, TieringResult, TieringSetup } from "../../engine";

/** Pane → worker: one engine run. */
export interface EngineRequest {
  id: number;
  /** null: the same rows as the previous request (the worker keeps them, so edits do not re-send 200,000 rows). */
  rows: Cell[][] | null;
  setup: TieringSetup;
}

/** Worker → pane: the run's result (plain data: structured cloning keeps all of it), or why it failed. */
export type EngineResponse =
  { id: number; ok: true; data: TieringResult } | { id: number; ok: false; error: string };
