// The value matrix: perceived value (CPV, e.g. a satisfaction score) × lifetime value (CLV).
// A value at or above its axis's split point is "high". Quadrant indices follow presets.VALUE_MATRIX_TIERS:
// 0 ideal (high, high), 1 potential (low CPV, high CLV), 2 problem (high CPV, low CLV), 3 chicken rib (low, low).
export const QUADRANT_IDEAL = 0;
export const QUADRANT_POTENTIAL = 1;
export const QUADRANT_PROBLEM = 2;
export const QUADRANT_CHICKEN_RIB = 3;

export function valueQuadrant(
  cpv: number,
  clv: number,
  cpvSplit: number,
  clvSplit: number
): number {
  const highCpv = cpv >= cpvSplit;
  const highClv = clv >= clvSplit;
  if (highCpv && highClv) return QUADRANT_IDEAL;
  if (highClv) return QUADRANT_POTENTIAL;
  if (highCpv) return QUADRANT_PROBLEM;
  return QUADRANT_CHICKEN_RIB;
}

/** Quadrant per customer; -1 where either value is missing (non-finite). */
export function valueQuadrants(
  cpv: ArrayLike<number>,
  clv: ArrayLike<number>,
  cpvSplit: number,
  clvSplit: number
): Int32Array {
  const out = new Int32Array(cpv.length).fill(-1);
  for (let i = 0; i < cpv.length; i++) {
    if (Number.isFinite(cpv[i]) && Number.isFinite(clv[i]))
      out[i] = valueQuadrant(cpv[i], clv[i], cpvSplit, clvSplit);
  }
  return out;
}
