/**
 * Round half up (1.5 → 2, 2.5 → 3). The product is first snapped to 9 decimals so that float noise such as
 * 0.35 × 10 = 3.4999999999999996 rounds as the decimal it stands for.
 */
export function roundHalfUp(x: number): number {
  const snapped = Math.round(x * 1e9) / 1e9;
  return Math.floor(snapped + 0.5);
}
