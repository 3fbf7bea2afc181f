/** Workbooks and set-ups for the adapter tests. */
import { runTiering, type TieringResult } from "../../src/engine";
import { PYRAMID_TIERS } from "../../src/engine";
import type { SourceData } from "../../src/excel/gateway";
import { DEFAULT_OUTPUT, type RunSetup, type SourceRef } from "../../src/excel/runSetup";
import type { CellValue, WorkbookJson } from "../../src/double";

export const HEADER = ["Customer", "Revenue", "Cost"];

/** n transaction rows over `customers` customers (two rows each when n = 2 × customers). */
export function salesRows(n: number, customers = n): CellValue[][] {
  return Array.from({ length: n }, (_, i) => {
    const c = i % customers;
    return [`C${String(c + 1).padStart(6, "0")}`, 1000 + ((c * 7919) % 100000), 100 + (c % 50)];
  });
}

export function rangeWorkbook(
  rows: CellValue[][],
  extra: Partial<WorkbookJson> = {}
): WorkbookJson {
  return {
    sheets: [{ name: "Sales", values: [HEADER, ...rows] }],
    selection: "Sales!B3",
    ...extra,
  };
}

export function setupFor(source: SourceRef, overrides: Partial<RunSetup> = {}): RunSetup {
  return {
    version: 1,
    source,
    includeHiddenRows: true,
    tiering: {
      mapping: { customer: 0, revenue: 1, cost: 2 },
      scheme: pyramidScheme(),
    },
    output: { ...DEFAULT_OUTPUT, currency: "USD" },
    ...overrides,
  };
}

export function pyramidScheme(): RunSetup["tiering"]["scheme"] {
  return { kind: "pyramid", tiers: PYRAMID_TIERS };
}

export function tier(data: SourceData, setup: RunSetup): TieringResult {
  return runTiering(data.rows, setup.tiering);
}

export const FIXED_NOW = () => new Date("2025-01-31T12:00:00Z");
