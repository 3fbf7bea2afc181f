import type { TieringResult } from "../../engine";

/**
 * What crosses the worker boundary: a TieringResult is plain data (typed arrays, arrays, objects), so
 * structured cloning keeps all of it and nothing needs stripping or rebuilding.
 */
export type TieringData = TieringResult;

export const toTieringData = (result: TieringResult): TieringData => result;

export const fromTieringData = (data: TieringData): TieringResult => data;
