/**
 * Round a money sum to 1e-6 so that float noise from summation order (0.1 + 0.2 vs 0.3) cannot break a tie
 * or make a total depend on row order. Amounts beyond ±9e9 are left as summed (1e-6 is below their precision).
 */
export function snapMoney(v: number): number {
  return v > -9e9 && v < 9e9 ? Math.round(v * 1e6) / 1e6 : v;
}

export function snapMoneyColumn(column: Float64Array): void {
  for (let i = 0; i < column.length; i++) column[i] = snapMoney(column[i]);
}
