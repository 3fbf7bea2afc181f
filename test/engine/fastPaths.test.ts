// The speed paths (raw-id lookup, key hash table, per-customer sums while reading, one radix sort of the
// buyers) must give exactly what the plain definitions give.
import fc from "fast-check";
import {
  idKey,
  pareto,
  positiveSorted,
  rankEqDescending,
  runTiering,
  type Cell,
  type IdMatching,
} from "../../src/engine";
import { sortedValues } from "../../src/engine/rankTiers";
import { sortBuyers } from "../../src/engine/sortBuyers";
import { StringTable } from "../../src/engine/stringTable";

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

describe("fast id path", () => {
  test("customers are exactly the idKey groups, for every matching mode", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(rawId, money), { minLength: 1, maxLength: 60 }),
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
          const { key } = result.customers;
          expect(new Set(key).size).toBe(key.length);
          for (let i = 0; i < rows.length; i++) {
            const c = result.rowCustomer[i];
            if (c >= 0) expect(key[c]).toBe(keyOfRow(i));
          }
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
      fc.property(fc.array(fc.tuple(rawId, money, money), { maxLength: 60 }), (triples) => {
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
        expect(Array.from(noDate.customers.profit)).toEqual(Array.from(withDate.customers.profit));
        expect(Array.from(noDate.customers.orders)).toEqual(Array.from(withDate.customers.orders));
        expect(Array.from(noDate.rowTier)).toEqual(Array.from(withDate.rowTier));
      }),
      { numRuns: 200 }
    );
  });
});

describe("StringTable", () => {
  test("behaves as a Map on colliding-prone strings", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 6 }), { maxLength: 3000 }), (texts) => {
        const table = new StringTable();
        const map = new Map<string, number>();
        for (const t of texts) {
          const expected = map.get(t) ?? -1;
          expect(table.get(t)).toBe(expected);
          if (expected < 0) {
            map.set(t, map.size);
            table.add(t, map.size - 1);
          }
        }
        expect(table.size).toBe(map.size);
      })
    );
  });
});

describe("sortBuyers", () => {
  const values = fc.array(
    fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }), // +Infinity: the test below
      fc.constantFrom(0, -0, 1, 1, 2.5, 1e-300, 5e-324, Number.MAX_VALUE, -1, NaN)
    ),
    { maxLength: 400 }
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

  test("huge sums that overflow to Infinity still tier (general path)", () => {
    const result = runTiering(
      [
        ["a", Number.MAX_VALUE],
        ["a", Number.MAX_VALUE],
        ["b", 5],
        ["c", 7],
      ],
      { mapping: { customer: 0, revenue: 1 }, scheme: { kind: "pyramid", tiers: [] } }
    );
    expect(result.customers.revenue[0]).toBe(Infinity);
    expect(Array.from(result.customers.rank)).toEqual([1, 3, 2]);
  });
});
