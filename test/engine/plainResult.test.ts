import fc from "fast-check";
import {
  presets,
  rowLabel,
  rowLabels,
  runTiering,
  SCHEMES,
  type SchemeSpec,
} from "../../src/engine";
import { detectMapping } from "../../src/engine";
import { customerRanks } from "../../src/engine/customerRanks";
import { rankEqDescending, sortedValues } from "../../src/engine/schemes/rankTiers";
import { buyersOf } from "../../src/engine/buyers";
import { sortBuyers } from "../../src/engine/sort/sortBuyers";
import { seedCaseWorkbook } from "../../src/double/seedCase";

// A TieringResult is plain data: structured cloning (the pane's worker) keeps all of it, for every scheme.
describe("TieringResult is plain data", () => {
  const workbook = seedCaseWorkbook();
  const mapping = detectMapping(workbook.header).mapping;
  const schemes: [string, SchemeSpec][] = [
    ...presets().map((p) => [p.id, p.scheme] as [string, SchemeSpec]),
    ["custom thresholds", { kind: "custom", mode: "thresholds", tiers: [] }],
  ];

  test("every scheme kind of the registry has a preset here", () => {
    const kinds = new Set(schemes.map(([, s]) => s.kind));
    for (const d of SCHEMES) expect(kinds.has(d.kind)).toBe(true);
  });

  test.each(schemes)("%s: structuredClone(result) equals the result, labels too", (_, scheme) => {
    const result = runTiering(workbook.rows, {
      mapping,
      scheme,
      options: { whatIf: [{ from: 1, to: 0, share: 0.1 }], churn: {}, rfm: true },
    });
    expect(result.warnings.filter((w) => w.code === "engineFailed")).toEqual([]);
    const clone = structuredClone(result);
    expect(clone).toStrictEqual(result);
    expect(rowLabels(clone)).toEqual(rowLabels(result));
    expect(rowLabel(clone, 0)).toBe(rowLabel(result, 0));
    expect(Object.getPrototypeOf(result)).toBe(Object.prototype);
  });
});

// The ranks' fast path (one walk over the sorted buyers) against the plain RANK.EQ definition.
describe("customer ranks: the fast path is the plain rule", () => {
  const revenue = fc.array(
    fc.oneof(fc.constantFrom(0, -5, 10, 10, 20), fc.double({ min: -100, max: 1e6, noNaN: true })),
    { maxLength: 60 }
  );
  test("rank = RANK.EQ descending among buyers, shares tie-invariant, same as by search", () => {
    fc.assert(
      fc.property(revenue, (values) => {
        const column = Float64Array.from(values);
        const fast = customerRanks(column, sortBuyers(column));
        const plain = customerRanks(column, null);
        expect(fast).toStrictEqual(plain);
        const sorted = sortedValues(column, buyersOf(column));
        for (let c = 0; c < column.length; c++) {
          const expected = column[c] > 0 ? rankEqDescending(sorted, column[c]) : 0;
          expect(fast.rank[c]).toBe(expected);
        }
      }),
      { seed: 15, numRuns: 300 }
    );
  });
});
