// Other sheet shapes than the core job's (codes and amounts): the same 1,000,000 rows over 200,000 customers
// with a date column, with customer names, with Chinese names, with numeric ids, and with amounts or dates as
// text. Each shape gets its own
// freshly deserialised rows (as Excel delivers them) and 5 engine runs; one line per shape with the median.
import { rowLabels, runTiering, serialToYmd, type Cell, type TieringSetup } from "../src/engine";

const RUNS = 5;

interface Shape {
  name: string;
  /** The id cell for the core data's id (e.g. "CUST-0001234"). */
  id: (code: string) => Cell;
  dated: boolean;
  /** The amount cell for the core data's amount (default: the number itself). */
  amount?: (value: number) => Cell;
  /** The date cell for the core data's serial date (default: the serial itself). */
  date?: (serial: number) => Cell;
}

const digits = (code: string): string => code.slice(5);

const asMoneyText = new Intl.NumberFormat("en-US", {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

const SHAPES: Shape[] = [
  { name: "with a date column (period, Inactive)", id: (code) => code, dated: true },
  {
    name: "customer names (28 characters)",
    id: (code) => `Customer ${digits(code)} Trading Ltd`,
    dated: false,
  },
  {
    name: "Chinese names (客户…贸易有限公司)",
    id: (code) => `客户${digits(code)}贸易有限公司`,
    dated: false,
  },
  { name: "numeric ids", id: (code) => 100000 + Number(digits(code)), dated: false },
  {
    name: "dates as text (2024-03-15)",
    id: (code) => code,
    dated: true,
    date: (serial) =>
      serialToYmd(serial)
        .map((part, k) => String(part).padStart(k === 0 ? 4 : 2, "0"))
        .join("-"),
  },
  {
    name: 'amounts as text ("1,234.56")',
    id: (code) => code,
    dated: false,
    amount: (value) => asMoneyText.format(value),
  },
];

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1];

/** Print one line per shape: the engine's median over RUNS runs (core job plus labels per row). */
export function engineShapes(rows: Cell[][]): void {
  for (const shape of SHAPES) {
    const json = JSON.stringify(
      rows.map((row) => {
        const amount = shape.amount ? shape.amount(row[1] as number) : row[1];
        const date = shape.date ? shape.date(row[2] as number) : row[2];
        return shape.dated
          ? [shape.id(row[0] as string), amount, date]
          : [shape.id(row[0] as string), amount];
      })
    );
    const setup: TieringSetup = {
      mapping: shape.dated ? { customer: 0, revenue: 1, date: 2 } : { customer: 0, revenue: 1 },
      scheme: { kind: "pyramid", tiers: [] },
    };
    const fresh = JSON.parse(json) as Cell[][];
    (globalThis as { gc?: () => void }).gc?.();
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const t0 = performance.now();
      rowLabels(runTiering(fresh, setup));
      times.push(performance.now() - t0);
    }
    console.log(
      `engine, ${shape.name}: median ${median(times).toFixed(1)} ms  (runs: ${times.map((t) => t.toFixed(0)).join(", ")})`
    );
  }
}
