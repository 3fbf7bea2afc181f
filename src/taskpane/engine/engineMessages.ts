import type { Cell, TieringSetup } from "../../engine";
import type { TieringData } from "./tieringData";

/** Pane → worker: one engine run. */
export interface EngineRequest {
  id: number;
  /** null: the same rows as the previous request (the worker keeps them, so edits do not re-send 200,000 rows). */
  rows: Cell[][] | null;
  setup: TieringSetup;
}

/** Worker → pane: the run's data, or why it failed. */
export type EngineResponse =
  { id: number; ok: true; data: TieringData } | { id: number; ok: false; error: string };
