// The speed paths (raw-id lookup, key hash table, per-customer sums while reading, one radix sort of the
// buyers) must give exactly what the plain definitions give.
import fc from "fast-check";
import {
  customerKey,
  customerKeys,
  runTiering,
  type Cell,
  type IdMatching,
  type TieringSetup,
} from "../../src/engine";
import { matchingKey } from "../../src/engine/ids/keyRule";
import { idKey } from "../../src/engine/ids/idKey";
import { pareto, positiveSorted } from "../../src/engine/analyses/pareto";
import { rankEqDescending } from "../../src/engine/schemes/rankTiers";
import { sortedValues } from "../../src/engine/schemes/rankTiers";
import { sortBuyers } from "../../src/engine/sort/sortBuyers";
import { CustomerKeys } from "../../src/engine/ids/customerKeys";
import { isExcelError, parseNumber } from "../../src/engine/parse/parseNumber";
import { BLOCK, BlockKeyTable, NOT_PACKED } from "../../src/engine/ids/blockKeyTable";
import { PACKED_MAX_LENGTH, PackedKeyTable } from "../../src/engine/ids/packedKeyTable";
import { StringTable } from "../../src/engine/ids/stringTable";
import { WIDE_MAX_LENGTH, WideKeyTable } from "../../src/engine/ids/wideKeyTable";
import { NumberKeyTable } from "../../src/engine/ids/numberKeyTable";

// Ids that differ only by case, spaces, full-width forms and accents, plus numbers and their text.
const idPart = fc.constantFrom(
  "acme",
  "ACME",
  "Acme",
  "ＡＣＭＥ",
  "ａｃｍｅ",
  "é",
  "É",
  "e\u0301",
  "1001",
  "x"
);
const rawId: fc.Arbitrary<Cell> = fc.oneof(
  fc
    .tuple(
      fc.constantFrom("", " ", "  ", "\t", "\u3000"),
      fc.array(idPart, { minLength: 1, maxLength: 3 }),
      fc.constantFrom(" ", "  ", "\u3000", "\t"),
      fc.constantFrom("", " ", "\u3000")
    )
    .map(([lead, parts, sep, trail]) => lead + parts.join(sep) + trail),
  fc.constantFrom<Cell>(1001, 1.5, "1001", " 1001 ")
);
const money = fc.oneof(
  fc.integer({ min: -50, max: 500 }),
  fc.constantFrom<Cell>(0.1, 0.2, 0.3, "1,234", "(12)", "", null, "n/a")
);

/**
 * Each customer's first spelling (trimmed; numbers as JavaScript prints them), in row order, for the ids
 * that have at least one usable row (an amount that is blank or reads as a number): an id whose every row
 * is bad is no customer.
 */
const firstSpellings = (rows: Cell[][], matching: IdMatching): string[] => {
  const seen = new Map<string, string>();
  const usable = new Set<string>();
  for (const row of rows) {
    const id = row[0];
    const text = typeof id === "number" ? String(id) : typeof id === "string" ? id.trim() : "";
    if (text === "" || isExcelError(text)) continue;
    const key = idKey(typeof id === "number" ? String(id) : (id as string), matching);
    if (!seen.has(key)) seen.set(key, text);
    const amount = parseNumber(row[1]);
    if (amount.ok || amount.reason === "blank") usable.add(key);
  }
  return [...seen].filter(([key]) => usable.has(key)).map(([, text]) => text);
};

describe("fast id path", () => {
  test("customers are exactly the idKey groups with a usable row, for every matching mode", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(rawId, money), { minLength: 1, maxLength: 60, size: "max" }),
        fc.constantFrom<IdMatching>("normalized", "trim", "exact"),
        (pairs, idMatching) => {
          const rows = pairs.map(([id, r]) => [id, r] as Cell[]);
          const result = runTiering(rows, {
            mapping: { customer: 0, revenue: 1 },
            scheme: { kind: "pyramid", tiers: [] },
            options: { idMatching },
          });
          const keyOfRow = (i: number): string | null => {
            const id = rows[i][0];
            if (typeof id === "number") return idKey(String(id), idMatching);
            return typeof id === "string" && id.trim() !== "" ? idKey(id, idMatching) : null;
          };
          const key = customerKeys(result.customers);
          expect(new Set(key).size).toBe(key.length);
          for (let i = 0; i < rows.length; i++) {
            const c = result.rowCustomer[i];
            if (c >= 0) expect(key[c]).toBe(keyOfRow(i));
          }
          // Display ids: each customer's first spelling, plain or not, in row order.
          expect(result.customers.id).toEqual(firstSpellings(rows, idMatching));
          // Every key seen on a used row is a customer.
          const used = new Set<string>();
          for (let i = 0; i < rows.length; i++)
            if (result.rowCustomer[i] >= 0) used.add(keyOfRow(i)!);
          for (const k of used) expect(key).toContain(k);
        }
      ),
      { numRuns: 300 }
    );
  });

  test("per-customer sums without dates equal the sums with a date column (all rows in the default period)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(rawId, money, money), { maxLength: 60, size: "max" }),
        (triples) => {
          const rows = triples.map(([id, r, p]) => [id, r, p, 45000] as Cell[]);
          const noDate = runTiering(rows, {
            mapping: { customer: 0, revenue: 1, profit: 2 },
            scheme: { kind: "pyramid", tiers: [] },
          });
          const withDate = runTiering(rows, {
            mapping: { customer: 0, revenue: 1, profit: 2, date: 3 },
            scheme: { kind: "pyramid", tiers: [] },
          });
          expect(Array.from(noDate.customers.revenue)).toEqual(
            Array.from(withDate.customers.revenue)
          );
          expect(Array.from(noDate.customers.profit)).toEqual(
            Array.from(withDate.customers.profit)
          );
          expect(Array.from(noDate.customers.orders)).toEqual(
            Array.from(withDate.customers.orders)
          );
          expect(Array.from(noDate.rowTier)).toEqual(Array.from(withDate.rowTier));
        }
      ),
      { numRuns: 200 }
    );
  });
});

describe("amounts-only sheets (an id and an amount, no dates)", () => {
  test("sum, count orders and report problems exactly as the general path does", () => {
    // Number cells that are not finite are not amounts: the fast path must hand them to the general one.
    const amount = fc.oneof(
      { weight: 6, arbitrary: money },
      { weight: 1, arbitrary: fc.constantFrom<Cell>(NaN, Infinity, -Infinity) },
      // Money text, plain and not: the fast path reads the plain kind itself.
      {
        weight: 3,
        arbitrary: fc.oneof(
          fc.constantFrom<Cell>(
            "1,234.50",
            "-$99.90",
            " 42 ",
            "0x10",
            "1e3",
            "12.5%",
            "1,23",
            "5."
          ),
          fc.string({ unit: fc.constantFrom(..."0123456789,.-$ "), maxLength: 9 })
        ),
      }
    );
    const row: fc.Arbitrary<Cell[] | null> = fc.oneof(
      { weight: 9, arbitrary: fc.tuple(rawId, amount).map(([id, r]) => [id, r] as Cell[]) },
      { weight: 1, arbitrary: fc.constant(null) } // a non-row, as a broken range might give
    );
    fc.assert(
      fc.property(fc.array(row, { maxLength: 60, size: "max" }), (list) => {
        const rows = list as Cell[][];
        const plain = runTiering(rows, {
          mapping: { customer: 0, revenue: 1 },
          scheme: { kind: "pyramid", tiers: [] },
        });
        // A second, empty money column turns the fast path off; blanks read as 0, so nothing else changes.
        const general = runTiering(
          rows.map((r) => (Array.isArray(r) ? [...r, null] : r)),
          {
            mapping: { customer: 0, revenue: 1, investment: 2 },
            scheme: { kind: "pyramid", tiers: [] },
          }
        );
        expect(Array.from(plain.customers.revenue)).toEqual(Array.from(general.customers.revenue));
        expect(Array.from(plain.customers.orders)).toEqual(Array.from(general.customers.orders));
        expect(Array.from(plain.rowTier)).toEqual(Array.from(general.rowTier));
        expect(plain.rowsUsed).toBe(general.rowsUsed);
        expect(plain.problems).toEqual(general.problems);
      }),
      { numRuns: 300 }
    );
  });
});

describe("customer keys made on demand", () => {
  test("are the idKey of each customer, and survive structured cloning (the pane's worker posts results)", () => {
    const rows: Cell[][] = [
      ["ACME", 5],
      [" acme ", 1],
      ["ＢＥＴＡ Co", 2],
      ["beta  co", 3],
      [1001, 4],
      ["CUST-0000042", 1],
    ];
    const result = runTiering(rows, {
      mapping: { customer: 0, revenue: 1 },
      scheme: { kind: "pyramid", tiers: [] },
    });
    const expected = ["acme", "beta co", "1001", "cust-0000042"];
    expect(result.customers.id).toEqual(["ACME", "ＢＥＴＡ Co", "1001", "CUST-0000042"]);
    expect(customerKeys(result.customers)).toEqual(expected);
    const cloned = structuredClone({ customers: result.customers });
    expect(customerKeys(cloned.customers)).toEqual(expected);
  });

  test("are stored only for ids that are not plain, renumbered when unused customers are dropped", () => {
    const plain: Cell[][] = Array.from({ length: 50 }, (_, i) => [
      "CUST-" + String(i).padStart(7, "0"),
      1,
    ]);
    const run = (rows: Cell[][]) =>
      runTiering(rows, {
        mapping: { customer: 0, revenue: 1 },
        scheme: { kind: "pyramid", tiers: [] },
      });
    // The bench's shape: a run over plain codes carries no key at all, only the rule.
    expect(run(plain).customers.keyOf.size).toBe(0);
    const rows: Cell[][] = [
      ["gone", "bad"],
      [" ＢＥＴＡ  Co", 2],
      ["gone", "#N/A"],
      ["Acme", 1],
      [7, 3],
    ];
    const result = run(rows);
    expect(result.customers.id).toEqual(["ＢＥＴＡ  Co", "Acme", "7"]);
    expect(customerKeys(result.customers)).toEqual(["beta co", "acme", "7"]);
    expect([...result.customers.keyOf]).toEqual([
      [0, "beta co"],
      [2, "7"],
    ]);
  });
});

describe("customer names", () => {
  const rows: Cell[][] = [
    ["A1", 5, ""],
    ["B2", 1, " Beta Trading "],
    ["a1", 2, "Acme Ltd"],
    ["B2", 3, "Beta (later spelling)"],
    ["C3", 4, "#N/A"],
  ];
  const scheme: TieringSetup["scheme"] = { kind: "pyramid", tiers: [] };

  test("are each customer's first non-blank name cell, exactly as written (Excel errors are no name)", () => {
    const result = runTiering(rows, { mapping: { customer: 0, revenue: 1, name: 2 }, scheme });
    expect(result.customers.name).toEqual(["Acme Ltd", " Beta Trading ", ""]);
  });

  test("are all blank without a name column, one per customer, and survive structured cloning", () => {
    const result = runTiering(rows, { mapping: { customer: 0, revenue: 1 }, scheme });
    expect(result.customers.name).toEqual(["", "", ""]);
    expect(structuredClone({ customers: result.customers }).customers.name).toEqual(["", "", ""]);
  });
});

describe("customers in order of first appearance", () => {
  test("across blocks of rows, a customer first met in a later block keeps its place", () => {
    const rows: Cell[][] = [];
    for (let i = 0; i < 100000; i++) {
      const c = i < 50000 ? i % 1000 : (i * 7919) % 3000; // customers 1000–2999 first appear after row 50,000
      rows.push([i % 5 === 0 ? " C" + c : "c" + c, 1]);
    }
    const result = runTiering(rows, {
      mapping: { customer: 0, revenue: 1 },
      scheme: { kind: "pyramid", tiers: [] },
    });
    expect(result.customers.id).toEqual(firstSpellings(rows, "normalized"));
    for (let i = 0; i < rows.length; i += 997) {
      expect(customerKey(result.customers, result.rowCustomer[i])).toBe(
        idKey(rows[i][0] as string)
      );
    }
  });
});

describe("columns with no data", () => {
  test("profit without cost gives cost = revenue − profit, and leaves the unmapped investment at 0", () => {
    const rows: Cell[][] = [
      ["A", 100, 30],
      ["B", 50, 5],
      ["A", 20, 2],
    ];
    const { customers } = runTiering(rows, {
      mapping: { customer: 0, revenue: 1, profit: 2 },
      scheme: { kind: "pyramid", tiers: [] },
    });
    expect(Array.from(customers.cost)).toEqual([88, 45]);
    expect(Array.from(customers.investment)).toEqual([0, 0]);
    expect(Array.from(customers.firstDate).every(Number.isNaN)).toBe(true);
  });
});

describe("StringTable", () => {
  test("behaves as a Map on colliding-prone strings", () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 6 }), { maxLength: 3000, size: "max" }),
        (texts) => {
          const table = new StringTable();
          const map = new Map<string, number>();
          const wrong: string[] = []; // one expect per case: thousands of expect calls take seconds
          for (const t of texts) {
            const expected = map.get(t) ?? -1;
            if (table.get(t) !== expected) wrong.push(t);
            if (expected < 0) {
              map.set(t, map.size);
              table.add(t, map.size - 1);
            }
          }
          expect(wrong).toEqual([]);
          expect(table.size).toBe(map.size);
        }
      ),
      { numRuns: 50 }
    );
  });
});

describe("sortBuyers", () => {
  const values = fc.array(
    fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }), // +Infinity: the test below
      fc.constantFrom(0, -0, 1, 1, 2.5, 1e-300, 5e-324, Number.MAX_VALUE, -1, NaN)
    ),
    { maxLength: 400, size: "max" }
  );

  test("sorts the positive finite values ascending, stably, with their customers", () => {
    fc.assert(
      fc.property(values, (xs) => {
        const column = Float64Array.from(xs);
        const sorted = sortBuyers(column)!;
        expect(Array.from(sorted.values)).toEqual(Array.from(positiveSorted(column)));
        for (let j = 0; j < sorted.order.length; j++) {
          expect(column[sorted.order[j]]).toBe(sorted.values[j]);
          if (j > 0 && sorted.values[j - 1] === sorted.values[j])
            expect(sorted.order[j - 1]).toBeLessThan(sorted.order[j]);
        }
      })
    );
  });

  test("declines +Infinity (the engine then takes its general path)", () => {
    expect(sortBuyers(Float64Array.from([1, Infinity, 2]))).toBeNull();
  });

  test("ranks, shares and Pareto from the shared sort match the definitions, ties included", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: -5, max: 40 })), {
          maxLength: 120,
        }),
        (pairs) => {
          const rows = pairs.map(([c, r]) => ["c" + c, r] as Cell[]);
          const result = runTiering(rows, {
            mapping: { customer: 0, revenue: 1 },
            scheme: { kind: "pyramid", tiers: [] },
          });
          const { revenue, rank, cumulativeShare } = result.customers;
          const sorted = sortedValues(revenue, (c) => revenue[c] > 0);
          let total = 0;
          for (const v of sorted) total += v;
          for (let c = 0; c < revenue.length; c++) {
            if (!(revenue[c] > 0)) {
              expect(rank[c]).toBe(0);
              continue;
            }
            expect(rank[c]).toBe(rankEqDescending(sorted, revenue[c]));
            let held = 0;
            for (let j = sorted.length - 1; j >= 0; j--)
              if (sorted[j] >= revenue[c]) held += sorted[j];
            expect(cumulativeShare[c]).toBeCloseTo(held / total, 12);
          }
          expect(result.pareto).toEqual(pareto(revenue, null));
        }
      )
    );
  });

  test("sums that would overflow to Infinity are problems at their cells, and the rest still tier", () => {
    const result = runTiering(
      [
        ["a", Number.MAX_VALUE],
        ["a", Number.MAX_VALUE],
        ["b", 5],
        ["c", 7],
      ],
      { mapping: { customer: 0, revenue: 1 }, scheme: { kind: "pyramid", tiers: [] } }
    );
    expect(result.customers.id).toEqual(["b", "c"]);
    expect(Array.from(result.customers.rank)).toEqual([2, 1]);
    expect(result.problems.map((p) => [p.row, p.column])).toEqual([
      [0, 1],
      [1, 1],
    ]);
    expect(result.summary.total.revenue).toBe(12);
  });
});

describe("PackedKeyTable", () => {
  // Plain and not-plain texts: case variants, inner/edge/double spaces, "#", non-ASCII, 12 and 13 characters.
  const text = fc.oneof(
    fc.stringMatching(/^[aAbB#1 -]{0,14}$/),
    // Edges of the ranges the packing tests word by word: "@" "[" "`" "{" around the letters, "!" and "~"
    // at the ends of plain ASCII, tab and DEL just outside, U+0100 whose code needs more than a byte.
    fc.stringMatching(/^[!~@Z[`z{\t\x7f\u0100 ]{1,3}$/),
    fc.stringMatching(/^[!~@Z[`z{\t\x7f\u0100 ]{9,13}$/),
    fc.constantFrom(
      "ACME",
      "acme",
      "Acme Ltd",
      "acme  ltd",
      " acme",
      "acme ",
      "#N/A",
      "ａｃｍｅ",
      "é"
    ),
    fc.constantFrom("ABCDEFGHIJKL", "abcdefghijkl", "ABCDEFGHIJKLM", "CUST-0000042", "cust-0000042")
  );
  const plain = (t: string, fold: boolean): string | null =>
    /^[\x21-\x7e]+(?: [\x21-\x7e]+)*$/.test(t) && t.length <= PACKED_MAX_LENGTH && t[0] !== "#"
      ? fold
        ? t.replace(/[A-Z]/g, (ch) => ch.toLowerCase())
        : t
      : null;

  test.each([true, false])("behaves as a Map of plain keys (fold case: %s)", (fold) => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 400, size: "max" }), (texts) => {
        const table = new PackedKeyTable(fold, texts.length);
        const map = new Map<string, number>();
        for (const t of texts) {
          const key = plain(t, fold);
          const got = table.get(t);
          if (key === null) {
            expect(got).toBe(NOT_PACKED);
            continue;
          }
          expect(got).toBe(map.get(key) ?? -1);
          if (got === -1) {
            map.set(key, map.size);
            table.addLast(map.size - 1);
          }
        }
        expect(table.size).toBe(map.size);
      })
    );
  });

  test("a small table grown over the pooled memory of a big one keeps its keys", () => {
    const big = new PackedKeyTable(true, 100000);
    for (let c = 0; c < 100000; c++) if (big.get("B" + c) === -1) big.addLast(c);
    const small = new PackedKeyTable(false, 10); // starts small, over the same pooled memory
    let wrong = 0;
    for (let c = 0; c < 5000; c++) {
      if (small.get("S" + c) !== -1) wrong++;
      small.addLast(c);
    }
    for (let c = 0; c < 5000; c++) if (small.get("S" + c) !== c) wrong++;
    expect(wrong).toBe(0);
  });

  test("keeps 200,000 distinct codes apart through its growth", () => {
    const table = new PackedKeyTable(true, 0);
    let wrong = 0; // one expect at the end: 200,000 expect calls would take seconds
    for (let c = 0; c < 200000; c++) {
      if (table.get("C-" + c) !== -1) wrong++;
      table.addLast(c);
    }
    for (let c = 0; c < 200000; c++) if (table.get("c-" + c) !== c) wrong++;
    expect(wrong).toBe(0);
    expect(table.size).toBe(200000);
  });
});

/** Put `keys` through `table` BLOCK at a time (pack, warm, find, add) and expect `expected` (NOT_PACKED: refused). */
function expectThroughBlocks<Key>(
  table: BlockKeyTable<Key>,
  keys: Key[],
  expected: number[]
): void {
  let added = 0;
  for (let start = 0; start < keys.length; start += BLOCK) {
    const end = Math.min(keys.length, start + BLOCK);
    const packed = keys.slice(start, end).map((key, e) => table.pack(e, key));
    table.warm(end - start);
    packed.forEach((ok, e) => {
      if (!ok) return expect(expected[start + e]).toBe(NOT_PACKED);
      let c = table.find(e);
      if (c < 0) table.add(e, (c = added++));
      expect(c).toBe(expected[start + e]);
    });
  }
}

describe("WideKeyTable", () => {
  // ASCII, spaces, CJK ideographs and the code points either side of their range, at lengths around 30.
  const unit = fc.constantFrom(
    "A",
    "a",
    "Z",
    "z",
    "#",
    " ",
    "  ",
    "客",
    "户",
    "\u4e00",
    "\u9fff",
    "\u4dff",
    "\ua000",
    "é"
  );
  const text = fc.oneof(
    fc.array(unit, { maxLength: 6 }).map((units) => units.join("")),
    fc.array(unit, { minLength: 26, maxLength: 33 }).map((units) => units.join("")),
    fc.constantFrom(
      "Northwind Traders Limited",
      "NORTHWIND TRADERS LIMITED",
      "上海贸易有限公司",
      "上海贸易有限公司 "
    )
  );
  const plain = (t: string, fold: boolean): string | null =>
    /^[\x21-\x7e\u4e00-\u9fff]+(?: [\x21-\x7e\u4e00-\u9fff]+)*$/.test(t) &&
    t.length <= WIDE_MAX_LENGTH &&
    t[0] !== "#"
      ? fold
        ? t.replace(/[A-Z]/g, (ch) => ch.toLowerCase())
        : t
      : null;

  test.each([true, false])(
    "behaves as a Map of plain keys, one by one and a block at a time (fold case: %s)",
    (fold) => {
      fc.assert(
        fc.property(fc.array(text, { maxLength: 300, size: "max" }), (texts) => {
          const one = new WideKeyTable(fold, texts.length);
          const map = new Map<string, number>();
          const expected: number[] = [];
          for (const t of texts) {
            const key = plain(t, fold);
            const got = one.get(t);
            if (key === null) {
              expect(got).toBe(NOT_PACKED);
              expected.push(NOT_PACKED);
              continue;
            }
            expect(got).toBe(map.get(key) ?? -1);
            if (got === -1) {
              map.set(key, map.size);
              one.addLast(map.size - 1);
            }
            expected.push(map.get(key)!);
          }
          expect(one.size).toBe(map.size);
          // The same texts through pack / warm / find / add, BLOCK at a time.
          expectThroughBlocks(new WideKeyTable(fold, texts.length), texts, expected);
        }),
        { numRuns: 100 }
      );
    }
  );

  test("keeps 200,000 Chinese names apart through its growth", () => {
    const table = new WideKeyTable(true, 0);
    // Two ideographs from the number: 200,000 distinct names of 8 units.
    const name = (c: number): string =>
      "客户" + String.fromCharCode(0x4e00 + (c % 1000), 0x4e00 + Math.floor(c / 1000)) + "有限公司";
    let wrong = 0;
    for (let c = 0; c < 200000; c++) {
      if (table.get(name(c)) !== -1) wrong++;
      table.addLast(c);
    }
    for (let c = 0; c < 200000; c++) if (table.get(name(c)) !== c) wrong++;
    expect(wrong).toBe(0);
  });
});

describe("NumberKeyTable", () => {
  const value = fc.oneof(
    fc.double(),
    fc.integer({ min: -20, max: 20 }),
    fc.constantFrom(0, -0, 1e15, 2 ** 53, 5e-324)
  );

  test("behaves as a Map of finite numbers (−0 apart from +0), one by one and a block at a time", () => {
    fc.assert(
      fc.property(fc.array(value, { maxLength: 700, size: "max" }), (values) => {
        const key = (v: number): string => (Object.is(v, -0) ? "-0" : String(v));
        const one = new NumberKeyTable(values.length);
        const map = new Map<string, number>();
        const expected = values.map((v) => {
          const got = one.get(v);
          if (!Number.isFinite(v)) {
            expect(got).toBe(NOT_PACKED);
            return NOT_PACKED;
          }
          expect(got).toBe(map.get(key(v)) ?? -1);
          if (got === -1) {
            map.set(key(v), map.size);
            one.addLast(map.size - 1);
          }
          return map.get(key(v))!;
        });
        const blocks = new NumberKeyTable(values.length);
        expectThroughBlocks(blocks, values, expected);
        expect(blocks.size).toBe(map.size);
      }),
      { numRuns: 100 }
    );
  });
});

describe("CustomerKeys", () => {
  const spelling = fc.oneof(
    fc.constantFrom("ACME", "acme", " Acme ", "ＡＣＭＥ", "acme  corp", "Acme Corp", "ACME CORP "),
    fc.constantFrom("Shanghai Trading Co Ltd", "SHANGHAI TRADING CO LTD", "#REF!", "#7", "  ", ""),
    fc.constantFrom("客户甲", "客户甲 ", "CUST-0000042", "cust-0000042", "1001", " 1001"),
    fc.constantFrom(
      "Northwind Traders",
      "NORTHWIND  TRADERS",
      "上海贸易 ABC",
      "上海贸易 abc",
      "上海贸易  ABC"
    )
  );
  const cell = fc.oneof(spelling, fc.constantFrom(1001, 42, 1.5, 0, -0));

  test("numbers customers by key in first-appearance order, for every matching mode", () => {
    fc.assert(
      fc.property(
        fc.array(cell, { maxLength: 80, size: "max" }),
        fc.constantFrom<IdMatching>("normalized", "trim", "exact"),
        (cells, matching) => {
          const index = new CustomerKeys(matching, cells.length);
          const expected = new Map<string, number>();
          cells.forEach((value) => {
            const got = typeof value === "number" ? index.ofNumber(value) : index.ofText(value);
            const trimmed = String(value).trim();
            if (trimmed === "" || isExcelError(trimmed)) {
              expect(got).toBe(-1);
              return;
            }
            const key = idKey(String(value), matching);
            if (!expected.has(key)) expected.set(key, expected.size);
            expect(got).toBe(expected.get(key));
          });
          const found = index.finish();
          expect(found.ids.map((id, c) => matchingKey(found, id, c))).toEqual([...expected.keys()]);
          // Display ids: each customer's first spelling, trimmed (numbers as JavaScript prints them).
          const firstSpelling = new Map<string, string>();
          for (const value of cells) {
            const text = String(value).trim();
            const key = idKey(String(value), matching);
            if (text !== "" && !isExcelError(text) && !firstSpelling.has(key))
              firstSpelling.set(key, text);
          }
          expect(found.ids).toEqual([...firstSpelling.values()]);
        }
      ),
      { numRuns: 300 }
    );
  });
});

describe("CustomerKeys block by block", () => {
  // Long runs of few ids, so a block meets the same new id twice; cells that are not ids; rows that are not rows.
  const cell = fc.oneof(
    fc.constantFrom<unknown>(
      "C1",
      "c1",
      "C2",
      "C 3",
      "c  3",
      " C2",
      "#N/A",
      "",
      "ＣＯ",
      "CUST-0000042"
    ),
    fc.constantFrom<unknown>(
      "Northwind Traders Ltd",
      "NORTHWIND TRADERS LTD",
      " Northwind Traders Ltd"
    ),
    fc.constantFrom<unknown>("客户甲", "客户甲 ", "客户乙", "上海贸易 ABC", "上海贸易 abc"),
    fc.constantFrom<unknown>(7, 7.5, 0, -0, 1e15, NaN, Infinity, true, null, undefined)
  );
  const row = fc.oneof(
    { weight: 9, arbitrary: cell.map((value) => [value]) },
    { weight: 1, arbitrary: fc.constantFrom<unknown>(null, "not a row") }
  );

  test("numbers customers as cell-by-cell lookup does, across block edges", () => {
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 2 * BLOCK + 40, size: "max" }),
        fc.array(fc.integer({ min: 1, max: BLOCK }), { minLength: 1, maxLength: 8 }),
        fc.constantFrom<IdMatching>("normalized", "trim", "exact"),
        (rawRows, blockSizes, matching) => {
          const rows = rawRows as Cell[][];
          const one = new CustomerKeys(matching, rows.length);
          const expected = rows.map((r) => {
            if (!Array.isArray(r)) return -1;
            const value: unknown = r[0];
            if (typeof value === "string") return one.ofText(value);
            if (typeof value === "number" && Number.isFinite(value)) return one.ofNumber(value);
            return -1;
          });
          const blocks = new CustomerKeys(matching, rows.length);
          const got = new Int32Array(rows.length).fill(-9);
          for (let start = 0, k = 0; start < rows.length; k++) {
            const end = Math.min(rows.length, start + blockSizes[k % blockSizes.length]);
            blocks.assignBlock(rows, 0, start, end, got);
            start = end;
          }
          expect(Array.from(got)).toEqual(expected);
          const a = one.finish();
          const b = blocks.finish();
          expect(b.ids).toEqual(a.ids);
          expect(b.keyOf).toEqual(a.keyOf);
          expect(b.foldCase).toBe(a.foldCase);
        }
      ),
      { numRuns: 200 }
    );
  });

  test("refuses a block longer than BLOCK rows", () => {
    const rows: Cell[][] = Array.from({ length: BLOCK + 1 }, (_, i) => ["C" + i]);
    const index = new CustomerKeys("normalized", rows.length);
    expect(() => index.assignBlock(rows, 0, 0, rows.length, new Int32Array(rows.length))).toThrow(
      RangeError
    );
  });
});

describe("dated roll-up", () => {
  // Whole-money amounts, so every sum is exact whatever the order of additions.
  const row = fc.record({
    customer: fc.integer({ min: 0, max: 7 }),
    revenue: fc.integer({ min: -300, max: 2000 }),
    day: fc.option(fc.integer({ min: 45000, max: 45900 }), { freq: 8 }),
    cost: fc.option(fc.integer({ min: 0, max: 500 }), { freq: 4 }),
    investment: fc.integer({ min: 0, max: 90 }),
  });

  test("per-customer figures equal a literal computation over the rows", () => {
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 300, size: "max" }),
        fc.integer({ min: 1, max: 24 }),
        fc.constantFrom("none", "cost", "profit", "all"),
        (list, months, money) => {
          // A row without a date only stands with no revenue (else it is a problem and skipped).
          const used = list.map((r) => (r.day === null ? { ...r, revenue: 0 } : r));
          const rows: Cell[][] = used.map((r) => [
            "C" + r.customer,
            r.revenue,
            r.day ?? "",
            r.cost ?? "",
            r.cost === null ? "" : r.revenue - r.cost,
            r.investment,
          ]);
          const mapping = {
            customer: 0,
            revenue: 1,
            date: 2,
            ...(money === "cost" || money === "all" ? { cost: 3 } : {}),
            ...(money === "profit" || money === "all" ? { profit: 4 } : {}),
            ...(money === "all" ? { investment: 5 } : {}),
          };
          const result = runTiering(rows, {
            mapping,
            scheme: { kind: "pyramid", tiers: [] },
            options: { period: { months } },
          });
          expect(result.rowsSkipped).toBe(0);
          const { start, end } = result.period ?? { start: -Infinity, end: Infinity }; // no dates: all rows
          const t = result.customers;
          for (let c = 0; c < t.count; c++) {
            const mine = used.filter((r) => "C" + r.customer === t.id[c]);
            const inPeriod = mine.filter((r) => r.day === null || (r.day >= start && r.day <= end));
            const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
            const days = mine.filter((r) => r.day !== null).map((r) => r.day as number);
            const rowCost = (r: (typeof used)[number]): number =>
              mapping.cost !== undefined ? (r.cost ?? 0) : 0;
            const rowProfit = (r: (typeof used)[number]): number =>
              mapping.profit !== undefined
                ? r.cost === null
                  ? mapping.cost !== undefined
                    ? r.revenue // blank profit with a cost column reads as revenue − cost (cost blank: 0)
                    : 0
                  : r.revenue - r.cost
                : mapping.cost !== undefined
                  ? r.revenue - rowCost(r)
                  : 0;
            expect([t.id[c], t.revenue[c]]).toEqual([t.id[c], sum(inPeriod.map((r) => r.revenue))]);
            expect(t.orders[c]).toBe(inPeriod.filter((r) => r.revenue > 0).length);
            const profit = sum(inPeriod.map(rowProfit));
            expect(t.profit[c]).toBe(profit);
            // Profit without cost: cost is what revenue leaves after profit.
            expect(t.cost[c]).toBe(
              mapping.cost === undefined && mapping.profit !== undefined
                ? t.revenue[c] - profit
                : sum(inPeriod.map(rowCost))
            );
            expect(t.investment[c]).toBe(
              mapping.investment !== undefined ? sum(inPeriod.map((r) => r.investment)) : 0
            );
            expect(t.firstDate[c]).toBe(days.length ? Math.min(...days) : NaN);
            expect(t.lastDate[c]).toBe(days.length ? Math.max(...days) : NaN);
            const bought = mine.some((r) => r.revenue > 0 && (r.day === null || r.day <= end));
            expect(t.everBought[c]).toBe(bought ? 1 : 0);
          }
        }
      ),
      { numRuns: 150 }
    );
  });
});

describe("scratch buffers", () => {
  test("a result stays as it was after later runs reuse the working memory", () => {
    const setup = {
      mapping: { customer: 0, revenue: 1 },
      scheme: { kind: "pyramid" as const, tiers: [] },
    };
    const rowsA: Cell[][] = Array.from({ length: 3000 }, (_, i) => [
      "C" + (i % 700),
      (i * 37) % 101,
    ]);
    const rowsB: Cell[][] = Array.from({ length: 5000 }, (_, i) => [
      "K" + (i % 1900),
      (i * 53) % 89,
    ]);
    const first = runTiering(rowsB, setup);
    const view = (r: typeof first): string =>
      JSON.stringify({
        tiers: Array.from(r.rowTier),
        rank: Array.from(r.customers.rank),
        share: Array.from(r.customers.cumulativeShare),
        pareto: r.pareto,
        summary: r.summary,
      });
    const snapshot = view(first);
    // A smaller run fits in the buffers the first one left in the pool, and writes its figures there.
    runTiering(rowsA, setup);
    expect(view(first)).toBe(snapshot);
    expect(view(runTiering(rowsB, setup))).toBe(snapshot);
  });

  test("so does a dated one, with churn flags and RFM scores read from the run's working columns", () => {
    const setup = {
      mapping: { customer: 0, revenue: 1, date: 2, cost: 3 },
      scheme: { kind: "pyramid" as const, tiers: [] },
      options: { churn: {}, rfm: true },
    };
    const dated = (count: number, customers: number, salt: number): Cell[][] =>
      Array.from({ length: count }, (_, i) => [
        "D" + ((i * salt) % customers),
        ((i * 37 + salt) % 211) - 20,
        45000 + ((i * 53) % 700),
        (i * 7) % 13,
      ]);
    const view = (r: ReturnType<typeof runTiering>): string =>
      JSON.stringify({
        tiers: Array.from(r.rowTier),
        revenue: Array.from(r.customers.revenue),
        profit: Array.from(r.customers.profit),
        firstDate: Array.from(r.customers.firstDate),
        churn: Array.from(r.customers.churn ?? []),
        rfm: r.customers.rfm,
        summary: r.summary,
      });
    const first = runTiering(dated(6000, 2500, 11), setup);
    const snapshot = view(first);
    expect(first.customers.churn).toBeDefined();
    expect(first.customers.rfm).toBeDefined();
    runTiering(dated(3000, 600, 7), setup); // smaller (reuses the pooled buffers), other customers and dates
    expect(view(first)).toBe(snapshot);
    expect(view(runTiering(dated(6000, 2500, 11), setup))).toBe(snapshot);
  });
});
