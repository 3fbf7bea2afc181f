// The engine's laws, checked on one sheet and set-up against an oracle written from README's rules
// ("How tiers are computed" > "Input and parsing"), cell by cell, without the engine's fast paths.
import {
  customerKey,
  parseDate,
  parseNumber,
  type Cell,
  type TieringResult,
  type TieringSetup,
} from "../../src/engine";
import { idKey, idText } from "../../src/engine/ids/idKey";
import { isBlank, isExcelError } from "../../src/engine/parse/parseNumber";
import { MAX_AMOUNT_SUM, SUM_TOO_LARGE } from "../../src/engine/parse/readRows";

/** Throws naming the first figure that is Infinity or NaN (null means "no value" and is fine). */
export function expectFiguresFinite(r: TieringResult): void {
  const check = (v: unknown, where: string): void => {
    if (v === null || v === undefined || typeof v === "string" || typeof v === "boolean") return;
    if (typeof v === "number") {
      if (!Number.isFinite(v)) throw new Error(`${where} is ${v}`);
      return;
    }
    if (ArrayBuffer.isView(v)) {
      const a = v as unknown as ArrayLike<number>;
      for (let i = 0; i < a.length; i++) check(a[i], `${where}[${i}]`);
      return;
    }
    if (typeof v === "object") for (const [k, x] of Object.entries(v)) check(x, `${where}.${k}`);
  };
  check(r.summary, "summary");
  check(r.pareto, "pareto");
  check(r.whale, "whale");
  check(r.whatIf, "whatIf");
  check(r.period, "period");
  const c = r.customers;
  check(
    {
      revenue: c.revenue,
      profit: c.profit,
      cost: c.cost,
      investment: c.investment,
      share: c.share,
      cumulativeShare: c.cumulativeShare,
      rank: c.rank,
      orders: c.orders,
    },
    "customers"
  );
  // Per-customer CLV is NaN ("no value") for customers without one, by design; never ±Infinity.
  if (c.clv)
    for (let i = 0; i < c.count; i++)
      if (Math.abs(c.clv[i]) === Infinity) throw new Error(`clv[${i}] is ${c.clv[i]}`);
}

/** What README says the engine does with one row, before the per-customer size check. */
interface RowVerdict {
  /** Fully blank row (or not a row): no customer, no amount. */
  blank: boolean;
  key: string | null;
  /** Columns of cells that are bad in themselves (the row is skipped). */
  bad: number[];
  /** Score and CLV cells that are bad: listed, and the row still used. */
  listed: number[];
  revenue: number;
  date: number;
}

const amountOf = (cell: Cell): number | null => {
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : null;
  if (cell === "" || cell === null || cell === undefined) return 0;
  const p = parseNumber(cell);
  return p.ok ? p.value : p.reason === "blank" ? 0 : null;
};

function verdict(row: unknown, setup: TieringSetup): RowVerdict {
  const m = setup.mapping;
  const out: RowVerdict = { blank: false, key: null, bad: [], listed: [], revenue: 0, date: NaN };
  if (!Array.isArray(row)) {
    out.bad.push(0);
    return out;
  }
  const cells = row as Cell[];
  const id = cells[m.customer as number];
  const matching = setup.options?.idMatching ?? "normalized";
  if (typeof id === "number" && Number.isFinite(id)) out.key = idKey(idText(id), matching);
  else if (typeof id === "string" && id.trim() !== "" && !isExcelError(id))
    out.key = idKey(id, matching);
  if (out.key === null) {
    if (cells.every((c) => isBlank(c))) {
      out.blank = true;
      return out;
    }
    out.bad.push(m.customer as number);
  }
  const money = (role: "revenue" | "cost" | "profit" | "investment"): number => {
    const c = m[role];
    if (c === undefined) return 0;
    const v = amountOf(cells[c]);
    if (v === null) {
      out.bad.push(c);
      return 0;
    }
    return v;
  };
  out.revenue = money("revenue");
  money("cost");
  if (m.profit !== undefined && !(m.cost !== undefined && isBlank(cells[m.profit])))
    money("profit");
  if (m.investment !== undefined && money("investment") < 0) out.bad.push(m.investment);
  if (m.date !== undefined) {
    const cell = cells[m.date];
    if (typeof cell === "number" && cell >= 61 && cell <= 2958465) out.date = cell;
    else {
      const p = parseDate(cell);
      if (p.ok) out.date = p.value;
      else if (p.reason !== "blank" || out.revenue !== 0) out.bad.push(m.date);
    }
  }
  for (const role of ["score", "clv"] as const) {
    const c = m[role];
    if (c === undefined) continue;
    const p = parseNumber(cells[c]);
    if (p.ok ? Math.abs(p.value) > MAX_AMOUNT_SUM : p.reason !== "blank") out.listed.push(c);
  }
  return out;
}

const close = (a: number, b: number, scale: number): boolean =>
  Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b), scale);

/**
 * Checks every law of issue 14 on one run: rows used + skipped = rows; every customer has a used row and
 * every used row's key is a customer; every customer one tier, buyers a ranked one; tier counts add up
 * to the customers; revenue is the sum of the valid amounts in the period; every figure is finite or
 * null; every bad cell is reported at its address, and nothing else is.
 */
export function checkLaws(rows: Cell[][], setup: TieringSetup, r: TieringResult): void {
  const n = rows.length;
  if (r.rowsUsed + r.rowsSkipped !== n) throw new Error("rows used + skipped ≠ rows");
  if (r.rowCustomer.length !== n || r.rowTier.length !== n) throw new Error("row arrays ≠ rows");

  // The oracle's verdict per row, then README's size rule per customer and money column.
  const verdicts = rows.map((row) => verdict(row, setup));
  const m = setup.mapping;
  const moneyColumns = [m.revenue, m.cost, m.profit, m.investment].filter(
    (c): c is number => c !== undefined
  );
  const sums = new Map<string, number[]>();
  verdicts.forEach((v, i) => {
    if (v.key === null || v.bad.length > 0) return;
    const s = sums.get(v.key) ?? moneyColumns.map(() => 0);
    moneyColumns.forEach((c, k) => (s[k] += Math.abs(amountOf(rows[i][c]) ?? 0)));
    sums.set(v.key, s);
  });
  const expected = new Set<string>();
  const usedKeys = new Set<string>();
  let used = 0;
  verdicts.forEach((v, i) => {
    for (const c of [...v.bad, ...v.listed]) expected.add(`${i}:${c}`);
    if (v.key === null || v.bad.length > 0) return;
    const s = sums.get(v.key)!;
    const over = moneyColumns.filter((_, k) => !(s[k] <= MAX_AMOUNT_SUM));
    for (const c of over) expected.add(`${i}:${c}:${SUM_TOO_LARGE.code}`);
    if (over.length > 0) return;
    used++;
    usedKeys.add(v.key);
  });

  if (r.rowsUsed !== used) throw new Error(`rows used ${r.rowsUsed}, expected ${used}`);
  const c = r.customers;
  if (c.count !== usedKeys.size) throw new Error(`${c.count} customers, expected ${usedKeys.size}`);
  const perCustomer = new Int32Array(c.count);
  for (let i = 0; i < n; i++) {
    const k = r.rowCustomer[i];
    if (k < -1 || k >= c.count) throw new Error(`row ${i}: customer ${k}`);
    if (k >= 0 !== r.rowTier[i] >= 0) throw new Error(`row ${i}: tier without customer`);
    if (k >= 0) {
      perCustomer[k]++;
      const key = customerKey(c, k);
      if (key !== verdicts[i].key) throw new Error(`row ${i}: key ${key} ≠ ${verdicts[i].key}`);
      if (r.rowTier[i] !== c.tier[k]) throw new Error(`row ${i}: row tier ≠ customer tier`);
    }
  }
  for (let k = 0; k < c.count; k++) {
    if (perCustomer[k] === 0) throw new Error(`customer ${c.id[k]} has no used row`);
    const t = c.tier[k];
    if (!(t >= 0 && t < r.tiers.length)) throw new Error(`customer ${k}: tier ${t}`);
    // A buyer is in a ranked tier, except under RFM without dates (nobody can be scored: a warning says so).
    const scored = setup.scheme.kind !== "rfm" || setup.mapping.date !== undefined;
    if (scored && c.revenue[k] > 0 && r.tiers[t].group !== "ranked")
      throw new Error(`buyer ${c.id[k]} is in ${r.tiers[t].key}`);
  }
  const tierCounts = r.summary.rows.reduce((s, row) => s + row.customers, 0);
  if (tierCounts !== c.count) throw new Error(`tier counts ${tierCounts} ≠ ${c.count} customers`);

  // Revenue: the valid amounts of the used rows in the period (rows without a date count as in it).
  let revenue = 0;
  let scale = 0;
  const p = r.period;
  for (let i = 0; i < n; i++) {
    if (r.rowCustomer[i] < 0) continue;
    const d = verdicts[i].date;
    if (p && d === d && (Math.floor(d) < p.start || Math.floor(d) > p.end)) continue;
    revenue += verdicts[i].revenue;
    scale += Math.abs(verdicts[i].revenue);
  }
  let engineRevenue = 0;
  for (let k = 0; k < c.count; k++) engineRevenue += c.revenue[k];
  if (!close(engineRevenue, revenue, scale))
    throw new Error(`revenue ${engineRevenue} ≠ ${revenue}`);
  const summaryRevenue = r.summary.rows.reduce((s, row) => s + row.revenue, 0);
  if (!close(summaryRevenue, revenue, scale))
    throw new Error(`summary revenue ${summaryRevenue} ≠ ${revenue}`);

  expectFiguresFinite(r);

  // Problems: exactly the bad cells, each at its row and column.
  const reported = new Set<string>();
  for (const problem of r.problems) {
    const plain = `${problem.row}:${problem.column}`;
    const sumTooLarge = problem.reason.code === SUM_TOO_LARGE.code;
    reported.add(sumTooLarge ? `${plain}:${SUM_TOO_LARGE.code}` : plain);
  }
  for (const cell of expected)
    if (!reported.has(cell)) throw new Error(`bad cell ${cell} not reported`);
  for (const cell of reported)
    if (!expected.has(cell)) throw new Error(`problem ${cell} is no bad cell`);
}

/** The figures of a run that must not depend on row order, keyed by customer key. */
export function orderFree(r: TieringResult): unknown {
  const c = r.customers;
  const customers = Array.from({ length: c.count }, (_, k) => ({
    key: customerKey(c, k),
    revenue: c.revenue[k],
    profit: c.profit[k],
    cost: c.cost[k],
    investment: c.investment[k],
    orders: c.orders[k],
    tier: c.tier[k],
    rank: c.rank[k],
    share: c.share[k],
    cumulativeShare: c.cumulativeShare[k],
    churn: c.churn?.[k],
    rfm: c.rfm ? [c.rfm.recency[k], c.rfm.frequency[k], c.rfm.monetary[k], c.rfm.segment[k]] : null,
  })).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return {
    customers,
    summary: r.summary,
    pareto: r.pareto,
    whale: r.whale,
    whatIf: r.whatIf,
    period: r.period,
    rowsUsed: r.rowsUsed,
    problems: r.problems.length,
  };
}

/** Deep equality with numbers compared to 1e-9 relative (sums of many cells may round differently). */
export function sameFigures(a: unknown, b: unknown, where = "result"): void {
  if (typeof a === "number" && typeof b === "number") {
    if (a === b || (a !== a && b !== b) || close(a, b, 0)) return;
    throw new Error(`${where}: ${a} ≠ ${b}`);
  }
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") {
    if (a !== b) throw new Error(`${where}: ${String(a)} ≠ ${String(b)}`);
    return;
  }
  const ka = Object.keys(a as object);
  const kb = Object.keys(b as object);
  if (ka.length !== kb.length) throw new Error(`${where}: ${ka.length} ≠ ${kb.length} entries`);
  for (const k of ka)
    sameFigures(
      (a as Record<string, unknown>)[k],
      (b as Record<string, unknown>)[k],
      `${where}.${k}`
    );
}
