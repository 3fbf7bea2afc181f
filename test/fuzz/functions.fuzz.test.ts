// The fuzz suite of issue 14 for the =CRM.* functions: every cause README's error lists give is a case
// (README is read here, so a cause added there without a case fails), and seeded random calls with
// anything Excel can pass must return a finite answer of the right shape or one of the four error values.
import { readFileSync } from "fs";
import { join } from "path";
import fc from "fast-check";
import * as crm from "../../src/functions/functions";
import { matrixArg } from "../../src/functions/args";
import { ErrorCode, StandInError, thrown } from "../functions/customFunctionsStandIn";
import { EXCEL_ERRORS, EXCEL_MAX } from "./sheets";

// The functions as Excel may call them: any argument can be anything (a scalar, a range, null).
type Loose<R> = (...args: unknown[]) => R;
const tier = crm.tier as Loose<string>;
const tiers = crm.tiers as Loose<string[][]>;
const abc = crm.abc as Loose<string[][]>;
const roi = crm.roi as Loose<number>;
const pareto = crm.pareto as Loose<number>;
const clv = crm.clv as Loose<number>;
const rfm = crm.rfm as Loose<unknown[][]>;

export const FUNCTION_CALLS = 20000;

const col = (values: unknown[]): unknown[][] => values.map((v) => [v]);
const pop = col([100, 50, 20, 10, 5]);
const errorObject = (code: string): Record<string, string> => ({ type: "Error", code });

type Call = () => unknown;
/** Per function, per error value, per cause as README words it: calls that must give that error. */
const CASES: Record<string, Record<string, Record<string, Call[]>>> = {
  "CRM.TIER": {
    "#VALUE!": {
      "value is text that is not a number": [() => tier("lots", pop), () => tier("12abc", pop)],
      "value is text of spaces only": [() => tier(" ", pop), () => tier("\u3000", pop)],
      "population is missing or is not a rectangle": [
        () => tier(1, null),
        () => tier(1, [[1, 2], [3]]),
        () => tier(1, []),
      ],
      "the scheme name is unknown": [() => tier(100, pop, "pyramids"), () => tier(100, pop, " ")],
      "a share is text": [() => tier(100, pop, [[0.1, "half"]])],
      "labels has the wrong number of names": [() => tier(100, pop, null, [["A", "B"]])],
      "a label is an error value": [
        () => tier(100, pop, null, [["A", errorObject("#N/A"), "C", "D"]]),
      ],
    },
    "#NUM!": {
      "a share is above 1 (write 0.2, not 20)": [() => tier(100, pop, [[0.1, 20]])],
      "a share is 0 or less": [() => tier(100, pop, [[0, 0.5]]), () => tier(100, pop, [[-0.1]])],
      "the shares do not increase": [() => tier(100, pop, [[0.5, 0.2]])],
    },
    "#N/A": {
      "value is above 0 but is not one of the population's numbers": [() => tier(7, pop)],
      "the population has no numbers above 0": [() => tier(7, col([0, -1, "x", ""]))],
    },
  },
  "CRM.ABC": {
    "#VALUE!": {
      "values is missing": [() => abc(null)],
      "a share is text": [() => abc(pop, "most"), () => abc(pop, 0.5, " ")],
    },
    "#NUM!": {
      "a share is above 1": [() => abc(pop, 80), () => abc(pop, 0.5, 1.5)],
      "a share is 0 or less": [() => abc(pop, 0), () => abc(pop, -0.2)],
      "`b_share` is less than `a_share`": [() => abc(pop, 0.9, 0.8)],
    },
  },
  "CRM.ROI": {
    "#DIV/0!": {
      "investment is 0 or blank": [() => roi(5, 0), () => roi(5, null), () => roi(5, "")],
    },
    "#NUM!": {
      "profit ÷ investment is too large to represent, such as `=CRM.ROI(1E+308, 1E-10)`": [
        () => roi(1e308, 1e-10),
        () => roi(-EXCEL_MAX, 1e-300),
      ],
    },
    "#VALUE!": {
      "an argument is text that is not a number": [() => roi("much", 5), () => roi(5, "1.234,56")],
      "an argument is text of spaces only": [() => roi(" ", 5), () => roi(5, "\t")],
      "an argument is a range": [() => roi([[1, 2]], 5)],
    },
  },
  "CRM.PARETO": {
    "#DIV/0!": {
      "no values are above 0": [() => pareto(col([0, -5, "x"])), () => pareto(col([""]))],
    },
    "#NUM!": {
      "top_share is above 1": [() => pareto(pop, 20)],
      "top_share is 0 or less": [() => pareto(pop, 0), () => pareto(pop, -1)],
    },
    "#VALUE!": {
      "values is missing": [() => pareto(null)],
      "top_share is text": [() => pareto(pop, "top"), () => pareto(pop, " ")],
    },
  },
  "CRM.CLV": {
    "#NUM!": {
      "retention is above 1 or below 0": [() => clv(100, 80, 0.1), () => clv(100, -0.1, 0.1)],
      "discount is above 1 or is −1 or less": [() => clv(100, 0.8, 10), () => clv(100, 0.8, -1)],
      "periods is not a whole number from 0 to 1,000,000": [
        () => clv(100, 0.8, 0.1, 2.5),
        () => clv(100, 0.8, 0.1, -1),
        () => clv(100, 0.8, 0.1, 1e7),
      ],
      "without periods, retention ≥ 1 + discount, so the sum has no limit": [
        () => clv(100, 1, 0),
        () => clv(100, 0.9, -0.2),
      ],
      "the value is too large to represent, such as `=CRM.CLV(1E+308, 0.9, 0)`": [
        () => clv(1e308, 0.9, 0),
        () => clv(EXCEL_MAX, 1, 0, 10),
      ],
    },
    "#VALUE!": {
      "an argument is text that is not a number": [
        () => clv("x", 0.8, 0.1),
        () => clv(1, 0.8, "y"),
      ],
      "an argument is text of spaces only": [() => clv(100, " ", 0.1), () => clv(" ", 0.8, 0.1)],
    },
  },
  "CRM.RFM": {
    "#VALUE!": {
      "the three ranges have different numbers of cells": [
        () => rfm(col([1, 2]), col([1]), col([1])),
      ],
      "a range is missing": [() => rfm(null, col([1]), col([1]))],
      "bins is text": [() => rfm(col([1]), col([1]), col([1]), "five")],
    },
    "#NUM!": {
      "bins is not 5": [() => rfm(col([1]), col([1]), col([1]), 4)],
      "a recency or frequency is negative": [
        () => rfm(col([-1]), col([1]), col([1])),
        () => rfm(col([1]), col([-2]), col([1])),
      ],
    },
  },
};

/** Each function's error lists in README: function → error value → causes, as README words them. */
function readmeErrors(): { table: string[]; lists: Record<string, Record<string, string[]>> } {
  const readme = readFileSync(join(__dirname, "../../README.md"), "utf8");
  const section = readme.slice(
    readme.indexOf("## Worksheet functions"),
    readme.indexOf("## How tiers are computed")
  );
  const errors = section.slice(section.indexOf("### Errors"), section.indexOf("### CRM.TIER"));
  const table = [...errors.matchAll(/^\| `(#[A-Z0-9/!?]+)` \|/gm)].map((m) => m[1]);
  const lists: Record<string, Record<string, string[]>> = {};
  for (const part of section.split(/^### /m)) {
    const name = part.split("\n")[0].trim();
    if (!name.startsWith("CRM.")) continue;
    const after = part.slice(part.indexOf("Errors"));
    for (const m of after.matchAll(/^- `(#[A-Z0-9/!?]+)`: ((?:.|\n {2})+?)(?=\n- |\n\n|\n$)/gm)) {
      const causes = m[2].replace(/\n\s+/g, " ").replace(/\.$/, "").split("; ");
      (lists[name] ??= {})[m[1]] = causes;
    }
  }
  return { table, lists };
}

const { table, lists } = readmeErrors();
const readmeCases = Object.entries(lists).flatMap(([fn, byCode]) =>
  Object.entries(byCode).flatMap(([code, causes]) => causes.map((cause) => [fn, code, cause]))
);

describe("README's error lists: every cause is a case", () => {
  test("README lists causes for six functions, and the table has the four error values", () => {
    expect(Object.keys(lists).sort()).toEqual(Object.keys(CASES).sort());
    expect(table).toEqual(["#VALUE!", "#NUM!", "#DIV/0!", "#N/A"]);
  });

  test.each(readmeCases)("%s %s: %s", (fn, code, cause) => {
    const calls = CASES[fn]?.[code]?.[cause];
    if (!calls) throw new Error(`no case for README's cause "${cause}" (${fn} ${code})`);
    for (const call of calls) {
      const error = thrown(call);
      expect(error).toBeInstanceOf(StandInError);
      expect(error.code).toBe(code);
    }
  });

  test("every case is a cause README lists (no case for a cause README no longer gives)", () => {
    for (const [fn, byCode] of Object.entries(CASES))
      for (const [code, causes] of Object.entries(byCode))
        for (const cause of Object.keys(causes)) expect(lists[fn]?.[code]).toContain(cause);
  });

  test.each(table)("the table's %s has causes under the functions", (code) => {
    expect(Object.values(lists).some((byCode) => (byCode[code] ?? []).length > 0)).toBe(true);
  });

  test("CRM.TIERS: the same errors as CRM.TIER, apart from #N/A", () => {
    expect(thrown(() => tiers(null)).code).toBe(ErrorCode.invalidValue);
    expect(thrown(() => tiers(pop, "pyramids")).code).toBe(ErrorCode.invalidValue);
    expect(thrown(() => tiers(pop, [[0.1, "half"]])).code).toBe(ErrorCode.invalidValue);
    expect(thrown(() => tiers(pop, null, [["A", "B"]])).code).toBe(ErrorCode.invalidValue);
    expect(thrown(() => tiers(pop, [[0.1, 20]])).code).toBe(ErrorCode.invalidNumber);
    expect(thrown(() => tiers(pop, [[0.5, 0.2]])).code).toBe(ErrorCode.invalidNumber);
    expect(tiers(col([7, 0, "x"]))).toEqual([["Small"], ["Inactive"], [""]]);
  });

  test("an argument that is an error value gives that error back", () => {
    for (const code of ["#N/A", "#DIV/0!", "#NUM!", "#VALUE!"]) {
      expect(thrown(() => roi(errorObject(code), 5)).code).toBe(code);
      expect(thrown(() => clv(100, 0.8, errorObject(code))).code).toBe(code);
    }
    for (const code of ["#REF!", "#NAME?", "#NULL!", "#SPILL!"])
      expect(thrown(() => tier(errorObject(code), pop)).code).toBe(ErrorCode.invalidValue);
  });
});

// Random calls: arguments of every kind Excel (or a script) can pass.
const errorCell = fc.oneof(
  fc.constantFrom(...EXCEL_ERRORS),
  fc.constantFrom(...EXCEL_ERRORS).map(errorObject)
);
const number = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: -1000, max: 100_000 }) },
  { weight: 3, arbitrary: fc.double({ min: -1, max: 2, noNaN: true }) },
  { weight: 2, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(EXCEL_MAX, -EXCEL_MAX, 1e308, 1e-10, 5e-324, -0, 0, 1, 1_000_000),
  }
);
const scalar = fc.oneof(
  { weight: 8, arbitrary: number },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      "",
      " ",
      "\t",
      "80%",
      "1,234",
      "¥5,000",
      "1.2万",
      "abc",
      "5 7",
      "0.8",
      "pyramid",
      "key",
      "abc"
    ),
  },
  { weight: 2, arbitrary: fc.constantFrom(null, undefined, true, false) },
  { weight: 1, arbitrary: errorCell },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) }
);
const range = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.array(fc.array(scalar, { minLength: 1, maxLength: 1 }), {
      minLength: 1,
      maxLength: 30,
    }),
  },
  {
    weight: 3,
    arbitrary: fc
      .tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }))
      .chain(([r, c]) =>
        fc.array(fc.array(scalar, { minLength: c, maxLength: c }), { minLength: r, maxLength: r })
      ),
  },
  { weight: 1, arbitrary: fc.array(fc.array(scalar, { maxLength: 3 }), { maxLength: 3 }) },
  { weight: 1, arbitrary: scalar }
);
const arg = fc.oneof({ weight: 5, arbitrary: scalar }, { weight: 1, arbitrary: range });
const shares = fc.oneof(
  arg,
  fc.constantFrom([[0.01, 0.05, 0.2]], [[0.5]], [[0.2, 0.5, 1]], [[0.3], [""], [0.6]])
);
const labels = fc.oneof(
  arg,
  fc.constantFrom(
    [["VIP", "", "Medium", "Small", "Gone"]],
    [["A", "B", "C", "D"]],
    [["x"], [null], ["z"]]
  )
);

const call = fc.oneof(
  fc.tuple(fc.constant("TIER"), arg, range, shares, labels),
  fc.tuple(fc.constant("TIERS"), range, shares, labels),
  fc.tuple(fc.constant("ABC"), range, arg, arg),
  fc.tuple(fc.constant("ROI"), arg, arg),
  fc.tuple(fc.constant("PARETO"), range, arg),
  fc.tuple(fc.constant("CLV"), arg, arg, arg, arg),
  fc.tuple(fc.constant("RFM"), range, range, range, arg)
);

const RETURNABLE = new Set(["#VALUE!", "#NUM!", "#DIV/0!", "#N/A"]);

function run(name: string, args: unknown[]): unknown {
  const a = args as never[];
  switch (name) {
    case "TIER":
      return tier(a[0], a[1], a[2], a[3]);
    case "TIERS":
      return tiers(a[0], a[1], a[2]);
    case "ABC":
      return abc(a[0], a[1], a[2]);
    case "ROI":
      return roi(a[0], a[1]);
    case "PARETO":
      return pareto(a[0], a[1]);
    case "CLV":
      return clv(a[0], a[1], a[2], a[3]);
    default:
      return rfm(a[0], a[1], a[2], a[3]);
  }
}

/** A spilled result has the input range's shape; every cell is text or a finite number. */
function checkAnswer(name: string, args: unknown[], out: unknown): void {
  const finite = (v: unknown): void => {
    if (typeof v === "number" && !Number.isFinite(v)) throw new Error(`${name} gave ${v}`);
    if (typeof v !== "number" && typeof v !== "string")
      throw new Error(`${name} gave ${String(v)}`);
  };
  if (name === "ROI" || name === "PARETO" || name === "CLV" || name === "TIER") return finite(out);
  if (!Array.isArray(out)) throw new Error(`${name} spilled no array`);
  for (const row of out as unknown[][]) for (const v of row) finite(v);
  if (name === "TIERS" || name === "ABC") {
    const input = args[0] as unknown[][];
    if (Array.isArray(input) && Array.isArray(input[0])) {
      if (out.length !== input.length)
        throw new Error(`${name}: ${out.length} rows for ${input.length}`);
    }
  }
}

describe("fuzz: random calls", () => {
  test(`${FUNCTION_CALLS} calls: a finite answer of the right shape, or one of the four error values`, () => {
    fc.assert(
      fc.property(call, ([name, ...args]) => {
        let out: unknown;
        try {
          out = run(name, args);
        } catch (error) {
          if (!(error instanceof StandInError)) throw new Error(`${name} threw ${String(error)}`);
          if (!RETURNABLE.has(error.code)) throw new Error(`${name} gave ${error.code}`);
          if (!error.message || /Unexpected problem/.test(error.message))
            throw new Error(`${name}: ${error.message}`);
          return;
        }
        checkAnswer(name, args, out);
        // CRM.TIERS gives each numeric cell the label CRM.TIER gives it.
        if (name === "TIERS") {
          const population = matrixArg(args[0], "population") as unknown[][];
          const labels = out as string[][];
          population.forEach((row, r) =>
            (Array.isArray(row) ? row : [row]).forEach((cell, c) => {
              if (typeof cell === "number" && cell > 0 && cell < Infinity)
                expect(tier(cell, population, args[1], args[2])).toBe(labels[r][c]);
            })
          );
        }
      }),
      { seed: 2514, numRuns: FUNCTION_CALLS }
    );
  });
});
