import fc from "fast-check";
import { readPopulation, sameCells } from "../../src/functions/population";
import { hashCells, PopulationCache } from "../../src/functions/populationCache";
import { computeTier, computeTiers } from "../../src/functions/tier";
import { computeAbc } from "../../src/functions/abc";
import "./customFunctionsStandIn";

const column = (values: unknown[]): unknown[][] => values.map((v) => [v]);
const freshCopy = (m: unknown[][]): unknown[][] => m.map((row) => [...row]);

describe("content-keyed population cache", () => {
  test("fresh copies of the same range hit the cache: the population is read once", () => {
    const cache = new PopulationCache();
    const population = column(Array.from({ length: 1000 }, (_, i) => (i * 37) % 1001));
    for (let i = 0; i < 200; i++)
      computeTier(population[i][0], freshCopy(population), null, null, cache);
    expect(cache.stats()).toMatchObject({ hits: 199, misses: 1, entries: 1, cells: 1000 });
  });

  test("a changed value is never served a stale answer, even in the last cell", () => {
    const cache = new PopulationCache();
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    const before = computeTiers(column(values), null, null, cache);
    expect(before[1][0]).toBe("Large");
    const changed = [...values];
    changed[99] = 1000; // the smallest becomes the largest: everyone moves down one rank
    const after = computeTiers(column(changed), null, null, cache);
    expect(after).toEqual(computeTiers(column(changed), null, null, null));
    expect(after[99][0]).toBe("VIP");
    expect(after[1][0]).toBe("Large");
    expect(after[0][0]).toBe("Large");
    // Same numbers in another shape is another population.
    expect(computeTiers([values], null, null, cache)).toEqual([before.map((row) => row[0])]);
    // A number replaced by text, and text replaced by another text.
    const withText = [...values] as unknown[];
    withText[0] = "100";
    expect(computeTiers(column(withText), null, null, cache)[0][0]).toBe("");
    expect(cache.stats().misses).toBe(4);
    withText[0] = "other text"; // only numbers count: same population, same answer
    expect(computeTiers(column(withText), null, null, cache)[0][0]).toBe("");
    expect(cache.stats().misses).toBe(4);
  });

  test("gives the same answers as no cache over random sequences of edits (property)", () => {
    const edit = fc.record({
      index: fc.nat(59),
      value: fc.oneof(fc.integer({ min: -3, max: 30 }), fc.constantFrom("", "x", null)),
    });
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 60, maxLength: 60 }),
        fc.array(edit, { maxLength: 30, size: "max" }),
        (start, edits) => {
          const cache = new PopulationCache({ maxEntries: 3, maxCells: 150 });
          const values: unknown[] = [...start];
          const history: unknown[][] = [[...values]];
          for (const { index, value } of edits) {
            values[index] = value;
            history.push([...values]);
            // revisit an older state now and then, to exercise hits on entries other than the newest
            const older = history[(index * 7) % history.length];
            for (const state of [values, older]) {
              const m = column(state);
              expect(computeTiers(m, null, null, cache)).toEqual(computeTiers(m, null, null, null));
              expect(computeAbc(m, null, null, cache)).toEqual(computeAbc(m, null, null, null));
              for (const v of [state[index], state[0]]) {
                if (typeof v === "string" && v !== "") continue;
                expect(computeTier(v, freshCopy(m), null, null, cache)).toBe(
                  computeTier(v, freshCopy(m), null, null, null)
                );
              }
            }
            expect(cache.stats().entries).toBeLessThanOrEqual(3);
            expect(cache.stats().cells).toBeLessThanOrEqual(150);
          }
        }
      ),
      { numRuns: 60 }
    );
  });

  test("stays bounded: at most maxEntries populations and maxCells cells, least recently used out", () => {
    const cache = new PopulationCache({ maxEntries: 3, maxCells: 250 });
    const pops = [1, 2, 3, 4].map((k) => column(Array.from({ length: 100 }, (_, i) => i * k + 1)));
    cache.get(pops[0]);
    cache.get(pops[1]);
    expect(cache.stats()).toMatchObject({ entries: 2, cells: 200 });
    cache.get(pops[2]); // 300 cells > 250: the least recently used (pops[0]) goes
    expect(cache.stats()).toMatchObject({ entries: 2, cells: 200 });
    cache.get(freshCopy(pops[1])); // hit, now most recent
    cache.get(pops[3]); // evicts pops[2]
    const before = cache.stats();
    cache.get(freshCopy(pops[1]));
    expect(cache.stats().hits).toBe(before.hits + 1);
    cache.get(freshCopy(pops[2]));
    expect(cache.stats().misses).toBe(before.misses + 1);
    // A population larger than the whole budget is computed but not kept.
    const big = column(Array.from({ length: 300 }, (_, i) => i + 1));
    cache.clear();
    expect(cache.get(big).cells).toBe(300);
    expect(cache.stats()).toMatchObject({ entries: 0, cells: 0 });
  });

  test("keeps only a few derived results per population", () => {
    const cache = new PopulationCache();
    const m = column(Array.from({ length: 50 }, (_, i) => i + 1));
    for (let k = 1; k <= 20; k++) computeTiers(m, [[k / 40]], null, cache);
    const pop = cache.get(m);
    expect((pop as unknown as { derived: Map<string, unknown> }).derived.size).toBeLessThanOrEqual(
      8
    );
  });

  test("hash and verification look at numbers only, by value and position", () => {
    const a = [
      [1, "x"],
      [2, null],
    ];
    const b = [
      [1, ""],
      [2, true],
    ];
    expect(hashCells(a)).toBe(hashCells(b));
    expect(sameCells(readPopulation(a), b)).toBe(true);
    expect(
      sameCells(readPopulation(a), [
        [1, 0],
        [2, null],
      ])
    ).toBe(false);
    expect(
      sameCells(readPopulation(a), [
        [2, "x"],
        [1, null],
      ])
    ).toBe(false);
    expect(sameCells(readPopulation(a), [[1, "x"]])).toBe(false);
    expect(sameCells(readPopulation(column([1, 2])), [[1], [2, 3]])).toBe(false);
    expect(hashCells(column([1, 2]))).not.toBe(hashCells(column([2, 1])));
    expect(hashCells([[1], [2, 3]])).toBe(-1);
  });
});
