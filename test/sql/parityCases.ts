import { mulberry32, seedCaseWorkbook, SEED_COLUMNS } from "../../src/double/seedCase";
import type { Cell } from "../../src/engine";

/** The seed sample in the parity table's column order (revenue − cost as the profit). */
export function seedRows(): Cell[][] {
  const c = SEED_COLUMNS;
  return seedCaseWorkbook().rows.map((r) => [
    r[c.customer],
    r[c.revenue],
    typeof r[c.revenue] === "number" && typeof r[c.cost] === "number"
      ? (r[c.revenue] as number) - (r[c.cost] as number)
      : null,
    r[c.date],
    r[c.status],
  ]);
}

const SPELLINGS = [
  (id: string) => id,
  (id: string) => `  ${id.toLowerCase()} `,
  (id: string) => id.replace(/[A-Z0-9]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0)),
  (id: string) => id.replace(" ", "   ").replace(/^/, "\u3000"),
  (id: string) => `${id}\t`,
];
const STATUSES = [
  "",
  "Customer",
  "Prospect",
  "LEAD",
  "unqualified",
  "contact",
  "潜在客户",
  "线索",
  "ｑｕａｌｉｆｉｅｄ",
  null,
];

/**
 * Seeded random sales: few distinct amounts (heavy ties at every tier boundary), returns, zero rows,
 * undated contact rows, messy id spellings, rows outside the 12-month period and a status column.
 */
export function randomRows(seed: number, customers: number): Cell[][] {
  const rand = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const rows: Cell[][] = [];
  const amounts = [10, 20, 20, 50, 100, 0.1, 0.2, 0.3];
  for (let i = 0; i < customers; i++) {
    const id = `Cust ${String.fromCharCode(65 + (i % 26))}${i}`;
    const n = 1 + Math.floor(rand() * 4);
    for (let j = 0; j < n; j++) {
      const roll = rand();
      const spelled = pick(SPELLINGS)(id);
      const day = 45000 + Math.floor(rand() * 800);
      if (roll < 0.1) rows.push([spelled, null, null, null, pick(STATUSES)]);
      else if (roll < 0.2) rows.push([spelled, -pick(amounts), -1, day, pick(STATUSES)]);
      else rows.push([spelled, pick(amounts), pick([1, 2, null]), day, pick(STATUSES)]);
    }
  }
  for (let k = rows.length - 1; k > 0; k--) {
    const j = Math.floor(rand() * (k + 1));
    [rows[k], rows[j]] = [rows[j], rows[k]];
  }
  return rows;
}
